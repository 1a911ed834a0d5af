/**
 * The print HTML as a browser sees it: parsed by real Chromium, not by string matching, so "no script" means
 * no script element exists and "the text is there" means a reader would see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { printHtml, stripForbidden } from '../core/export/html/index.ts';
import { buildPlan, planText } from '../core/export/plan/index.ts';
import { richTextFromPlain, type BriefingDocument } from '../core/model/index.ts';
import { CHROMIUM_FLAGS, findChromium } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { missingInOrder } from './helpers/pdfRead.ts';

const HOSTILE = {
  title: '</style><script>alert(1)</script>',
  subtitle: '<!-- not a comment --> ]]> \u0001bell',
  name: `<img src=x onerror="alert(2)">Li & 'Wen'`,
  caption: '"><script>alert(3)</script><svg onload=alert(4)>',
  remark: `Tom & Jerry <b>not bold</b> "double" 'single'\u0007`,
  site: '<iframe src="data:text/html,x"></iframe>Hall',
};

function hostileDocument(): BriefingDocument {
  const doc = sampleDocument('en');
  const b = structuredClone(doc.briefing);
  b.meta.title = HOSTILE.title;
  b.meta.subtitle = HOSTILE.subtitle;
  b.attendees[0]!.name = HOSTILE.name;
  b.media[0]!.caption = HOSTILE.caption;
  for (const section of b.sections) {
    if (section.type === 'remarks') section.remarks[0]!.body = richTextFromPlain(HOSTILE.remark);
    if (section.type === 'sites') section.sites[0]!.name = HOSTILE.site;
  }
  return { briefing: validBriefing(b), media: doc.media };
}

let browser: Browser;
let page: Page;
const events: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
  page = await browser.newPage();
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => events.push(`request: ${request.url().slice(0, 80)}`));
});
afterAll(async () => browser?.close());

async function load(html: string): Promise<void> {
  events.length = 0;
  await page.setContent(html, { waitUntil: 'load' });
}

const count = (selector: string) => page.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
const bodyText = () => page.evaluate<string>('document.body.innerText');

describe('print HTML in a browser', () => {
  it.each([
    ['en', 'en-visit-report'],
    ['zh-CN', 'cn-work-briefing'],
  ] as const)('%s sample: every plan string shows, in reading order', async (language, templateId) => {
    const doc = sampleDocument(language);
    const template = await builtinTemplate(templateId);
    await load(printHtml(doc, template));
    expect(missingInOrder(await bodyText(), planText(buildPlan(doc.briefing, template.manifest)))).toEqual([]);
    expect(await page.title()).toBe(doc.briefing.meta.title);
    expect(await count('figure img[src^="data:image/"]')).toBe(2);
    expect(events).toEqual([]);
  });

  it('a hostile document prints its text literally and creates no active element', async () => {
    const doc = hostileDocument();
    const template = await builtinTemplate('en-visit-report');
    const html = printHtml(doc, template);
    expect(html.toLowerCase().includes('<script')).toBe(false);
    expect(html.includes('\u0001') || html.includes('\u0007')).toBe(false);
    await load(html);
    expect(await count('script, iframe, svg, object, embed')).toBe(0);
    expect(await count('style')).toBe(1);
    const withHandlers = await page.evaluate<number>(
      '[...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length',
    );
    expect(withHandlers).toBe(0);
    expect(await page.title()).toBe(HOSTILE.title);
    const text = await bodyText();
    for (const literal of Object.values(HOSTILE)) expect(text).toContain(stripForbidden(literal));
    const expected = planText(buildPlan(doc.briefing, template.manifest)).map(stripForbidden);
    expect(missingInOrder(text, expected)).toEqual([]);
    expect(events).toEqual([]);
  });

  it('the attendee table repeats its header and labels each side', async () => {
    await load(printHtml(sampleDocument('en'), await builtinTemplate('en-visit-report')));
    expect(await count('table.bc-table-attendees > thead th')).toBe(3);
    const groups = await page.evaluate<string[]>(
      '[...document.querySelectorAll("table.bc-table-attendees tr.bc-group")].map((tr) => tr.innerText.trim())',
    );
    expect(groups).toEqual(['Visiting delegation', 'Host']);
    const style = await page.evaluate<string[]>(
      '(() => { const s = getComputedStyle(document.querySelector("table.bc-table-attendees tbody tr")); return [s.breakInside]; })()',
    );
    expect(style).toEqual(['avoid']);
  });
});
