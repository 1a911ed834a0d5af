// The import rules of ../shared/ARCHITECTURE.md ("Rooms and doors"), enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiAndShell = ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'slate-react'];
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads'];
const heavyNodeOnly = ['playwright-core', 'playwright-core/*', 'tsx', 'tsx/*'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-artifacts/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Chinese text uses the ideographic space (U+3000) on purpose, in strings and in comments about them.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure domain: portable, no file system, no UI, no shell. core/check (the briefing checker) is in it too:
    // the editor runs it in the page or a worker.
    files: ['core/**/*.ts'],
    ignores: ['core/node/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict(
      [...uiAndShell, ...nodeBuiltins, ...heavyNodeOnly, '**/node/**', '../node/*', '../../node/*'],
      'core/model, core/template, core/export and core/check stay pure: file and process access belongs in core/node.',
    ),
  },
  {
    files: ['core/node/**/*.ts'],
    rules: restrict(uiAndShell, 'core/node is the file/process edge of core; it never imports the UI or the shell.'),
  },
  {
    files: ['cli/**/*.ts', 'cli/**/*.mjs'],
    rules: restrict(
      [...uiAndShell, '**/renderer/**', '**/electron/**'],
      'The CLI is a headless client of core.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The build config runs in Node at build time; it is not renderer code.
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, '**/core/node/**', '**/electron/**'],
      'The renderer talks to the host only through window.briefing.',
    ),
  },
  {
    // The sandboxed preload bridges exactly the IPC channel list: no Node, no schemas, no core runtime.
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, 'zod', '**/core/model/**', '**/core/template/**', '**/core/export/**', '**/core/node/**', '**/renderer/**'],
      'The preload imports only electron and core/ipc/channels.ts.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload/**'],
    rules: restrict(['**/renderer/**', 'react', 'react-dom', 'slate-react'], 'The shell never imports the renderer.'),
  },
);
