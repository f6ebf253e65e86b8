import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runTool, specInputs } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { tool } from '../../src/stats/tool.js';
import type { HistorySimulator, HJob } from './github-history.js';

export const NOW = Date.parse('2026-11-30T00:00:00Z');
export const at = (s: string) => Date.parse(`2026-${s}Z`);

/** Run `shipline stats` in-process through the one boundary, against the simulator, at NOW. */
export async function runStats(
  sim: HistorySimulator,
  inputs: Record<string, string>,
  opts: { signal?: AbortSignal; cwd?: string; token?: string; now?: number } = {},
) {
  const cwd = opts.cwd ?? mkdtempSync(join(tmpdir(), 'stats-'));
  const masker = new Masker();
  const logger = new MemoryLogger(masker);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    RUNNER_TEMP: cwd,
    GITHUB_API_URL: sim.base,
    GITHUB_REPOSITORY: sim.repository,
  };
  const all: Record<string, string> = { token: opts.token ?? 'ghs_test', since: '7d', environment: '', ...inputs };
  const ctx = createContext({ frontDoor: 'cli', env, logger, masker, cwd, signal: opts.signal });
  ctx.now = () => opts.now ?? NOW;
  const outcome = await runTool(
    tool as never,
    specInputs(tool.inputs, (n) => all[n], 'cli', masker),
    ctx,
    undefined,
  );
  return {
    exitCode: outcome.exitCode,
    outputs: outcome.result?.outputs ?? {},
    failure: outcome.result?.failure,
    log: logger.lines.join('\n'),
    summary: ctx.summary.toString(),
    cwd,
  };
}

const job = (name: string, conclusion: string, seconds: number, queueS = 0, steps?: HJob['steps']): HJob => ({
  name,
  conclusion,
  seconds,
  queueS,
  steps,
});

/**
 * The small history whose every figure is worked out by hand in stats.test.ts: workflow ci with
 * five runs in the window (a re-run that passed, a failure then a passing new run of the same
 * commit, a cancelled run, matrix jobs, skipped and cancelled jobs), three in the previous
 * window, workflow deploy with one run, and six deployments to production.
 */
