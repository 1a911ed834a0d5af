import path from 'node:path';
import type { Briefing } from '../../model/index.ts';

/** Characters no file system accepts (or that Windows reserves), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_NAME = 80;

/** A file name (no extension) a save dialog can propose for a briefing: its title, made safe, or "briefing". */
export function suggestedName(briefing: Briefing): string {
  const cleaned = briefing.meta.title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '');
  return [...cleaned].slice(0, MAX_NAME).join('').trim() || 'briefing';
}

/** The path a user picked, without an export extension they may have typed ("report.pdf" → "report"). */
export function exportBase(chosen: string): string {
  const full = path.resolve(chosen);
  return /\.(docx|pdf)$/i.test(full) ? full.slice(0, -path.extname(full).length) : full;
}

/** A .briefing path for whatever the save dialog returned (the extension is added when it was left off). */
export function briefingPath(chosen: string): string {
  const full = path.resolve(chosen);
  return path.extname(full) === '' ? `${full}.briefing` : full;
}
