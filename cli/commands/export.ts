import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { assertComplete, InputError, type BriefingDocument } from '../../core/model/index.ts';
import type { Template } from '../../core/template/index.ts';
import { openBriefing, writeFileAtomic } from '../../core/node/briefingFile.ts';
import { resolveTemplate, resolveTemplateId } from '../../core/node/templates.ts';
import { checkBriefing, type Finding } from '../../core/check/index.ts';
import { ExportService } from '../../core/node/exportService.ts';
import { changedSince, currentVersion, type FileVersion } from '../../core/node/fileVersion.ts';
import { launchChromium } from '../../core/node/pdf/launchChromium.ts';
import { EXIT_BAD_INPUT, EXIT_OK } from '../exitCodes.ts';
import type { Output } from '../output.ts';
import { parseExportArgs, type ExportArgs, type Format } from './exportArgs.ts';
import { outputPlan } from './outputNames.ts';
import { describeFailure } from './describeFailure.ts';

/** Paths under the working folder are shown relative to it; others in full, never as ../../tmp/… */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

async function templateFor(doc: BriefingDocument, args: ExportArgs, input: string): Promise<Template> {
  // --template is the user's own choice (an id or a folder); the briefing itself may only name an id.
  const template = await (args.template ? resolveTemplate(args.template) : resolveTemplateId(doc.briefing.meta.templateId));
  const page = template.manifest.page;
  const allowed = page.sizeChoices.length > 0 ? page.sizeChoices : [page.size];
  if (args.pageSize && !allowed.includes(args.pageSize)) {
    throw new InputError([{ path: '--page-size', message: `template "${template.manifest.id}" offers ${allowed.join(', ')} only` }], input);
  }
  return template;
}

async function changedMeanwhile(target: string, before: FileVersion | undefined): Promise<boolean> {
  if (before) return changedSince(target, before);
  return (await currentVersion(target).catch(() => undefined)) !== undefined;
}

/** Checker findings printed after an export, at most. */
const MAX_WARNINGS = 10;

/** Everything is rendered in memory first, then written atomically: a failure leaves no half-written file. */
async function exportOne(input: string, files: Partial<Record<Format, string>>, args: ExportArgs, service: ExportService) {
  // What each output was when the export began: a colleague's export to the same shared folder meanwhile is not
  // silently replaced.
  const before = new Map<string, FileVersion | undefined>();
  for (const target of Object.values(files)) before.set(target, await currentVersion(target).catch(() => undefined));
  const doc = await openBriefing(input);
  assertComplete(doc.briefing, input);
  const template = await templateFor(doc, args, input);
  const formats = Object.keys(files) as Format[];
  const rendered = await service.render(doc, template, formats, args.pageSize);
  const written: string[] = [];
  for (const format of formats) {
    const target = files[format]!;
    if (!args.force && (await changedMeanwhile(target, before.get(target)))) {
      throw new InputError([{ path: '(output)', message: `${target} was changed by someone else while this export ran, so it was left as it is; export again, or pass --force to replace it` }], input);
    }
    await writeFileAtomic(target, rendered.get(format)!);
    written.push(target);
  }
  return { written, findings: checkBriefing(doc.briefing).filter((f) => f.severity !== 'hint') };
}

/** What the checker found in an exported briefing: said, never a reason to refuse the export. */
function warnAbout(input: string, findings: readonly Finding[], output: Output): void {
  if (findings.length === 0) return;
  for (const f of findings.slice(0, MAX_WARNINGS)) output.err(`  warning: ${input}: ${f.path}: ${f.message.en} [${f.rule}]`);
  const more = findings.length - MAX_WARNINGS;
  output.err(`  ${more > 0 ? `… and ${more} more; ` : ''}run "briefing check ${input}" for every finding with its place and fix`);
}

export async function exportCommand(argv: string[], output: Output, service = new ExportService(launchChromium)): Promise<number> {
  const args = parseExportArgs(argv);
  const plan = outputPlan(args);
  if (args.outDir) await mkdir(args.outDir, { recursive: true });
  const batch = args.inputs.length > 1;
  const started = performance.now();
  if ([...plan.values()].some((files) => files.pdf !== undefined)) service.warmUp();
  let failed = 0;
  try {
    let index = 0;
    for (const [input, files] of plan) {
      index += 1;
      const prefix = batch ? `[${index}/${plan.size}] ` : '';
      const t0 = performance.now();
      try {
        const { written, findings } = await exportOne(input, files, args, service);
        const ms = Math.round(performance.now() - t0);
        output.out(`${prefix}${input} → ${written.map(displayPath).join(', ')} (${ms} ms)`);
        warnAbout(input, findings, output);
      } catch (error) {
        failed += 1;
        output.err(`${prefix}${describeFailure(error, input)}`);
      }
    }
  } finally {
    await service.close();
  }
  if (batch) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    output.out(`${plan.size - failed} exported, ${failed} failed (${seconds} s)`);
  }
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
