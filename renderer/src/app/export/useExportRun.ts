import { useCallback, useState } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import { toWire } from '../../../../core/ipc/wire.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import type { PageSizeName } from '../../../../core/template/index.ts';
import type { ExportFormat } from '../../commands/types.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; files: string[] }
  | { status: 'failed'; error: string };

/** One export at a time: the host asks where to save, writes the files, and says which or what went wrong. */
export function useExportRun(api: BriefingApi) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const run = useCallback(
    async (doc: BriefingDocument, formats: readonly ExportFormat[], pageSize?: PageSizeName) => {
      setState({ status: 'running' });
      try {
        const outcome = await api['export:run']({ document: toWire(doc), formats: [...formats], ...(pageSize ? { pageSize } : {}) });
        if (outcome.ok) setState({ status: 'done', files: outcome.files });
        else setState('canceled' in outcome ? { status: 'idle' } : { status: 'failed', error: outcome.error });
      } catch (error) {
        setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [api],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}
