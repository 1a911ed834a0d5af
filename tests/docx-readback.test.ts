import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { buildPlan, planText } from '../core/export/index.ts';
import { InputError, type BriefingDocument } from '../core/model/index.ts';
import type { Template } from '../core/template/index.ts';
import { expectInOrder, libreOfficeText, mammothHtml, mammothText, readDocx } from './helpers/docxRead.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';

const templates: Record<'zh-CN' | 'en', Template> = {} as Record<'zh-CN' | 'en', Template>;
beforeAll(async () => {
  templates['zh-CN'] = await builtinTemplate('cn-work-briefing');
  templates.en = await builtinTemplate('en-visit-report');
});

/** The sample with its title and first remark replaced: how hostile text gets in. */
function withText(language: 'zh-CN' | 'en', title: string, remark: string): BriefingDocument {
  const doc = sampleDocument(language);
  const raw = structuredClone(doc.briefing) as unknown as {
    meta: { title: string };
    sections: { type: string; remarks?: { body: { children: { text: string }[] }[] }[] }[];
  };
  raw.meta.title = title;
  const remarks = raw.sections.find((s) => s.type === 'remarks')!.remarks!;
  remarks[0]!.body[0]!.children[0]!.text = remark;
  return { briefing: validBriefing(raw), media: doc.media };
}

/** Whether text holds a character XML 1.0 cannot carry, even escaped (lone surrogates are single code points here). */
function hasForbiddenXmlChar(text: string): boolean {
  return [...text].some((ch) => {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    return control || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
  });
}

describe.each(['zh-CN', 'en'] as const)('DOCX read back (%s)', (language) => {
  it('gives mammoth every piece of the plan in order: masthead, title, attendees, captions, remarks, distribution', async () => {
    const doc = sampleDocument(language);
    const bytes = await exportDocx(doc, templates[language]);
    const expected = planText(buildPlan(doc.briefing, templates[language].manifest));
    expect(expected.length).toBeGreaterThan(15);
    expectInOrder(await mammothText(bytes), expected);
    for (const attendee of doc.briefing.attendees) expect(await mammothText(bytes)).toContain(attendee.name);
  });

  it('comes through mammoth with real headings and lists', async () => {
    const html = await mammothHtml(await exportDocx(sampleDocument(language), templates[language]));
    expect(html.match(/<h1>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(html).toMatch(/<h2>/);
    expect(html).toMatch(/<ul><li>/);
  });

  it('opens in LibreOffice, which reads the whole plan in order', { timeout: 120_000 }, async () => {
    const doc = sampleDocument(language);
    const text = await libreOfficeText(await exportDocx(doc, templates[language]));
    expectInOrder(text, planText(buildPlan(doc.briefing, templates[language].manifest)));
  });
});

describe('DOCX with hostile text', () => {
  it('drops characters XML forbids, so the file stays well-formed and reads "AB"', { timeout: 120_000 }, async () => {
    const doc = withText('zh-CN', 'A\u0001B\uFFFF', 'C\u0000D\u000BE\uD800F\u001FG');
    const bytes = await exportDocx(doc, templates['zh-CN']);
    const pkg = readDocx(bytes);
    for (const part of Object.keys(pkg.parts).filter((p) => p.endsWith('.xml'))) {
      expect(hasForbiddenXmlChar(pkg.xml(part)), part).toBe(false);
    }
    expect(pkg.xml('docProps/core.xml')).toContain('<dc:title>AB</dc:title>');
    const text = await libreOfficeText(bytes);
    expectInOrder(text, ['AB', 'CDEFG']);
    expectInOrder(await mammothText(bytes), ['AB', 'CDEFG']);
  });

  it('escapes markup in user text and reads it back literally', async () => {
    const title = `<w:p>&amp;"' </w:t></w:r>`;
    const bytes = await exportDocx(withText('en', title, 'x < y && y > "z"'), templates.en);
    const xml = readDocx(bytes).xml('word/document.xml');
    expect(xml).toContain('&lt;w:p&gt;&amp;amp;');
    expect(xml).not.toContain('<w:p>&amp;"');
    const text = await mammothText(bytes);
    expect(text).toContain(title);
    expect(text).toContain('x < y && y > "z"');
  });

  it('refuses a briefing whose photo has no bytes, naming the media entry', async () => {
    const doc = sampleDocument('en');
    const media = new Map(doc.media);
    media.delete('p2');
    const attempt = exportDocx({ briefing: doc.briefing, media }, templates.en);
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/media\[1\]: no image data for image "p2"/);
  });

  it('refuses bytes that are not an image', async () => {
    const doc = sampleDocument('en');
    const media = new Map(doc.media).set('p1', new TextEncoder().encode('not a picture'));
    await expect(exportDocx({ briefing: doc.briefing, media }, templates.en)).rejects.toThrow(/media\[0\]: image "p1" is not a PNG or JPEG/);
  });
});
