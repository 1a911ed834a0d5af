import type { TemplateManifest } from '../../template/index.ts';
import { CREDIT_SCALE, FIGURE_SPACE_PT, LINE_HEIGHT, META_SPACE_PT, TABLE_RULE_PT } from '../plan/index.ts';
import { fontCss, fontFamily } from './fonts.ts';
import { gridLetterSpacingPt, num, type PageGeometry } from './geometry.ts';
import { listCss } from './listCss.ts';

function lineHeight(manifest: TemplateManifest): string {
  const spacing = manifest.body.lineSpacing;
  return 'exactPt' in spacing ? `${num(spacing.exactPt)}pt` : num(spacing.multiple);
}

function headingCss(manifest: TemplateManifest): string[] {
  return manifest.headings.map((h, i) => {
    const indent = h.indentChars > 0 ? ` text-indent: ${num(h.indentChars)}em;` : '';
    return (
      `.bc-h${i + 1} { ${fontCss(h.font)} text-align: ${h.align};${indent}` +
      ` margin: ${num(h.spaceBeforePt)}pt 0 ${num(h.spaceAfterPt)}pt; }`
    );
  });
}

/** Bold runs and table headers in the emphasis face, when the template names one (see fonts.emphasis). */
function emphasisCss(manifest: TemplateManifest): string {
  const emphasis = manifest.fonts.emphasis;
  if (!emphasis) return '';
  const weight = emphasis.bold ? 'bold' : 'normal';
  return `strong, .bc-meta-label, .bc-table thead th, .bc-table .bc-group th { font-family: ${fontFamily(emphasis)}; font-weight: ${weight}; }`;
}

/**
 * Body text, headings and the furniture around them. Page-level rules live in pageCss.ts.
 * `overflow-wrap: anywhere` (inherited by everything) breaks a run that cannot fit a line — a pasted URL, a long
 * number — wherever it must: Chromium's print otherwise shrinks the whole document to fit the widest line.
 */
export function documentCss(manifest: TemplateManifest, geometry: PageGeometry): string {
  const { fonts, body, colors } = manifest;
  const spacing = gridLetterSpacingPt(manifest, geometry);
  const letterSpacing = spacing === undefined ? '' : ` letter-spacing: ${num(spacing)}pt;`;
  // The first-line indent is counted in grid characters when there is a grid, so it lands on the grid.
  const indent =
    body.firstLineIndentChars === 0
      ? '0'
      : spacing === undefined
        ? `${num(body.firstLineIndentChars)}em`
        : `calc(${num(body.firstLineIndentChars)} * (1em + ${num(spacing)}pt))`;
  const around = FIGURE_SPACE_PT.around;
  return `
html { color: ${colors.text}; background: #fff; }
body { margin: 0; ${fontCss(fonts.body)} line-height: ${lineHeight(manifest)};${letterSpacing} overflow-wrap: anywhere;
  orphans: 2; widows: 2; text-spacing-trim: space-all; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p, ul, ol, blockquote, figure, table, h1, h2, h3, h4 { margin: 0; padding: 0; }
.bc-body { text-indent: ${indent}; text-align: ${body.align}; margin-bottom: ${num(body.spaceAfterPt)}pt; }
.bc-credits { text-align: right; text-indent: 0; margin-bottom: ${num(body.spaceAfterPt)}pt; }
.bc-plain { text-align: ${body.align}; margin-bottom: ${num(body.spaceAfterPt)}pt; }
.bc-quote { margin: 0 2em ${num(body.spaceAfterPt)}pt; text-align: ${body.align}; }
.bc-list { margin: 0 0 ${num(body.spaceAfterPt)}pt; padding-left: 2em; text-align: ${body.align}; }
u { text-decoration: underline; }
.bc-title-block { margin: 0 0 ${num(manifest.title.spaceAfterPt)}pt; break-inside: avoid; break-after: avoid; }
.bc-title { ${fontCss(fonts.title)} text-align: ${manifest.title.align}; line-height: ${LINE_HEIGHT.title};
  margin: 0; letter-spacing: normal; text-wrap: balance; }
.bc-subtitle { ${fontCss(fonts.subtitle)} text-align: ${manifest.title.align}; line-height: ${LINE_HEIGHT.title}; letter-spacing: normal; text-wrap: balance; }
.bc-meta { margin: ${META_SPACE_PT.before}pt 0 ${META_SPACE_PT.after}pt; }
.bc-meta p { margin: 0; }
.bc-meta-label { font-weight: bold; }
.bc-title, .bc-subtitle, .bc-h1, .bc-h2, .bc-h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
${headingCss(manifest).join('\n')}
.bc-figures { text-indent: 0; letter-spacing: normal; }
.bc-figure-group, .bc-figure-row { break-inside: avoid; page-break-inside: avoid; }
.bc-figure-row { display: grid; justify-content: center; column-gap: ${num(manifest.photos.gapMm)}mm; align-items: end; }
.bc-figure { break-inside: avoid; page-break-inside: avoid; text-align: center; margin: ${around}pt 0; text-indent: 0; }
/* One a row: the space is the row's, so it merges with the text's around it as Word's paragraph spacing does. */
.bc-figures-one .bc-figure-row { margin: ${around}pt 0; }
.bc-figures-one .bc-figure { margin: 0; }
.bc-figure img { display: block; margin: 0 auto; }
.bc-figure figcaption { ${fontCss(manifest.captions.font)} text-align: ${manifest.captions.align};
  line-height: ${LINE_HEIGHT.caption}; margin-top: ${FIGURE_SPACE_PT.aboveCaption}pt; letter-spacing: normal; }
.bc-figure .bc-credit { display: block; font-size: ${CREDIT_SCALE}em; }
.bc-figure .bc-missing { margin: 0 auto; border: 1pt dashed #999; }
.bc-table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0 ${num(body.spaceAfterPt)}pt; ${fontCss(fonts.table)}
  line-height: ${LINE_HEIGHT.table}; letter-spacing: normal; text-indent: 0; }
.bc-table th, .bc-table td { border: ${TABLE_RULE_PT}pt solid ${colors.text}; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.bc-table thead { display: table-header-group; }
.bc-table thead th { font-weight: bold; background: #f0f0f0; }
.bc-table .bc-group th { font-weight: bold; background: #fafafa; }
.bc-table tr { break-inside: avoid; page-break-inside: avoid; }
${listCss(manifest)}
/* A group's label row stays with its first person, as the DOCX keeps it (keepNext). */
.bc-table tr.bc-group { break-after: avoid; page-break-after: avoid; }
${emphasisCss(manifest)}
`;
}
