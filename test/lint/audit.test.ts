import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec } from '../../src/core/exec.js';
import { detectChecks } from '../../src/lint/detect.js';
import type { GateReport } from '../../src/lint/report.js';
import { TestRepo } from '../helpers/git.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';
import { cleanEnv, runLint } from './helpers.js';
import { NpmAuditSim } from './npm-audit-sim.js';

const FIX = join(ROOT, 'test/fixtures/lint/audit');
/** package.json and package-lock.json written by the real npm (`npm install --package-lock-only`). */
const pkg = JSON.parse(readFileSync(join(FIX, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = readFileSync(join(FIX, 'package-lock.json'), 'utf8');

/** The same project before minimist was added: what npm writes for lodash alone. */
function lodashOnly(): { pkg: string; lock: string } {
  const p = structuredClone(pkg);
  delete p.dependencies.minimist;
  const l = JSON.parse(lock) as { packages: Record<string, { dependencies?: Record<string, string> }> };
  delete l.packages['node_modules/minimist'];
  delete l.packages[''].dependencies!.minimist;
  return { pkg: JSON.stringify(p), lock: JSON.stringify(l, null, 2) + '\n' };
}

const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;

let sim: NpmAuditSim;
beforeAll(async () => {
  sim = await new NpmAuditSim().start();
});
afterAll(() => sim.stop());

/** The real npm client, pointed at the simulator, with its own cache and no retries. */
const npmEnv = (registry = sim.url) =>
  cleanEnv({
    npm_config_registry: registry,
    npm_config_cache: mkdtempSync(join(tmpdir(), 'lint-npm-cache-')),
    npm_config_fetch_retries: '0',
    npm_config_update_notifier: 'false',
  });

const hasNpm = available('npm');

describe('dependency audit: npm audit (the real npm client)', () => {
  needs('npm', hasNpm)(
    '--all: every advisory is a finding on the lock file line that installs the package',
    async () => {
      const repo = new TestRepo();
      repo.write('package.json', JSON.stringify(pkg)).write('package-lock.json', lock).commit('deps');
      const r = await runLint(repo.dir, { all: 'true' }, { env: npmEnv() });
      expect(r.exitCode).toBe(1);
      const rep = report(r);
      expect(rep.checks.map((c) => c.name)).toEqual(['npm-audit']);
      const f = rep.findings;
      // lodash 4.17.10: four advisories; minimist 1.2.0: two (the third is for <0.2.1 only).
      expect(f.map((x) => `${x.file}:${x.line} ${x.rule} ${x.severity}`).sort()).toEqual([
        'package-lock.json:15 GHSA-29mw-wpgm-hmr9 warning',
        'package-lock.json:15 GHSA-35jh-r3h4-6jhm error',
        'package-lock.json:15 GHSA-4xc9-xhrj-v574 error',
        'package-lock.json:15 GHSA-jf85-cpcp-j695 error',
        'package-lock.json:20 GHSA-vh95-rmgr-6w4m warning',
        'package-lock.json:20 GHSA-xvch-5gv4-984h error',
      ]);
      expect(lock.split('\n')[14]).toContain('"node_modules/lodash"');
      expect(f.find((x) => x.rule === 'GHSA-jf85-cpcp-j695')!.message).toBe(
        'lodash 4.17.10: Prototype Pollution in lodash (critical); fixed in 4.17.12 https://github.com/advisories/GHSA-jf85-cpcp-j695',
      );
      expect(f.find((x) => x.rule === 'GHSA-xvch-5gv4-984h')!.message).toMatch(/^minimist 1\.2\.0: .*fixed in 1\.2\.6/);
      expect(sim.bulkRequests.at(-1)).toEqual({ lodash: ['4.17.10'], minimist: ['1.2.0'] });
      expect(rep.verdict.reason).toMatch(/^6 findings \(4 errors, 2 warnings\)/);
    },
  );

  needs('npm', hasNpm)(
    'fail-on new: only the advisories of the dependency the branch adds fail; those at the base are existing',
    async () => {
      const repo = new TestRepo();
      const before = lodashOnly();
      repo.write('package.json', before.pkg).write('package-lock.json', before.lock).commit('lodash');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write('package.json', JSON.stringify(pkg)).write('package-lock.json', lock).commit('add minimist');
      const r = await runLint(repo.dir, {}, { env: npmEnv() });
      expect(r.exitCode).toBe(1);
      const rep = report(r);
      expect(rep.verdict.failOn).toBe('new');
      const failing = rep.findings.filter((x) => x.verdict === 'failing');
      expect(failing.map((x) => x.rule).sort()).toEqual(['GHSA-vh95-rmgr-6w4m', 'GHSA-xvch-5gv4-984h']);
      expect(rep.verdict.base?.source).toBe('worktree');
      expect(rep.verdict.reason).toMatch(/^2 new findings \(1 error, 1 warning\).*; 4 existing findings/);
      // Each failing finding is an annotation on the lock file.
      expect(r.ctx.annotations.all.filter((a) => a.file === 'package-lock.json' && a.line === 20)).toHaveLength(2);

      // A change that leaves the lock file alone does not run the audit (nothing new can come of it).
      repo.write('README.md', 'x\n').commit('docs');
      repo.git('checkout', '-q', 'main');
      repo.git('checkout', '-q', '-b', 'docs-only');
      repo.write('README.md', 'y\n').commit('docs');
      const clean = await runLint(repo.dir, {}, { env: npmEnv() });
      expect(clean.exitCode).toBe(0);
      expect(report(clean).checks[0]).toMatchObject({ name: 'npm-audit', status: 'skipped' });
    },
  );

  needs('npm', hasNpm)(
    'a registry that cannot be reached is one line, and the gate fails: never a false pass',
    async () => {
      const repo = new TestRepo();
      repo.write('package.json', JSON.stringify(pkg)).write('package-lock.json', lock).commit('deps');
      const down = await runLint(repo.dir, { all: 'true' }, { env: npmEnv('http://127.0.0.1:1/') });
      expect(down.exitCode).toBe(1);
      expect(report(down).verdict.reason).toMatch(
        /^npm-audit failed as a whole: exit code 1; npm audit could not get the advisories from the registry \(.*ECONNREFUSED.*\); the full output is in the log/,
      );
      // A registry mirror without the audit endpoint (as on this machine): 405, said so.
      sim.auditEndpoint = false;
      try {
        const mirror = await runLint(repo.dir, { all: 'true' }, { env: npmEnv() });
        expect(mirror.exitCode).toBe(1);
        expect(report(mirror).verdict.reason).toMatch(
          /npm audit could not get the advisories from the registry \(405 Method Not Allowed - POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk\)/,
        );
      } finally {
        sim.auditEndpoint = true;
      }
    },
  );
});

describe('dependency audit: detection', () => {
  it('a lock file picks npm audit; audit=false in .npmrc (npm’s own switch) opts out; no lock file, no audit', async () => {
    const env = { ...process.env };
    const repo = new TestRepo();
    repo.write('package.json', JSON.stringify(pkg)).write('package-lock.json', lock).commit('deps');
    const on = await detectChecks(repo.dir, env, exec);
    expect(on.checks.find((c) => c.name === 'npm-audit')).toMatchObject({
      run: ['npm', 'audit', '--json'],
      format: 'npm-audit-json',
      passFiles: false,
    });
    expect(on.detections.find((d) => d.tool === 'npm-audit')!.reason).toMatch(
      /^package-lock\.json exists, and npm is installed \(/,
    );
    repo.write('.npmrc', 'audit=false\n').commit('no audits');
    const off = await detectChecks(repo.dir, env, exec);
    expect(off.checks.map((c) => c.name)).not.toContain('npm-audit');
    const bare = new TestRepo();
    bare.write('package.json', '{}').commit('x');
    expect((await detectChecks(bare.dir, env, exec)).checks.map((c) => c.name)).not.toContain('npm-audit');
  });

  it('go.mod picks govulncheck and requirements.txt pip-audit, only where installed', async () => {
    const repo = new TestRepo();
    repo.write('go.mod', 'module x\n\ngo 1.19\n').write('requirements.txt', 'flask==0.5\n').commit('x');
    const none = await detectChecks(repo.dir, { ...process.env, PATH: '/nonexistent' }, exec);
    const why = Object.fromEntries(none.detections.map((d) => [d.tool, d.reason]));
    expect(why.govulncheck).toBe(
      'go.mod exists, but govulncheck is not installed (not in node_modules/.bin or on PATH)',
    );
    expect(why['pip-audit']).toBe(
      'requirements.txt exists, but pip-audit is not installed (not in node_modules/.bin or on PATH)',
    );
  });
});
