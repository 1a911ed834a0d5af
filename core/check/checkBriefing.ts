import type { Briefing } from '../model/index.ts';
import { enumerateFields } from './fields.ts';
import { RULES } from './registry.ts';
import type { CheckContext, CheckOptions, Finding, Rule, RuleFinding } from './types.ts';

const SEVERITY_ORDER = { error: 0, warning: 1, hint: 2 } as const;

/** Each field path and each of its prefixes (`sections[3].remarks[0]`), mapped to the first field under it. */
function documentOrder(paths: readonly string[]): Map<string, number> {
  const order = new Map<string, number>();
  paths.forEach((path, i) => {
    for (let end = path.length; end > 0; end = Math.max(path.lastIndexOf('.', end - 1), path.lastIndexOf('[', end - 1))) {
      const prefix = path.slice(0, end);
      if (order.has(prefix)) break;
      order.set(prefix, i);
    }
  });
  return order;
}

/** A record-level path (`attendees[2].leader`, an empty remark's `body`) sorts with the nearest field around it. */
function rankOf(order: Map<string, number>, path: string): number {
  for (let end = path.length; end > 0; end = Math.max(path.lastIndexOf('.', end - 1), path.lastIndexOf('[', end - 1))) {
    const rank = order.get(path.slice(0, end));
    if (rank !== undefined) return rank;
  }
  return -1;
}

/**
 * A broken rule must not take the checker down with it while someone types: its findings are dropped and the
 * others still report. (Rules are written not to throw; this is the guard for the one that does.)
 */
function safely(run: () => RuleFinding[]): RuleFinding[] {
  try {
    return run();
  } catch {
    return [];
  }
}

/**
 * Every finding for a valid briefing, in document order of their fields, errors first within a field. Each rule
 * sees each field once, so the whole check is linear in the briefing's size. `rules` lets a test or the editor run
 * a subset (one rule, or the rules a worker was given).
 */
export function checkBriefing(briefing: Briefing, options: CheckOptions = {}, rules: readonly Rule[] = RULES): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  const active = rules.filter((r) => !disabled.has(r.id));
  const fields = enumerateFields(briefing);
  const ctx: CheckContext = { briefing, fields, options };
  const order = documentOrder(fields.map((f) => f.path));
  const out: Finding[] = [];
  const add = (rule: Rule, found: RuleFinding[]) => {
    for (const f of found) out.push({ rule: rule.id, severity: rule.severity, ...f });
  };
  for (const rule of active) {
    if (rule.document) add(rule, safely(() => rule.document!(ctx)));
    const field = rule.field;
    if (!field) continue;
    for (const f of fields) {
      if (rule.scripts && !rule.scripts.includes(f.script)) continue;
      if (rule.skipRoles?.includes(f.role)) continue;
      add(rule, safely(() => field(f, ctx)));
    }
  }
  const rank = (f: Finding) => rankOf(order, f.path);
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || (a.f.range?.start ?? -1) - (b.f.range?.start ?? -1) || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
