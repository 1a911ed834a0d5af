/** PDFs of the two sample briefings, read back with poppler the way a reader's tools see them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan, planText } from '../core/export/plan/index.ts';
import type { BriefingDocument } from '../core/model/index.ts';
import { exportPdf, findChromium, PdfRenderer } from '../core/node/pdf/index.ts';
import type { Template } from '../core/template/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { missingInOrder, pdfFonts, pdfInfo, pdfOutlineCount, pdfPages, pdfPageSize, pdfText } from './helpers/pdfRead.ts';

const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

let renderer: PdfRenderer;
const samples = new Map<string, { doc: BriefingDocument; template: Template; pdf: Uint8Array }>();

beforeAll(async () => {
  renderer = await PdfRenderer.launch();
  for (const [language, id] of [['en', 'en-visit-report'], ['zh-CN', 'cn-work-briefing']] as const) {
    const doc = sampleDocument(language);
    const template = await builtinTemplate(id);
    samples.set(language, { doc, template, pdf: await exportPdf(doc, template, renderer) });
  }
});
afterAll(async () => renderer?.close());

const sample = (language: string) => samples.get(language)!;

describe.each(['en', 'zh-CN'])('%s sample PDF', (language) => {
  it('shows every name, caption, remark and label of the plan, in order', () => {
    const { doc, template, pdf } = sample(language);
    const expected = planText(buildPlan(doc.briefing, template.manifest));
    expect(expected.length).toBeGreaterThan(20);
    expect(missingInOrder(pdfText(pdf), expected)).toEqual([]);
  });

  it('is A4, tagged, and carries title, author, subject and creator', () => {
    const { doc, pdf } = sample(language);
    const size = pdfPageSize(pdf);
    expect(size.width).toBeCloseTo(A4.width, 1);
    expect(size.height).toBeCloseTo(A4.height, 1);
    const info = pdfInfo(pdf);
    expect(info['Title']).toBe(doc.briefing.meta.title);
    expect(info['Author']).toBe(doc.briefing.meta.author);
    expect(info['Subject']).toContain(doc.briefing.meta.organisationVisited);
    expect(info['Creator']).toBe('Briefing Composer');
    expect(info['Tagged']).toBe('yes');
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(2);
  });

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(sample(language).pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('has an outline with the title and every section heading', async () => {
    const { doc, template, pdf } = sample(language);
    const sections = buildPlan(doc.briefing, template.manifest).blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    expect(await pdfOutlineCount(pdf)).toBeGreaterThanOrEqual(sections.length + 1);
  });
});

describe('page furniture of the samples', () => {
  it('en: "Page n of m" centred at the foot of every page', () => {
    const pages = pdfPages(sample('en').pdf);
    pages.forEach((page, i) => {
      const foot = page.words.filter((w) => w.yMin > page.height - 25 * 2.835);
      expect(foot.map((w) => w.text).join(' ')).toBe(`Page ${i + 1} of ${pages.length}`);
      const centre = (Math.min(...foot.map((w) => w.xMin)) + Math.max(...foot.map((w) => w.xMax))) / 2;
      expect(Math.abs(centre - page.width / 2)).toBeLessThan(2);
    });
  });

  it('en: the distribution block follows the text instead of dropping to the foot', () => {
    const pages = pdfPages(sample('en').pdf);
    const last = pages[pages.length - 1]!;
    const to = last.words.find((w) => w.text === 'To:');
    expect(to).toBeDefined();
    const above = Math.max(...last.words.filter((w) => w.yMax < to!.yMin).map((w) => w.yMax));
    expect(to!.yMin - above).toBeLessThan(40);
    const typeAreaBottom = last.height - 25 * (72 / 25.4);
    expect(typeAreaBottom - to!.yMax).toBeGreaterThan(60);
  });

  it('a long attendee table repeats its header on every page and never splits a row', async () => {
    const { doc, template } = sample('en');
    const attendees = Array.from({ length: 70 }, (_, i) => ({
      id: `m${i}`,
      name: `Member ${i + 1}`,
      title: i % 3 === 0 ? 'Adviser to the delegation on regional industrial policy and supplier programmes' : 'Adviser',
      organisation: 'Regional Office',
      group: i < 40 ? 'delegation' : 'host',
      leader: false,
    }));
    const briefing = validBriefing({ ...doc.briefing, attendees, sections: doc.briefing.sections.filter((s) => s.type !== 'remarks') });
    const pages = pdfPages(await exportPdf({ ...doc, briefing }, template, renderer));
    const withRows = pages.filter((page) => page.words.some((w) => w.text === 'Member'));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) {
      const header = page.words.filter((w) => ['Name', 'Position', 'Organisation'].includes(w.text));
      expect(header.map((w) => w.text)).toEqual(['Name', 'Position', 'Organisation']);
      // The header row sits above the first member on the page.
      const first = Math.min(...page.words.filter((w) => w.text === 'Member').map((w) => w.yMin));
      expect(Math.max(...header.map((w) => w.yMax))).toBeLessThan(first);
    }
    // Every member's name and number appear exactly once: no row was cut in two or dropped.
    const text = pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
    for (let i = 1; i <= 70; i++) expect(text.split(`Member ${i} `).length - 1).toBe(1);
  });

  it('prints on Letter when asked', async () => {
    const { doc, template } = sample('en');
    const size = pdfPageSize(await exportPdf(doc, template, renderer, { pageSize: 'Letter' }));
    expect(size).toEqual(LETTER);
  });

  it('a hostile title reaches the PDF properties and the page literally', async () => {
    const { doc, template } = sample('en');
    const title = '</style><script>alert(1)</script> & "Q"';
    const hostile = { ...doc, briefing: validBriefing({ ...doc.briefing, meta: { ...doc.briefing.meta, title } }) };
    const pdf = await exportPdf(hostile, template, renderer);
    expect(pdfInfo(pdf)['Title']).toBe(title);
    expect(pdfText(pdf)).toContain(title);
  });
});

describe('finding and starting the browser', () => {
  it('BRIEFING_CHROMIUM overrides detection; otherwise this machine’s Chromium is found', () => {
    expect(findChromium({ BRIEFING_CHROMIUM: '/opt/my/chrome' })).toBe('/opt/my/chrome');
    expect(findChromium({}, 'linux')).toBe('/usr/bin/chromium');
    expect(findChromium({ PROGRAMFILES: '/nowhere' }, 'win32')).toBeUndefined();
  });

  it('a browser that cannot start gives a message saying what to do, not a stack trace', async () => {
    await expect(PdfRenderer.launch({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /Could not start the browser at "\/nonexistent\/chromium".*Install Chromium or set BRIEFING_CHROMIUM/,
    );
  });
});
