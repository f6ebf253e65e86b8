// GitHub's own local runner, @github/local-action, runs every shipline action through its
// source entry (src/actions/local-action.ts) with @actions/core stubbed, and sees the outputs
// the action set: the adapter's toolkit protocol goes through @actions/core.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistorySimulator } from '../stats/github-history.js';
import { smallHistory } from '../stats/helpers.js';
import { TOOLS } from '../../src/tools.js';
import { kubeEnv } from '../deploy/helpers.js';
import { startSimulator, type K8sSimulator } from '../deploy/k8s-simulator/server.js';
import { makeContext } from '../docker/real-registry.js';
import { TestRepo } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';
import { repo as perfRepo } from '../perf/helpers.js';

const run = promisify(execFile);
const ENTRY = '../../src/actions/local-action.ts';
const SHA = 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0';
let sim: K8sSimulator;

/** A dotenv file as local-action reads it: values double-quoted, newlines as \n. */
function dotenv(vars: Record<string, string>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'local-action-env-')), '.env');
  const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  writeFileSync(
    file,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join('\n') + '\n',
  );
  return file;
}

/** local-action's "Action Outputs" table: │ 0 │ 'name' │ 'value' │ */
function outputsOf(stdout: string): Record<string, string> {
  const at = stdout.lastIndexOf('Action Outputs');
  const out: Record<string, string> = {};
  for (const m of stdout.slice(at).matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'(.*?)'\s*│/g)) out[m[1]] = m[2];
  return out;
}

/** Inputs and environment that make each action do its work quickly, without a network. */
function scenario(id: string): { vars: Record<string, string>; expect: Record<string, string | RegExp> } {
  const ws = mkdtempSync(join(tmpdir(), `local-action-${id}-`));
  const base = {
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: join(ws, 'summary.md'),
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_REF: 'refs/heads/main',
  };
  switch (id) {
    case 'lint-gate':
      return {
        vars: { ...base, INPUT_CHECKS: '- name: ok\n  run: echo ok\n', 'INPUT_CHANGED-ONLY': 'false' },
        expect: { result: 'passed', 'failed-checks': '[]' },
      };
    case 'shard':
      for (const f of ['a', 'b', 'c']) writeFileSync(join(ws, `${f}.test.ts`), 'test\n');
      return { vars: { ...base, INPUT_TESTS: '*.test.ts', INPUT_SHARDS: '2' }, expect: { 'shard-count': '2' } };
    case 'coverage-gate': {
      const repo = new TestRepo();
      copyFileSync(join(ROOT, 'test/fixtures/coverage/vitest/lcov.info'), join(repo.dir, 'lcov.info'));
      repo.commit('c');
      return {
        vars: { ...base, GITHUB_WORKSPACE: repo.dir, INPUT_FILES: 'lcov.info' },
        expect: { passed: 'true', lines: /^\d+\.\d\d$/ },
      };
    }
    case 'docker-build':
      return {
        vars: { ...base, GITHUB_WORKSPACE: makeContext(), INPUT_IMAGE: 'ghcr.io/acme/api', 'INPUT_DRY-RUN': 'true' },
        expect: { image: `ghcr.io/acme/api:${SHA}`, skipped: 'false' },
      };
    case 'k8s-deploy': {
      const env = kubeEnv();
      const kubeconfig = join(env.HOME, 'kubeconfig');
      writeFileSync(kubeconfig, sim.kubeconfig('default'), { mode: 0o600 });
      return {
        vars: {
          ...base,
          ...env,
          KUBECONFIG: kubeconfig,
          INPUT_DEPLOYMENTS: 'api/app',
          INPUT_IMAGE: 'ghcr.io/acme/api:v2',
          'INPUT_DRY-RUN': 'true',
        },
        expect: { result: 'dry-run', revision: '2', 'previous-revision': '1' },
      };
    }
    case 'notify':
      return {
        vars: {
          ...base,
          INPUT_STATUS: 'success',
          INPUT_WHEN: 'failure',
          'INPUT_WEBHOOK-URL': 'https://hooks.example.invalid/x',
        },
        expect: { sent: 'false', status: 'success' },
      };
    case 'perf-gate': {
      // Same costs on both sides: a real base checkout, real rounds, nothing regressed.
      const { r, base: baseSha } = perfRepo({ BenchmarkA: 300 }, { BenchmarkA: 300 });
      return {
        vars: {
          ...base,
          GITHUB_WORKSPACE: r.dir,
          GITHUB_SHA: r.head(),
          // The benchmark program keeps its per-run noise counter there.
          RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'local-action-perf-temp-')),
          INPUT_COMMAND: 'node bench.mjs',
          INPUT_FORMAT: 'go',
          INPUT_BASE: baseSha,
          INPUT_ROUNDS: '4',
          INPUT_SEED: '3',
        },
        expect: { result: 'passed', regressions: '[]' },
      };
    }
    case 'pipeline-health':
      // The GitHub API history simulator of test/stats, with its small hand-checked history.
      return {
        vars: {
          ...base,
          GITHUB_WORKSPACE: mkdtempSync(join(tmpdir(), 'local-action-stats-')),
          GITHUB_API_URL: history.base,
          GITHUB_REPOSITORY: history.repository,
          INPUT_TOKEN: 'ghs_reader',
          INPUT_SINCE: '2026-11-23T00:00:00Z',
          INPUT_WORKFLOWS: 'ci.yml',
          INPUT_ENVIRONMENT: 'none',
        },
        expect: { runs: '5', 'success-rate': '75', 'flaky-runs': '2' },
      };
    default:
      throw new Error(`no local-action scenario for ${id}: add one`);
  }
}

