import { parseArgs } from 'node:util';
import { PageSizeNameSchema, type PageSizeName } from '../../core/template/index.ts';
import { UsageError } from '../exitCodes.ts';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportArgs {
  inputs: string[];
  template?: string;
  /** Explicit output files (one input only). */
  files: Partial<Record<Format, string>>;
  /** Or: a folder and the formats to write there, one set per input. */
  outDir?: string;
  formats: Format[];
  pageSize?: PageSizeName;
  /** Replace an output file even if someone else changed it while this export ran. */
  force: boolean;
}

function parseFormats(text: string): Format[] {
  const formats = text.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0) throw new UsageError(`--format: unknown format "${unknown.join(', ')}" (use docx, pdf, html)`);
  return [...new Set(formats)] as Format[];
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      template: { type: 'string' },
      docx: { type: 'string' },
      pdf: { type: 'string' },
      html: { type: 'string' },
      'out-dir': { type: 'string' },
      format: { type: 'string' },
      'page-size': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('export: name at least one input (.briefing or .json)');
  const files: ExportArgs['files'] = {};
  for (const format of FORMATS) {
    const file = values[format];
    if (file !== undefined) files[format] = file;
  }
  const hasFiles = Object.keys(files).length > 0;
  const outDir = values['out-dir'];
  if (hasFiles && outDir) throw new UsageError('export: use either --docx/--pdf/--html or --out-dir, not both');
  if (hasFiles && positionals.length > 1) {
    throw new UsageError('export: --docx/--pdf/--html name one output file; with several inputs use --out-dir DIR --format docx,pdf');
  }
  if (!hasFiles && !outDir) throw new UsageError('export: say where to write: --docx FILE, --pdf FILE, --html FILE or --out-dir DIR');
  if (values.format && !outDir) throw new UsageError('export: --format goes with --out-dir');
  let pageSize: PageSizeName | undefined;
  if (values['page-size'] !== undefined) {
    const parsed = PageSizeNameSchema.safeParse(values['page-size']);
    if (!parsed.success) throw new UsageError(`--page-size: expected A4 or Letter, got "${values['page-size']}"`);
    pageSize = parsed.data;
  }
  return {
    inputs: positionals,
    ...(values.template ? { template: values.template } : {}),
    files,
    ...(outDir ? { outDir } : {}),
    formats: outDir ? parseFormats(values.format ?? 'docx,pdf') : (Object.keys(files) as Format[]),
    ...(pageSize ? { pageSize } : {}),
    force: values.force === true,
  };
}
