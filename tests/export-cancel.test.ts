import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWire } from '../core/ipc/index.ts';
import { PdfRenderer } from '../core/node/pdf/index.ts';
import type { PdfPrinter } from '../core/node/pdf/printer.ts';
import { ExportCanceled } from '../core/node/host/exporter.ts';
import { largeDocument } from './fixtures/large.ts';
import { hostHarness, type Harness } from './helpers/hostHarness.ts';
import { tempDir } from './helpers/tempBriefings.ts';

/**
 * Issue 9, item 9, on the host services with the CLI's headless Chromium (the printer the e2e harness and the
 * CLI use): Cancel during the print stops it, nothing is written, and the warm printer still prints afterwards.
 */
describe('canceling an export', () => {
  let renderer: PdfRenderer;
  const outcomes: ('printed' | unknown)[] = [];
  let host: Harness;
  let printing: string | undefined;
  const work = tempDir('briefing-cancel-');
  beforeAll(async () => {
    renderer = await PdfRenderer.launch();
    const watched: PdfPrinter = {
      render: (html, info, signal) => {
        // Cancel once Chromium is busy with the page, not before the print starts.
        if (printing === 'cancel-me') setTimeout(() => void host.call('export:cancel', { exportId: 'cancel-me' }), 300);
        return renderer.render(html, info, signal).then(
          (bytes) => (outcomes.push('printed'), bytes),
          (error: unknown) => {
            outcomes.push(error);
            throw error;
          },
        );
      },
      close: () => renderer.close(),
    };
    host = hostHarness(tempDir(), {
      pdf: watched,
      onProgress: (progress) => {
        if (progress.step === 'printing') printing = progress.exportId;
      },
    });
  }, 60_000);
  afterAll(() => host.dispose());

  it('Cancel while printing: canceled, the print rejected with the Cancel, no file or temp file; then it prints again', { timeout: 240_000 }, async () => {
    const document = toWire(largeDocument({ pages: 60, photos: 20, language: 'zh-CN' }));
    host.answers.push(path.join(work, 'big'));
    const canceled = await host.call('export:run', { document, formats: ['docx', 'pdf'], exportId: 'cancel-me' });
    expect(canceled).toEqual({ ok: false, canceled: true });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toBeInstanceOf(ExportCanceled);
    expect(readdirSync(work)).toEqual([]);
    expect(host.progress.map((p) => p.step)).toEqual(['checking', 'building', 'layout', 'printing']);

    host.answers.push(path.join(work, 'small'));
    const small = toWire(largeDocument({ pages: 2, photos: 1, language: 'zh-CN' }));
    expect(await host.call('export:run', { document: small, formats: ['pdf'], exportId: 'after' })).toMatchObject({ ok: true });
    expect(readdirSync(work)).toEqual(['small.pdf']);
    // A Cancel for an export that has finished, or never ran, changes nothing.
    await host.call('export:cancel', { exportId: 'after' });
  });
});
