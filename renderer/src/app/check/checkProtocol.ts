import type { Finding } from '../../../../core/check/index.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import type { SeriesNumbers } from '../../../../core/series/index.ts';

/** What the editor asks the checker worker: one briefing (plain JSON, cloned), the rules switched off. */
export interface CheckRequest {
  id: number;
  briefing: Briefing;
  disabledRules: string[];
  /** The numbers the briefing's series has handed out, for the 期号 rule. */
  series?: SeriesNumbers;
}

/** Its answer: the findings, or why the check failed, and how long the check took in the worker. */
export type CheckReply = { id: number; ms: number } & ({ findings: Finding[] } | { error: string });
