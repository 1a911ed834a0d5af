import { describe, expect, it } from 'vitest';
import { checkInputLimits, parseBriefing } from '../core/model/index.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { largeDocument } from './fixtures/large.ts';

const base = () => structuredClone(sampleDocument('zh-CN').briefing) as unknown as Record<string, unknown> & { meta: Record<string, unknown>; sections: Record<string, unknown>[] };

/** Refused fast, with one problem naming the field; `what` builds the hostile input. */
function refusedQuickly(what: () => unknown) {
  const raw = what();
  const started = performance.now();
  const result = parseBriefing(raw);
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(2_000);
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

describe('inputs beyond any real briefing are refused by their size, before the work', () => {
  it('a photos section listing 1,000,000 photo ids', () => {
    expect(refusedQuickly(() => {
      const raw = base();
      raw.sections.push({ id: 's-big', type: 'photos', photoIds: Array.from({ length: 1_000_000 }, () => 'p1') });
      return raw;
    })).toEqual([{ path: `sections[${base().sections.length}].photoIds`, message: '1,000,000 entries; at most 1,000' }]);
  });

  it('one photo named 100,000 times across sections (a 132 KB file that would exhaust the exporter)', () => {
    const problems = refusedQuickly(() => {
      const raw = base();
      for (let s = 0; s < 100; s++) raw.sections.push({ id: `g${s}`, type: 'photos', photoIds: Array.from({ length: 1_000 }, () => 'p1') });
      return raw;
    });
    expect(problems[0]?.message).toBe('the sections show photos more than 2,000 times in all');
  });

  it('a paragraph with 1,000,000 text leaves, a 10 MB title, 100,000 attendees, 10,000 levels of nesting', () => {
    const leaves = refusedQuickly(() => {
      const raw = base();
      raw.sections.push({ id: 't', type: 'text', heading: 'x', body: [{ type: 'paragraph', children: Array.from({ length: 1_000_000 }, () => ({ text: 'a' })) }] });
      return raw;
    });
    expect(leaves[0]).toMatchObject({ message: '1,000,000 entries; at most 10,000' });
    expect(leaves[0]?.path).toMatch(/^sections\[\d+\]\.body\[0\]\.children$/);
    expect(refusedQuickly(() => ({ ...base(), meta: { ...base().meta, title: '标'.repeat(10_000_000) } }))).toEqual([{ path: 'meta.title', message: '10,000,000 characters; at most 2,000' }]);
    expect(refusedQuickly(() => ({ ...base(), attendees: Array.from({ length: 100_000 }, (_, i) => ({ id: `a${i}`, name: '张三', group: 'host' })) }))).toEqual([{ path: 'attendees', message: '100,000 entries; at most 2,000' }]);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(refusedQuickly(() => ({ ...base(), extra: deep }))[0]?.message).toBe('nested more than 32 levels deep');
  });

  it('names a hostile key as its own path and gives it the general limit', () => {
    const raw = JSON.parse('{"__proto__": ["a"], "constructor": "x"}');
    expect(checkInputLimits(raw)).toBeUndefined();
    expect(checkInputLimits({ meta: { constructor: 'y'.repeat(300_000) } })).toEqual({ path: 'meta.constructor', message: '300,000 characters; at most 200,000' });
  });

  it('leaves every real briefing alone: both samples and a generated 200-page one with 40 photos', () => {
    expect(checkInputLimits(sampleDocument('en').briefing)).toBeUndefined();
    expect(checkInputLimits(sampleDocument('zh-CN').briefing)).toBeUndefined();
    expect(checkInputLimits(largeDocument({ pages: 200, photos: 40 }).briefing)).toBeUndefined();
  });
});

describe('problem lists', () => {
  it('show the first 100 problems and count the rest', async () => {
    const { InputError } = await import('../core/model/index.ts');
    const problems = Array.from({ length: 5_000 }, (_, i) => ({ path: `sections[0].photoIds[${i}]`, message: 'no such photo' }));
    const lines = new InputError(problems, 'x.briefing').message.split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[99]).toBe('x.briefing: sections[0].photoIds[99]: no such photo');
    expect(lines[100]).toBe('x.briefing: … and 4,900 more problems');
  });
});
