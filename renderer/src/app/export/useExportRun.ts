import { useCallback, useEffect, useRef, useState } from 'react';
import { ExportProgressSchema, type BriefingApi } from '../../../../core/ipc/contract.ts';
import { toWire } from '../../../../core/ipc/wire.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import type { PageSizeName } from '../../../../core/template/index.ts';
import type { ExportFormat } from '../../commands/types.ts';
import { plannedSteps, stepKey, type StepKey } from './exportSteps.ts';

export interface ExportSteps {
  plan: StepKey[];
  reached: ReadonlySet<StepKey>;
}

export type ExportState =
  | { status: 'idle' }
  | ({ status: 'running'; canceling: boolean } & ExportSteps)
  | ({ status: 'done'; files: string[] } & ExportSteps)
  | { status: 'canceled' }
  | { status: 'failed'; error: string };

const newExportId = () => crypto.randomUUID();

/**
 * One export at a time: the host asks where to save, reports each step (exportProgress events carrying this
 * export's id), writes the files, and says which or what went wrong. cancel() asks the host to stop it.
 */
export function useExportRun(api: BriefingApi) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const current = useRef<{ id: string; canceled: boolean } | undefined>(undefined);

  useEffect(
    () =>
      api.on('exportProgress', (payload) => {
        // Events come from the host, over the bridge: taken only in the contract's shape and for this export.
        const parsed = ExportProgressSchema.safeParse(payload);
        const key = parsed.success ? stepKey(parsed.data) : undefined;
        if (!parsed.success || !key || parsed.data.exportId !== current.current?.id) return;
        setState((now) => (now.status === 'running' ? { ...now, reached: new Set([...now.reached, key]) } : now));
      }),
    [api],
  );

  const run = useCallback(
    async (doc: BriefingDocument, formats: readonly ExportFormat[], pageSize?: PageSizeName) => {
      const exportId = newExportId();
      const plan = plannedSteps(formats);
      current.current = { id: exportId, canceled: false };
      setState({ status: 'running', canceling: false, plan, reached: new Set() });
      try {
        const outcome = await api['export:run']({ document: toWire(doc), formats: [...formats], exportId, ...(pageSize ? { pageSize } : {}) });
        const canceledByUser = current.current.canceled;
        if (outcome.ok) setState({ status: 'done', files: outcome.files, plan, reached: new Set(plan) });
        else if ('canceled' in outcome) setState(canceledByUser ? { status: 'canceled' } : { status: 'idle' });
        else setState({ status: 'failed', error: outcome.error });
      } catch (error) {
        setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      } finally {
        current.current = undefined;
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const running = current.current;
    if (!running || running.canceled) return;
    running.canceled = true;
    setState((now) => (now.status === 'running' ? { ...now, canceling: true } : now));
    void api['export:cancel']({ exportId: running.id }).catch(() => undefined);
  }, [api]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, cancel, reset };
}
