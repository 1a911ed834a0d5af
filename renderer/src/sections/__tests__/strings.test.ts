import { expect, test } from 'vitest';
import { sections } from '../../i18n/locales/sections.ts';

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

test('zh-CN and en have the same keys, and each string the same {{variables}}', () => {
  expect(Object.keys(sections.en).sort()).toEqual(Object.keys(sections['zh-CN']).sort());
  for (const [key, zh] of Object.entries(sections['zh-CN'])) {
    expect([key, variables(sections.en[key as keyof typeof sections.en])]).toEqual([key, variables(zh)]);
  }
});
