/**
 * The print HTML's model-path anchors (data-bc-path), which lead a click in the preview back to its field: every
 * block carries one, each names something the briefing has, and they change nothing the PDF prints.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_ATTRIBUTE, printHtml } from '../core/export/html/index.ts';
import { exportPdf, findChromium, PdfRenderer } from '../core/node/pdf/index.ts';
import type { Template } from '../core/template/index.ts';
import { existsIn, parseModelPath } from '../renderer/src/preview/modelPath.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { pdfText } from './helpers/pdfRead.ts';

const SAMPLES = [
  ['en', 'en-visit-report'],
  ['zh-CN', 'cn-work-briefing'],
] as const;

/** Walks a path such as sections[2].sites[0].description[1] through plain JSON, independently of the renderer's parser. */
function valueAt(root: unknown, path: string): unknown {
  let here: unknown = root;
  for (const [, key, index] of path.matchAll(/\.?([A-Za-z]+)|\[(\d+)\]/g)) {
    if (here === null || typeof here !== 'object') return undefined;
    here = key !== undefined ? (here as Record<string, unknown>)[key] : (here as unknown[])[Number(index)];
  }
  return here;
}

interface Anchor {
  tag: string;
  path: string | null;
}

const templates = new Map<string, Template>();
let browser: Browser;
beforeAll(async () => {
  for (const [, id] of SAMPLES) templates.set(id, await builtinTemplate(id));
  browser = await chromium.launch({ executablePath: findChromium() });
});
afterAll(async () => browser?.close());

describe.each(SAMPLES)('%s sample print HTML', (language, templateId) => {
  it('gives every block, table row, list item and figure a model path the briefing has', async () => {
    const doc = sampleDocument(language);
    const html = printHtml(doc, templates.get(templateId)!);
    const page = await browser.newPage();
    await page.setContent(html);
    // In the page (a string, so this Node test needs no DOM types): the body's blocks, then the parts inside them.
    const found = (await page.evaluate(`(() => {
      const blocks = [...document.body.children].filter((e) => e.getAttribute('aria-hidden') !== 'true');
      const inner = [...document.body.querySelectorAll('figure, li, tbody tr:not(.bc-group), .bc-dist-line')];
      const of = (e) => ({ tag: e.outerHTML.slice(0, 80), path: e.getAttribute('${PATH_ATTRIBUTE}') });
      return { blocks: blocks.map(of), inner: inner.map(of),
        sectionHeadings: [...document.querySelectorAll('h2.bc-h1')].map((h) => h.getAttribute('${PATH_ATTRIBUTE}')) };
    })()`)) as { blocks: Anchor[]; inner: Anchor[]; sectionHeadings: (string | null)[] };
    await page.close();
    expect(found.blocks.length).toBeGreaterThan(8);
    expect(found.inner.length).toBeGreaterThan(4);
    const anchors = [...found.blocks, ...found.inner];
    expect(anchors.filter((a) => a.path === null)).toEqual([]);
    for (const { path, tag } of anchors) {
      const parsed = parseModelPath(path);
      expect(parsed, `${tag}: ${path}`).toBeDefined();
      expect(existsIn(parsed!, doc.briefing), `${tag}: ${path}`).toBe(true);
      if (path !== 'meta') expect(valueAt(doc.briefing, path!), `${tag}: ${path}`).toBeDefined();
    }
    // Each visible section's heading names it, once; a text section's first paragraph names its own index.
    expect(found.sectionHeadings.every((p) => /^sections\[\d+\]$/.test(p ?? ''))).toBe(true);
    expect(new Set(found.sectionHeadings).size).toBe(found.sectionHeadings.length);
    const text = doc.briefing.sections.findIndex((s) => s.type === 'text');
    expect(anchors.map((a) => a.path)).toContain(`sections[${text}].body[0]`);
  });
});

describe('the anchors in the PDF', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    renderer = await PdfRenderer.launch();
  });
  afterAll(async () => renderer?.close());

  it.each(SAMPLES)('%s: the same text on the same pages with and without them', async (language, templateId) => {
    const doc = sampleDocument(language);
    const template = templates.get(templateId)!;
    const html = printHtml(doc, template);
    const bare = html.replace(/ data-bc-path="[^"]*"/g, '');
    expect(bare.length).toBeLessThan(html.length);
    const withAnchors = pdfText(await exportPdf(doc, template, renderer));
    const without = pdfText(await renderer.render(bare, { title: doc.briefing.meta.title }));
    expect(withAnchors.split('\f').length).toBeGreaterThanOrEqual(2);
    expect(withAnchors).toBe(without);
  });
});