const history = new HistorySimulator();
beforeAll(async () => {
  await history.start();
  smallHistory(history);
  sim = await startSimulator();
  sim.seed({ name: 'api', replicas: 1, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
});
afterAll(async () => {
  history.close();
  await sim?.close();
});

/**
 * local-action asks `npm ls <the packages it stubs> --json --long` of this repository on every
 * run, the same question with the same answer (seconds of npm each time, most of a run). An
 * `npm` first on PATH answers it from the first real answer (keyed on the arguments, one
 * computation under a lock) and hands every other npm command to the real npm.
 */
function npmLsOnce(): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-npm-'));
  const realNpm = execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(dir, 'npm'),
    `#!/bin/bash
if [ "$1" = ls ]; then
  key="${dir}/ls-$(printf '%s ' "$@" "$PWD" | sha256sum | cut -c1-16)"
  exec 9>"$key.lock"; flock 9
  if [ ! -f "$key.status" ]; then "${realNpm}" "$@" > "$key.json"; echo $? > "$key.status"; fi
  cat "$key.json"
  exit "$(cat "$key.status")"
fi
exec "${realNpm}" "$@"
`,
  );
  chmodSync(join(dir, 'npm'), 0o755);
  return { path: `${dir}:${process.env.PATH ?? ''}`, dir };
}

describe('@github/local-action runs each action', () => {
  // local-action spends its time in its own `npm ls` of this repository (asked once, see
  // npmLsOnce) and compiling with tsx: two runs at a time (more only contend for two cores).
  let results: Record<string, { stdout: string; code: number; expect: Record<string, string | RegExp> }> = {};
  const npm = npmLsOnce();
  afterAll(() => rmSync(npm.dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const one = async (t: { id: string }) => {
      const s = scenario(t.id);
      try {
        const r = await run(
          join(ROOT, 'node_modules/.bin/local-action'),
          ['run', `actions/${t.id}`, ENTRY, dotenv(s.vars)],
          {
            cwd: ROOT,
            env: { ...process.env, FORCE_COLOR: '0', PATH: npm.path },
            maxBuffer: 32 * 1024 * 1024,
          },
        );
        return [t.id, { stdout: r.stdout, code: 0, expect: s.expect }] as const;
      } catch (e) {
        const err = e as { stdout?: string; code?: number };
        return [t.id, { stdout: err.stdout ?? String(e), code: err.code ?? 1, expect: s.expect }] as const;
      }
    };
    const queue = [...TOOLS];
    const runs: Array<Awaited<ReturnType<typeof one>>> = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let t = queue.shift(); t; t = queue.shift()) runs.push(await one(t));
      }),
    );
    results = Object.fromEntries(runs);
  }, 400_000);

  it.each(TOOLS.map((t) => t.id))('%s: runs and its outputs are seen', (id) => {
    const r = results[id];
    expect(r.code, r.stdout.slice(-3000)).toBe(0);
    const outputs = outputsOf(r.stdout);
    for (const [k, v] of Object.entries(r.expect))
      if (v instanceof RegExp) expect(outputs[k], `${id} output ${k}`).toMatch(v);
      else expect(outputs[k], `${id} output ${k}`).toBe(v);
  });
});
