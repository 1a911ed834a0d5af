/**
 * Electronegativity over the desktop shell, offline, failing on any finding the allow-list does not explain.
 *   npx tsx scripts/electronegativity.ts            (exit 1 on an unexplained finding, a stale entry or a parse error)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHELL_DIR = path.join(ROOT, 'electron');
export const ALLOW_LIST = path.join(SHELL_DIR, 'electronegativity-allowlist.json');

/** These checks download data (the list of Electron releases); the scan stays offline without them. */
const NETWORK_CHECKS = ['availablesecurityfixesglobalcheck'];

const AllowListSchema = z.array(
  z.object({ id: z.string().min(1), file: z.string().min(1), reason: z.string().trim().min(20, 'say why, in a sentence') }).strict(),
);
export type AllowEntry = z.infer<typeof AllowListSchema>[number];

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  description: string;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  description: string;
}
interface RawReport {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RawReport>;

const require = createRequire(import.meta.url);

/** The tool fetches translations from the network when it starts; a stand-in for its HTTP client fails at once. */
function loadRunner(): Runner {
  const tool = createRequire(require.resolve('@doyensec/electronegativity'));
  const gotPath = tool.resolve('got');
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network access here'));
  require.cache[gotPath] ??= { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return tool('./runner.js') as Runner;
}

export function readAllowList(file = ALLOW_LIST): AllowEntry[] {
  return AllowListSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface ScanResult {
  findings: Finding[];
  unexplained: Finding[];
  stale: AllowEntry[];
  parseErrors: string[];
}

/** Scans `dir` (the shell by default) with every offline check, for the Electron version the project pins. */
export async function scanShell(dir = SHELL_DIR, allowList = readAllowList()): Promise<ScanResult> {
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const report = await loadRunner()(
    { input: dir, isRelative: true, excludeFromScan: NETWORK_CHECKS, electronVersionOverride: electronVersion, parserPlugins: [] },
    false,
  );
  const findings = report.issues.map((i) => ({ id: i.id, file: i.file, line: i.location.line, severity: i.severity.name, description: i.description }));
  const explains = (entry: AllowEntry, f: Finding) => entry.id === f.id && entry.file === f.file;
  return {
    findings,
    unexplained: findings.filter((f) => !allowList.some((entry) => explains(entry, f))),
    stale: allowList.filter((entry) => !findings.some((f) => explains(entry, f))),
    parseErrors: report.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
  };
}

async function main(): Promise<number> {
  const result = await scanShell();
  for (const f of result.unexplained) console.error(`unexplained: ${f.id} (${f.severity}) ${f.file}:${f.line} — ${f.description}`);
  for (const e of result.stale) console.error(`stale allow-list entry (no longer found): ${e.id} in ${e.file}`);
  for (const e of result.parseErrors) console.error(`not scanned (parse error): ${e}`);
  const failed = result.unexplained.length + result.stale.length + result.parseErrors.length;
  console.log(`electronegativity: ${result.findings.length} findings, ${result.findings.length - result.unexplained.length} explained in ${path.relative(ROOT, ALLOW_LIST)}, ${failed} problems`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
