import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, gongwenWarnings, parseBriefing, type Briefing } from '../core/model/index.ts';
import { buildPlan } from '../core/export/index.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { openBriefing, saveBriefing } from '../core/node/briefingFile.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir } from './helpers/tempBriefings.ts';

const GROUP_TO_SIDE: Record<string, string> = { delegation: 'guest', host: 'host', accompanying: 'escort', other: 'other' };

/** The sample briefing written the way the format-1 prototype wrote it: `version`, `people`/`side`, `meta.date`. */
function asFormat1(briefing: Briefing, summary?: string): Record<string, unknown> {
  const { formatVersion: _v, attendees, meta, ...rest } = briefing;
  const { visitDate, ...metaRest } = meta;
  return {
    version: 1,
    ...rest,
    meta: { ...metaRest, date: visitDate },
    people: attendees.map(({ group, ...person }) => ({ ...person, side: GROUP_TO_SIDE[group] })),
    ...(summary === undefined ? {} : { summary }),
  };
}

describe('format 1 → 2 migration', () => {
  it('migrates a format-1 briefing to a valid current one with the same content', () => {
    const { briefing } = sampleDocument('en');
    const result = parseBriefing(asFormat1(briefing));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(briefing);
  });

  it('turns the format-1 summary into a text section at the top, one paragraph per line', () => {
    const { briefing } = sampleDocument('zh-CN');
    const result = parseBriefing(asFormat1(briefing, '第一段。\n\n第二段。'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(result.value.sections[0]).toEqual({
      id: 'summary',
      type: 'text',
      heading: '概要',
      body: [
        { type: 'paragraph', children: [{ text: '第一段。' }] },
        { type: 'paragraph', children: [{ text: '第二段。' }] },
      ],
    });
    expect(result.value.sections.slice(1)).toEqual(briefing.sections);
  });

  it('reports problems of a format-1 file at their current-format paths', () => {
    const raw = asFormat1(sampleDocument('en').briefing);
    (raw.people as Record<string, unknown>[])[2]!.side = 'press';
    const result = parseBriefing(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['attendees[2].group']);
  });

  it('opens a format-1 plain JSON file and a format-1 container, and saves them as the current format', async () => {
    const doc = sampleDocument('en');
    const dir = tempDir();
    const jsonPath = path.join(dir, 'old.json');
    writeFileSync(path.join(dir, 'p1.png'), doc.media.get('p1')!);
    writeFileSync(path.join(dir, 'p2.jpg'), doc.media.get('p2')!);
    const v1 = asFormat1(doc.briefing);
    v1.media = doc.briefing.media.map((m) => ({ ...m, file: `${m.id}.${m.mimeType === 'image/png' ? 'png' : 'jpg'}` }));
    writeFileSync(jsonPath, JSON.stringify(v1));
    const fromJson = await openBriefing(jsonPath);
    expect(fromJson.briefing.attendees).toEqual(doc.briefing.attendees);

    const zipPath = path.join(dir, 'old.briefing');
    const { media: _m, ...v1NoMedia } = asFormat1(doc.briefing);
    writeFileSync(zipPath, zipSync({
      'briefing.json': strToU8(JSON.stringify({ ...v1NoMedia, media: doc.briefing.media })),
      'media/p1.png': doc.media.get('p1')!,
      'media/p2.jpg': doc.media.get('p2')!,
    }));
    const fromZip = await openBriefing(zipPath);
    expect(fromZip.briefing).toEqual(doc.briefing);

    await saveBriefing(zipPath, fromZip);
    const saved = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(zipPath))['briefing.json']!));
    expect(saved.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(saved.version).toBeUndefined();
    expect(saved.people).toBeUndefined();
  });
});

/** The sample briefing as format 2 wrote it: free-text classification and urgency, none of the format-3 fields. */
function asFormat2(briefing: Briefing, meta: Record<string, unknown>): Record<string, unknown> {
  return { ...briefing, formatVersion: 2, meta: { ...briefing.meta, ...meta } };
}

