import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TabStopType, TextRun, type IRunOptions, type ParagraphChild, type Table } from 'docx';
import type { Masthead } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { hexColor, lineSpacingFor, templateRun } from './fonts.ts';
import { imageInfoOr, imageRun } from './images.ts';
import { letterheadContent } from './letterhead.ts';
import { plainRuns } from './runs.ts';
import { issueWithSigners, markParagraphs } from './gongwenMarks.ts';
import { mmToTwips, ptToEighths, ptToTwips } from './units.ts';

const MM_TO_PX = 96 / 25.4;

function line(ctx: DocxContext, text: string, run: IRunOptions, sizePt: number, alignment: 'left' | 'center'): Paragraph {
  return new Paragraph({
    style: STYLE.fixed,
    alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: true,
    spacing: { ...lineSpacingFor(ctx.manifest.body.lineSpacing, sizePt), before: 0, after: 0 },
    children: plainRuns(text, run),
  });
}

/** 份号, 密级★期限, 紧急程度, top left (see gongwenMarks.ts). */
const marks = markParagraphs;

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

/** The template's logo at its height, or nothing. */
function logoRuns(m: Masthead, ctx: DocxContext): ParagraphChild[] {
  const logo = m.logo ? imageInfoOr(ctx.template.assets.get(m.logo), 'masthead.logo', `logo "${m.logo}"`) : undefined;
  if (!logo) return [];
  const height = ctx.manifest.masthead.logoHeightMm * MM_TO_PX;
  return [imageRun(ctx, { key: `template:${m.logo}`, ...logo, height, width: (height * logo.info.width) / logo.info.height, name: m.organisation ?? m.name })];
}

/** 红头: the bulletin's name large and red, the issue line, then office left and date right over a red rule. */
function redHeader(m: Masthead, ctx: DocxContext): Paragraph[] {
  const { masthead, fonts } = ctx.manifest;
  // A logo, when the template has one, stands centred above the bulletin's name (template designer, issue 14).
  const logo = logoRuns(m, ctx);
  const logoLine = logo.length > 0
    ? [new Paragraph({ style: STYLE.fixed, alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: mmToTwips(2) }, children: logo })]
    : [];
  const body = templateRun(ctx.manifest, fonts.body);
  const name = line(ctx, m.name, templateRun(ctx.manifest, masthead.nameFont), masthead.nameFont.sizePt, 'center');
  const issue = issueWithSigners(m, ctx) ?? (m.issueLine ? [line(ctx, m.issueLine, body, fonts.body.sizePt, 'center')] : []);
  const officeAndDate = masthead.showOfficeAndDate
    ? [...plainRuns(m.office ?? '', body), new TextRun({ ...body, children: ['\t'] }), ...plainRuns(m.date, body)]
    : [];
  return [...marks(m, ctx), ...logoLine, name, ...issue, ruled(ctx, officeAndDate, fonts.body.sizePt)];
}

export function mastheadParagraphs(ctx: DocxContext): (Paragraph | Table)[] {
  const m = ctx.plan.masthead;
  return m.layout === 'cn-red-header' ? redHeader(m, ctx) : letterheadContent(m, ctx, marks(m, ctx));
}
