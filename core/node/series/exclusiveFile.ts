import { writeFile } from 'node:fs/promises';

/**
 * Creates a file that must not exist yet (O_CREAT|O_EXCL, the `wx` flag): of two computers creating the same name
 * at once exactly one succeeds and the other gets EEXIST, on local disks and on SMB and NFSv3+ shares alike.
 * A parameter of the store, so a test can stand in for a read-only share.
 */
export type CreateExclusive = (file: string, text: string) => Promise<void>;

export const createExclusive: CreateExclusive = (file, text) => writeFile(file, text, { flag: 'wx' });

export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** A folder nobody may write to: the share is read-only, or this user lacks the right. */
export const isReadOnlyError = (error: unknown) => ['EROFS', 'EACCES', 'EPERM'].includes(errorCode(error) ?? '');
