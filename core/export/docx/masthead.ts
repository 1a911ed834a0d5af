import { AlignmentType, BorderStyle, Paragraph, TabStopType, TextRun, type IRunOptions, type ParagraphChild, type Table } from 'docx';
import type { Masthead } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { hexColor, lineSpacingFor, templateRun } from './fonts.ts';
import { letterheadContent } from './letterhead.ts';
import { plainRuns } from './runs.ts';
import { ptToEighths, ptToTwips } from './units.ts';

function line(ctx: DocxContext, text: string, run: IRunOptions, sizePt: number, alignment: 'left' | 'center'): Paragraph {
  return new Paragraph({
    style: STYLE.fixed,
    alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, sizePt), before: 0, after: 0 },
    children: plainRuns(text, run),
  });
}

/** Classification and urgency, top left (GB/T 9704 sets them in the heading face, 3号黑体). */
function marks(m: Masthead, ctx: DocxContext): Paragraph[] {
  const font = ctx.manifest.headings[0].font;
  return m.marks.map((mark) => line(ctx, mark, templateRun(ctx.manifest, { ...font, color: undefined }), font.sizePt, 'left'));
}

/** The rule under the masthead, the width of the type area, with a line of space below it before the title. */
function ruled(ctx: DocxContext, children: ParagraphChild[], sizePt: number): Paragraph {
  const rule = ctx.manifest.masthead.rule;
  return new Paragraph({
    style: STYLE.fixed,
    alignment: AlignmentType.LEFT,
    // Office left, date right: a right tab stop at the far edge of the type area.
    tabStops: [{ type: TabStopType.RIGHT, position: ctx.page.typeAreaWidth }],
    spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, sizePt), before: 0, after: ptToTwips(ctx.manifest.fonts.body.sizePt * 2) },
    border: { bottom: { style: BorderStyle.SINGLE, size: ptToEighths(rule.widthPt), color: hexColor(rule.color), space: 4 } },
    children,
  });
}

/** 红头: the bulletin's name large and red, the issue line, then office left and date right over a red rule. */
function redHeader(m: Masthead, ctx: DocxContext): Paragraph[] {
  const { masthead, fonts } = ctx.manifest;
  const body = templateRun(ctx.manifest, fonts.body);
  const name = line(ctx, m.name, templateRun(ctx.manifest, masthead.nameFont), masthead.nameFont.sizePt, 'center');
  const issue = m.issueLine ? [line(ctx, m.issueLine, body, fonts.body.sizePt, 'center')] : [];
  const officeAndDate = masthead.showOfficeAndDate
    ? [...plainRuns(m.office ?? '', body), new TextRun({ ...body, children: ['\t'] }), ...plainRuns(m.date, body)]
    : [];
  return [...marks(m, ctx), name, ...issue, ruled(ctx, officeAndDate, fonts.body.sizePt)];
}

export function mastheadParagraphs(ctx: DocxContext): (Paragraph | Table)[] {
  const m = ctx.plan.masthead;
  return m.layout === 'cn-red-header' ? redHeader(m, ctx) : letterheadContent(m, ctx, marks(m, ctx));
}
