import { Paragraph } from 'docx';
import { STYLE, type DocxContext } from './context.ts';
import { plainRuns } from './runs.ts';
import { META_SPACE_PT } from '../plan/index.ts';
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
    // One block of lines, as the print HTML's .bc-meta: 4 pt above, 10 pt below, none between.
    ...plan.metaLines.map(
      (line, i, all) =>
        new Paragraph({
          style: STYLE.metaLine,
          spacing: { before: i === 0 ? ptToTwips(META_SPACE_PT.before) : 0, after: i === all.length - 1 ? ptToTwips(META_SPACE_PT.after) : 0 },
          children: [...plainRuns(line.label + colon, { bold: true }), ...plainRuns(line.value)],
        }),
    ),
  ];
}
