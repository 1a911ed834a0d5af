import path from 'node:path';
import type { ExportArgs, Format } from './exportArgs.ts';

/**
 * Output paths per input. In --out-dir mode each output is named after its input; inputs that share a name
 * (two folders each holding briefing.json) are told apart by their folder's name.
 */
export function outputPlan(args: ExportArgs): Map<string, Partial<Record<Format, string>>> {
  const plan = new Map<string, Partial<Record<Format, string>>>();
  if (!args.outDir) {
    plan.set(args.inputs[0]!, args.files);
    return plan;
  }
  const stem = (input: string) => path.basename(input).replace(/\.(briefing|json)$/i, '');
  const counts = new Map<string, number>();
  for (const input of args.inputs) counts.set(stem(input), (counts.get(stem(input)) ?? 0) + 1);
  for (const input of args.inputs) {
    const base = counts.get(stem(input))! > 1 ? `${path.basename(path.dirname(path.resolve(input)))}-${stem(input)}` : stem(input);
    const files: Partial<Record<Format, string>> = {};
    for (const format of args.formats) files[format] = path.join(args.outDir, `${base}.${format}`);
    plan.set(input, files);
  }
  return plan;
}
