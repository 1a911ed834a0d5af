import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    // PDF, LibreOffice and end-to-end tests drive real browsers and office suites; two cores, so keep it calm.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'components', include: ['renderer/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
    ],
  },
});
