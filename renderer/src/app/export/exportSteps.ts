import type { ExportProgress } from '../../../../core/ipc/contract.ts';
import type { ExportFormat } from '../../commands/types.ts';

/** One line of the progress list: a step the host reports, for one format or for the whole export. */
export type StepKey = 'checking' | `${ExportFormat}.${'building' | 'written'}` | 'pdf.layout' | 'pdf.printing';
export type StepState = 'done' | 'active' | 'waiting';

/** The steps an export of these formats goes through, in the host's order: render each format, then write each. */
export function plannedSteps(formats: readonly ExportFormat[]): StepKey[] {
  const render = formats.flatMap((format): StepKey[] => (format === 'docx' ? ['docx.building'] : ['pdf.layout', 'pdf.printing']));
  return ['checking', ...render, ...formats.map((format): StepKey => `${format}.written`)];
}

export function stepKey(progress: ExportProgress): StepKey | undefined {
  if (progress.step === 'checking') return 'checking';
  if (!progress.format) return undefined;
  const key = `${progress.format}.${progress.step}`;
  const known: readonly string[] = ['docx.building', 'docx.written', 'pdf.layout', 'pdf.printing', 'pdf.written'];
  return known.includes(key) ? (key as StepKey) : undefined;
}

/**
 * Each planned step's state, given the steps reached so far: everything before the furthest step reached is
 * done, that one is under way (or done too, when the export has finished), the rest wait.
 */
export function stepStates(plan: readonly StepKey[], reached: ReadonlySet<StepKey>, finished: boolean): StepState[] {
  const furthest = plan.reduce((last, step, index) => (reached.has(step) ? index : last), -1);
  return plan.map((_, index) => {
    if (finished || index < furthest) return 'done';
    return index === furthest ? 'active' : 'waiting';
  });
}
