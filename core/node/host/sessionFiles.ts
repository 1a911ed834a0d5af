import path from 'node:path';

/**
 * What this session has touched, so a request from the renderer can only reach files the user chose:
 * `written` (saved or exported here; the only files the shell may open or reveal) and `known` (also the ones
 * opened), whose folders are where the app may write again without asking.
 */
export class SessionFiles {
  private readonly written = new Set<string>();
  private readonly known = new Set<string>();
  private readonly folders = new Set<string>();

  markOpened(file: string): void {
    const full = path.resolve(file);
    this.known.add(full);
    this.folders.add(path.dirname(full));
  }

  markWritten(file: string): void {
    this.markOpened(file);
    this.written.add(path.resolve(file));
  }

  wasWritten(file: string): boolean {
    return this.written.has(path.resolve(file));
  }

  isKnown(file: string): boolean {
    return this.known.has(path.resolve(file));
  }

  /** A folder the user opened or saved something in (or picked in an export dialog) this session. */
  isKnownFolder(folder: string): boolean {
    return this.folders.has(path.resolve(folder));
  }
}
