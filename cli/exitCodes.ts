/** 0 success, 1 bad input (the message names the file and the path in it), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** The command line itself was wrong: print the message and the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
