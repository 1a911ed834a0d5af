import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { expect } from 'vitest';

const run = promisify(execFile);

export async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(await readFile(file)) })).value;
}

export async function pdfText(file: string): Promise<string> {
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
}

/** Each text appears, and after the one before it. White space is ignored (PDF lines break CJK text anywhere). */
export function expectInOrder(text: string, needles: readonly string[], what: string): void {
  const flat = text.replace(/\s+/g, '');
  let from = 0;
  for (const needle of needles) {
    const at = flat.indexOf(needle.replace(/\s+/g, ''), from);
    expect(at, `${what}: "${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}
