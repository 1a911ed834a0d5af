/**
 * A DOCX as LibreOffice lays it out: a headless conversion to PDF with a fresh profile. With `fontconfig`, the
 * conversion sees the fontconfig rules the project ships (fonts/fontconfig), as a machine with them installed
 * would (.ci/run installs them); the system's own configuration is included after them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../core/node/paths.ts';

export const PROJECT_FONTCONFIG = path.join(PACKAGE_ROOT, 'fonts', 'fontconfig', '61-briefing-composer-cjk.conf');

export async function libreOfficePdf(docx: Uint8Array, options: { fontconfig?: boolean } = {}): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bc-lo-'));
  try {
    writeFileSync(path.join(dir, 'doc.docx'), docx);
    const env = { ...process.env };
    if (options.fontconfig) {
      const conf = path.join(dir, 'fonts.conf');
      writeFileSync(
        conf,
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>' +
          `<include>${PROJECT_FONTCONFIG}</include><include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>`,
      );
      env.FONTCONFIG_FILE = conf;
    }
    await promisify(execFile)(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'doc.docx')],
      { timeout: 110_000, env },
    );
    return new Uint8Array(readFileSync(path.join(dir, 'doc.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
