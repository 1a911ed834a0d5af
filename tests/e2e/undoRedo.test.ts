import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richTextLines, type Briefing } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { expectNoErrors, press, previewText, select } from './specs/app.ts';
import { saveAs } from './specs/files.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';

type Redo = 'Mod+Y' | 'Mod+Shift+Z' | 'button';

/** Where each kind of field lives, how to reach it, and how to read its text back from the saved model. */
interface FieldCase {
  name: string;
  open(page: Page): Promise<Locator>;
  read(field: Locator): Promise<string>;
  saved(briefing: Briefing): string;
}

// An empty Slate block renders a zero-width no-break space to hold the caret; a user sees nothing there.
const editableText = (field: Locator) => field.innerText().then((t) => t.replace(/\uFEFF/g, '').replace(/\n+$/, ''));

const FIELDS: FieldCase[] = [
  {
    name: 'the title (plain text)',
    open: async (page) => {
      await select(page, 'details');
      const field = page.locator('#meta-title');
      await field.fill('');
      await page.waitForTimeout(900); // a separate undo step from the typing below
      return field;
    },
    read: (field) => field.inputValue(),
    saved: (b) => b.meta.title,
  },
  {
    name: 'a text section body (rich text)',
    open: async (page) => {
      await select(page, 'text');
      return page.getByTestId('text-editor').getByTestId('rich-text-editable');
    },
    read: editableText,
    saved: (b) => b.sections.flatMap((s) => (s.type === 'text' ? richTextLines(s.body) : [])).join('\n'),
  },
  {
    name: "a site's description (rich text)",
    open: async (page) => {
      await select(page, 'sites');
      await page.getByTestId('site-add').click();
      await page.waitForTimeout(900);
      return page.getByTestId('site-card').last().getByTestId('rich-text-editable');
    },
    read: editableText,
    saved: (b) => b.sections.flatMap((s) => (s.type === 'sites' ? s.sites.flatMap((x) => richTextLines(x.description)) : [])).join('\n'),
  },
  {
    name: "a remark's body (rich text)",
    open: async (page) => {
      await select(page, 'remarks');
      await page.getByTestId('remark-add').click();
      await page.waitForTimeout(900);
      return page.getByTestId('remark-card').last().getByTestId('rich-text-editable');
    },
    read: editableText,
    saved: (b) => b.sections.flatMap((s) => (s.type === 'remarks' ? s.remarks.flatMap((r) => richTextLines(r.body)) : [])).join('\n'),
  },
];

async function redo(page: Page, how: Redo): Promise<void> {
  if (how === 'button') await page.getByTestId('command-redo').click();
  else await press(page, how);
}

/**
 * Issue 9, item 1: type "abc", undo, redo. The field, the preview and the saved file must all show "abc" again,
 * and the next keystroke must add to it, not throw the redone text away.
 */
describe('undo and redo move the field, the model and the preview together', () => {
  let harness: E2EHarness;
  beforeAll(async () => {
    harness = await E2EHarness.start();
  });
  afterAll(() => harness.close());

  // Every way to redo on one rich-text field, and one way each on the others (each case is a fresh briefing).
  const ways: readonly Redo[] = ['Mod+Y', 'Mod+Shift+Z', 'button'];
  const cases = FIELDS.flatMap((field, i) =>
    (i === 1 ? ways : [ways[i % ways.length]!]).map((how) => [field.name, how, field] as const),
  );
  it.each(cases)('%s, redo by %s', { timeout: 60_000 }, async (_name, how, fieldCase) => {
    const page = await harness.openApp();
    await newBriefingFromTemplate(page, 'en-visit-report');
    const field = await fieldCase.open(page);
    await field.click();
    await page.keyboard.type('abc');
    await expect.poll(() => fieldCase.read(field)).toBe('abc');
    await expect.poll(() => previewText(page)).toContain('abc');

    await press(page, 'Mod+Z');
    await expect.poll(() => fieldCase.read(field)).toBe('');
    await expect.poll(() => previewText(page)).not.toContain('abc');

    await redo(page, how);
    await expect.poll(() => fieldCase.read(field)).toBe('abc');
    await expect.poll(() => previewText(page)).toContain('abc');

    // The next keystroke goes after the redone text (the caret is at its end, or the user puts it there).
    await field.click();
    await press(page, 'End');
    await page.keyboard.type('d');
    await expect.poll(() => fieldCase.read(field)).toBe('abcd');
    await expect.poll(() => previewText(page)).toContain('abcd');

    const file = path.join(harness.workDir, `redo-${FIELDS.indexOf(fieldCase)}-${how.replace(/\W/g, '')}.briefing`);
    await saveAs(page, harness, file);
    expect(fieldCase.saved((await openBriefing(file)).briefing)).toBe('abcd');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
