import type { Page } from 'playwright-core';

const frame = (page: Page) => page.frameLocator('[data-testid="preview-frame"]');

/** Runs a script in the page with one JSON argument (a string, so these Node specs need no DOM types). */
const run = <T>(page: Page, body: string, arg: unknown = null): Promise<T> => page.evaluate(`((arg) => { ${body} })(${JSON.stringify(arg)})`);

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The box of the element with this model path inside the preview frame (which never scrolls), in its CSS px. */
function boxInFrame(page: Page, path: string): Promise<Box> {
  return frame(page)
    .locator(`[data-bc-path="${path}"]`)
    .first()
    .evaluate((el) => {
      const box = (el as unknown as { getBoundingClientRect(): Box }).getBoundingClientRect();
      return { top: box.top, left: box.left, width: box.width, height: box.height };
    });
}

/** A point of that box on the page, after scrolling the preview pane so it is in the middle when `scroll`. */
const PLACE = `
  const iframe = document.querySelector('[data-testid="preview-frame"]');
  const pane = document.querySelector('.bc-preview-scroll');
  const b = arg.box;
  const scale = iframe.getBoundingClientRect().width / iframe.offsetWidth;
  const middle = iframe.getBoundingClientRect().top + (b.top + b.height / 2) * scale;
  if (arg.scroll) pane.scrollTo({ top: pane.scrollTop + middle - pane.getBoundingClientRect().top - pane.clientHeight / 2, behavior: 'instant' });
  const frameBox = iframe.getBoundingClientRect();
  return { x: frameBox.left + (b.left + Math.min(b.width / 2, 40)) * scale, y: frameBox.top + (b.top + b.height / 2) * scale };
`;

/**
 * Clicks the element of the preview that carries this model path (data-bc-path), as a user does: scrolls the preview
 * pane until it shows, then clicks it with the mouse. (Playwright cannot scroll an element of this frame into view by
 * itself: the frame never scrolls, the pane around it does, and the frame is scaled.)
 */
export async function clickInPreview(page: Page, path: string): Promise<void> {
  const place = async (scroll: boolean) => run<{ x: number; y: number }>(page, PLACE, { box: await boxInFrame(page, path), scroll });
  await place(true);
  // Once the pane has scrolled and the layout settled, measure again where the element is, and click it there.
  let at = await place(false);
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await place(false);
    if (Math.abs(again.x - at.x) < 0.5 && Math.abs(again.y - at.y) < 0.5) break;
    at = again;
  }
  await page.mouse.click(at.x, at.y);
}

/** The id of the focused element of the editor. */
export function focusedId(page: Page): Promise<string> {
  return run<string>(page, `return document.activeElement ? document.activeElement.id : '';`);
}

/** In a rich-text field, the index of the top-level block the caret is in (-1 when the selection is elsewhere). */
export function caretBlock(page: Page, fieldId: string): Promise<number> {
  return run<number>(
    page,
    `const field = document.getElementById(arg);
     const anchor = document.getSelection() && document.getSelection().anchorNode;
     if (!field || !anchor) return -1;
     const blocks = [...field.children].filter((child) => child.getAttribute('data-slate-node') === 'element');
     return blocks.findIndex((block) => block.contains(anchor));`,
    fieldId,
  );
}

/** The preview's scroll offset. */
export function previewScrollTop(page: Page): Promise<number> {
  return run<number>(page, `return document.querySelector('.bc-preview-scroll').scrollTop;`);
}

export function scrollPreview(page: Page, top: number): Promise<void> {
  return run<void>(page, `document.querySelector('.bc-preview-scroll').scrollTo({ top: arg, behavior: 'instant' });`, top);
}

/**
 * Whether the element with this model path shows in the preview's scrolled view: its box in the frame, scaled by the
 * zoom and placed by the frame's box, against the scroll pane's box.
 */
export async function previewShows(page: Page, path: string): Promise<boolean> {
  return run<boolean>(
    page,
    `const iframe = document.querySelector('[data-testid="preview-frame"]');
     const pane = document.querySelector('.bc-preview-scroll').getBoundingClientRect();
     const box = iframe.getBoundingClientRect();
     const scale = box.width / iframe.offsetWidth;
     const top = box.top + arg.top * scale;
     const bottom = box.top + (arg.top + arg.height) * scale;
     return bottom > pane.top && top < pane.bottom;`,
    await boxInFrame(page, path),
  );
}
