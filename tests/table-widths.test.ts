/**
 * Follow-up table columns follow their content: "2025年4月30日" and "市工业和信息化局" never wrap when the action
 * column can give them room (they used to, in fixed 56/24/20 % columns); the header repeats on every page the table
 * crosses, and no row splits. Read back from the PDF and from LibreOffice's rendering of the DOCX.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../core/export/docx/index.ts';
import type { BriefingDocument } from '../core/model/index.ts';
import { exportPdf, PdfRenderer } from '../core/node/pdf/index.ts';
import { sampleDocument, validBriefing } from './fixtures/briefings.ts';
import { builtinTemplate } from './fixtures/templates.ts';
import { libreOfficePdf } from './helpers/libreOfficePdf.ts';
import { pdfPages, squeeze, type PdfPage } from './helpers/pdfRead.ts';

const ITEMS = 24;
const OWNER = '市工业和信息化局';
const DUE = '2025年4月30日';
const ACTION = '研究制定支持企业技术改造和数字化转型的专项扶持政策，明确资金来源和申报条件，形成工作方案报市政府';

function longFollowUps(): BriefingDocument {
  const base = sampleDocument('zh-CN');
  const b = structuredClone(base.briefing);
  const followUps = b.sections.find((s) => s.type === 'followUps');
  if (followUps?.type === 'followUps') {
    followUps.items = Array.from({ length: ITEMS }, (_, i) => ({ id: `f${i}`, action: `${i + 1}.${ACTION}`, owner: OWNER, due: '2025-04-30' }));
  }
  return { briefing: validBriefing(b), media: base.media };
}

/** Each page's lines: the words on one baseline, left to right, joined. */
function pageLines(page: PdfPage): string[] {
  const byLine = new Map<number, typeof page.words>();
  for (const w of page.words) {
    const key = [...byLine.keys()].find((k) => Math.abs(k - w.yMax) < 2) ?? w.yMax;
    byLine.set(key, [...(byLine.get(key) ?? []), w]);
  }
  return [...byLine.values()].map((ws) => squeeze(ws.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join('')));
}

function check(pages: PdfPage[]) {
  const lines = pages.flatMap(pageLines);
  // Owner and date each whole on one line, once per row.
  expect(lines.filter((l) => l.includes(OWNER)).length).toBe(ITEMS);
  expect(lines.filter((l) => l.includes(DUE)).length).toBe(ITEMS);
  // The table crosses pages; each page it is on starts with the header row.
  const tablePages = pages.filter((p) => pageLines(p).some((l) => l.includes(OWNER)));
  expect(tablePages.length).toBeGreaterThan(1);
  for (const page of tablePages) expect(pageLines(page).some((l) => l.includes('事项') && l.includes('责任单位') && l.includes('完成时限'))).toBe(true);
  // No row split: each row's number, owner and date are on one page.
  for (let i = 1; i <= ITEMS; i++) {
    const page = tablePages.find((p) => pageLines(p).some((l) => l.includes(`${i}.研究制定`)));
    expect(page, `row ${i}`).toBeDefined();
    // The action wraps in its cell, its first line beside the owner and date: take those out to read it whole.
    const text = squeeze(pageLines(page!).join('')).split(OWNER).join('').split(DUE).join('');
    expect(text.includes(`${i}.${ACTION}`), `row ${i} whole on one page`).toBe(true);
  }
}

let renderer: PdfRenderer;
beforeAll(async () => {
  renderer = await PdfRenderer.launch();
});
afterAll(async () => renderer?.close());

describe('cn-work-briefing follow-up table', () => {
  it('in the PDF: dates and owners on one line, the header on every page, no row split', async () => {
    check(pdfPages(await exportPdf(longFollowUps(), await builtinTemplate('cn-work-briefing'), renderer)));
  });

  it('in LibreOffice: the same', async () => {
    check(pdfPages(await libreOfficePdf(await exportDocx(longFollowUps(), await builtinTemplate('cn-work-briefing')), { fontconfig: true })));
  });
});
