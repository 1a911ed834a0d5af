import type { Message, RuleFinding, TextField } from './types.ts';

/**
 * Every match of a global regex in a field as a finding. The patterns the rules pass have no nested quantifiers,
 * so a scan is linear in the text.
 */
export function scan(
  field: TextField,
  pattern: RegExp,
  judge: (match: RegExpExecArray, text: string) => { start?: number; end?: number; message: Message; fix?: string } | undefined,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(field.text); m !== null; m = re.exec(field.text)) {
    if (m[0] === '') re.lastIndex++;
    const verdict = judge(m, field.text);
    if (!verdict) continue;
    const start = verdict.start ?? m.index;
    const end = verdict.end ?? m.index + m[0].length;
    out.push({ path: field.path, range: { start, end }, message: verdict.message, ...(verdict.fix !== undefined ? { fix: verdict.fix } : {}) });
  }
  return out;
}
