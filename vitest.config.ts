import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { SlowFirstSequencer } from './test/helpers/sequencer.js';
import { keepCaBundleForPublicNetwork, skipUnusedPytestPlugins, useMemoryTmpdir } from './test/helpers/suite-env.js';

// The environment every test and child process sees (test/helpers/suite-env.ts): temporary
// files in memory where the machine has /dev/shm; no pytest plugin the suite never uses; no CA
// bundle for node to parse at every start but where a test reaches the public npm registry.
useMemoryTmpdir();
skipUnusedPytestPlugins();
keepCaBundleForPublicNetwork();

/**
 * The integration project: files that run the built dist/ (as the runner or a user runs it), a
 * daemon or cluster stand-in with real clients (Docker engine, registry, kubectl), or minutes of
 * CPU. Everything else is the unit project (`npm run test:unit`): no daemons, no dist/, fast.
 * A new test that runs dist/ or a daemon belongs here; the runner helpers refuse a stale dist/.
 */
const INTEGRATION = [
  'test/front-doors.test.ts',
  'test/*/action.test.ts',
  'test/deploy/action-errors.test.ts',
  'test/notify/cli.test.ts',
  'test/notify/slack-bot.test.ts',
  'test/workflows/demo.test.ts',
  'test/docker/engine.test.ts',
  'test/deploy/simulator.test.ts',
  'test/workflows/example-service.test.ts',
  'test/lint/engine.test.ts',
  'test/coverage/real-tools.test.ts',
  'test/coverage/streaming.test.ts',
  'test/coverage/comment-id.test.ts',
  'test/faults/workflow-commands.test.ts',
  'test/faults/docker.test.ts',
  'test/faults/notify.test.ts',
  'test/faults/lint.test.ts',
  'test/faults/deploy.test.ts',
  'test/faults/perf.test.ts',
  'test/perf/formats.test.ts',
  'test/perf/engine.test.ts',
  'test/perf/comment.test.ts',
  'test/workflows/run-templates.test.ts',
  'test/workflows/run-node-template.test.ts',
  'test/workflows/run-cd.test.ts',
  'test/workflow-executor/e2e.test.ts',
  'test/ecosystem/local-action.test.ts',
  'test/docker/engine-buildkit.test.ts',
  'test/docker/engine-rules.test.ts',
  'test/shard/overhead.test.ts',
  'test/deploy/bluegreen.test.ts',
  'test/deploy/canary.test.ts',
  'test/deploy/github.test.ts',
  'test/deploy/overlap-progressive.test.ts',
  'test/deploy/overlap.test.ts',
  'test/deploy/verify.test.ts',
  'test/deploy/workloads.test.ts',
];

/**
 * Most of the suite waits (on child processes, simulated rollouts, registries), so it runs
 * more files than there are cores; vitest's default on a 2-core machine is one file at a time.
 */
const workers = Math.max(4, availableParallelism() * 2);

/**
 * The @actions/* workflow packages import JSON without import attributes, so they are inlined
 * (transformed by vite); their published source maps point at sources they do not ship, which
 * vite reports once per module. Loading them without the map keeps the test output clean.
 */
const inlined = /\/node_modules\/@actions\/(languageservice|workflow-parser|expressions)\//;
const withoutForeignSourceMaps: Plugin = {
  name: 'shipline:no-foreign-source-maps',
  enforce: 'pre',
  load(id) {
    const file = id.split('?')[0];
    if (!inlined.test(file) || !file.endsWith('.js')) return null;
    return { code: readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null };
  },
};

export default defineConfig({
  plugins: [withoutForeignSourceMaps],
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: workers,
    sequence: { sequencer: SlowFirstSequencer },
    server: { deps: { inline: [/@actions\/languageservice/, /@actions\/workflow-parser/, /@actions\/expressions/] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...INTEGRATION],
          // A worker runs unit file after unit file without a fresh module graph: about 20 s less
          // CPU a run on this 2-core machine. So a unit file leaves nothing behind (it restores
          // process.env, closes its servers); and a hook a shared helper registers at its top
          // level (test/deploy/helpers.ts closes simulators) may bind to the first file of a
          // worker that imports it: today one unit file does (test/deploy/cancel.test.ts).
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: INTEGRATION, globalSetup: ['test/helpers/dist.ts'] },
      },
    ],
  },
});
