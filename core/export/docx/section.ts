import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { TemplateManifest } from '../../template/index.ts';
import { documentGrid } from './grid.ts';
import type { PageGeometry } from './units.ts';

/** Page size and orientation, margins and header/footer distances in twips, and the GB/T grid when there is one. */
export function sectionProperties(manifest: TemplateManifest, page: PageGeometry, titlePage: boolean): ISectionPropertiesOptions {
  const grid = documentGrid(manifest, page);
  return {
    page: {
      size: {
        width: page.widthTwips,
        height: page.heightTwips,
        orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...page.margins, gutter: 0 },
    },
    ...(grid ? { grid } : {}),
    ...(titlePage ? { titlePage: true } : {}),
  };
}
