import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SECTION_TYPES,
  parseBriefingText,
  sniffImage,
  type Briefing,
  type RichText,
} from '../core/model/index.ts';
import { buildPlan, planText, type Block } from '../core/export/index.ts';
import { PACKAGE_ROOT } from '../core/node/paths.ts';
import { resolveTemplate } from '../core/node/templates.ts';

const EXAMPLES = ['guangxi-visit', 'industry-visit-zh'] as const;
const exampleDir = (name: string) => path.join(PACKAGE_ROOT, 'examples', name);

async function loadExample(name: string): Promise<Briefing> {
  const file = path.join(exampleDir(name), 'briefing.json');
  const result = parseBriefingText(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file}:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return result.value;
}

const CJK = /[\u3400-\u9fff]/g;
const countCjk = (texts: readonly string[]) => texts.join('').match(CJK)?.length ?? 0;

/** The text a reader reads as the body: headings, paragraphs and list items (not captions, tables or the 版记). */
function bodyTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [block.number + block.text];
    if (block.kind === 'paragraph') return [block.runs.map((r) => r.text).join('')];
    if (block.kind === 'list') return block.items.map((runs) => runs.map((r) => r.text).join(''));
    return [];
  });
}

function allRichText(briefing: Briefing): RichText {
  return briefing.sections.flatMap((s): RichText => {
    if (s.type === 'text') return s.body;
    if (s.type === 'remarks') return s.remarks.flatMap((r) => r.body);
    if (s.type === 'sites') return s.sites.flatMap((site) => site.description);
    return [];
  });
}

describe.each(EXAMPLES)('example %s', (name) => {
  it('parses, and every photo file exists with the type and pixel size the JSON declares', async () => {
    const briefing = await loadExample(name);
    expect(briefing.media.length).toBeGreaterThanOrEqual(3);
    for (const item of briefing.media) {
      expect(item.file, `${item.id} names its file`).toBeDefined();
      const file = path.join(exampleDir(name), item.file!);
      const bytes = new Uint8Array(await readFile(file));
      expect(sniffImage(bytes), item.file).toEqual({ mimeType: item.mimeType, width: item.width, height: item.height });
      expect((await stat(file)).size, `${item.file} stays small enough to commit`).toBeLessThan(300 * 1024);
    }
    expect(briefing.media.some((m) => m.mimeType === 'image/jpeg')).toBe(true);
  });

  it('lays out on its built-in template, every photo a numbered figure with its caption', async () => {
    const briefing = await loadExample(name);
    const template = await resolveTemplate(briefing.meta.templateId);
    expect(template.manifest.language).toBe(briefing.meta.language);
    const plan = buildPlan(briefing, template.manifest);
    const figures = plan.blocks.flatMap((b) => (b.kind === 'figure' ? [b] : []));
    expect(figures.map((f) => f.mediaId).sort()).toEqual(briefing.media.map((m) => m.id).sort());
    expect(figures.map((f) => f.number)).toEqual(figures.map((_, i) => i + 1));
    for (const figure of figures) expect(figure.caption).toContain(briefing.media.find((m) => m.id === figure.mediaId)?.caption);
  });
});

describe('the English example (Guangxi research visit)', () => {
  it('tells the visit: who led it, when, where, who spoke', async () => {
    const briefing = await loadExample('guangxi-visit');
    const plan = buildPlan(briefing, (await resolveTemplate('en-visit-report')).manifest);
    const text = planText(plan).join('\n');
    expect(plan.metaLines).toContainEqual({ label: 'Date', value: '9 June 2022' });
    for (const fact of ['Zhang Xiaoqin', 'Yang Yueping', 'Zhang Kong', 'Dong Xiaolei', 'Guizhou mine', 'recycled aluminium', 'dual-carbon']) {
      expect(text).toContain(fact);
    }
    const table = plan.blocks.find((b) => b.kind === 'table' && b.role === 'attendees');
    expect(table?.kind === 'table' && table.groups[0]?.rows[0]?.[0]).toBe('Zhang Xiaoqin');
    const types = new Set(briefing.sections.map((s) => s.type));
    for (const type of ['attendees', 'sites', 'remarks', 'photos', 'text', 'followUps'] as const) expect(types).toContain(type);
  });
});

describe('the Chinese example (工作简报)', () => {
  it('uses every section type and every kind of rich text', async () => {
    const briefing = await loadExample('industry-visit-zh');
    expect(new Set(briefing.sections.map((s) => s.type))).toEqual(new Set(SECTION_TYPES));
    const rich = allRichText(briefing);
    const kinds = new Set(rich.map((block) => block.type));
    expect(kinds).toEqual(new Set(['paragraph', 'heading', 'numbered-list', 'bulleted-list', 'block-quote']));
    expect(rich.some((block) => block.type === 'heading' && block.level === 1)).toBe(true);
    expect(JSON.stringify(rich)).toContain('"bold":true');
    const distribution = briefing.sections.find((s) => s.type === 'distribution');
    expect(distribution?.type === 'distribution' && distribution.lines.map((l) => l.kind)).toEqual(['report', 'send', 'issue']);
  });

  it('prints the red masthead parts and runs long enough for three pages of GB/T body text', async () => {
    const briefing = await loadExample('industry-visit-zh');
    const plan = buildPlan(briefing, (await resolveTemplate('cn-work-briefing')).manifest);
    expect(plan.masthead).toMatchObject({ name: '工作简报', issueLine: '第12期', office: '江州市人大常委会办公室', marks: ['内部资料'] });
    const body = countCjk(bodyTexts(plan.blocks));
    // A GB/T 9704 page holds 22 lines × 28 characters = 616; three pages of text alone, before any photo.
    expect(body).toBeGreaterThanOrEqual(2500);
    expect(body).toBeGreaterThan(3 * 616);
    expect(plan.blocks.at(-1)?.kind).toBe('distribution');
  });
});
