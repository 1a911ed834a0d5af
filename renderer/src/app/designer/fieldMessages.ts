import type { TFunction } from 'i18next';
import type { Problem } from '../../../../core/model/index.ts';

/**
 * A schema problem in the UI language. The schema speaks English to template authors who edit JSON; the designer
 * says the same in the user's language, by the kind of mistake.
 */
export function fieldMessage(problem: Problem, t: TFunction<'designer'>): string {
  const m = problem.message;
  if (m === 'required') return t('error.required');
  if (m === 'built-in id') return t('error.builtinId');
  if (/#RRGGBB/.test(m)) return t('error.color');
  if (/only \{1\}\.\.\{4\}/.test(m)) return t('error.numberPattern');
  if (/required when attendees\.style/.test(m)) return t('error.runIn');
  if (/lower-case letters, digits/.test(m)) return t('error.id');
  if (/needs at least one of/.test(m)) return t('error.localized');
  if (/expected array/.test(m)) return t('error.required');
  if (/expected int|integer/i.test(m)) return t('error.integer');
  if (/Too small.*>=\s*0/.test(m)) return t('error.nonNegative');
  if (/Too small/.test(m)) return t('error.positive');
  if (/expected number/.test(m)) return t('error.number');
  return t('error.other', { message: m });
}

/** The problems of one field: its own path, or anything below it (a font role's families, a colour's parts). */
export function problemsAt(problems: readonly Problem[], field: string): Problem[] {
  return problems.filter((p) => p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`));
}
