import { msg } from '../messages.ts';
import type { Rule, RuleFinding, TextField } from '../types.ts';

/** How a range's two ends are joined: the standard marks, the hyphen, or a word (3至5). */
type Form = '～' | '—' | '-' | '至';
type Kind = 'years' | 'values';

/**
 * Two Arabic numbers joined by a range mark. The hyphen counts only where it cannot be something else GB/T 15834
 * gives it (4.13.3.1: dates such as 2023-09-18, phone numbers, model and standard numbers like GB/T 9704-2012):
 * not after a letter, "/", "." or another hyphen group, not before one, not in a time (14:30-17:40), and not
 * from a leading-zero number.
 */
const RANGE = /(?<![\dA-Za-z./:：\-－—–~～〜]|[A-Za-z/]\s)(\d+(?:\.\d+)?[%％]?)\s?([-－~～〜—–至到])\s?(\d+(?:\.\d+)?)(?![\d.]*[-－/:：]\d|[—–])/g;

const FORM_OF: Record<string, Form> = { '-': '-', '－': '-', '~': '～', '～': '～', '〜': '～', '—': '—', '–': '—', 至: '至', 到: '至' };
/** GB/T 15834-2011 4.13.3.2/4.13.3.3: a time span (years) takes "—", a value range "～"; GB/T 15835 allows both. */
const PREFERRED: Record<Kind, Form> = { years: '—', values: '～' };
const STANDARD: readonly Form[] = ['～', '—'];

interface Range {
  field: TextField;
  start: number;
  end: number;
  form: Form;
  kind: Kind;
}

const isYear = (n: string) => /^(?:19|20)\d\d$/.test(n);

function rangesIn(field: TextField): Range[] {
  const out: Range[] = [];
  for (const m of field.text.matchAll(RANGE)) {
    const [, from, mark, to] = m as unknown as [string, string, string, string];
    // 0771-2345678: a phone or code, not a range.
    if (FORM_OF[mark] === '-' && (/^0\d/.test(from) || to.length >= 5)) continue;
    const start = m.index + from.length + (m[0].slice(from.length).startsWith(' ') ? 1 : 0);
    out.push({ field, start, end: start + 1, form: FORM_OF[mark]!, kind: isYear(from) && isYear(to) ? 'years' : 'values' });
  }
  return out;
}

/** The form a document's ranges of one kind should share: its most used standard mark, else the preferred one. */
function targetForm(ranges: readonly Range[], kind: Kind): Form {
  const counts = new Map<Form, number>();
  for (const r of ranges) counts.set(r.form, (counts.get(r.form) ?? 0) + 1);
  const used = STANDARD.filter((form) => counts.has(form));
  if (used.length === 0) return PREFERRED[kind];
  return used.reduce((best, form) => ((counts.get(form) ?? 0) > (counts.get(best) ?? 0) ? form : best), used.includes(PREFERRED[kind]) ? PREFERRED[kind] : used[0]!);
}

/**
 * GB/T 15835-2011 (数值范围) joins a range's ends with the wave dash "～" or the one-em dash "—", and
 * GB/T 15834-2011 §4.13 keeps the hyphen "-" for dates, numbers and models. A document that writes its ranges
 * more than one way (3～5 here, 3-5 or 3至5 there; 2023—2025年 and 2023-2025年) is told where, per kind (years,
 * other values), with the document's own standard form as the fix. One consistent form is left alone.
 */
export const rangeMixed: Rule = {
  id: 'num-range-mixed',
  severity: 'hint',
  description: msg('同一文档中数值范围写法不一（如3～5、3-5、3至5）', 'Ranges written more than one way in one document (3～5, 3-5, 3至5)'),
  document: (ctx) => {
    const ranges = ctx.fields.filter((f) => f.script === 'zh').flatMap(rangesIn);
    const out: RuleFinding[] = [];
    for (const kind of ['years', 'values'] as const) {
      const ofKind = ranges.filter((r) => r.kind === kind);
      if (new Set(ofKind.map((r) => r.form)).size < 2) continue;
      const target = targetForm(ofKind, kind);
      for (const r of ofKind) {
        if (r.form === target) continue;
        const what = kind === 'years' ? msg('年份起止', 'year span') : msg('数值范围', 'range');
        out.push({
          path: r.field.path,
          range: { start: r.start, end: r.end },
          message: msg(`本文${what['zh-CN']}有多种写法，应统一用“${target}”连接`, `This document writes its ${what.en}s more than one way; join them with "${target}" throughout`),
          fix: target,
        });
      }
    }
    return out;
  },
};
