import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { buildPlan, planText } from '../core/export/index.ts';
import { CURRENT_FORMAT_VERSION, richTextFromPlain, type BriefingDocument } from '../core/model/index.ts';
import type { Template } from '../core/template/index.ts';
import { readDocx } from './helpers/docxRead.ts';
import { validBriefing } from './fixtures/briefings.ts';
import { gradientPainter, makeJpeg } from './fixtures/images.ts';
import { builtinTemplate } from './fixtures/templates.ts';

const PHOTOS = 40;
const W = 1600;
const H = 1200;

/** A camera-sized JPEG made distinct by a comment segment after SOI (encoding 40 of them would take minutes). */
function distinct(base: Uint8Array, i: number): Uint8Array {
  const note = new TextEncoder().encode(`photo ${i}`);
  const segment = new Uint8Array([0xff, 0xfe, 0, note.length + 2, ...note]);
  const out = new Uint8Array(base.length + segment.length);
  out.set(base.subarray(0, 2));
  out.set(segment, 2);
  out.set(base.subarray(2), 2 + segment.length);
  return out;
}

/** About a hundred GB/T pages: 40 sites of five long paragraphs and a photo each, 30 remarks, 30 attendees. */
function largeBriefing(): BriefingDocument {
  const bases = [0, 1, 2, 3].map((seed) => makeJpeg(W, H, gradientPainter(W, H, seed), 85));
  const para = '调研组实地察看了生产车间和研发中心，听取了企业负责人关于智能制造、绿色发展和人才培养等方面的情况介绍，并就企业发展中遇到的困难和问题进行了深入交流。'.repeat(3);
  const media = Array.from({ length: PHOTOS }, (_, i) => ({ id: `ph${i}`, mimeType: 'image/jpeg', caption: `现场照片${i + 1}`, width: W, height: H }));
  const briefing = validBriefing({
    formatVersion: CURRENT_FORMAT_VERSION,
    meta: { title: '大型简报', issueNumber: '3', visitDate: '2024-03-01', language: 'zh-CN', templateId: 'cn-work-briefing', issuingOffice: '办公室' },
    attendees: Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, name: `人员${i}`, title: '处长', group: i < 20 ? 'delegation' : 'host', leader: i === 0 })),
    sections: [
      { id: 's0', type: 'attendees' },
      {
        id: 's1',
        type: 'sites',
        sites: media.map((m, i) => ({ id: `site${i}`, name: `调研点${i}`, description: richTextFromPlain(para, para, para, para, para), photoIds: [m.id] })),
      },
      { id: 's2', type: 'remarks', remarks: Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, speaker: { attendeeId: `a${i}` }, body: richTextFromPlain(para) })) },
      { id: 's3', type: 'distribution', lines: [{ kind: 'report', recipients: '市委办公室' }], copies: 20, printedBy: '办公室', printDate: '2024-03-02' },
    ],
    media,
  });
  return { briefing, media: new Map(media.map((m, i) => [m.id, distinct(bases[i % bases.length]!, i)])) };
}

let template: Template;
let doc: BriefingDocument;
beforeAll(async () => {
  template = await builtinTemplate('cn-work-briefing');
  doc = largeBriefing();
});

describe('DOCX export speed', () => {
  it('exports a ~100-page briefing with 40 photos in under 300 ms, photos stored as given', async () => {
    const text = planText(buildPlan(doc.briefing, template.manifest)).join('');
    // 22 lines of 28 characters a page, and about half a page per photo with its caption.
    expect(text.length / (22 * 28) + PHOTOS / 2).toBeGreaterThan(90);
    let bytes = await exportDocx(doc, template);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      bytes = await exportDocx(doc, template);
      times.push(performance.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(`DOCX export, ${PHOTOS} photos (${(bytes.length / 1e6).toFixed(1)} MB): ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(median).toBeLessThan(300);
    const pkg = readDocx(bytes);
    const media = Object.keys(pkg.parts).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(PHOTOS);
    media.forEach((p) => expect(pkg.methods[p]).toBe(0));
    const inputs = new Set([...doc.media.values()].map((b) => Buffer.from(b).toString('base64')));
    media.forEach((p) => expect(inputs.has(Buffer.from(pkg.parts[p]!).toString('base64'))).toBe(true));
  });
});
