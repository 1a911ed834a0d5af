import type { Page } from 'playwright-core';

/**
 * Types Chinese the way an input method does: the pinyin grows as a composition (compositionstart, updates),
 * then the chosen characters are committed (compositionend, one insertion). Chrome DevTools Protocol drives the
 * real browser IME path, so the editor sees exactly the events a user's IME would send.
 */
export async function imeType(page: Page, pinyin: string, hanzi: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let end = 1; end <= pinyin.length; end++) {
      const text = pinyin.slice(0, end);
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.insertText', { text: hanzi });
  } finally {
    await cdp.detach();
  }
}
