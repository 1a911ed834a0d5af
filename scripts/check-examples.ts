/**
 * The engine issue's acceptance check, run by CI after the tests: on a clean checkout, `npx briefing export`
 * turns both examples into DOCX and PDF, LibreOffice opens each DOCX, poppler reads each PDF, and every
 * attendee's name appears in both, in protocol order.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseBriefingText } from '../core/model/index.ts';

const EXAMPLES = ['examples/guangxi-visit/briefing.json', 'examples/industry-visit-zh/briefing.json'];
const squash = (text: string) => text.replace(/\s+/g, '');

function namesInOrder(text: string, names: string[]): string | undefined {
  let at = 0;
  for (const name of names) {
    const found = squash(text).indexOf(squash(name), at);
    if (found < 0) return name;
    at = found;
  }
  return undefined;
}

const work = mkdtempSync(path.join(tmpdir(), 'briefing-examples-'));
let failures = 0;
try {
  for (const example of EXAMPLES) {
    const parsed = parseBriefingText(readFileSync(example, 'utf8'));
    if (!parsed.ok) throw new Error(`${example} is not a valid briefing`);
    const names = parsed.value.attendees.map((a) => a.name);
    const stem = path.basename(path.dirname(example));
    const docx = path.join(work, `${stem}.docx`);
    const pdf = path.join(work, `${stem}.pdf`);
    execFileSync('npx', ['briefing', 'export', example, '--docx', docx, '--pdf', pdf], { stdio: 'inherit' });
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/lo-profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', work, docx], { stdio: 'ignore' });
    const docxText = readFileSync(path.join(work, `${stem}.txt`), 'utf8');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
    for (const [reader, text] of [['LibreOffice (DOCX)', docxText], ['pdftotext (PDF)', pdfText]] as const) {
      const missing = namesInOrder(text, names);
      if (missing) {
        failures += 1;
        console.error(`FAIL ${example}: ${reader} does not show "${missing}" in order`);
      } else {
        console.log(`ok   ${example}: ${reader} shows all ${names.length} names in order`);
      }
    }
    console.log(`     ${example}: PDF has ${pages} pages`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`example checks: ${EXAMPLES.length * 2 - failures} of ${EXAMPLES.length * 2} good`);
process.exitCode = failures > 0 ? 1 : 0;
