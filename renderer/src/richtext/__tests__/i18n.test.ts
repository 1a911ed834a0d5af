import { expect, test } from 'vitest';
import { richtext } from '../../i18n/locales/richtext.ts';
import { RICH_TEXT_COMMANDS } from '../commands.ts';

test('every command has a label in both languages, and the two languages have the same keys', () => {
  expect(Object.keys(richtext['zh-CN']).sort()).toEqual(Object.keys(richtext.en).sort());
  for (const command of RICH_TEXT_COMMANDS) {
    expect(richtext.en).toHaveProperty(command.labelKey);
    expect(richtext['zh-CN']).toHaveProperty(command.labelKey);
  }
});
