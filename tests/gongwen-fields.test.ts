import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, parseBriefing } from '../core/model/index.ts';
import { main } from '../cli/main.ts';
import { sampleDocument } from './fixtures/briefings.ts';
import { tempDir } from './helpers/tempBriefings.ts';

const withMeta = (meta: Record<string, unknown>) => {
  const { briefing } = sampleDocument('zh-CN');
  return { ...briefing, meta: { ...briefing.meta, ...meta } };
};

const problems = (meta: Record<string, unknown>) => {
  const result = parseBriefing(withMeta(meta));
  return result.ok ? '' : formatProblems(result.problems);
};

describe('the 公文 fields are validated with their paths', () => {
  it('accepts every field filled', () => {
    expect(
      problems({
        copyNumber: '000123',
        secrecyLevel: 'confidential',
        secrecyTerm: '1年',
        urgencyLevel: 'immediate',
        signers: ['张三', '李四'],
        addressees: '各区县人民政府：',
        attachments: ['情况汇报'],
        totalIssueNumber: '148',
        supplement: true,
        seriesId: 'jz-weekly',
      }),
    ).toBe('');
  });

  it.each([
    [{ copyNumber: '123' }, 'meta.copyNumber: 6 digits'],
    [{ copyNumber: '00012a' }, 'meta.copyNumber: 6 digits'],
    [{ copyNumber: '１２３４５６' }, 'meta.copyNumber: 6 digits'],
    [{ secrecyTerm: '1年' }, 'meta.secrecyTerm: a secrecy term needs a secrecyLevel (绝密/机密/秘密)'],
    [{ secrecyLevel: 'confidential', secrecyTerm: '★1年' }, 'meta.secrecyTerm: without the ★ (it is printed between the level and the term)'],
    [{ secrecyLevel: 'confidential', secrecyTerm: ' ' }, 'meta.secrecyTerm: must not be blank (leave the field out instead)'],
    [{ signers: ['张三', '李\r四'] }, 'meta.signers[1]: one line, without line breaks'],
    [{ attachments: ['一\n二'] }, 'meta.attachments[0]: one line, without line breaks'],
    [{ supplement: 'yes' }, 'meta.supplement: Invalid input: expected boolean, received string'],
  ])('%j → %s', (meta, message) => {
    expect(problems(meta)).toBe(message);
  });

  it('names the fixed choices for an unknown 密级 or 紧急程度', () => {
    expect(problems({ secrecyLevel: '秘密' })).toBe('meta.secrecyLevel: Invalid option: expected one of "top-secret"|"secret"|"confidential"');
    expect(problems({ urgencyLevel: 'flash' })).toBe('meta.urgencyLevel: Invalid option: expected one of "immediate"|"urgent"');
  });

  it('briefing validate warns (exit 0) about free text kept from format 2', async () => {
    const file = path.join(tempDir(), 'old.json');
    const { briefing, media } = sampleDocument('zh-CN');
    const dir = path.dirname(file);
    for (const m of briefing.media) writeFileSync(path.join(dir, m.id), media.get(m.id)!);
    writeFileSync(
      file,
      JSON.stringify({ ...briefing, formatVersion: 2, meta: { ...briefing.meta, classification: '内部资料', urgency: '特急' }, media: briefing.media.map((m) => ({ ...m, file: m.id })) }),
    );
    const err: string[] = [];
    const code = await main(['validate', file], { out: () => {}, err: (line) => err.push(line) });
    expect(code).toBe(0);
    expect(err.join('\n')).toContain('warning: meta.classification: "内部资料" is not a 密级 (绝密/机密/秘密); kept as free text and printed as written');
    // 特急 was read as a 紧急程度, so nothing to warn about.
    expect(err.join('\n')).not.toContain('meta.urgency');
  });
});
