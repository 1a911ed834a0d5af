import { PdfRenderer } from '../../core/node/pdf/index.ts';
import type { PdfPrinter } from '../../core/node/pdf/printer.ts';

/** The CLI's headless-Chromium printer, started on the first PDF only: most e2e tests export none. */
export function lazyPrinter(): PdfPrinter {
  let renderer: Promise<PdfRenderer> | undefined;
  return {
    render: async (html, info) => {
      renderer ??= PdfRenderer.launch();
      return (await renderer).render(html, info);
    },
    close: async () => {
      if (renderer) await (await renderer).close();
    },
  };
}
