import { AlignmentType, Paragraph, TabStopType, TextRun, type IRunOptions } from 'docx';
import type { AddresseesBlock, AttachmentsBlock, Masthead } from '../plan/index.ts';
import { STYLE, type DocxContext } from './context.ts';
import { lineSpacingFor, templateRun } from './fonts.ts';
import { plainRuns } from './runs.ts';
import { ptToTwips } from './units.ts';

/*
 * The 公文 elements in DOCX (see plan/gongwen.ts for what goes where), called from the masthead and block code.
 * Widths are counted in characters of the body size: a Han character is one, a Latin letter or digit about half.
 */

function widthEm(text: string): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    em += code < 0x300 || (code >= 0x2000 && code < 0x2070) ? 0.5 : 1;
  }
  return em;
}

const TAB = (run: IRunOptions) => new TextRun({ ...run, children: ['\t'] });

function emTwips(ctx: DocxContext): number {
  return ptToTwips(ctx.manifest.fonts.body.sizePt);
}

/** 份号, 密级★期限, 紧急程度: flush left, one a line on the body's line pitch, before the masthead. */
export function markParagraphs(m: Masthead, ctx: DocxContext): Paragraph[] {
  const { manifest } = ctx;
  const gbt = manifest.masthead.layout === 'cn-red-header';
  const mark = gbt ? { ...manifest.headings[0].font, color: undefined } : manifest.fonts.body;
  const digits = { ...manifest.fonts.body, color: undefined };
  return m.markLines.map((line) => {
    const role = line.kind === 'copyNumber' ? digits : mark;
    return new Paragraph({
      style: STYLE.fixed,
      alignment: AlignmentType.LEFT,
      keepNext: true,
      spacing: { ...lineSpacingFor(manifest.body.lineSpacing, role.sizePt), before: 0, after: 0 },
      children: plainRuns(line.text, templateRun(manifest, role)),
    });
  });
}

/**
 * The issue line with 签发人 on its right (GB/T 9704 7.2.6): the issue 空一字 from the left, "签发人：" and the
 * names ending one character from the right edge, two names a line, later lines aligned under the first name;
 * the issue shares the last line. Two left tab stops (label, names) computed from the names' widths.
 */
export function issueWithSigners(m: Masthead, ctx: DocxContext): Paragraph[] | undefined {
  const signers = m.signers;
  if (!signers) return undefined;
  const { manifest } = ctx;
  const body = templateRun(manifest, manifest.fonts.body);
  const kai = templateRun(manifest, { ...manifest.fonts.subtitle, sizePt: manifest.fonts.body.sizePt, color: undefined });
  const em = emTwips(ctx);
  const rows: string[][] = [];
  for (let i = 0; i < signers.names.length; i += 2) rows.push(signers.names.slice(i, i + 2));
  const rowTexts = rows.map((row) => row.join('　'));
  const namesWidth = Math.max(...rowTexts.map(widthEm)) * em;
  const labelWidth = widthEm(signers.label) * em;
  const namesAt = ctx.page.typeAreaWidth - em - namesWidth;
  const labelAt = namesAt - labelWidth;
  return rowTexts.map((names, i) => {
    const last = i === rowTexts.length - 1;
    const lead = last && m.issueLine ? plainRuns(m.issueLine, body) : [];
    return new Paragraph({
      style: STYLE.fixed,
      alignment: AlignmentType.LEFT,
      keepNext: true,
      indent: { left: em },
      tabStops: [
        { type: TabStopType.LEFT, position: Math.round(labelAt) },
        { type: TabStopType.LEFT, position: Math.round(namesAt) },
      ],
      spacing: { ...lineSpacingFor(manifest.body.lineSpacing, manifest.fonts.body.sizePt), before: i === 0 ? ptToTwips(6) : 0, after: 0 },
      children: [...lead, TAB(body), ...(i === 0 ? plainRuns(signers.label, body) : [TAB(body)]), ...plainRuns(names, kai)],
    });
  });
}

export function addresseesParagraph(block: AddresseesBlock): Paragraph {
  return new Paragraph({ style: STYLE.plain, alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, children: plainRuns(block.text) });
}

/** 附件：1. … under the body, 左空二字, a line of space before; a long name wraps under its own first character. */
export function attachmentsParagraphs(block: AttachmentsBlock, ctx: DocxContext): Paragraph[] {
  const em = emTwips(ctx);
  const start = block.indentChars * em;
  const label = widthEm(block.label) * em;
  const numberWidth = Math.max(0, ...block.items.map((item) => widthEm(item.number))) * em;
  const nameAt = start + label + numberWidth;
  const line = ctx.manifest.body.lineSpacing;
  const before = 'exactPt' in line ? ptToTwips(line.exactPt) : ptToTwips(ctx.manifest.fonts.body.sizePt * 1.5);
  return block.items.map((item, i) => {
    const first = i === 0;
    const lineStart = first ? start : start + label;
    return new Paragraph({
      style: STYLE.plain,
      alignment: AlignmentType.LEFT,
      indent: { left: Math.round(nameAt), hanging: Math.round(nameAt - lineStart) },
      tabStops: [{ type: TabStopType.LEFT, position: Math.round(nameAt) }],
      keepLines: true,
      ...(first ? { spacing: { before } } : {}),
      children: [
        ...(first ? plainRuns(block.label) : []),
        ...plainRuns(item.number),
        ...(item.number || first ? [new TextRun({ children: ['\t'] })] : []),
        ...plainRuns(item.name),
      ],
    });
  });
}
