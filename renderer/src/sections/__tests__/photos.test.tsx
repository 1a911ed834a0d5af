import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { sampleDocument } from '../../../../tests/fixtures/briefings.ts';
import { makePng } from '../../../../tests/fixtures/images.ts';
import type { BriefingDocument } from '../../../../core/model/index.ts';
import { fitWithin } from '../model/downscale.ts';
import type { PhotoRenderer } from '../photos/photoRender.ts';
import type { PhotoServices } from '../photos/PhotoServices.tsx';
import { readExif } from '../photos/readExif.ts';
import { PhotosEditor } from '../photos/PhotosEditor.tsx';
import { jpegHeader, wholeJpegShell } from './imageHeaders.ts';
import { renderWithStore, SectionFromStore } from './harness.tsx';

const scaled = (w: number, h: number) => jpegHeader(w, h);

function fakePhotos(): PhotoServices & { render: ReturnType<typeof vi.fn<PhotoRenderer>> } {
  const render = vi.fn<PhotoRenderer>(async ({ maxLongSide }) => {
    const size = fitWithin({ width: 6000, height: 4000 }, maxLongSide);
    return { bytes: scaled(size.width, size.height), decoded: { width: 6000, height: 4000 } };
  });
  return { render, readExif, readFile: async (file) => new Uint8Array(await file.arrayBuffer()) };
}

/** The sample with p2 also shown at the site, so removing it must clean two references. */
function docWithSharedPhoto(): BriefingDocument {
  const doc = sampleDocument('zh-CN');
  const sections = doc.briefing.sections.map((s) =>
    s.type === 'sites' ? { ...s, sites: s.sites.map((site) => ({ ...site, photoIds: ['p1', 'p2'] })) } : s,
  );
  return { ...doc, briefing: { ...doc.briefing, sections } };
}

const photosSection = (doc: BriefingDocument) => doc.briefing.sections.find((s) => s.type === 'photos');

describe('photos editor', () => {
  test('a 6000×4000 photo chosen in the file dialog is scaled to 2400×1600 and added, saying so', async () => {
    const photos = fakePhotos();
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="photos" />, { photos });
    const file = new File([wholeJpegShell(6000, 4000) as BlobPart], 'IMG_0001.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('photos-add-input'), { target: { files: [file] } });

    // The import reads EXIF and decode-checks each file first; on a loaded machine that takes more than a second.
    expect(await screen.findByText('照片已从 6000×4000 缩小到 2400×1600（IMG_0001.jpg）', {}, { timeout: 15_000 })).toBeTruthy();
    const added = h.briefing().media.at(-1)!;
    expect(added).toMatchObject({ mimeType: 'image/jpeg', width: 2400, height: 1600 });
    expect(h.document().media.get(added.id)).toEqual(scaled(2400, 1600));
    const section = photosSection(h.document());
    expect(section?.type === 'photos' && section.photoIds).toEqual(['p2', added.id]);
    expect(photos.render).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getAllByTestId('photo-card')).toHaveLength(2));
  });

  test('files dropped on the section are checked by their bytes: a PNG is added as is, a text file refused', async () => {
    const photos = fakePhotos();
    const h = await renderWithStore(sampleDocument('en'), () => <SectionFromStore type="photos" />, { photos, language: 'en' });
    const png = new File([makePng(40, 30) as BlobPart], 'chart.png', { type: 'image/png' });
    const fake = new File(['just text'], 'notes.jpg', { type: 'image/jpeg' });
    fireEvent.drop(screen.getByTestId('photos-editor'), { dataTransfer: { files: [png, fake], types: ['Files'] } });

    expect(await screen.findByText('“notes.jpg” is not a photo the app can read (JPEG, PNG, HEIC, WebP, BMP or GIF) and was not added', {}, { timeout: 15_000 })).toBeTruthy();
    await screen.findByText('Photos added: 1', {}, { timeout: 15_000 });
    expect(h.briefing().media.map((m) => [m.mimeType, m.width, m.height])).toEqual([
      ['image/png', 320, 200],
      ['image/jpeg', 320, 200],
      ['image/png', 40, 30],
    ]);
    expect(photos.render).not.toHaveBeenCalled();
  });

  test('caption and credit are edited per photo', async () => {
    const h = await renderWithStore(sampleDocument('zh-CN'), () => <SectionFromStore type="photos" />);
    fireEvent.change(screen.getByLabelText('照片 1 说明'), { target: { value: '座谈会现场（一）' } });
    fireEvent.change(screen.getByLabelText('照片 1 摄影'), { target: { value: '宣传处' } });
    expect(h.briefing().media.find((m) => m.id === 'p2')).toMatchObject({ caption: '座谈会现场（一）', credit: '宣传处' });
  });

  test('removing a photo removes its bytes and every reference, the site included', async () => {
    const h = await renderWithStore(docWithSharedPhoto(), () => <PhotosEditor section={{ id: 's-photos', type: 'photos', photoIds: ['p2'] }} />);
    fireEvent.click(screen.getByRole('button', { name: '删除照片 1' }));
    const doc = h.document();
    expect(doc.briefing.media.map((m) => m.id)).toEqual(['p1']);
    expect([...doc.media.keys()]).toEqual(['p1']);
    const sites = doc.briefing.sections.find((s) => s.type === 'sites');
    expect(sites?.type === 'sites' && sites.sites[0]?.photoIds).toEqual(['p1']);
    const section = photosSection(doc);
    expect(section?.type === 'photos' && section.photoIds).toEqual([]);
  });
});
