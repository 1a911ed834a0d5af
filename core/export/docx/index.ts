import { Document } from 'docx';
import type { Deflate } from './zipWriter.ts';
import type { BriefingDocument } from '../../model/index.ts';
import type { PageSizeName, Template } from '../../template/index.ts';
import { buildPlan, withFigureRuns } from '../plan/index.ts';
import { assertWholeImages } from '../wholeImages.ts';
import { blockContent } from './blocks.ts';
import { languageTagOf, type DocxContext } from './context.ts';
import { gridCharacterSpacing, offGridStyleIds, unsnapStyles } from './grid.ts';
import { fontTableXml } from './fontTable.ts';
import { pageFurniture } from './headerFooter.ts';
import { mastheadParagraphs } from './masthead.ts';
import { MediaSlots } from './media.ts';
import { documentNumbering, ListInstances } from './numbering.ts';
import { documentProperties, withLanguage } from './properties.ts';
import { packageParts } from './packageParts.ts';
import { repack } from './repack.ts';
import { sectionProperties } from './section.ts';
import { documentStyles } from './styles.ts';
import { titleParagraphs } from './titleBlock.ts';
import { pageGeometry } from './units.ts';
import { xmlSafeDeep } from './xmlSafe.ts';

export interface DocxOptions {
  /** A4 or Letter; the template's own size when left out. */
  pageSize?: PageSizeName;
  /** Raw DEFLATE for the XML parts: the Node host passes zlib's (much faster than fflate's cold JS). */
  deflate?: Deflate;
}

/**
 * A briefing as a DOCX file on a template: a plain mapping of the layout plan to Word's own structures (styles,
 * numbering, fields, sections), never a conversion of the print HTML. Throws InputError when an image is missing,
 * damaged or cut off, or is not the PNG/JPEG it claims to be.
 */
export async function exportDocx(doc: BriefingDocument, template: Template, options: DocxOptions = {}): Promise<Uint8Array> {
  const manifest = template.manifest;
  assertWholeImages(doc);
  // Every string the plan prints is user or template text: it loses what XML cannot hold before anything uses it.
  const plan = xmlSafeDeep(buildPlan(doc.briefing, manifest));
  const ctx: DocxContext = {
    document: doc,
    plan,
    template,
    manifest,
    page: pageGeometry(manifest, options.pageSize ?? manifest.page.size),
    media: new MediaSlots(),
    languageTag: languageTagOf(plan.language),
  };
  const lists = new ListInstances();
  const furniture = pageFurniture(ctx);
  const children = [...mastheadParagraphs(ctx), ...titleParagraphs(ctx), ...withFigureRuns(plan.blocks).flatMap((block) => blockContent(block, ctx, lists))];
  const document = new Document({
    ...documentProperties(plan),
    styles: documentStyles(manifest, plan.language, gridCharacterSpacing(manifest, ctx.page)),
    numbering: documentNumbering(manifest),
    evenAndOddHeaderAndFooters: furniture.evenAndOdd,
    sections: [{ properties: sectionProperties(manifest, ctx.page, furniture.titlePage), footers: furniture.footers, children }],
  });
  return repack(await packageParts(document), ctx.media, {
    'docProps/core.xml': (xml) => withLanguage(xml, ctx.languageTag),
    'word/styles.xml': (xml) => unsnapStyles(xml, offGridStyleIds(manifest)),
    'word/fontTable.xml': () => fontTableXml(manifest),
  }, options.deflate);
}
