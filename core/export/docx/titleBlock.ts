import { Paragraph } from 'docx';
import { STYLE, type DocxContext } from './context.ts';
import { plainRuns } from './runs.ts';

/** The title in Word's Title style, the subtitle in Subtitle, then the report's label/value lines (Date, Location…). */
export function titleParagraphs(ctx: DocxContext): Paragraph[] {
  const { plan } = ctx;
  const colon = plan.language === 'zh-CN' ? '：' : ': ';
  return [
    new Paragraph({ style: STYLE.title, children: plainRuns(plan.title) }),
    ...(plan.subtitle ? [new Paragraph({ style: STYLE.subtitle, children: plainRuns(plan.subtitle) })] : []),
    ...plan.metaLines.map(
      (line) => new Paragraph({ style: STYLE.metaLine, children: [...plainRuns(line.label + colon, { bold: true }), ...plainRuns(line.value)] }),
    ),
  ];
}
