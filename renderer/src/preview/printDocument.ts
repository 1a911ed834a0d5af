import { printHtml } from '../../../core/export/html/index.ts';
import type { BriefingDocument } from '../../../core/model/index.ts';
import type { Template } from '../../../core/template/index.ts';

/**
 * Prints the print HTML itself (its @page rules, not the on-screen pages) through the system's print dialog,
 * from a hidden frame that may show a dialog but never run a script of its own.
 */
export function printDocument(doc: BriefingDocument, template: Template): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position: fixed; width: 0; height: 0; border: 0; visibility: hidden;';
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      const done = () => setTimeout(() => frame.remove(), 0);
      if (!view) return done();
      view.addEventListener('afterprint', done, { once: true });
      view.focus();
      view.print();
      // print() returns once the dialog closes in most browsers; afterprint covers the others.
      setTimeout(done, 60_000);
    },
    { once: true },
  );
  frame.srcdoc = printHtml(doc, template);
  document.body.append(frame);
}
