import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leavesText, type Paragraph } from '../../core/model/index.ts';
import { openBriefing } from '../../core/node/briefingFile.ts';
import { E2EHarness } from '../e2e-harness/harness.ts';
import { makePng } from '../fixtures/images.ts';
import { expectNoErrors } from './specs/app.ts';
import { CONTENT, expectedOrder } from './specs/content.ts';
import { closeExportDialog, exportVia } from './specs/exporting.ts';
import { backToWelcome, reopenFromRecent, saveAs } from './specs/files.ts';
import { fillEverySection } from './specs/sections.ts';
import { newBriefingFromTemplate } from './specs/welcome.ts';
import { docxText, expectInOrder, pdfText } from './readBack.ts';
import { screenshot } from './screenshots.ts';

/**
 * The end-to-end path, once per built-in template: new briefing → every section filled (IME in a plain
 * field and in rich text, also after Bold; three attendee rows pasted from a spreadsheet clipboard and reordered;
 * a photo) → save → reopen → DOCX and PDF exported and read back in order, at 1280×720 with a screenshot per view.
 */
describe('a briefing from start to export', () => {
  // Each walk in its own UI language (the Chinese briefing in the Chinese UI), on the laptop screen; every
  // view is photographed at that size (test-artifacts/screenshots/flow-<language>-<view>.png).
  const harnesses: E2EHarness[] = [];
  afterAll(() => Promise.all(harnesses.map((h) => h.close())));

  it.each([
    ['cn-work-briefing', 'zh-CN'],
    ['en-visit-report', 'en'],
  ] as const)('%s', { timeout: 180_000 }, async (templateId, language) => {
    const content = CONTENT[language];
    const harness = await E2EHarness.start({ language, viewport: { width: 1280, height: 720 } });
    harnesses.push(harness);
    const photo = path.join(harness.workDir, 'workshop.png');
    await writeFile(photo, makePng(480, 320));
    const page = await harness.openApp();
    await screenshot(page, `flow-${language}-welcome`);
    await newBriefingFromTemplate(page, templateId);
    const { title, attendees } = await fillEverySection(page, content, photo, (view) => screenshot(page, `flow-${language}-${view}`));

    const file = path.join(harness.workDir, `${templateId}-flow.briefing`);
    await saveAs(page, harness, file);
    const saved = await openBriefing(file);
    expect(saved.briefing.meta.title).toBe(title);
    expect(saved.briefing.attendees.map((a) => a.name)).toEqual(attendees);
    const sites = saved.briefing.sections.find((s) => s.type === 'sites');
    const leaves = sites?.type === 'sites' ? (sites.sites[0]?.description[0] as Paragraph).children : [];
    expect(leaves.find((leaf) => leaf.bold)?.text).toBe(content.site.boldIme[1]);
    expect(leavesText(leaves)).toBe(content.site.plainIme[1] + content.site.boldIme[1]);
    expect(saved.briefing.media.map((m) => m.caption)).toEqual([content.caption]);
    expect(saved.media.size).toBe(1);

    await backToWelcome(page);
    await reopenFromRecent(page, path.basename(file));
    expect(await page.locator('#meta-title').inputValue()).toBe(title);

    const [docx, pdf] = await exportVia(page, harness, ['docx', 'pdf'], path.join(harness.workDir, `${templateId}-flow`));
    await screenshot(page, `flow-${language}-exported`);
    await closeExportDialog(page);
    const order = expectedOrder(content);
    expectInOrder(await docxText(docx!), order, 'DOCX');
    expectInOrder(await pdfText(pdf!), order, 'PDF');
    await page.close();
    expectNoErrors(harness.errors);
  });
});
