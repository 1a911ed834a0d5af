import { toWire, type Outcome, type WireDocument } from '../../ipc/index.ts';
import { openBriefing } from '../briefingFile.ts';
import type { RecoveryStore } from './recoveryStore.ts';

/**
 * The file on disk behind a recovery entry, read for the restore preview and nothing else: unlike document:open it
 * adds nothing to Recent, marks nothing as opened (so a later save still asks), and keeps no photos for autosave.
 * The path is the one the entry itself recorded, so the renderer cannot make the host read any other file.
 */
export async function peekRecoveredFile(recovery: RecoveryStore, key: string): Promise<Outcome<{ path: string; document: WireDocument }>> {
  const entry = (await recovery.list()).find((candidate) => candidate.key === key);
  if (!entry) return { ok: false, error: `nothing to recover under "${key}" (it may have been discarded)` };
  if (!entry.path) return { ok: false, error: `the recovered work "${entry.title}" was never saved to a file` };
  return { ok: true, path: entry.path, document: toWire(await openBriefing(entry.path)) };
}
