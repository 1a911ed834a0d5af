import { describe, expect, it } from 'vitest';
import { checkBriefing } from '../../core/check/index.ts';
import { baseBriefing } from './base.ts';
import { CORPUS, type Expected } from './corpus.ts';

function briefingFor(c: (typeof CORPUS)[number]) {
  const b = baseBriefing(c.language);
  if (c.text !== undefined) {
    const s = b.sections[0]!;
    if (s.type === 'text') s.body = [{ type: 'paragraph', children: [{ text: c.text }] }];
  }
  c.patch?.(b);
  return b;
}

describe('the checker corpus', () => {
  it('has at least 60 cases, clean ones among them', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(CORPUS.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('the base briefings check clean', () => {
    expect(checkBriefing(baseBriefing('zh-CN'))).toEqual([]);
    expect(checkBriefing(baseBriefing('en'))).toEqual([]);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = checkBriefing(briefingFor(c), c.options);
    const got: Expected[] = found.map((f) => ({
      rule: f.rule,
      ...(c.expect.some((e) => e.fix !== undefined) ? { fix: f.fix ?? null } : {}),
      ...(c.expect.some((e) => e.path !== undefined) ? { path: f.path } : {}),
    }));
    const want = c.expect.map((e) => ({ rule: e.rule, ...(e.fix !== undefined ? { fix: e.fix } : {}), ...(e.path !== undefined ? { path: e.path } : {}) }));
    expect(got).toEqual(want);
    // A text case's findings sit in the paragraph it was placed in.
    if (c.text !== undefined) for (const f of found) expect(f.path).toBe('sections[0].body[0]');
  });
});
