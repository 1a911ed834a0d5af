import { describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import { PreviewImages, standInUri } from '../previewImages.ts';

const docWith = (media: Record<string, Uint8Array>) => ({ briefing: {}, media: new Map(Object.entries(media)) }) as unknown as BriefingDocument;
const html = (...ids: string[]) => ids.map((id) => `<figure><img src="${standInUri(id)}" alt=""></figure>`).join('');

describe('photos handed to the preview frame', () => {
  it('turns each stand-in into a slot naming its photo, and hands over that photo', () => {
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const slots = new PreviewImages().withSlots(html('p1'), docWith({ p1: photo }));
    expect(slots?.html).toBe('<figure><img src="" data-bc-media="p1" alt=""></figure>');
    expect(slots?.photos['p1']?.blob.size).toBe(photo.length);
  });

  it('keeps a photo under the same key until its bytes change, so the frame reuses what it decoded', () => {
    const images = new PreviewImages();
    const before = new Uint8Array([1, 2, 3]);
    const first = images.withSlots(html('p1'), docWith({ p1: before }))?.photos['p1'];
    const again = images.withSlots(html('p1'), docWith({ p1: before }))?.photos['p1'];
    const replaced = images.withSlots(html('p1'), docWith({ p1: new Uint8Array([4, 5]) }))?.photos['p1'];
    expect(again?.key).toBe(first?.key);
    expect(replaced?.key).not.toBe(first?.key);
    expect(replaced?.blob.size).toBe(2);
  });

  it('gives up (the caller then embeds the real photos) when a stand-in names a photo the document lacks', () => {
    expect(new PreviewImages().withSlots(html('p1', 'gone'), docWith({ p1: new Uint8Array([1]) }))).toBeUndefined();
  });
});
