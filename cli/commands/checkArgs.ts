import { parseArgs } from 'node:util';
import { UsageError } from '../exitCodes.ts';

export interface CheckArgs {
  inputs: string[];
  format: 'text' | 'json';
  lang: 'en' | 'zh-CN';
  disabledRules: string[];
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'en' },
      disable: { type: 'string', multiple: true, default: [] },
    },
  });
  if (positionals.length === 0) throw new UsageError('check: name at least one input (.briefing or .json)');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`check: --format is text or json, not "${values.format}"`);
  if (values.lang !== 'en' && values.lang !== 'zh-CN') throw new UsageError(`check: --lang is en or zh-CN, not "${values.lang}"`);
  const disabledRules = values.disable.flatMap((d) => d.split(',')).map((d) => d.trim()).filter(Boolean);
  return { inputs: positionals, format: values.format, lang: values.lang, disabledRules };
}
