import type { Page } from 'playwright-core';
import { FOOT_MARGIN_ATTRIBUTE } from '../../export/html/index.ts';
import { FOOT_BLOCK_SELECTOR } from './footPlacement.ts';
import type { PrintSurface } from './printer.ts';

/** A Playwright page as a print surface, for the headless Chromium the CLI prints with. */
export function playwrightSurface(page: Page): PrintSurface {
  return {
    async footBlock() {
      const block = page.locator(FOOT_BLOCK_SELECTOR);
      const count = await block.count();
      const marginMm = count > 0 ? Number(await block.first().getAttribute(FOOT_MARGIN_ATTRIBUTE)) : Number.NaN;
      return { count, marginMm };
    },
    async addStyle(content) {
      const style = await page.addStyleTag({ content });
      return async () => {
        await style.evaluate((element) => element.remove());
      };
    },
    evaluate: (expression) => page.evaluate(expression),
  };
}
