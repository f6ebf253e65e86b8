import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { available, needs } from '../helpers/real.js';
import { publicNetworkEnv } from '../helpers/suite-env.js';
import { ROOT } from './lib.js';
import { CLI, repo, run, template } from './templates-run.js';

// The Node template on examples/service, unedited: the install step is a real `npm ci` of the
// lock file's vitest and @vitest/coverage-v8, and the tests run under vitest (the template's
// default command). npm's download cache is shared by this file's runs (and its next runs),
// keyed on the lock file: one download, then every install step reads it.
const lock = readFileSync(join(ROOT, 'examples/service/package-lock.json'));
// HOME is a folder of its own: its ~/.npm is the download cache (npm's default), and the
// template's dependency cache saves that, not the host's whole ~/.npm.
const npmEnv = {
  HOME: join(tmpdir(), `shipline-npm-home-${createHash('sha256').update(lock).digest('hex').slice(0, 16)}`),
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // The one download reaches the public npm registry (the suite's environment leaves the CA out).
  ...publicNetworkEnv(),
};
const hasNpm = existsSync(CLI) && available('sh', ['-c', 'command -v npm']);

describe('node-service.yml on examples/service through shipline workflow run', () => {
  // Inside the checkout: the service's eslint.config.js resolves @eslint/js from shipline's
  // node_modules (a team's repository has it from its install step).
  let base = '';
  beforeAll(() => {
    if (!hasNpm) return;
    mkdirSync(join(ROOT, '.shipline-out'), { recursive: true });
    base = mkdtempSync(join(ROOT, '.shipline-out', 'node-template-'));
    mkdirSync(npmEnv.HOME, { recursive: true });
    const warm = join(base, 'warm');
    mkdirSync(warm);
    for (const f of ['package.json', 'package-lock.json']) cpSync(join(ROOT, 'examples/service', f), join(warm, f));
    const r = spawnSync('npm', ['ci', '--ignore-scripts'], {
      cwd: warm,
      env: { ...process.env, ...npmEnv },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`npm ci (the one download): ${r.stderr}`);
  }, 300_000);
  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });
  const nodeRun = (event: string) => {
    const dir = repo({ '.github/workflows/pipeline.yml': template('node') }, { service: '.' });
    const r = run(dir, event, { out: join(base, event), env: npmEnv });
    rmSync(dir, { recursive: true, force: true });
    return r;
  };

  for (const event of ['push', 'pull_request'])
    needs('the built CLI and npm (the npm registry or its cache)', hasNpm)(
      `${event}: npm ci, the lint gate, vitest with v8 coverage in shards, the gate; CI green, CD off (no image)`,
      () => {
        const r = nodeRun(event);
        expect(r.code, r.out).toBe(0);
        expect(r.jobs['shipline / ci']).toBe('success');
        expect(r.jobs['shipline / ci / lint gate']).toBe('success');
        expect(r.jobs['shipline / ci / coverage gate']).toBe('success');
        expect(r.jobs['shipline / cd']).toBe('skipped');
        expect(Object.keys(r.jobs).filter((j) => /^shipline \/ ci \/ test \(shard /.test(j))).not.toEqual([]);
        // The install step (npm ci: the lock file) ran in the lint job and in every shard; vitest
        // ran the suites and wrote the JUnit and LCOV the shards uploaded.
        const legs = (JSON.parse(r.record) as { legs: { steps?: { name: string; outcome: string }[] }[] }).legs;
        const installs = legs.flatMap((l) => (l.steps ?? []).filter((st) => st.name === 'Install dependencies'));
        expect(installs.length).toBeGreaterThanOrEqual(2);
        expect(installs.map((st) => st.outcome)).not.toContain('failure');
        expect(r.out).toMatch(/test \(shard 1\/\d+\) › ✓ Run the shard's tests/);
        expect(r.artifacts).toEqual(
          expect.arrayContaining(['shipline-plan', 'shipline-junit-1', 'shipline-coverage-1']),
        );
        // Only the service's tests ran: vitest reads {files} as substrings, and without the
        // template's --exclude it also ran shipline's own checkout's example tests
        // (.shipline-action/examples/service/test/…), whose JUnit and coverage then joined the service's.
        const shard1 = join(base, event, 'artifacts', 'run-1');
        const junit = readFileSync(join(shard1, 'shipline-junit-1', 'files', 'reports', 'junit.xml'), 'utf8');
        const lcov = readFileSync(join(shard1, 'shipline-coverage-1', 'files', 'lcov.info'), 'utf8');
        expect(junit).toMatch(/test\/api\.test\.js/);
        expect(junit).not.toMatch(/\.shipline-action/);
        expect(lcov).toMatch(/^SF:src\/pricing\.js$/m);
        expect(lcov).not.toMatch(/\.shipline-action/);
      },
      240_000,
    );
});
