import { beforeAll, describe, expect, it } from 'vitest';
import { parseBriefingText, sniffImage, type BriefingDocument } from '../core/model/index.ts';
import { buildPlan, planText } from '../core/export/index.ts';
import { CHARS_PER_PAGE, LARGE_PHOTO_SIZE, largeDocument } from './fixtures/large.ts';
import type { TemplateManifest } from '../core/template/index.ts';
import { builtinTemplate } from './fixtures/templates.ts';

let zh: BriefingDocument;
let generationMs: number;
let cnManifest: TemplateManifest;
let enManifest: TemplateManifest;
beforeAll(async () => {
  const start = performance.now();
  zh = largeDocument();
  generationMs = performance.now() - start;
  cnManifest = (await builtinTemplate('cn-work-briefing')).manifest;
  enManifest = (await builtinTemplate('en-visit-report')).manifest;
});

describe('largeDocument (benchmark fixture)', () => {
  it('survives a JSON round trip through the real parser', () => {
    const parsed = parseBriefingText(JSON.stringify(zh.briefing));
    expect(parsed.ok && parsed.value).toEqual(zh.briefing);
  });

  it('carries 40 distinct JPEG photos by default, each placed exactly once', () => {
    expect(zh.briefing.media).toHaveLength(40);
    expect(zh.media.size).toBe(40);
    for (const item of zh.briefing.media) {
      expect(sniffImage(zh.media.get(item.id)!)).toEqual({ mimeType: 'image/jpeg', ...LARGE_PHOTO_SIZE });
    }
    const distinct = new Set([...zh.media.values()].map((bytes) => Buffer.from(bytes).toString('base64')));
    expect(distinct.size).toBe(40);
    const plan = buildPlan(zh.briefing, cnManifest);
    const figures = plan.blocks.filter((b) => b.kind === 'figure').map((b) => (b.kind === 'figure' ? b.mediaId : ''));
    expect(figures.sort()).toEqual(zh.briefing.media.map((m) => m.id).sort());
  });

  it('has the structure of a real briefing: 30 attendees, one leader, every section type', () => {
    expect(zh.briefing.attendees).toHaveLength(30);
    expect(zh.briefing.attendees.filter((a) => a.leader)).toHaveLength(1);
    expect(new Set(zh.briefing.sections.map((s) => s.type)).size).toBe(7);
  });

  it('holds about 100 pages of text less the room its photos take', () => {
    const chars = planText(buildPlan(zh.briefing, cnManifest)).join('').length;
    const expected = (100 - 40 * 0.5) * CHARS_PER_PAGE['zh-CN'];
    expect(chars).toBeGreaterThan(expected * 0.95);
    expect(chars).toBeLessThan(expected * 1.25);
  });

  it('scales with the options and writes English on request', () => {
    const small = largeDocument({ pages: 10, photos: 3, language: 'en' });
    expect(small.briefing.media).toHaveLength(3);
    expect(small.briefing.meta).toMatchObject({ language: 'en', templateId: 'en-visit-report' });
    const chars = planText(buildPlan(small.briefing, enManifest)).join('').length;
    expect(chars).toBeGreaterThan((10 - 1.5) * CHARS_PER_PAGE.en * 0.95);
    expect(chars).toBeLessThan((10 - 1.5) * CHARS_PER_PAGE.en * 1.3);
    expect(JSON.stringify(small.briefing)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('is deterministic, and quick enough for a benchmark to build (a few seconds at most)', () => {
    expect(largeDocument().briefing).toEqual(zh.briefing);
    expect(generationMs).toBeLessThan(10_000);
  });
});
