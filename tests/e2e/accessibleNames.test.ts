import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { BUILTIN_TEMPLATES_DIR } from '../../core/node/paths.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { expectNoErrors, select } from './specs/app.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

/**
 * The accessible names a screen reader announces, from Chromium's accessibility tree (ARIA snapshot): every
 * quoted name and every text line, with the frames of the preview and thumbnails left out (they show the
 * briefing's own text, in the briefing's language).
 */
async function spokenNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const names: string[] = [];
  for (const line of snapshot.split('\n')) {
    const quoted = /^\s*- [\w-]+(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
    if (quoted?.[1]) names.push(quoted[1]);
    const text = /^\s*- text: (.*)$/.exec(line);
    if (text?.[1]) names.push(text[1]);
    const attribute = /^\s*- \/(?:placeholder|title|aria-label): (.*)$/.exec(line);
    if (attribute?.[1]) names.push(attribute[1]);
  }
  return names;
}

/** Words that are the same in both languages: formats, products, our glyphs on buttons, key names. */
const EITHER = /\b(?:DOCX|PDF|Word|WPS|Excel|PNG|JPEG|A4|A5|Letter|Legal|GB\/T|H[1-3]|Ctrl|Shift|Alt|Esc)\b/g;
const ENGLISH = /[A-Za-z]{2,}/;
const CHINESE = /[\u3400-\u9fff]/;

/** Names in the wrong language for `language`, with the view they were heard in. */
async function wrongLanguage(page: Page, view: string, language: 'zh-CN' | 'en', userText: readonly string[]): Promise<string[]> {
  const names = await spokenNames(page);
  return names
    .map((name) => userText.reduce((n, typed) => n.split(typed).join(''), name))
    .filter((name) => (language === 'zh-CN' ? ENGLISH.test(name.replace(EITHER, '')) : CHINESE.test(name)))
    .map((name) => `${view}: ${name}`);
}

const CASES = {
  'zh-CN': { template: 'cn-work-briefing', person: '张三', site: '车间', userText: ['张三', '车间'] },
  en: { template: 'en-visit-report', person: 'Zhang San', site: 'Workshop', userText: ['Zhang San', 'Workshop'] },
} as const;

/**
 * Issue 9: no English in the zh-CN UI and no Chinese UI text in the English UI: labels, aria-labels, titles,
 * the names of icons. Walks the welcome view, every section of a filled briefing and the export dialog.
 */
describe.each(Object.keys(CASES) as (keyof typeof CASES)[])('accessible names speak the UI language (%s)', (language) => {
  let harness: E2EHarness;
  let photo: string;
  beforeAll(async () => {
    harness = await E2EHarness.start({ language });
    photo = path.join(harness.workDir, 'photo.png');
    await writeFile(photo, makePng(240, 160));
  });
  afterAll(() => harness.close());

  it('in every view', { timeout: 120_000 }, async () => {
    const c = CASES[language];
    const page = await harness.openApp();
    const heard: string[] = [];
    const walk = async (view: string) => heard.push(...(await wrongLanguage(page, view, language, c.userText)));
    await page.getByTestId(`template-${c.template}`).waitFor();
    await walk('welcome');
    await newBriefingFromTemplate(page, c.template);
    await walk('details');

    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-row').first().locator('input[id$="-name"]').fill(c.person);
    await walk('attendees');
    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    await page.getByTestId('site-card').first().locator('input[id$="-name"]').fill(c.site);
    await walk('sites');
    await select(page, 'remarks');
    await page.getByTestId('remark-add').click();
    await walk('remarks');
    await select(page, 'photos');
    await page.getByTestId('photos-add-input').setInputFiles(photo);
    await page.getByTestId('photo-card').waitFor();
    await walk('photos');
    await select(page, 'text');
    await walk('text');
    await select(page, 'followUps');
    await page.getByTestId('followup-add').click();
    await walk('follow-ups');
    if (language === 'zh-CN') {
      await select(page, 'distribution');
      await page.getByTestId('distribution-add-line').click();
      await walk('distribution');
    }
    await page.getByTestId('command-export').click();
    await page.getByRole('dialog').waitFor();
    await walk('export dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The template designer (issue 14), reached from the Templates menu while a briefing is open. Font names
    // are the template's data, not UI text.
    await harness.emit('command', 'templateDesigner');
    await page.getByTestId('designer-start').waitFor();
    await walk('designer start');
    await page.getByTestId(`designer-duplicate-${c.template}`).click();
    await page.getByTestId('preview-frame').waitFor();
    await page.getByTestId('designer-gbt').or(page.getByTestId('designer-save')).first().waitFor();
    // Every section of the form open, so each of its labels is heard.
    const closed = page.locator('.bc-designer-form .ant-collapse-header[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    await page.locator('#designer-labels-en-credit').waitFor();
    const manifestText = await readFile(path.join(BUILTIN_TEMPLATES_DIR, c.template, 'template.json'), 'utf8');
    const families = new Set<string>();
    JSON.parse(manifestText, (key, value: unknown) => {
      if ((key === 'latin' || key === 'eastAsia') && Array.isArray(value)) for (const f of value) families.add(String(f));
      return value;
    });
    const fonts = [...families].sort((a, b) => b.length - a.length);
    // Pattern placeholders are the syntax the user types, the same in both languages.
    const placeholders = ['{1:cn}', '{4:cn}', '{total}', '{label}', '{caption}', '{office}', '{date}'];
    heard.push(...(await wrongLanguage(page, 'designer', language, [...c.userText, ...fonts, ...placeholders])));
    expect([...new Set(heard)]).toEqual([]);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
