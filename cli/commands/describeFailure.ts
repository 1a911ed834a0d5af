import { InputError } from '../../core/model/index.ts';

/**
 * One message a person can act on. Input errors already name the file and path; a system error (a missing
 * file, a folder we may not write) is given its file; anything else is still a message, not a stack trace.
 */
export function describeFailure(error: unknown, input: string): string {
  if (error instanceof InputError) return error.file ? error.message : error.withFile(input).message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = (error as NodeJS.ErrnoException).path ?? input;
    if (code === 'ENOENT') return `${file}: no such file or folder`;
    if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
    if (code === 'EISDIR') return `${file}: is a folder, not a file`;
    return `${input}: ${error.message}`;
  }
  return `${input}: ${String(error)}`;
}
