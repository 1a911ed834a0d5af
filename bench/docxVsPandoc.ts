/**
 * `npm run bench` (part): `briefing export large --docx`, whole process, against Pandoc converting an equivalent
 * Markdown document with the same photos to DOCX (the anchor, measured in the same run). Target (issue 11):
 * ratio ≤ 0.3. Skipped with a note when pandoc is not installed (Debian: apt-get install pandoc).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blockText, type Briefing, type RichText } from '../core/model/index.ts';
import { saveBriefing } from '../core/node/briefingFile.ts';
import { largeDocument } from '../tests/fixtures/large.ts';

const plain = (rich: RichText) => rich.map(blockText).join('\n\n');

/** The same content as Markdown: title, attendee table, each section's heading, text and photos. */
function markdownOf(briefing: Briefing): string {
  const out = [`# ${briefing.meta.title}`, '', '| Name | Title |', '|---|---|', ...briefing.attendees.map((a) => `| ${a.name} | ${a.title ?? ''} |`), ''];
  const photo = (id: string) => {
    const item = briefing.media.find((m) => m.id === id);
    return item ? [`![${item.caption ?? ''}](${id}.jpg)`, ''] : [];
  };
  for (const section of briefing.sections) {
    out.push(`## ${'heading' in section && section.heading ? section.heading : section.type}`, '');
    if (section.type === 'text') out.push(plain(section.body), '');
    if (section.type === 'sites') for (const site of section.sites) out.push(`### ${site.name}`, '', plain(site.description), '', ...site.photoIds.flatMap(photo));
    if (section.type === 'remarks') for (const remark of section.remarks) out.push(plain(remark.body), '');
    if (section.type === 'photos') out.push(...section.photoIds.flatMap(photo));
  }
  return out.join('\n');
}

function wall(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const pandoc = spawnSync('pandoc', ['--version']).status === 0;
console.log('\nDOCX, whole process: briefing export (100 pages, 40 photos) vs Pandoc on the same content as Markdown');
if (!pandoc) {
  console.log('  skipped: pandoc is not installed (apt-get install pandoc)');
} else {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-pandoc-'));
  try {
    const doc = largeDocument({ pages: 100, photos: 40 });
    const input = path.join(work, 'large.briefing');
    await saveBriefing(input, doc);
    for (const [id, bytes] of doc.media) writeFileSync(path.join(work, `${id}.jpg`), bytes);
    writeFileSync(path.join(work, 'large.md'), markdownOf(doc.briefing));
    const bin = path.resolve('cli/bin/briefing.mjs');
    wall(process.execPath, [bin, 'validate', input], work); // the CLI compiled, as after a first run
    const ours = median([0, 1, 2].map(() => wall(process.execPath, [bin, 'export', input, '--docx', path.join(work, 'ours.docx')], work)));
    const theirs = median([0, 1, 2].map(() => wall('pandoc', ['large.md', '-o', 'pandoc.docx'], work)));
    console.log(`  briefing export --docx: ${ours.toFixed(2)} s; pandoc: ${theirs.toFixed(2)} s; ratio ${(ours / theirs).toFixed(2)} (target ≤ 0.30)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
