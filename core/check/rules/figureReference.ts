import { msg } from '../messages.ts';
import { scan } from '../scan.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** How many photos the document prints: every distinct photo of a visible photos or sites section. */
function photoCount(ctx: Parameters<NonNullable<Rule['document']>>[0]): number {
  const ids = new Set<string>();
  for (const section of ctx.briefing.sections) {
    if (section.hidden) continue;
    if (section.type === 'photos') section.photoIds.forEach((id) => ids.add(id));
    if (section.type === 'sites') section.sites.forEach((site) => site.photoIds.forEach((id) => ids.add(id)));
  }
  return ids.size;
}

/**
 * "见图5" when four photos are printed. 图 counts only after a word that points at a figure (见/如/和/与/至/、/
 * an opening bracket or the start), so 地图1张 or 蓝图2 are not references.
 */
export const figureReference: Rule = {
  id: 'consistency-figure',
  severity: 'warning',
  description: msg('引用了不存在的图片编号（图N）', 'A reference to a figure number (图N / Figure N) that does not exist'),
  document: (ctx) => {
    const count = photoCount(ctx);
    const out: RuleFinding[] = [];
    for (const field of ctx.fields) {
      const re = field.script === 'zh' ? /(?<=^|[见如和与及至、，（(\s])图\s?(\d{1,3})/g : /\b(?:Figure|Fig\.|Photo)\s?(\d{1,3})\b/g;
      out.push(...scan(field, re, (m) => {
        const n = Number(m[1]);
        if (n >= 1 && n <= count) return undefined;
        return { message: msg(`文中引用“图${n}”，但本简报只有${count}张图片`, `The text refers to figure ${n}, but the briefing has ${count} photo${count === 1 ? '' : 's'}`) };
      }));
    }
    return out;
  },
};
