import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseBriefing, type Briefing } from '../core/model/index.ts';
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
