import { InputError } from '../model/index.ts';

/** Longest message sent across the bridge: enough for every problem in a bad file, never a megabyte of echo. */
export const MAX_MESSAGE_CHARS = 2000;

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use by another program',
};

export function clip(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
}

/**
 * One message a person can act on, for any failure behind a request: an input error names the file and the
 * path inside it, a system error its file and the few words that matter. Never a stack trace.
 */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return clip(error.message);
  if (error instanceof Error) {
    const { code, path } = error as Error & { code?: unknown; path?: unknown };
    const where = typeof path === 'string' ? `${path}: ` : '';
    const known = typeof code === 'string' ? SYSTEM_ERRORS[code] : undefined;
    if (known) return clip(`${where}${known}`);
    return clip(error.message.split('\n')[0] || error.name);
  }
  return clip(String(error));
}
