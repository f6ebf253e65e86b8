import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { available, needs } from '../helpers/real.js';
import { ROOT } from './lib.js';

// The templates and pipeline.yml run end to end on their example services through the local
// executor (`shipline workflow run`, GitHub's semantics, no containers): a fresh repository of
// each kind with nothing but the template's documented edits, on push, pull_request and
// merge_group, and a monorepo calling the pipeline twice in one run.

const CLI = join(ROOT, 'dist/shipline/cli.mjs');
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
// The reusable workflows are read at a commit: this checkout's HEAD (commit before testing).
const REF = git(ROOT, 'rev-parse', 'HEAD');
const hasTools =
  existsSync(CLI) &&
  available('/usr/bin/python3', ['-c', 'import pytest, pytest_cov']) &&
  available('go', ['version']) &&
  available('gotestsum', ['--version']);

interface Doc {
  jobs: Record<string, { name?: string; permissions?: unknown; with: Record<string, unknown> }>;
  [k: string]: unknown;
}

/** The template as a fork commits it: the home (shipline/shipline) replaced, plus the given edits to with:. */
function template(lang: string, edit: (doc: Doc) => void = () => {}): string {
  const text = readFileSync(join(ROOT, `workflows-templates/${lang}-service.yml`), 'utf8').replace(
    'shipline/shipline/.github/workflows/pipeline.yml@v1',
    `acme/shipline/.github/workflows/pipeline.yml@${REF}`,
  );
  const doc = load(text) as Doc;
  edit(doc);
  return dump(doc, { lineWidth: -1 });
}

function repo(files: Record<string, string>, examples: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-e2e-'));
  for (const [name, into] of Object.entries(examples))
    cpSync(join(ROOT, 'examples', name), join(dir, into), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'service');
  return dir;
}

interface Run {
  code: number | null;
  out: string;
  jobs: Record<string, string>;
  /** run.json: every job, step and output. */
  record: string;
  /** The names of the artifacts the run uploaded. */
  artifacts: string[];
}
/**
 * One run of the caller's workflow through the built CLI. `out` (kept) for a run to re-run;
 * else a temp folder, removed with the repository afterwards.
 */
function run(dir: string, event: string, opts: { out?: string; extra?: string[]; env?: NodeJS.ProcessEnv } = {}): Run {
  const out = opts.out ?? mkdtempSync(join(tmpdir(), 'shipline-e2e-out-'));
  // This test's own vitest variables stay out of the workflow's test steps (the Node template runs vitest).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      'workflow',
      'run',
      '-W',
      '.github/workflows/pipeline.yml',
      '--event',
      event,
      '--repo',
      `acme/shipline=${ROOT}`,
      '--repository',
      'acme/service',
      '--out',
      out,
      '--secret',
      'GITHUB_TOKEN=ghs_local_placeholder',
      ...(opts.extra ?? []),
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Debian's python3 carries pytest and pytest-cov; shipline's node_modules the linters.
      env: { ...env, PATH: `/usr/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ...opts.env },
    },
  );
  const recordFile = join(out, 'run.json');
  const record = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
  const store = join(out, 'artifacts', 'run-1');
  const artifacts = existsSync(store) ? readdirSync(store).sort() : [];
  if (!opts.out) {
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  const jobs: Record<string, string> = {};
  for (const m of (r.stdout + r.stderr).matchAll(/^[✓✗○⊘] (.+?): (success|failure|skipped|cancelled)/gm))
    jobs[m[1]] = m[2];
  return { code: r.status, out: r.stdout + r.stderr, jobs, record, artifacts };
}

describe('the templates through shipline workflow run', () => {
  needs('the built CLI, Debian pytest/pytest-cov, go and gotestsum', hasTools)(
    'python-service.yml on examples/python-service, push to main with CD on: green, the check `shipline / ci` passes',
    () => {
      const dir = repo(
        {
          '.github/workflows/pipeline.yml': template(
            'python',
            (d) => (d.jobs.pipeline.with.image = 'ghcr.io/Acme/Python-Service'),
          ),
        },
        { 'python-service': '.' },
      );
      const r = run(dir, 'push');
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['shipline / ci']).toBe('success');
      expect(r.jobs['shipline / ci / test (shard 1/1)']).toBe('success');
      expect(r.jobs['shipline / cd / deploy']).toBe('success');
      expect(r.record).toContain('ghcr.io/acme/python-service:'); // lower-cased
      expect(r.record).not.toContain('ghcr.io/Acme');
    },
    180_000,
  );

  needs('the built CLI, go and gotestsum', hasTools)(
    'go-service.yml on examples/go-service, merge_group, from a CI-only caller granting contents: read alone',
    () => {
      const dir = repo(
        {
          '.github/workflows/pipeline.yml': template('go', (d) => (d.jobs.pipeline.permissions = { contents: 'read' })),
        },
        { 'go-service': '.' },
      );
      const out = mkdtempSync(join(tmpdir(), 'shipline-e2e-out-'));
      const r = run(dir, 'merge_group', { out });
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['shipline / ci']).toBe('success');
      expect(r.jobs['shipline / cd']).toBe('skipped');
      // Issue 21 item 16: re-run (attempt 2 of the same run, attempt 1's artifacts still there):
      // every upload says overwrite: true, so none fails on the first attempt's artifact.
      const again = run(dir, 'merge_group', { out, extra: ['--rerun'] });
      rmSync(out, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      expect(again.code, again.out).toBe(0);
      expect(again.out).toMatch(/; run 1 attempt 2, out /);
      expect(again.jobs['shipline / ci']).toBe('success');
      expect(again.artifacts).toEqual(r.artifacts);
      expect(again.artifacts).toEqual(expect.arrayContaining(['shipline-plan', 'shipline-junit-1']));
    },
    180_000,
  );

  needs('the built CLI, Debian pytest/pytest-cov, go and gotestsum', hasTools)(
    'a monorepo calling the pipeline once per service (id), on a pull request: both calls succeed',
    () => {
      const call = (lang: string, id: string) => {
        const doc = load(template(lang)) as Doc;
        const job = doc.jobs.pipeline;
        Object.assign(job.with, { id, 'working-directory': `services/${id}`, 'coverage-comment': false });
        job.name = id;
        return job;
      };
      const caller = load(template('python')) as Doc;
      caller.jobs = { api: call('python', 'api'), worker: call('go', 'worker') };
      const dir = repo(
        { '.github/workflows/pipeline.yml': dump(caller, { lineWidth: -1 }) },
        { 'python-service': 'services/api', 'go-service': 'services/worker' },
      );
      const r = run(dir, 'pull_request');
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['api / ci']).toBe('success');
      expect(r.jobs['worker / ci']).toBe('success');
      expect(r.artifacts).toEqual(
        expect.arrayContaining([
          'shipline-api-plan',
          'shipline-worker-plan',
          'shipline-api-junit-1',
          'shipline-worker-junit-1',
        ]),
      );
    },
    240_000,
  );
});

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
      },
      240_000,
    );
});
