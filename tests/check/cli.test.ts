import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { Output } from '../../cli/output.ts';
import { PACKAGE_ROOT } from '../../core/node/paths.ts';
import { sampleDocument } from '../fixtures/briefings.ts';
import { tempDir, writePlainJson } from '../helpers/tempBriefings.ts';

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: Output = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await main(argv, output);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** The sample briefing with a half-width comma in its title (a warning) and, if asked, a print date before the visit (an error). */
function writeFlawed(withError: boolean): string {
  const input = writePlainJson(tempDir(), sampleDocument('zh-CN'));
  const raw = JSON.parse(readFileSync(input, 'utf8'));
  raw.meta.title = '调研组赴企业调研,座谈交流';
  if (withError) {
    raw.meta.visitDate = '2030-01-01';
    raw.sections.push({ id: 'dist-x', type: 'distribution', lines: [], printDate: '2029-12-31' });
  }
  writeFileSync(input, JSON.stringify(raw));
  return input;
}

describe('briefing check', () => {
  it('prints file:path:line:col severity rule message, exit 0 for warnings only', async () => {
    const input = writeFlawed(false);
    const { code, out, err } = await run('check', input);
    expect(err).toBe('1 input checked: 0 errors, 1 warning, 0 hints');
    expect(code).toBe(0);
    expect(out).toBe(`${input}:meta.title:1:9 warning punct-halfwidth Use the full-width "，" in Chinese text (fix: "，")`);
  });

  it('exits 1 when there is an error, and speaks Chinese with --lang zh-CN', async () => {
    const input = writeFlawed(true);
    const { code, out } = await run('check', input, '--lang', 'zh-CN');
    expect(code).toBe(1);
    expect(out).toContain('error consistency-print-date 印发日期2029-12-31早于调研日期2030-01-01');
    expect(out).toContain('warning punct-halfwidth 中文语句中应使用全角“，”');
  });

  it('--format json prints the findings array with file, line and column', async () => {
    const input = writeFlawed(false);
    const { code, out } = await run('check', input, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      expect.objectContaining({ file: input, rule: 'punct-halfwidth', severity: 'warning', path: 'meta.title', range: { start: 8, end: 9 }, fix: '，', line: 1, column: 9 }),
    ]);
  });

  it('--disable switches a rule off; an unknown rule or format is a usage error', async () => {
    const input = writeFlawed(false);
    expect((await run('check', input, '--disable', 'punct-halfwidth')).out).toBe('');
    expect((await run('check', input, '--disable', 'no-such-rule')).code).toBe(2);
    expect((await run('check', input, '--format', 'xml')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });

  it('an input that cannot be opened is reported and exits 1', async () => {
    const { code, err } = await run('check', path.join(tempDir(), 'missing.json'));
    expect(code).toBe(1);
    expect(err).toContain('no such file');
  });

  it('both examples check clean', async () => {
    const examples = ['guangxi-visit', 'industry-visit-zh'].map((n) => path.join(PACKAGE_ROOT, 'examples', n, 'briefing.json'));
    const { code, out, err } = await run('check', ...examples, '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
  });
});