export function smallHistory(sim: HistorySimulator): void {
  sim.workflows.push(
    { id: 1, name: 'ci', path: '.github/workflows/ci.yml' },
    { id: 2, name: 'deploy', path: '.github/workflows/deploy.yml' },
    { id: 3, name: 'old', path: '.github/workflows/old.yml', state: 'disabled_manually' },
  );
  const ok = (seconds: number, jobs: HJob[], startS = 0) => ({ startS, seconds, conclusion: 'success', jobs });
  const fail = (seconds: number, jobs: HJob[], startS = 0) => ({ startS, seconds, conclusion: 'failure', jobs });
  sim.runs.push(
    // previous window
    {
      id: 1,
      workflowId: 1,
      sha: 'p1',
      createdMs: at('11-17T10:00:00'),
      attempts: [ok(200, [job('lint', 'success', 60)])],
    },
    {
      id: 2,
      workflowId: 1,
      sha: 'p2',
      createdMs: at('11-18T10:00:00'),
      attempts: [fail(400, [job('lint', 'failure', 60)])],
    },
    {
      id: 3,
      workflowId: 1,
      sha: 'p3',
      createdMs: at('11-19T10:00:00'),
      attempts: [fail(250, [job('lint', 'failure', 60)]), ok(300, [job('lint', 'success', 60)], 900)],
    },
    // this window
    {
      id: 11,
      workflowId: 1,
      sha: 'a1',
      createdMs: at('11-24T10:00:00'),
      commitMs: at('11-24T09:00:00'),
      attempts: [
        ok(
          300,
          [
            job('lint', 'success', 60, 5),
            job('test (ubuntu, 20)', 'success', 200, 20),
            job('test (macos, 20)', 'success', 240, 40),
            job('deploy', 'skipped', 0),
          ],
          10,
        ),
      ],
    },
    {
      id: 12,
      workflowId: 1,
      sha: 'a2',
      createdMs: at('11-25T10:00:00'),
      attempts: [
        fail(400, [
          job('lint', 'success', 60, 5),
          job('test (ubuntu, 20)', 'failure', 180, 10, [
            { name: 'Set up job', conclusion: 'success', seconds: 10 },
            { name: 'Run tests', conclusion: 'failure', seconds: 170 },
          ]),
          job('test (macos, 20)', 'success', 200, 10),
        ]),
        ok(
          500,
          [
            job('lint', 'success', 60),
            job('test (ubuntu, 20)', 'success', 240, 30),
            job('test (macos, 20)', 'success', 200),
          ],
          1000,
        ),
      ],
    },
    {
      id: 13,
      workflowId: 1,
      sha: 'a3',
      createdMs: at('11-26T10:00:00'),
      attempts: [
        fail(600, [
          job('lint', 'failure', 120),
          job('test (ubuntu, 20)', 'cancelled', 50),
          job('test (macos, 20)', 'skipped', 0),
        ]),
      ],
    },
    {
      id: 14,
      workflowId: 1,
      sha: 'a3',
      createdMs: at('11-27T10:00:00'),
      attempts: [
        ok(200, [
          job('lint', 'success', 60, 15),
          job('test (ubuntu, 20)', 'success', 100),
          job('test (macos, 20)', 'success', 100),
        ]),
      ],
    },
    {
      id: 15,
      workflowId: 1,
      sha: 'a5',
      createdMs: at('11-28T10:00:00'),
      commitMs: at('11-28T09:00:00'),
      attempts: [{ startS: 0, seconds: 50, conclusion: 'cancelled', jobs: [job('lint', 'cancelled', 50)] }],
    },
    {
      id: 21,
      workflowId: 2,
      sha: 'a4',
      createdMs: at('11-29T10:00:00'),
      commitMs: at('11-26T06:00:00'),
      attempts: [ok(120, [job('deploy', 'success', 100)])],
    },
  );
  const dep = (id: number, sha: string, created: string, statuses: Array<[string, string, string?]>) =>
    sim.deployments.push({
      id,
      sha,
      environment: 'production',
      createdMs: at(created),
      statuses: statuses.map(([state, t, description]) => ({ state, atMs: at(t), description })),
    });
  dep(1, 'p1', '11-17T12:00:00', [['success', '11-17T12:10:00']]);
  dep(2, 'a1', '11-24T12:00:00', [['success', '11-24T12:05:00']]);
  dep(3, 'a2', '11-25T20:00:00', [
    ['in_progress', '11-25T20:00:00'],
    ['failure', '11-25T20:10:00', 'deployment/api rolled back to revision 4'],
  ]);
  dep(4, 'a4', '11-26T08:00:00', [
    ['success', '11-26T08:10:00'],
    ['inactive', '11-27T09:06:00'],
  ]);
  dep(5, 'a1', '11-27T09:00:00', [['success', '11-27T09:06:00']]);
  dep(6, 'a5', '11-28T12:00:00', [['success', '11-28T12:20:00']]);
}

const xml = (cases: Array<[string, string, boolean]>) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="suite" tests="${cases.length}">\n${cases
    .map(
      ([file, name, failed]) =>
        `<testcase classname="${file}" name="${name}" file="${file}" time="0.1">${failed ? '<failure message="expected 1 to be 2"/>' : ''}</testcase>`,
    )
    .join('\n')}\n</testsuite>\n</testsuites>\n`;

/** JUnit reports by commit: tests/math.test.ts::adds fails then passes on a2 (new), old.test.ts flaked on p3. */
export function junitFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stats-junit-'));
  const put = (group: string, file: string, cases: Array<[string, string, boolean]>) => {
    mkdirSync(join(dir, group), { recursive: true });
    writeFileSync(join(dir, group, file), xml(cases));
  };
  put('a2', 'shard-1.xml', [
    ['tests/math.test.ts', 'adds', true],
    ['tests/math.test.ts', 'subtracts', false],
  ]);
  put('a2', 'shard-1-retry.xml', [['tests/math.test.ts', 'adds', false]]);
  put('a3', 'shard-2.xml', [
    ['tests/io.test.ts', 'reads', false],
    ['tests/math.test.ts', 'adds', false],
  ]);
  put('p3', 'shard-1.xml', [['tests/old.test.ts', 'flakes', true]]);
  put('p3', 'shard-1-retry.xml', [['tests/old.test.ts', 'flakes', false]]);
  return dir;
}
