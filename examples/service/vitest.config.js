// The suites are written for node:test (`npm test`, the demo). The Node workflow template's
// default test command is vitest (`npm i -D vitest @vitest/coverage-v8`): under vitest,
// node:test's describe/it/before/after are vitest's own, and no per-test time limit applies
// (node:test has none; the load suite is slow on purpose).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { 'node:test': fileURLToPath(new URL('./vitest.node-test.js', import.meta.url)) } },
  test: { testTimeout: 0, hookTimeout: 0 },
});
