import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import { defaultDeflate } from '../core/export/docx/repack.ts';
import { writeZip } from '../core/export/docx/zipWriter.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { mammothText } from './helpers/docxRead.ts';

describe('the DOCX package writer', () => {
  it('writes the same parts with fflate or the host\'s zlib, photos stored, XML deflated, readable by mammoth', async () => {
    const doc = sampleDocument('zh-CN');
    const template = await builtinTemplate('cn-work-briefing');
    const zlib = (data: Uint8Array) => new Uint8Array(deflateRawSync(data));
    // The writer itself: the same entries come back, in order, whichever deflate made them.
    const parts = unzipSync(await exportDocx(doc, template));
    const entries = Object.entries(parts).map(([name, data]) => ({ name, data, compress: !name.startsWith('word/media/') }));
    for (const deflate of [defaultDeflate, zlib]) {
      const back = unzipSync(writeZip(entries, deflate));
      expect(Object.keys(back)).toEqual(Object.keys(parts));
      for (const name of Object.keys(parts)) expect(Buffer.from(back[name]!).equals(Buffer.from(parts[name]!)), name).toBe(true);
    }
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    const withZlib = await exportDocx(doc, template, { deflate: zlib });
    // Compression method per entry, from the local headers: 0 for photos, 8 for XML.
    const view = new DataView(withZlib.buffer, withZlib.byteOffset, withZlib.byteLength);
    const methods = new Map<string, number>();
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      const nameLength = view.getUint16(at + 26, true);
      const name = new TextDecoder().decode(withZlib.subarray(at + 30, at + 30 + nameLength));
      methods.set(name, view.getUint16(at + 8, true));
      at += 30 + nameLength + view.getUint32(at + 18, true);
    }
    expect([...methods].filter(([name]) => name.startsWith('word/media/')).every(([, m]) => m === 0)).toBe(true);
    expect(methods.get('word/document.xml')).toBe(8);
    expect(await mammothText(withZlib)).toContain(doc.briefing.meta.title);
  });

  it('deflates the XML parts with the deflate the host gives (the CLI and the app pass Node\'s zlib)', async () => {
    const doc = sampleDocument('en');
    const template = await builtinTemplate('en-visit-report');
    const deflated: number[] = [];
    const counting = (data: Uint8Array) => {
      deflated.push(data.length);
      return new Uint8Array(deflateRawSync(data));
    };
    const bytes = await exportDocx(doc, template, { deflate: counting });
    const xmlParts = Object.keys(unzipSync(bytes)).filter((name) => !name.startsWith('word/media/'));
    expect(deflated.length).toBe(xmlParts.length);
    expect(await mammothText(bytes)).toContain(doc.briefing.meta.title);
  });
});
