import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../core/node/paths.ts';
import { loadTemplateDir } from '../core/node/templateDir.ts';
import { applyLetterhead, parseTemplateManifest, readLetterhead } from '../core/template/index.ts';
import { LETTERHEAD, letterheadDocx } from './fixtures/letterhead.ts';

describe('a template from a Word letterhead', () => {
  it('takes the first-page header logo, the margins, the masthead text and colour, and the body font and size', async () => {
    const { bytes, logo } = await letterheadDocx();
    const read = readLetterhead(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const facts = read.value;
    expect(facts.page).toMatchObject({ widthMm: 210, heightMm: 297, landscape: false });
    expect(facts.marginsMm).toEqual(LETTERHEAD.marginsMm);
    expect(facts.logo?.bytes).toEqual(logo);
    expect(facts.logo?.heightMm).toBeCloseTo((LETTERHEAD.logoPx.height * 25.4) / 96, 0);
    expect(facts.masthead).toMatchObject({ text: LETTERHEAD.masthead, color: LETTERHEAD.color, sizePt: 36 });
    expect(facts.body).toMatchObject({ latin: 'Times New Roman', eastAsia: LETTERHEAD.bodyFont, sizePt: LETTERHEAD.bodySizePt });
    expect(facts.missing).toEqual([]);

    const base = await loadTemplateDir(path.join(BUILTIN_TEMPLATES_DIR, 'cn-work-briefing'));
    const made = applyLetterhead(base, facts, 'jiangzhou-briefing', { 'zh-CN': '江州简报' });
    expect(made.taken).toEqual(['page', 'margins', 'logo', 'masthead', 'mastheadColor', 'bodyFont', 'bodySize']);
    const valid = parseTemplateManifest(JSON.parse(JSON.stringify(made.template.manifest)));
    expect(valid.ok).toBe(true);
    const m = made.template.manifest;
    expect(m.masthead.name['zh-CN']).toBe(LETTERHEAD.masthead);
    expect(m.masthead.nameFont.color).toBe(LETTERHEAD.color);
    expect(m.masthead.rule.color).toBe(LETTERHEAD.color);
    expect(m.page.marginsMm).toEqual(LETTERHEAD.marginsMm);
    expect(m.fonts.body.eastAsia[0]).toBe(LETTERHEAD.bodyFont);
    expect(m.fonts.body.sizePt).toBe(LETTERHEAD.bodySizePt);
    expect(made.template.assets.get(m.masthead.logo!)).toEqual(logo);
  });

  it('says what it could not take', () => {
    const doc = '<w:document><w:body><w:p><w:r><w:t>plain</w:t></w:r></w:p><w:sectPr/></w:body></w:document>';
    const read = readLetterhead(zipSync({ 'word/document.xml': new TextEncoder().encode(doc) }));
    if (!read.ok) throw new Error('refused');
    expect(read.value.missing.map((m) => m.item)).toEqual(['page', 'margins', 'logo', 'masthead', 'bodyFont']);
  });

  it('refuses a file that is not a .docx, or a hostile zip', () => {
    const notDocx = readLetterhead(zipSync({ 'a.txt': new Uint8Array([1]) }));
    expect(notDocx.ok || notDocx.problems[0]?.message).toMatch(/not a Word/);
    const hostile = readLetterhead(zipSync({ '../word/document.xml': new Uint8Array([1]) }));
    expect(hostile.ok || hostile.problems[0]?.message).toMatch(/unsafe name/);
  });
});
