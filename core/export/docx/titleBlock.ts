import { Paragraph } from 'docx';
import { STYLE, type DocxContext } from './context.ts';
import { plainRuns } from './runs.ts';
import { ptToTwips } from './units.ts';

/** The title in Word's Title style, the subtitle in Subtitle, then the report's label/value lines (Date, Location…). */
export function titleParagraphs(ctx: DocxContext): Paragraph[] {
  const { plan } = ctx;
  const colon = plan.language === 'zh-CN' ? '：' : ': ';
  // The space after the title (GB/T 9704: one blank line) goes after the subtitle when there is one.
  const after = ptToTwips(ctx.manifest.title.spaceAfterPt);
  return [
    new Paragraph({ style: STYLE.title, ...(plan.subtitle ? { spacing: { after: 0 } } : {}), children: plainRuns(plan.title) }),
    ...(plan.subtitle ? [new Paragraph({ style: STYLE.subtitle, spacing: { after }, children: plainRuns(plan.subtitle) })] : []),
    ...plan.metaLines.map(
      (line) => new Paragraph({ style: STYLE.metaLine, children: [...plainRuns(line.label + colon, { bold: true }), ...plainRuns(line.value)] }),
    ),
  ];
}
