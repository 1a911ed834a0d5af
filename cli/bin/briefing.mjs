#!/usr/bin/env node
// The `briefing` command. The CLI is TypeScript; it runs straight after `npm ci` with no build step: the first
// run compiles it once into node_modules/.cache (compiledCli.mjs), later runs start from that in plain Node.
// Where it cannot be compiled (no esbuild, a read-only install), tsx's loader runs the sources.
import module from 'node:module';
import { compiledCli } from './compiledCli.mjs';

// Node 22+ keeps V8's compiled code of the modules between runs (the docx library alone is a megabyte).
module.enableCompileCache?.();

const compiled = await compiledCli();
let main;
if (compiled) {
  ({ main } = await import(compiled));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
