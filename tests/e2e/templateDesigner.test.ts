import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makeFlatPng } from '../fixtures/images.ts';
import { LETTERHEAD, letterheadDocx } from '../fixtures/letterhead.ts';
import { expectNoErrors, previewText } from './specs/app.ts';
import { BUILTIN_TEMPLATES_DIR } from '../../core/node/paths.ts';
import { exportVia } from './specs/exporting.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';
import { pdfText } from './readBack.ts';

const run = promisify(execFile);
const BLUE = '#0050B3';
const field = (page: Page, path: string) => page.locator(`#designer-${path.replace(/[^A-Za-z0-9-]/g, '-')}`);
const message = (page: Page, path: string) => page.getByTestId(`designer-${path.replace(/[^A-Za-z0-9-]/g, '-')}-message`);

async function replace(page: Page, path: string, value: string) {
  const input = field(page, path);
  await input.click();
  await input.press('Control+A');
  await input.fill(value);
}

/** The first page as RGB pixels (pdftoppm's PPM), to find the masthead's colour in the printed PDF. */
async function firstPagePixels(pdf: string, dir: string): Promise<{ width: number; height: number; data: Uint8Array }> {
  const stem = path.join(dir, 'page');
  await run('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf, stem]);
  const file = (await readdir(dir)).find((name) => name.startsWith('page') && name.endsWith('.ppm'))!;
  const bytes = new Uint8Array(await readFile(path.join(dir, file)));
  const header = new TextDecoder().decode(bytes.subarray(0, 64)).split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, data: bytes.subarray(bytes.length - width * height * 3) };
}

