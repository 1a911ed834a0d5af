import path from 'node:path';
import type { FileVersion } from '../fileVersion.ts';

/**
 * What this session has touched, so a request from the renderer can only reach files the user chose:
 * `written` (saved or exported here; the only files the shell may open or reveal) and `known` (also the ones
 * opened), whose folders are where the app may write again without asking.
 */
export class SessionFiles {
  private readonly written = new Set<string>();
  private readonly known = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly versions = new Map<string, FileVersion>();

  /** The version of a document as this session last opened or saved it. */
  remember(file: string, version: FileVersion | undefined): void {
    if (version) this.versions.set(path.resolve(file), version);
    else this.versions.delete(path.resolve(file));
  }

  versionOf(file: string): FileVersion | undefined {
    return this.versions.get(path.resolve(file));
  }

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
