import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { press, select } from './app.ts';
import type { FlowContent } from './content.ts';
import { imeType } from './ime.ts';

const names = (page: Page) =>
  page.locator('[data-testid="attendee-row"] input[id$="-name"]').evaluateAll((inputs) => inputs.map((input) => (input as { value?: string }).value ?? ''));

/** The title, typed and composed with the IME (replacing the placeholder title). */
export async function writeTitle(page: Page, content: FlowContent): Promise<string> {
  await select(page, 'details');
  const field = page.locator('#meta-title');
  await field.click();
  await press(page, 'Mod+A');
  if (content.title.typed) await page.keyboard.type(content.title.typed);
  else await page.keyboard.press('Delete');
  for (const [pinyin, hanzi] of content.title.ime) await imeType(page, pinyin, hanzi);
  const title = content.title.typed + content.title.ime.map(([, hanzi]) => hanzi).join('');
  await expect.poll(() => field.inputValue()).toBe(title);
  return title;
}

/**
 * Pastes spreadsheet rows (a tab-separated clipboard, as Excel and WPS copy) into the attendee table, then drags
 * the second row above the first with the keyboard (Space, ArrowUp, Space on its grip).
 */
export async function pasteAndReorderAttendees(page: Page, rows: string[][]): Promise<string[]> {
  await select(page, 'attendees');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const tsv = rows.map((r) => r.join('\t')).join('\r\n');
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(tsv)})`);
  await page.getByTestId('attendees-table').focus();
  await press(page, 'Mod+V');
  await expect.poll(() => names(page)).toEqual(rows.map((r) => r[0]));

  const grip = page.getByTestId('attendee-row').nth(1).getByTestId('drag-handle');
  await grip.focus();
  // dnd-kit measures the rows after the lift and animates each move: give it a moment between keys, as a person would.
  for (const key of ['Space', 'ArrowUp', 'Space']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  const expected = [rows[1]![0]!, rows[0]![0]!, rows[2]![0]!];
  await expect.poll(() => names(page)).toEqual(expected);
  return expected;
}

/** Rich text: an IME composition, then Bold on and a second composition, then Bold off. */
async function composeWithBold(page: Page, editable: Locator, plain: [string, string], bold: [string, string]) {
  await editable.click();
  await imeType(page, ...plain);
  await press(page, 'Mod+B');
  await imeType(page, ...bold);
  await press(page, 'Mod+B');
  await expect.poll(() => editable.locator('strong').innerText()).toBe(bold[1]);
  await expect.poll(() => editable.innerText()).toContain(plain[1] + bold[1]);
}

export async function addSite(page: Page, site: FlowContent['site']): Promise<void> {
  await select(page, 'sites');
  await page.getByTestId('site-add').click();
  const card = page.getByTestId('site-card').last();
  await card.locator('input[id$="-name"]').fill(site.name);
  await card.locator('input[id$="-time"]').fill(site.time);
  await composeWithBold(page, card.getByTestId('rich-text-editable'), site.plainIme, site.boldIme);
}

export async function addRemark(page: Page, remark: FlowContent['remark']): Promise<void> {
  await select(page, 'remarks');
  await page.getByTestId('remark-add').click();
  const card = page.getByTestId('remark-card').last();
  const speaker = card.locator('input[id$="-speaker"]');
  await speaker.click();
  await speaker.fill(remark.speaker.slice(0, 2));
  await page.locator('.ant-select-item-option', { hasText: remark.speaker }).first().click();
  await expect(await card.getByTestId('remark-speaker-linked').count()).toBe(1);
  await card.locator('input[id$="-role"]').fill(remark.role);
  await card.getByTestId('rich-text-editable').click();
  await page.keyboard.insertText(remark.body);
}

export async function addPhoto(page: Page, file: string, caption: string): Promise<void> {
  await select(page, 'photos');
  await page.getByTestId('photos-add-input').setInputFiles(file);
  const card = page.getByTestId('photo-card').last();
  await card.waitFor();
  await card.locator('input').first().fill(caption);
  await expect.poll(() => card.getByTestId('photo-thumb').evaluate((img) => (img as { naturalWidth?: number }).naturalWidth ?? 0)).toBeGreaterThan(0);
}

export async function writeSummary(page: Page, text: string): Promise<void> {
  await select(page, 'text');
  await page.getByTestId('text-editor').getByTestId('rich-text-editable').click();
  await page.keyboard.insertText(text);
}

export async function addFollowUp(page: Page, item: FlowContent['followUp']): Promise<void> {
  await select(page, 'followUps');
  await page.getByTestId('followup-add').click();
  const row = page.getByTestId('followup-row').last();
  const inputs = row.locator('input.ant-input');
  await inputs.nth(0).fill(item.action);
  await inputs.nth(1).fill(item.owner);
}

export async function addDistribution(page: Page, recipients: string): Promise<void> {
  await select(page, 'distribution');
  await page.getByTestId('distribution-add-line').click();
  await page.getByTestId('distribution-line').last().locator('input.ant-input').fill(recipients);
}

/**
 * Every section of a new briefing filled in, as a user would, in outline order. `shown` is called with each
 * view's name once it is filled (the flow photographs them).
 */
export async function fillEverySection(
  page: Page,
  content: FlowContent,
  photoFile: string,
  shown: (view: string) => Promise<unknown> = async () => undefined,
): Promise<{ title: string; attendees: string[] }> {
  const title = await writeTitle(page, content);
  await shown('details');
  const attendees = await pasteAndReorderAttendees(page, content.attendeeRows);
  await shown('attendees');
  await addSite(page, content.site);
  await shown('sites');
  await addRemark(page, content.remark);
  await shown('remarks');
  await addPhoto(page, photoFile, content.caption);
  await shown('photos');
  await writeSummary(page, content.summary);
  await shown('text');
  await addFollowUp(page, content.followUp);
  await shown('followups');
  if (content.distribution) {
    await addDistribution(page, content.distribution);
    await shown('distribution');
  }
  return { title, attendees };
}
