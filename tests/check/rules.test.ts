import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, applyFixes, checkBriefing, enumerateFields, RULES, scriptOf, type Finding } from '../../core/check/index.ts';
import type { Briefing, RichText } from '../../core/model/index.ts';
import { arbitraryDocument } from '../fixtures/arbitraryBriefing.ts';
import { baseBriefing } from './base.ts';
import { CORPUS } from './corpus.ts';

function withBody(language: 'zh-CN' | 'en', body: RichText): Briefing {
  const b = baseBriefing(language);
  const s = b.sections[0]!;
  if (s.type === 'text') s.body = body;
  return b;
}
const only = (rule: string, b: Briefing) => checkBriefing(b, {}, RULES.filter((r) => r.id === rule));

describe('the rule registry', () => {
  it('gives every rule a unique id, a severity, a description in both languages and a check', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
      expect(['error', 'warning', 'hint']).toContain(rule.severity);
      expect(rule.description['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(rule.description.en).toMatch(/^[A-Z]/);
      expect(Boolean(rule.field) || Boolean(rule.document)).toBe(true);
    }
  });

  it('has a corpus case that makes each rule fire', () => {
    const fired = new Set(CORPUS.flatMap((c) => c.expect.map((e) => e.rule)));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('fields and ranges', () => {
  it('offsets a finding in a rich-text block into its leaves concatenated, and names list items by their child path', () => {
    const b = withBody('zh-CN', [
      { type: 'paragraph', children: [{ text: '坚持创新引领。', bold: true }, { text: '企业要加大投入,抓好落实。' }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: '第一项。' }] }, { type: 'list-item', children: [{ text: '第二项,完成。' }] }] },
    ]);
    const found = only('punct-halfwidth', b);
    expect(found.map((f) => [f.path, f.range])).toEqual([
      ['sections[0].body[0]', { start: 14, end: 15 }],
      ['sections[0].body[1].children[1]', { start: 3, end: 4 }],
    ]);
    expect(enumerateFields(b).map((f) => f.path)).toContain('sections[0].body[1].children[0]');
  });

  it('applies one fix, or all fixes of a field from the end', () => {
    const text = '调研组察看了车间,听取了汇报...';
    const b = withBody('zh-CN', [{ type: 'paragraph', children: [{ text }] }]);
    const found = checkBriefing(b);
    expect(found.map((f) => f.rule)).toEqual(['punct-halfwidth', 'punct-ellipsis']);
    expect(applyFix(text, found[0]!)).toBe('调研组察看了车间，听取了汇报...');
    expect(applyFixes(text, found)).toBe('调研组察看了车间，听取了汇报……');
    expect(checkBriefing(withBody('zh-CN', [{ type: 'paragraph', children: [{ text: applyFixes(text, found) }] }]))).toEqual([]);
  });

  it('tells Chinese from English fields', () => {
    expect(scriptOf('调研组察看了车间')).toBe('zh');
    expect(scriptOf('公司引入ERP系统')).toBe('zh');
    expect(scriptOf('Zhang Xiaoqin (张小琴) led the group')).toBe('latin');
    expect(scriptOf('2023')).toBe('latin');
  });

  it('leaves a disabled rule out', () => {
    const b = withBody('zh-CN', [{ type: 'paragraph', children: [{ text: '调研组察看了车间,听取了汇报。' }] }]);
    expect(checkBriefing(b).map((f) => f.rule)).toEqual(['punct-halfwidth']);
    expect(checkBriefing(b, { disabledRules: ['punct-halfwidth'] })).toEqual([]);
  });
});

describe('rule by rule, beyond the corpus', () => {
  it('punct-unpaired: balanced marks nest, a crossing is reported once', () => {
    const clean = withBody('zh-CN', [{ type: 'paragraph', children: [{ text: '学习《关于“十四五”规划（草案）的说明》。' }] }]);
    expect(only('punct-unpaired', clean)).toEqual([]);
  });

  it('consistency-title: short forms of a title are accepted', () => {
    const b = withBody('zh-CN', [{ type: 'paragraph', children: [{ text: '赵明亮主任主持座谈。' }] }]);
    b.attendees.push({ id: 'zhao', name: '赵明亮', title: '市人大财政经济委员会主任委员', group: 'delegation', leader: false });
    expect(only('consistency-title', b)).toEqual([]);
    b.attendees[2]!.title = '市人大财政经济委员会副主任委员';
    expect(only('consistency-title', b).map((f) => f.range)).toEqual([{ start: 3, end: 5 }]);
  });

  it('consistency-figure: counts the photos of visible sections only', () => {
    const b = withBody('zh-CN', [{ type: 'paragraph', children: [{ text: '见图2。' }] }]);
    expect(only('consistency-figure', b)).toEqual([]);
    b.sections[1]!.hidden = true;
    expect(only('consistency-figure', b)).toHaveLength(1);
  });

  it('num-percent-mixed reports the less used form', () => {
    const b = withBody('zh-CN', ['占百分之三十。', '占百分之四十。', '增长5%。'].map((text) => ({ type: 'paragraph' as const, children: [{ text }] })));
    expect(only('num-percent-mixed', b).map((f) => [f.path, f.range])).toEqual([['sections[0].body[2]', { start: 3, end: 4 }]]);
  });

  it('num-range-mixed marks the connector across fields, per kind, and its fix applies there', () => {
    const b = withBody('zh-CN', ['用工200～300人。', '岗位50-80个，工期3 至 5个月。', '2023—2025年建设，2026-2028年运营。'].map((text) => ({ type: 'paragraph' as const, children: [{ text }] })));
    const found = only('num-range-mixed', b);
    expect(found.map((f) => [f.path, f.range, f.fix])).toEqual([
      ['sections[0].body[1]', { start: 4, end: 5 }, '～'],
      ['sections[0].body[1]', { start: 13, end: 14 }, '～'],
      ['sections[0].body[2]', { start: 17, end: 18 }, '—'],
    ]);
    const texts = ['用工200～300人。', '岗位50-80个，工期3 至 5个月。', '2023—2025年建设，2026-2028年运营。'];
    const fixed = texts.map((text, i) => applyFixes(text, found.filter((f) => f.path === `sections[0].body[${i}]`)));
    expect(fixed).toEqual(['用工200～300人。', '岗位50～80个，工期3 ～ 5个月。', '2023—2025年建设，2026—2028年运营。']);
    expect(only('num-range-mixed', withBody('zh-CN', fixed.map((text) => ({ type: 'paragraph' as const, children: [{ text }] }))))).toEqual([]);
  });

  it('num-range-mixed leaves English text and a single form alone', () => {
    const b = withBody('en', [{ type: 'paragraph', children: [{ text: 'Staff of 200-300 and 50–80 trainees.' }] }]);
    expect(only('num-range-mixed', b)).toEqual([]);
  });

  it('consistency-organisation marks the organisation written before the name', () => {
    const b = withBody('zh-CN', [{ type: 'paragraph', children: [{ text: '座谈会上，江州市商务局王建国介绍了情况。' }] }]);
    b.attendees[1]!.organisation = '星河精密制造有限公司';
    expect(only('consistency-organisation', b).map((f) => f.range)).toEqual([{ start: 5, end: 11 }]);
    b.attendees[1]!.organisation = '江州市商务局';
    expect(only('consistency-organisation', b)).toEqual([]);
  });

  it('typo-invisible-char keeps line breaks and tabs', () => {
    const b = withBody('en', [{ type: 'paragraph', children: [{ text: 'First line\nsecond\tline' }] }]);
    expect(only('typo-invisible-char', b)).toEqual([]);
  });
});

describe('the checker as a whole', () => {
  it('never throws, and every range lies inside its field, on random briefings', () => {
    fc.assert(
      fc.property(fc.constantFrom('zh-CN' as const, 'en' as const).chain((l) => arbitraryDocument(l)), (doc) => {
        const texts = new Map(enumerateFields(doc.briefing).map((f) => [f.path, f.text]));
        const found: Finding[] = checkBriefing(doc.briefing);
        for (const f of found) {
          if (!f.range) continue;
          const text = texts.get(f.path);
          expect(text).toBeDefined();
          expect(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text!.length).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is linear in the text: four times the text takes about four times as long', () => {
    const chunk = '调研组察看了车间,听取了汇报...“（《李文华主任说的的确确1、2023.9.18  图9 —— abc ';
    const time = (n: number) => {
      const b = withBody('zh-CN', Array.from({ length: n }, () => ({ type: 'paragraph' as const, children: [{ text: chunk.repeat(20) }] })));
      const t0 = performance.now();
      checkBriefing(b);
      return performance.now() - t0;
    };
    time(50);
    // The best of three runs each, so a busy machine (two cores, shared) does not decide the result.
    const small = Math.min(time(200), time(200), time(200));
    const large = Math.min(time(800), time(800), time(800));
    // Four times the input; a quadratic checker would take sixteen times as long.
    expect(large / small).toBeLessThan(10);
  });
});

describe('finding order', () => {
  it('lists findings in document order, record-level ones beside their record', () => {
    const b = baseBriefing('zh-CN');
    b.attendees.push({ id: 'zhao', name: '赵明亮', group: 'delegation', leader: true });
    b.meta.title = '调研报告。';
    const s = b.sections[0]!;
    if (s.type === 'text') s.body = [{ type: 'paragraph', children: [{ text: '车间,汇报。' }] }];
    expect(checkBriefing(b).map((f) => f.path)).toEqual(['meta.title', 'attendees[2].leader', 'sections[0].body[0]']);
  });
});
