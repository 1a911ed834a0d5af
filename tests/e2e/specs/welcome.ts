import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The welcome view offers a card per template, each with its first page printed by the engine: the thumbnail
 * frame holds the template's masthead.
 */
export async function welcomeOffersTemplates(page: Page, templateIds: readonly string[]): Promise<void> {
  await page.getByTestId('welcome').waitFor();
  for (const id of templateIds) {
    const card = page.getByTestId(`template-${id}`);
    await card.waitFor();
    const thumbnail = card.locator('iframe');
    await thumbnail.waitFor();
    expect(await thumbnail.getAttribute('sandbox')).toBe('');
    const masthead = card.frameLocator('iframe').locator('.bc-masthead');
    await masthead.waitFor();
    expect((await masthead.innerText()).trim().length).toBeGreaterThan(0);
  }
}

/** Starts a new briefing from a template card; the editor opens on the document's details. */
export async function newBriefingFromTemplate(page: Page, templateId: string): Promise<void> {
  await page.getByTestId(`template-${templateId}`).click();
  await page.getByTestId('editor').waitFor();
  await page.getByTestId('meta-form').waitFor();
}
