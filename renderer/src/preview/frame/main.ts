/**
 * Runs inside the preview frame (its own process, an opaque origin). The frame's document is loaded once; each
 * refresh arrives as a message with the print HTML and the photos, is swapped in place (the process, its fonts and
 * the decoded photos stay warm), and the frame numbers the pages and tells the editor how many there are.
 */
import { PATH_ATTRIBUTE } from '../../../../core/export/html/escape.ts';
import { paginate } from '../paginate.ts';
import { anchorsOf } from './anchors.ts';
import { swapIn, type SwapState } from './swapIn.ts';
import { isRenderMessage, MEDIA_ATTRIBUTE, type FrameMessage, type FramePhoto, type RenderMessage } from './protocol.ts';

const epochNow = () => performance.timeOrigin + performance.now();
// An opaque origin cannot be named as a target; the editor checks which frame a message came from.
const tell = (message: FrameMessage) => parent.postMessage(message, '*');

/** Photo key → this frame's blob: URL for it. */
const photoUrls = new Map<string, string>();
let current = '';
/** What the last refresh put in, so the next one replaces only the blocks that changed. */
let swapped: SwapState | undefined;

/**
 * Load and error events, not `decode()`: this frame is hidden while it refreshes, Chromium stops rendering hidden
 * cross-origin frames, and a decode waits for a rendering that does not come. A photo that fails to load still
 * takes its place in the layout; it must not stop the numbering.
 */
function loaded(image: HTMLImageElement): Promise<void> {
  if (image.complete) return Promise.resolve();
  return new Promise((resolve) => {
    image.addEventListener('load', () => resolve(), { once: true });
    image.addEventListener('error', () => resolve(), { once: true });
  });
}

function showPhotos(photos: Record<string, FramePhoto>): Promise<unknown> {
  const images = [...document.images];
  const shown = new Set<string>();
  for (const image of images) {
    const photo = photos[image.getAttribute(MEDIA_ATTRIBUTE) ?? ''];
    if (!photo) continue;
    let url = photoUrls.get(photo.key);
    if (!url) {
      url = URL.createObjectURL(photo.blob);
      photoUrls.set(photo.key, url);
    }
    shown.add(photo.key);
    // Setting src again, even to the same URL, makes the image load and lay out anew.
    if (image.getAttribute('src') !== url) image.src = url;
  }
  for (const [key, url] of photoUrls) {
    if (shown.has(key)) continue;
    URL.revokeObjectURL(url);
    photoUrls.delete(key);
  }
  return Promise.all(images.map(loaded));
}

async function render({ token, html, photos, layout }: RenderMessage): Promise<void> {
  current = token;
  swapped = swapIn(document, html, swapped).state;
  await showPhotos(photos);
  if (current !== token) return;
  // Fonts are requested by a style pass, which a hidden frame would not run by itself before `fonts.ready`.
  document.body.getBoundingClientRect();
  await document.fonts.ready;
  if (current !== token) return;
  const laidOutAt = epochNow();
  const result = paginate(document, layout);
  const paginateMs = epochNow() - laidOutAt;
  tell({ kind: 'bc-preview-paginated', token, ...result, laidOutAt, paginateMs, anchors: anchorsOf(document) });
}

addEventListener('message', (event) => {
  if (event.source === parent && isRenderMessage(event.data)) void render(event.data);
});
// Ctrl+wheel zooms the preview, as in Word and every viewer, not the frame's page (the browser's own zoom).
addEventListener(
  'wheel',
  (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    if (event.deltaY !== 0) tell({ kind: 'bc-preview-zoom', direction: event.deltaY < 0 ? 1 : -1 });
  },
  { passive: false },
);
// A click on the pages leads the editor to the field the clicked part came from; a drag that selects text does not.
addEventListener('click', (event) => {
  if (event.button !== 0 || getSelection()?.isCollapsed === false) return;
  const target = event.target instanceof Element ? event.target.closest(`[${PATH_ATTRIBUTE}]`) : null;
  const path = target?.getAttribute(PATH_ATTRIBUTE);
  if (path) tell({ kind: 'bc-preview-click', path });
});
tell({ kind: 'bc-preview-ready' });