describe('format 2 → 3 migration (公文 elements)', () => {
  const migrate = (meta: Record<string, unknown>) => {
    const result = parseBriefing(asFormat2(sampleDocument('zh-CN').briefing, meta));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value.meta;
  };

  it.each([
    ['秘密', { secrecyLevel: 'confidential' }],
    ['机密', { secrecyLevel: 'secret' }],
    ['绝密', { secrecyLevel: 'top-secret' }],
    ['秘密★1年', { secrecyLevel: 'confidential', secrecyTerm: '1年' }],
    ['机密★三个月', { secrecyLevel: 'secret', secrecyTerm: '三个月' }],
    ['绝密 ★ 长期', { secrecyLevel: 'top-secret', secrecyTerm: '长期' }],
    ['秘密*6个月', { secrecyLevel: 'confidential', secrecyTerm: '6个月' }],
    ['confidential', { secrecyLevel: 'confidential' }],
    ['Secret', { secrecyLevel: 'secret' }],
    ['TOP SECRET', { secrecyLevel: 'top-secret' }],
    ['Ｓｅｃｒｅｔ', { secrecyLevel: 'secret' }],
  ])('reads classification %j as a 密级', (classification, expected) => {
    const meta = migrate({ classification });
    expect(meta).toMatchObject(expected);
    expect(meta.classification).toBeUndefined();
    if (!('secrecyTerm' in expected)) expect(meta.secrecyTerm).toBeUndefined();
  });

  it.each([
    ['特急', 'immediate'],
    ['加急', 'urgent'],
    ['urgent', 'urgent'],
    ['Urgent', 'urgent'],
    ['Immediate', 'immediate'],
  ])('reads urgency %j as a 紧急程度', (urgency, expected) => {
    const meta = migrate({ urgency });
    expect(meta.urgencyLevel).toBe(expected);
    expect(meta.urgency).toBeUndefined();
  });

  it('keeps text it cannot read word for word, and validate warns about it', () => {
    const meta = migrate({ classification: '内部资料', urgency: '平急' });
    expect(meta.classification).toBe('内部资料');
    expect(meta.urgency).toBe('平急');
    expect(meta.secrecyLevel).toBeUndefined();
    expect(meta.urgencyLevel).toBeUndefined();
    const briefing = { ...sampleDocument('zh-CN').briefing, meta };
    expect(gongwenWarnings(briefing).map((w) => w.path)).toEqual(['meta.classification', 'meta.urgency']);
    expect(gongwenWarnings(briefing)[0]!.message).toContain('内部资料');
  });

  it.each(['秘密★', '秘密★★1年', 'Official – Sensitive', '内部★1年', '秘密★' + '年'.repeat(30)])('keeps %j as written', (classification) => {
    const meta = migrate({ classification });
    if (classification === '秘密★') expect(meta).toMatchObject({ secrecyLevel: 'confidential' });
    else expect(meta.classification).toBe(classification);
  });

  it('leaves a briefing without classification or urgency as it was', () => {
    const { briefing } = sampleDocument('zh-CN');
    const result = parseBriefing(asFormat2(briefing, {}));
    expect(result.ok && result.value).toEqual(briefing);
  });

  it('prints an old file the same: the migrated 密级 and 紧急程度 are the marks it printed before', async () => {
    const meta = migrate({ classification: '秘密★1年', urgency: '特急' });
    const briefing = { ...sampleDocument('zh-CN').briefing, meta };
    const { manifest } = await builtinTemplate('cn-work-briefing');
    expect(buildPlan(briefing, manifest).masthead.marks).toEqual(['秘密★1年', '特急']);
  });

  it('reports a bad value of a format-2 field at its path after the migration', () => {
    const raw = asFormat2(sampleDocument('zh-CN').briefing, { classification: 42 });
    const result = parseBriefing(raw);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['meta.classification']);
  });

  it('opens a format-2 container and saves it as format 3 with the new fields', async () => {
    const doc = sampleDocument('zh-CN');
    const dir = tempDir();
    const zipPath = path.join(dir, 'v2.briefing');
    const v2 = asFormat2(doc.briefing, { classification: '机密★三个月', urgency: '加急' });
    writeFileSync(zipPath, zipSync({
      'briefing.json': strToU8(JSON.stringify(v2)),
      'media/p1.png': doc.media.get('p1')!,
      'media/p2.jpg': doc.media.get('p2')!,
    }));
    const opened = await openBriefing(zipPath);
    expect(opened.briefing.meta).toMatchObject({ secrecyLevel: 'secret', secrecyTerm: '三个月', urgencyLevel: 'urgent' });
    await saveBriefing(zipPath, opened);
    const saved = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(zipPath))['briefing.json']!));
    expect(saved.formatVersion).toBe(3);
    expect(saved.meta).toMatchObject({ secrecyLevel: 'secret', secrecyTerm: '三个月', urgencyLevel: 'urgent' });
    expect(saved.meta.classification).toBeUndefined();
  });
});
