import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tempBriefings.ts';

const run = (root: string, ...args: string[]) => execFileSync(process.execPath, [path.join(root, 'cli', 'bin', 'briefing.mjs'), ...args], { encoding: 'utf8' });

/** A copy of the CLI's sources beside the repository's packages, as an install would have them. */
function installedCopy(): string {
  const root = tempDir('briefing-cli-copy-');
  for (const dir of ['cli', 'core', 'templates']) cpSync(dir, path.join(root, dir), { recursive: true });
  cpSync('package.json', path.join(root, 'package.json'));
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  return root;
}

describe('the installed briefing command', () => {
  it('compiles itself once and then runs the compiled copy, giving the same answers', () => {
    const root = installedCopy();
    const input = path.resolve('examples/guangxi-visit/briefing.json');
    const first = run(root, 'validate', input);
    const cached = readdirSync(path.join(root, 'node_modules', '.cache', 'briefing-cli'));
    expect(run(root, 'validate', input)).toBe(first);
    expect(first).toContain('valid (format 3');
    // Templates are found from the sources' place, not the cache's.
    expect(run(root, 'templates')).toContain(path.join(root, 'templates', 'cn-work-briefing'));
    expect(readdirSync(path.join(root, 'node_modules', '.cache', 'briefing-cli'))).toEqual(cached);
  });

  it('never runs a stale build: an edited source is compiled again', () => {
    const root = installedCopy();
    expect(run(root, '--help')).toContain('Usage:');
    const usage = path.join(root, 'cli', 'usage.ts');
    writeFileSync(usage, readFileSync(usage, 'utf8').replace('Usage:', 'Gebrauch:'));
    expect(run(root, '--help')).toContain('Gebrauch:');
  });
});
