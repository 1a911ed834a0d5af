import type { Locator } from 'playwright-core';

/** The bits of the DOM the page function needs; the tests' tsconfig has no DOM types. */
interface PageDom {
  DataTransfer: new () => { setData(type: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
  InputEvent: new (type: string, init: { inputType: string; dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
}
interface Target {
  dispatchEvent(event: unknown): boolean;
}

/**
 * Pastes clipboard flavours into a field as Chromium does on Ctrl+V (the system clipboard itself is not reachable
 * from a headless test): a `paste` event whose DataTransfer carries them and, unless a handler cancelled it, the
 * `beforeinput` of type insertFromPaste with the same data, which is where Slate takes a paste in Chromium.
 */
export async function pasteInto(field: Locator, data: Record<string, string>): Promise<void> {
  await field.evaluate((element, flavours) => {
    const dom = globalThis as unknown as PageDom;
    const clipboardData = new dom.DataTransfer();
    for (const [type, value] of Object.entries(flavours)) clipboardData.setData(type, value);
    const target = element as Target;
    const notCancelled = target.dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    if (notCancelled) {
      target.dispatchEvent(new dom.InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: clipboardData, bubbles: true, cancelable: true }));
    }
  }, data);
}