describe('template designer', () => {
  let harness: E2EHarness;
  let userDir: string;
  beforeAll(async () => {
    userDir = await mkdtemp(path.join(os.tmpdir(), 'bc-e2e-user-templates-'));
    harness = await E2EHarness.start({ language: 'zh-CN', templateSources: { userDir, sharedDirs: [] } });
  });
  afterAll(async () => {
    await harness.close();
    await rm(userDir, { recursive: true, force: true });
  });

  it('duplicates cn-work-briefing, refuses a broken value, saves it, and a briefing on it exports with the new masthead', async () => {
    // A retry starts from an empty user folder, as the first attempt did.
    for (const name of await readdir(userDir)) await rm(path.join(userDir, name), { recursive: true, force: true });
    const page = await harness.openApp();
    await page.getByTestId('welcome-design').click();
    await page.getByTestId('designer-duplicate-cn-work-briefing').click();
    await page.getByTestId('preview-frame').waitFor();

    await replace(page, 'id', 'diaoyan-briefing');
    await replace(page, 'masthead.name', '调研简报');
    await replace(page, 'masthead.nameFont.color', BLUE);
    await page.getByTestId('designer-logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(makeFlatPng(200, 100)) });
    await page.getByTestId('designer-logo-preview').waitFor();
    // Body size by its Chinese name: 四号 first (the pt box follows), then 三号.
    await replace(page, 'fonts.body.sizePt', '14');
    await expect.poll(() => page.getByTestId('designer-fonts-body-sizePt-chinese').innerText()).toContain('四号');
    await page.getByTestId('designer-fonts-body-sizePt-chinese').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '三号 16 磅' }).click();
    await expect.poll(async () => Number(await field(page, 'fonts.body.sizePt').inputValue())).toBe(16);

    // A broken value: refused with the field's own message, Save disabled, the preview says why.
    await replace(page, 'page.marginsMm.top', '-5');
    await expect.poll(() => message(page, 'page.marginsMm.top').innerText()).toBe('须大于 0');
    expect(await page.getByTestId('designer-save').isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('designer-preview-problems').innerText()).toContain('page.marginsMm.top');
    await replace(page, 'masthead.nameFont.color', '#12345');
    await expect.poll(() => message(page, 'masthead.nameFont.color').innerText()).toContain('#RRGGBB');
    await replace(page, 'masthead.nameFont.color', BLUE);
    await page.locator('.ant-collapse-header').filter({ hasText: '标题编号' }).click();
    await replace(page, 'headings[0].number', '{5}、');
    await expect.poll(() => message(page, 'headings[0].number').innerText()).toBe('花括号中只能写 {1}…{4} 或 {1:cn}…{4:cn}');
    await replace(page, 'headings[0].number', '{1:cn}、');
    await replace(page, 'page.marginsMm.top', '30');
    await expect.poll(() => page.getByTestId('designer-save').isDisabled()).toBe(false);
    // The GB/T 9704 panel tells the 30 mm top margin from the standard's 37 mm.
    await expect.poll(() => page.getByTestId('designer-gbt').innerText()).toContain('上页边距为 30 毫米');

    await page.getByTestId('designer-save').click();
    await expect.poll(async () => (await readdir(userDir)).includes('diaoyan-briefing')).toBe(true);
    const saved = JSON.parse(await readFile(path.join(userDir, 'diaoyan-briefing', 'template.json'), 'utf8')) as {
      masthead: { name: Record<string, string>; logo: string; nameFont: { color: string } };
    };
    expect(saved.masthead.name['zh-CN']).toBe('调研简报');
    expect(saved.masthead.nameFont.color).toBe(BLUE);

    await page.getByTestId('designer-back').click();
    await page.getByTestId('designer-back').click();
    await page.getByTestId('template-diaoyan-briefing').waitFor();
    await newBriefingFromTemplate(page, 'diaoyan-briefing');
    await page.locator('#meta-title').fill('关于某某公司的调研');
    const [docx, pdf] = await exportVia(page, harness, ['docx', 'pdf'], path.join(harness.workDir, 'diaoyan'));

    const parts = unzipSync(new Uint8Array(await readFile(docx!)));
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    const mastheadRun = /<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>调研简报<\/w:t><\/w:r>/s.exec(xml)?.[0] ?? '';
    expect(mastheadRun).toContain('w:color w:val="0050B3"');
    expect(xml).toMatch(/<w:pgMar w:top="1701"/); // 30 mm
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const styles = new TextDecoder().decode(parts['word/styles.xml']);
    expect(styles).toMatch(/w:sz w:val="32"/); // body 16 pt

    expect((await pdfText(pdf!)).replace(/\s+/g, '')).toContain('调研简报');
    const images = (await run('pdfimages', ['-list', pdf!])).stdout;
    expect(images).toMatch(/\s200\s+100\s/);
    const pixels = await firstPagePixels(pdf!, await mkdtemp(path.join(harness.workDir, 'ppm-')));
    let blue = 0;
    for (let i = 0; i < pixels.data.length; i += 3) {
      const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
      if (r < 60 && g > 50 && g < 120 && b > 140) blue++;
    }
    expect(blue).toBeGreaterThan(20);
    expectNoErrors(harness.errors);
  });

  it('edits the open briefing\'s own template from the Templates menu, and its preview shows the saved version', async () => {
    const manifest = JSON.parse(await readFile(path.join(BUILTIN_TEMPLATES_DIR, 'cn-work-briefing', 'template.json'), 'utf8')) as Record<string, unknown>;
    await mkdir(path.join(userDir, 'office-weekly'), { recursive: true });
    await writeFile(path.join(userDir, 'office-weekly', 'template.json'), JSON.stringify({ ...manifest, id: 'office-weekly', name: { 'zh-CN': '办公室周报' } }));
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'office-weekly');
    await expect.poll(() => previewText(page)).toContain('工作简报');
    await harness.emit('command', 'templateDesigner');
    await page.getByTestId('designer-edit-office-weekly').click();
    await replace(page, 'masthead.name', '办公室周报');
    await page.getByTestId('designer-save').click();
    await expect.poll(async () => JSON.parse(await readFile(path.join(userDir, 'office-weekly', 'template.json'), 'utf8')).masthead.name['zh-CN']).toBe('办公室周报');
    await page.getByTestId('designer-back').click();
    await page.getByTestId('designer-back').click();
    await page.getByTestId('editor').waitFor();
    await expect.poll(() => previewText(page)).toContain('办公室周报');
    expectNoErrors(harness.errors);
  });

  it('exports a template as a .briefing-template file, imports it, and asks before replacing the one with its id', async () => {
    const manifest = JSON.parse(await readFile(path.join(BUILTIN_TEMPLATES_DIR, 'cn-work-briefing', 'template.json'), 'utf8')) as Record<string, unknown>;
    await mkdir(path.join(userDir, 'shared-style'), { recursive: true });
    await writeFile(path.join(userDir, 'shared-style', 'template.json'), JSON.stringify({ ...manifest, id: 'shared-style', name: { 'zh-CN': '共享样式' } }));
    const page = await harness.openApp();
    await page.getByTestId('welcome-design').click();
    await page.getByTestId('designer-edit-shared-style').click();
    const file = path.join(harness.workDir, 'shared-style');
    harness.answerDialog(file);
    await page.getByTestId('designer-export').click();
    await expect.poll(async () => (await readdir(harness.workDir)).includes('shared-style.briefing-template')).toBe(true);
    await page.getByTestId('designer-back').click();
    await page.getByTestId('designer-import-input').setInputFiles(`${file}.briefing-template`);
    await expect.poll(() => field(page, 'id').inputValue()).toBe('shared-style');
    await replace(page, 'masthead.name', '共享简报');
    await page.getByTestId('designer-save').click();
    // The id is taken in the user folder: replacing it is the user's decision.
    await page.getByRole('button', { name: /^替\s*换$/ }).click();
    await expect.poll(async () => JSON.parse(await readFile(path.join(userDir, 'shared-style', 'template.json'), 'utf8')).masthead.name['zh-CN']).toBe('共享简报');
    expectNoErrors(harness.errors);
  });

  it('makes a template from a Word letterhead: its logo, margins and masthead text, and says what it took', async () => {
    const page = await harness.openApp();
    await page.getByTestId('welcome-design').click();
    const { bytes } = await letterheadDocx();
    await page.getByTestId('designer-letterhead-input').setInputFiles({ name: 'letterhead.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) });
    await page.getByTestId('designer-letterhead-report').waitFor();
    expect(await page.getByTestId('letterhead-taken').innerText()).toContain('标志图片');
    expect(await field(page, 'masthead.name').inputValue()).toBe(LETTERHEAD.masthead);
    expect(await field(page, 'page.marginsMm.top').inputValue()).toBe(String(LETTERHEAD.marginsMm.top));
    expect(await field(page, 'page.marginsMm.right').inputValue()).toBe(String(LETTERHEAD.marginsMm.right));
    expect(await field(page, 'masthead.nameFont.color').inputValue()).toBe(LETTERHEAD.color);
    await page.getByTestId('designer-logo-preview').waitFor();
    const masthead = page.frameLocator('[data-testid="preview-frame"]').locator('.bc-masthead');
    await expect.poll(() => masthead.innerText()).toContain(LETTERHEAD.masthead);
    await expect.poll(() => masthead.locator('img').count()).toBe(1);
    expectNoErrors(harness.errors);
  });
});
