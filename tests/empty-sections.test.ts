/**
 * An empty section prints nothing: a new briefing used to print 一 to 六 with nothing under them. It is left out
 * of the DOCX and the print HTML (so the numbers after it close up), and `briefing validate` warns about it.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
import { exportDocx } from '../core/export/docx/index.ts';
import { printHtml } from '../core/export/html/index.ts';
import { newBriefing, newSection, type BriefingDocument } from '../core/model/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { mammothText } from './helpers/docxRead.ts';
import { htmlText } from './helpers/htmlText.ts';
import { squash } from './helpers/modelText.ts';
import { tempDir, writePlainJson } from './helpers/tempBriefings.ts';

const CN_HEADINGS = ['参加人员', '调研行程', '座谈交流', '现场图片', '下一步工作', '发送范围', '调研总结'];

/** The sample with an empty section of each kind between its own sections. */
function withEmptySections(): BriefingDocument {
  const base = sampleDocument('zh-CN');
  const b = structuredClone(base.briefing);
  b.sections.splice(1, 0, { ...newSection('sites'), heading: '空的行程' });
  b.sections.splice(3, 0, { ...newSection('text', '空的正文') });
  b.sections.splice(5, 0, { ...newSection('followUps'), heading: '空的事项' });
  return { briefing: validBriefing(b), media: base.media };
}

describe('empty sections', () => {
  it('a new Chinese briefing prints no section headings at all, in DOCX and print HTML', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const doc = { briefing: newBriefing('cn-work-briefing', 'zh-CN', { title: '新简报', summary: '调研总结' }), media: new Map() };
    const docx = squash(await mammothText(await exportDocx(doc, template)));
    const html = squash(htmlText(printHtml(doc, template)));
    for (const text of [docx, html]) {
      expect(text).toContain('新简报');
      expect(CN_HEADINGS.filter((h) => text.includes(h))).toEqual([]);
      expect(text).not.toMatch(/[一二三四五六]、/);
    }
  });

  it('are left out between full sections, and the numbers close up', async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const doc = withEmptySections();
    const docx = squash(await mammothText(await exportDocx(doc, template)));
    const html = squash(htmlText(printHtml(doc, template)));
    for (const text of [docx, html]) {
      expect(['空的行程', '空的正文', '空的事项'].filter((h) => text.includes(h))).toEqual([]);
      const numbered = [...text.matchAll(/([一二三四五六七])、(参加人员|调研行程|座谈交流|现场图片|调研结论|下一步工作)/g)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}`);
      expect(numbered).toEqual(['一参加人员', '二调研行程', '三座谈交流', '四现场图片', '五调研结论', '六下一步工作']);
    }
  });

  it("the preview's print HTML shows them greyed with a note, unnumbered, where they stand; printing hides them", async () => {
    const template = await builtinTemplate('cn-work-briefing');
    const doc = withEmptySections();
    const preview = printHtml(doc, template, { emptySections: { note: '本节为空，不会打印' } });
    const sections = [...preview.matchAll(/<section class="bc-empty-section"[^>]*data-bc-path="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)];
    expect(sections.map((m) => m[1])).toEqual(['sections[1]', 'sections[3]', 'sections[5]']);
    expect(sections.map((m) => squash(htmlText(m[2]!)))).toEqual(['空的行程本节为空，不会打印', '空的正文本节为空，不会打印', '空的事项本节为空，不会打印']);
    expect(preview).toMatch(/@media print \{ \.bc-empty-section \{ display: none !important; \} \}/);
    // The printed sections keep the numbers they have in the document.
    const numbered = (html: string) => [...squash(htmlText(html)).matchAll(/[一二三四五六七]、(参加人员|调研行程|座谈交流|现场图片|调研结论|下一步工作)/g)].map((m) => m[0]);
    expect(numbered(preview)).toEqual(numbered(printHtml(doc, template)));
    expect(printHtml(doc, template)).not.toContain('bc-empty-section');
  });

  it('briefing validate warns about them, naming each, and still exits 0', async () => {
    const input = writePlainJson(tempDir(), withEmptySections());
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['validate', input], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('valid');
    const warnings = err.filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/sections\[1\].*空的行程/);
    expect(warnings.join('\n')).toMatch(/sections\[3\].*空的正文/);
    expect(warnings.join('\n')).toMatch(/sections\[5\].*空的事项/);
  });
});
