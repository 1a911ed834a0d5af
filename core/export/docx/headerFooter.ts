import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { localize } from '../../template/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { templateRun } from './fonts.ts';
import { xmlSafeText } from './xmlSafe.ts';
import { ptToTwips } from './units.ts';

type Side = 'left' | 'center' | 'right';

/** "— {n} —" / "Page {n} of {total}" as runs: text as text, {n} a PAGE field, {total} a NUMPAGES field. */
function patternRuns(pattern: string, ctx: DocxContext): TextRun[] {
  const run = templateRun(ctx.manifest, ctx.manifest.pageNumbers.font);
  return pattern
    .split(/(\{n\}|\{total\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '{n}') return new TextRun({ ...run, children: [PageNumber.CURRENT] });
      if (piece === '{total}') return new TextRun({ ...run, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...run, text: piece });
    });
}

/** A footer with the page number on one side, inset from the edge by the template's number of characters. */
function pageNumberFooter(side: Side, ctx: DocxContext): Footer {
  const numbers = ctx.manifest.pageNumbers;
  const pattern = xmlSafeText(localize(numbers.pattern, ctx.plan.language));
  const inset = ptToTwips(numbers.insetChars * numbers.font.sizePt);
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[side];
  const indent = side === 'left' ? { left: inset } : side === 'right' ? { right: inset } : {};
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.fixed,
        alignment,
        indent: { ...indent, firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: patternRuns(pattern, ctx),
      }),
    ],
  });
}

export interface PageFurniture {
  footers: { default: Footer; even?: Footer; first?: Footer };
  /** Odd and even pages differ (GB/T 9704: odd numbers right, even left): the settings must say so too. */
  evenAndOdd: boolean;
  /** The first page has a footer of its own (an empty one) when it is not numbered. */
  titlePage: boolean;
}

export function pageFurniture(ctx: DocxContext): PageFurniture {
  const numbers = ctx.manifest.pageNumbers;
  const evenAndOdd = numbers.odd !== numbers.even;
  const first = numbers.numberFirstPage ? {} : { first: new Footer({ children: [new Paragraph({ children: [] })] }) };
  return {
    footers: {
      default: pageNumberFooter(numbers.odd, ctx),
      ...(evenAndOdd ? { even: pageNumberFooter(numbers.even, ctx) } : {}),
      ...first,
    },
    evenAndOdd,
    titlePage: !numbers.numberFirstPage,
  };
}
