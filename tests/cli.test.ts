import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import type { Output } from '../cli/output.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

function capture(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function run(...argv: string[]) {
  const output = capture();
  const code = await main(argv, output);
  return { code, out: output.stdout.join('\n'), err: output.stderr.join('\n') };
}

describe('briefing CLI', () => {
  it('exports a plain JSON briefing to DOCX and HTML, writing only the files asked for', async () => {
    const dir = tempDir();
    const input = writePlainJson(dir, sampleDocument('en'));
    const docx = path.join(dir, 'out.docx');
    const html = path.join(dir, 'out.html');
    const { code, out, err } = await run('export', input, '--docx', docx, '--html', html);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('out.docx');
    expect(Object.keys(unzipSync(readFileSync(docx)))).toContain('word/document.xml');
    expect(readFileSync(html, 'utf8')).toContain('Alice Morgan');
    expect(readdirSync(dir).sort()).toEqual(['briefing.json', 'out.docx', 'out.html', 'photos']);
  });

  it('exits 1 naming the file and the field for an invalid briefing, and writes nothing', async () => {
    const dir = tempDir();
    const doc = sampleDocument('en');
    const input = writePlainJson(dir, doc);
    const raw = JSON.parse(readFileSync(input, 'utf8'));
    delete raw.attendees[3].name;
    writeFileSync(input, JSON.stringify(raw));
    const docx = path.join(dir, 'bad.docx');
    const { code, err } = await run('export', input, '--docx', docx);
    expect(code).toBe(1);
    expect(err).toContain(`${input}: attendees[3].name: required`);
    expect(existsSync(docx)).toBe(false);
  });

  it('validate lists every problem with its path', async () => {
    const dir = tempDir();
    const input = writePlainJson(dir, sampleDocument('zh-CN'));
    const raw = JSON.parse(readFileSync(input, 'utf8'));
    raw.meta.visitDate = '2022-02-30';
    raw.attendees[0].group = 'visitors';
    writeFileSync(input, JSON.stringify(raw));
    const { code, err } = await run('validate', input);
    expect(code).toBe(1);
    expect(err).toContain('2 problems');
    expect(err).toMatch(/meta\.visitDate: not a real calendar date/);
    expect(err).toMatch(/attendees\[0\]\.group: /);
  });

  it('a draft with a blank name opens, but validate and export require the name', async () => {
    const dir = tempDir();
    const input = writePlainJson(dir, sampleDocument('en'));
    const raw = JSON.parse(readFileSync(input, 'utf8'));
    raw.attendees[2].name = '  ';
    writeFileSync(input, JSON.stringify(raw));
    const validated = await run('validate', input);
    expect(validated.code).toBe(1);
    expect(validated.err).toContain('attendees[2].name: required');
    const docx = path.join(dir, 'draft.docx');
    const exported = await run('export', input, '--docx', docx);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain(`${input}: attendees[2].name: required`);
    expect(existsSync(docx)).toBe(false);
  });

  it('validate accepts a good file', async () => {
    const input = writePlainJson(tempDir(), sampleDocument('en'));
    const { code, out } = await run('validate', input);
    expect(code).toBe(0);
    expect(out).toContain('valid');
  });

  it.each([
    [['export']],
    [['export', 'a.json']],
    [['export', 'a.json', 'b.json', '--docx', 'x.docx']],
    [['export', 'a.json', '--docx', 'x.docx', '--out-dir', 'o']],
    [['export', 'a.json', '--out-dir', 'o', '--format', 'odt']],
    [['export', 'a.json', '--pdf', 'x.pdf', '--page-size', 'A3']],
    [['export', 'a.json', '--bogus']],
    [['frobnicate']],
    [[]],
  ])('usage error %j exits 2 with the usage text', async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out + err).toContain('Usage:');
  });

  it('a batch with one bad input exports the good ones, reports progress and a summary, and exits 1', async () => {
    const dir = tempDir();
    const good = writePlainJson(path.join(dir), sampleDocument('en'), 'good.json');
    const bad = path.join(dir, 'garbage.briefing');
    writeFileSync(bad, 'PK\u0003\u0004 this is not really a zip');
    const outDir = path.join(dir, 'out');
    const { code, out, err } = await run('export', good, bad, '--out-dir', outDir, '--format', 'docx,html');
    expect(code).toBe(1);
    expect(out).toMatch(/\[1\/2\] .*good\.json → .*good\.docx, .*good\.html/);
    expect(err).toMatch(/\[2\/2\] .*garbage\.briefing: /);
    expect(out).toContain('1 exported, 1 failed');
    expect(readdirSync(outDir).sort()).toEqual(['good.docx', 'good.html']);
  });

  it('templates lists both built-in templates as valid', async () => {
    const { code, out } = await run('templates');
    expect(code).toBe(0);
    expect(out).toMatch(/cn-work-briefing\s+builtin\s+valid/);
    expect(out).toMatch(/en-visit-report\s+builtin\s+valid/);
  });

  it('the installed bin runs without a build step and prints no stack trace for garbage', async () => {
    const dir = tempDir();
    const garbage = path.join(dir, 'garbage.json');
    writeFileSync(garbage, '{"formatVersion": 2, "meta": ');
    const bin = path.resolve('cli/bin/briefing.mjs');
    const result = await promisify(execFile)(process.execPath, [bin, 'export', garbage, '--docx', path.join(dir, 'x.docx')]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${garbage}: (document): not valid JSON`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'x.docx'))).toBe(false);
  });
});
