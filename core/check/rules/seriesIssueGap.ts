import { msg } from '../messages.ts';
import type { Rule, RuleFinding } from '../types.ts';

const wholeNumber = (value: string | undefined) => {
  const text = value?.normalize('NFKC').trim() ?? '';
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
};

/** The largest of `known` below `n`, if any: the number this one should follow directly. */
const previousOf = (known: readonly number[], n: number) => Math.max(-Infinity, ...known.filter((k) => k < n));

/**
 * 期号 in sequence: within its series and year an issue follows the one before it (第13期 after 第12期, 总第149期
 * after 总第148期) and repeats none. Only numbers the series handed out are known, so numbers from before the
 * series was kept here (below the first one known) are never called missing.
 */
export const seriesIssueGap: Rule = {
  id: 'series-issue-gap',
  severity: 'warning',
  description: msg('期号不连续或重复', 'An issue number that skips or repeats within its series'),
  document: (ctx) => {
    const series = ctx.options.series;
    const { meta } = ctx.briefing;
    if (!series || (meta.seriesId && meta.seriesId !== series.id)) return [];
    const issue = wholeNumber(meta.issueNumber);
    if (issue === undefined || issue < 1) return [];
    const supplement = meta.supplement === true;
    const total = supplement ? undefined : wholeNumber(meta.totalIssueNumber);
    const kind = series.numbers.filter((r) => r.supplement === supplement);
    const year = (total !== undefined ? kind.find((r) => r.total === total)?.year : undefined) ?? Number(meta.visitDate.slice(0, 4));
    const inYear = kind.filter((r) => r.year === year);
    const zhParts: string[] = [];
    const enParts: string[] = [];
    const at = (_about: 'issue' | 'total', zh: string, en: string) => {
      zhParts.push(zh);
      enParts.push(en);
    };
    const name = series.name;

    const sameIssue = inYear.find((r) => r.issue === issue);
    if (total !== undefined && sameIssue?.total !== undefined && sameIssue.total !== total) {
      at('issue', `「${name}」${year}年第${issue}期已作为总第${sameIssue.total}期印发，期号重复`, `${name}: ${year} No. ${issue} was already issued as total No. ${sameIssue.total}; the number repeats`);
    }
    const sameTotal = total !== undefined ? kind.find((r) => r.total === total) : undefined;
    if (sameTotal && sameTotal.issue !== issue) {
      at('total', `「${name}」总第${total}期已是${sameTotal.year}年第${sameTotal.issue}期，总期号重复`, `${name}: total No. ${total} is already ${sameTotal.year} No. ${sameTotal.issue}; the total repeats`);
    }
    const before = previousOf(inYear.map((r) => r.issue), issue);
    if (Number.isFinite(before) && before < issue - 1) {
      const label = supplement ? '增刊' : '';
      at('issue', `「${name}」${label}第${issue}期前一期是第${before}期，中间缺第${before + 1}期`, `${name}: ${supplement ? 'supplement ' : ''}No. ${issue} follows No. ${before}; No. ${before + 1} is missing`);
    }
    if (total !== undefined) {
      const totalBefore = previousOf(kind.map((r) => r.total ?? 0).filter((t) => t > 0), total);
      if (Number.isFinite(totalBefore) && totalBefore < total - 1) {
        at('total', `「${name}」总第${total}期前一期是总第${totalBefore}期，中间缺总第${totalBefore + 1}期`, `${name}: total No. ${total} follows total No. ${totalBefore}; total No. ${totalBefore + 1} is missing`);
      }
    }
    // One finding, on the issue number (the field the user sees and corrects; the total follows it), saying all.
    if (zhParts.length === 0) return [];
    const finding: RuleFinding = {
      path: 'meta.issueNumber',
      range: { start: 0, end: meta.issueNumber?.length ?? 0 },
      message: msg(zhParts.join('；'), enParts.join('; ')),
    };
    return [finding];
  },
};
