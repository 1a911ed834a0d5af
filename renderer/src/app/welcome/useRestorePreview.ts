import { useEffect, useState } from 'react';
import type { BriefingApi } from '../../../../core/ipc/contract.ts';
import { fromWire, type Outcome } from '../../../../core/ipc/wire.ts';
import type { Briefing } from '../../../../core/model/index.ts';
import { useServices } from '../../state/context.tsx';
import { recoveryDifferences, type Difference } from './recoveryDiff.ts';

/** Against the file on disk: the differences, or why there is nothing to compare with. */
export type Comparison = { kind: 'file'; differences: Difference[] } | { kind: 'neverSaved' } | { kind: 'unreadable'; error: string };

/** What the restore preview shows: the autosaved briefing, and how it differs from its file. */
export type RestorePreviewData =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; recovered: Briefing; path?: string; comparison: Comparison };

const errorOf = (outcome: Outcome<object>) => ('error' in outcome ? outcome.error : '');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The file is read through `document:peek`, which reads the file the entry names and nothing else: looking
 * is not opening, so the file does not join Recent and the host does not treat it as opened (a Cancel leaves
 * no trace; a Restore gets what it needs from recovery:read).
 */
async function loadPreview(api: BriefingApi, key: string): Promise<RestorePreviewData> {
  const read = await api['recovery:read']({ key });
  if (!read.ok) return { status: 'failed', error: errorOf(read) };
  const recovered = fromWire(read.document).briefing;
  if (!read.path) return { status: 'ready', recovered, comparison: { kind: 'neverSaved' } };
  let comparison: Comparison;
  try {
    const disk = await api['document:peek']({ key });
    comparison = disk.ok
      ? { kind: 'file', differences: recoveryDifferences(recovered, fromWire(disk.document).briefing) }
      : { kind: 'unreadable', error: errorOf(disk) };
  } catch (error) {
    comparison = { kind: 'unreadable', error: messageOf(error) };
  }
  return { status: 'ready', recovered, path: read.path, comparison };
}

/**
 * Reads a recovery entry and the file it came from, without touching the open document: the user decides to
 * restore only after seeing what restoring brings back.
 */
export function useRestorePreview(key: string | undefined): RestorePreviewData {
  const { api } = useServices();
  const [data, setData] = useState<RestorePreviewData>({ status: 'loading' });
  useEffect(() => {
    if (!key) return;
    let live = true;
    setData({ status: 'loading' });
    loadPreview(api, key)
      .catch((error: unknown): RestorePreviewData => ({ status: 'failed', error: messageOf(error) }))
      .then((next) => {
        if (live) setData(next);
      });
    return () => {
      live = false;
    };
  }, [api, key]);
  return data;
}
