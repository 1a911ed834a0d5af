import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../cli/commands/export.ts';
import { main } from '../cli/main.ts';
import { ExportService } from '../core/node/exportService.ts';
import { launchChromium } from '../core/node/pdf/launchChromium.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}

/** A briefing whose meta.templateId is `templateId`, and a valid template folder lying in wait beside it. */
function briefingNamingTemplate(templateId: (dir: string) => string) {
  const dir = tempDir();
  cpSync('templates/en-visit-report', path.join(dir, 'evil-tpl'), { recursive: true });
  const input = writePlainJson(dir, sampleDocument('en'));
  const raw = JSON.parse(readFileSync(input, 'utf8'));
  raw.meta.templateId = templateId(dir);
  writeFileSync(input, JSON.stringify(raw));
  return { dir, input };
}

describe('the template a briefing names', () => {
  it('is an id only: a path in meta.templateId (absolute or relative) is refused, naming the field, and nothing is written', async () => {
    for (const id of [(dir: string) => path.join(dir, 'evil-tpl'), () => './evil-tpl', () => '../x/evil-tpl']) {
      const { dir, input } = briefingNamingTemplate(id);
      const out = path.join(dir, 'out.docx');
      const { code, err } = await run('export', input, '--docx', out);
      expect(code).toBe(1);
      expect(err).toContain(`${input}: meta.templateId:`);
      expect(err).toContain('is not a template id');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('a folder is used when the user passes it with --template', async () => {
    const { dir, input } = briefingNamingTemplate(() => 'en-visit-report');
    const out = path.join(dir, 'out.docx');
    const { code, err } = await run('export', input, '--template', path.join(dir, 'evil-tpl'), '--docx', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('an output someone else writes while the export runs (a shared folder)', () => {
  class ColleagueWritesMeanwhile extends ExportService {
    constructor(private readonly target: string) {
      super(launchChromium);
    }
    override async render(...args: Parameters<ExportService['render']>) {
      writeFileSync(this.target, 'the colleague’s export');
      return super.render(...args);
    }
  }

  it('is left alone, naming it and --force, exit 1; with --force it is replaced', async () => {
    const dir = tempDir();
    const input = writePlainJson(dir, sampleDocument('zh-CN'));
    const out = path.join(dir, '周报.docx');
    const stderr: string[] = [];
    const code = await main(['export', input, '--docx', out], { out: () => undefined, err: (l) => stderr.push(l) });
    expect(code).toBe(0);
    const refused = await exportCommand([input, '--docx', out], { out: () => undefined, err: (l) => stderr.push(l) }, new ColleagueWritesMeanwhile(out));
    expect(refused).toBe(1);
    expect(stderr.join('\n')).toContain(`${out} was changed by someone else while this export ran`);
    expect(stderr.join('\n')).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('the colleague’s export');
    const forced = await exportCommand([input, '--docx', out, '--force'], { out: () => undefined, err: (l) => stderr.push(l) }, new ColleagueWritesMeanwhile(out));
    expect(forced).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('export and the checker', () => {
  it('exports a briefing with findings and warns about them (exit 0), naming the field and pointing to briefing check', async () => {
    const dir = tempDir();
    const doc = sampleDocument('zh-CN');
    doc.briefing.meta.title = '关于调研情况的报告。';
    const input = writePlainJson(dir, doc);
    const out = path.join(dir, 'out.docx');
    const { code, err } = await run('export', input, '--docx', out);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(err).toContain(`warning: ${input}: meta.title:`);
    expect(err).toContain('[title-end-punctuation]');
    expect(err).toContain(`briefing check ${input}`);
  });
});
