import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../../core/template/index.ts';
import { sectionLabel } from '../editor/sectionLabel.ts';
import type { ExportProblem } from './exportProblems.ts';

/** "参加人员第7行：姓名未填写", "Attendees, row 7: Name is not filled in": the outline's name, the field's label. */
export function problemText(
  problem: ExportProblem,
  t: TFunction<'app'>,
  ts: TFunction<'sections'>,
  template: Template | undefined,
  language: 'zh-CN' | 'en',
): string {
  const section = problem.section ? sectionLabel(problem.section, t, template, language) : t('outline.details');
  const field = ts(problem.field);
  if (!problem.position) return t('problems.field', { section, field });
  return t(`problems.${problem.position.kind}`, { section, field, n: problem.position.n });
}

interface Props {
  problems: readonly ExportProblem[];
  template: Template | undefined;
  language: 'zh-CN' | 'en';
  onGoTo(problem: ExportProblem): void;
}

/** What to fill in before exporting, each entry a button that takes the user to the field. */
export function ExportProblems({ problems, template, language, onGoTo }: Props) {
  const { t } = useTranslation('app');
  const { t: ts } = useTranslation('sections');
  return (
    <Alert
      type="warning"
      showIcon
      title={t('problems.title', { count: problems.length })}
      data-testid="export-problems"
      description={
        <ul className="bc-problems">
          {problems.map((problem) => (
            <li key={problem.fieldId}>
              <Button type="link" size="small" className="bc-problem-link" onClick={() => onGoTo(problem)} data-field={problem.fieldId}>
                {problemText(problem, t, ts, template, language)}
              </Button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
