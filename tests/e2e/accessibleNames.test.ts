import path from 'node:path';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { BUILTIN_TEMPLATES_DIR } from '../../core/node/paths.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { saveBriefing } from '../../core/node/briefingFile.ts';
import { sampleDocument } from '../fixtures/briefings.ts';
import { makePng } from '../fixtures/images.ts';
import { makeOrientedJpeg } from '../fixtures/photos/exifJpeg.ts';
import { uprightPattern } from '../fixtures/photos/pattern.ts';
import { expectNoErrors, press, select } from './specs/app.ts';
import { openFile } from './specs/files.ts';
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
const EITHER = /\b(?:DOCX|PDF|Word|WPS|Excel|PNG|JPEG|HEIC|WebP|BMP|GIF|iPhone|A4|A5|Letter|Legal|GB\/T|H[1-3]|Ctrl|Shift|Alt|Esc|CSV|xlsx|csv)\b/g;
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
    // The 公文 lists' rows (签发人, 附件) with their remove buttons.
    await page.getByTestId('meta-signers-add').click();
    await page.getByTestId('meta-attachments-add').click();
    await walk('details with 签发人 and 附件 rows');
    // Find & replace (Ctrl+H shows both rows), then closed again.
    await press(page, 'Mod+H');
    await page.getByTestId('find-panel').waitFor();
    await walk('find and replace');
    await page.keyboard.press('Escape');
    await page.getByTestId('find-panel').waitFor({ state: 'detached' });

    await select(page, 'attendees');
    await page.getByTestId('attendee-add').click();
    await page.getByTestId('attendee-row').first().locator('input[id$="-name"]').fill(c.person);
    await walk('attendees');
    await select(page, 'sites');
    await page.getByTestId('site-add').click();
    await page.getByTestId('site-card').first().locator('input[id$="-name"]').fill(c.site);
    // A phone photo with a capture time: the site offers "use photo time".
    const phonePhoto = { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(makeOrientedJpeg(60, 80, uprightPattern(60, 80), 6)) };
    await page.getByTestId('site-add-photo-input').setInputFiles(phonePhoto);
    await page.getByTestId('capture-time-offer').waitFor();
    await walk('sites');
    await select(page, 'remarks');
    await page.getByTestId('remark-add').click();
    await walk('remarks');
    await select(page, 'photos');
    await page.getByTestId('photos-add-input').setInputFiles(photo);
    await page.getByTestId('photo-card').waitFor();
    await walk('photos');
    await page.getByTestId('photo-edit').first().click();
    await page.getByTestId('crop-area').waitFor();
    await walk('photo dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('crop-area').waitFor({ state: 'detached' });
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
  it('in the Problems panel with rules switched off, and in the export progress', { timeout: 180_000 }, async () => {
    const c = CASES[language];
    const doc = sampleDocument(language);
    // One finding to act on: a doubled character (zh) or word (en) in a photo caption.
    const caption = language === 'zh-CN' ? '调研组察看了了车间' : 'The group saw the the workshop';
    // A name of its own per attempt: the per-briefing switch below is remembered for the file's path.
    const file = path.join(harness.workDir, `names-${Date.now()}.briefing`);
    await saveBriefing(file, { ...doc, briefing: { ...doc.briefing, media: doc.briefing.media.map((m, i) => (i === 1 ? { ...m, caption } : m)) } });
    const page = await harness.openApp();
    await openFile(page, harness, file);
    const heard: string[] = [];
    const userText = [...c.userText, caption, language === 'zh-CN' ? '了了' : 'the the', '"the"', '“了”', 'names-out.docx', 'names-out.pdf'];
    const walk = async (view: string) => heard.push(...(await wrongLanguage(page, view, language, userText)));
    const status = page.getByTestId('status-problems');
    await expect.poll(async () => Number(await status.getAttribute('data-warnings'))).toBeGreaterThanOrEqual(1);
    await status.click();
    const panel = page.getByTestId('problems-panel');
    await panel.getByTestId('problem').first().waitFor();
    await walk('problems panel');
    await panel.getByTestId('problem-disable-everywhere').first().click();
    await panel.getByTestId('rules-off-everywhere').waitFor();
    await walk('problems panel, a rule off for all briefings');
    await panel.getByTestId('rule-enable').click();
    await panel.getByTestId('problem-disable').first().click();
    await panel.getByTestId('rules-off-briefing').waitFor();
    await walk('problems panel, a rule off for this briefing');
    await page.locator('.bc-problems-panel .ant-drawer-close').click();
    await panel.waitFor({ state: 'hidden' });

    await page.getByTestId('command-export').click();
    await page.getByTestId('export-run').waitFor();
    harness.answerDialog(path.join(harness.workDir, 'names-out'));
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-steps').waitFor();
    await walk('export progress');
    await page.getByTestId('export-done').waitFor({ timeout: 120_000 });
    await walk('export done, with its steps');
    expect([...new Set(heard)]).toEqual([]);
    await page.close({ runBeforeUnload: false });
  });

  // Issue 12: the series and people views (New issue, the series form, the people directory and its import).
  it('in the series and people views', { timeout: 120_000 }, async () => {
    const c = CASES[language];
    const person = language === 'zh-CN' ? { name: '王芳', title: '主任', organisation: '市发改委' } : { name: 'Jane Smith', title: 'Director', organisation: 'City Hall' };
    const seriesName = language === 'zh-CN' ? '工作简报' : 'Office bulletin';
    // The welcome view lists the files earlier tests of this run opened (their names and folder are the user's).
    const opened = (await readdir(harness.workDir)).filter((name) => name.endsWith('.briefing'));
    const userText = [...c.userText, seriesName, person.name, person.title, person.organisation, harness.workDir, ...opened];
    await writeFile(path.join(harness.userDataDir, 'people.json'), JSON.stringify({ formatVersion: 1, people: [{ id: 'p-1', ...person, group: 'host' }] }));
    const page = await harness.openApp();
    const heard: string[] = [];
    const walk = async (view: string) => heard.push(...(await wrongLanguage(page, view, language, userText)));
    await page.getByTestId('welcome-new-issue').click();
    await page.getByTestId('new-issue-dialog').waitFor();
    await walk('new issue, no series');
    await page.getByTestId('series-new').click();
    await page.getByTestId('series-form').waitFor();
    await page.getByTestId('series-standing-add').click();
    await walk('series form');
    await page.getByTestId('series-name').fill(seriesName);
    await page.getByRole('textbox', { name: language === 'zh-CN' ? '第 1 位的姓名' : 'Name of person 1' }).fill(person.name);
    await page.locator('.ant-modal').filter({ has: page.getByTestId('series-form') }).locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('series-form').waitFor({ state: 'detached' });
    await page.getByTestId('new-issue-standing').waitFor();
    await walk('new issue');
    await page.keyboard.press('Escape');
    await page.getByTestId('new-issue-dialog').waitFor({ state: 'hidden' });
    await page.getByTestId('welcome-people').click();
    await page.getByTestId('people-dialog').getByTestId('people-row').waitFor();
    await walk('people');
    await page.getByTestId('people-import').click();
    await page.getByTestId('people-import-text').fill(`${person.name}\t${person.title}\t${person.organisation}\n\tx\ty\tz`);
    await page.getByTestId('people-import-preview-row').waitFor();
    await walk('people import');
    expect([...new Set(heard)].filter((h) => !/: [xyz]$/.test(h))).toEqual([]);
    await page.close();
    expectNoErrors(harness.errors);
  });
});
