import type { BriefingDocument } from '../../model/index.ts';
import type { Template } from '../../template/index.ts';
import type { PageGeometry } from './geometry.ts';

/** What a block needs besides itself: image bytes, the template and the page it is laid on. */
export interface HtmlContext {
  doc: BriefingDocument;
  template: Template;
  geometry: PageGeometry;
  /** The live preview's note on an empty section ("Empty — not printed"); documents have no empty sections. */
  emptySectionNote?: string;
}
