import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REUSABLE,
  allSteps,
  calledShiplineWorkflow,
  loadWorkflow,
  shiplineActionOf,
  workflowFiles,
  type Job,
  type Step,
  type Workflow,
} from './lib.js';

// Least privilege, no expression injection, secrets only where used, a timeout on every job.

type Perms = Record<string, string>;

/** What one step needs from GITHUB_TOKEN, by what it does. */
const CLOUD_LOGIN = /^(aws-actions\/configure-aws-credentials|google-github-actions\/auth|azure\/login)@/;

/**
 * Does the step (or job) run for a caller passing `given` (undefined: any caller)? Only
 * `inputs.x != ''` and `inputs.x == ''` guards are read.
 */
function runsFor(step: Pick<Step, 'if'>, given: Record<string, unknown> | undefined): boolean {
  if (!given || !step.if) return true;
  for (const m of String(step.if).matchAll(/inputs\.([\w-]+) != ''/g)) if (!given[m[1]]) return false;
  for (const m of String(step.if).matchAll(/inputs\.([\w-]+) == ''/g)) if (given[m[1]]) return false;
  return true;
}

function stepNeeds(step: Step, given?: Record<string, unknown>): Perms {
  const uses = step.uses ?? '';
  if (CLOUD_LOGIN.test(uses)) return { 'id-token': 'write' };
  const id = shiplineActionOf(uses);
  if (uses.startsWith('actions/checkout@')) return { contents: 'read' };
  // Another run's artifacts (download-artifact's run-id) are read through the API: actions: read.
  if (uses.startsWith('actions/download-artifact@') && step.with?.['run-id']) return { actions: 'read' };
  if (id === 'coverage-gate' && String(step.with?.comment ?? 'true') !== 'false') return { 'pull-requests': 'write' };
  if (id === 'docker-build' && String(step.with?.push ?? 'auto') !== 'false') return { packages: 'write' };
  if (id === 'notify') return { actions: 'read' };
  // k8s-deploy records GitHub Deployments when its environment input is set; cd.yml sets it
  // only under github-deployments.
  if (id === 'k8s-deploy') {
    const env = String(step.with?.environment ?? '');
    if (!env) return {};
    if (/inputs\.github-deployments\b/.test(env) && given && !given['github-deployments']) return {};
    return { deployments: 'write' };
  }
  // pipeline health: runs and jobs; deployments and commit times for the DORA keys unless skipped.
  if (id === 'pipeline-health')
    return String(step.with?.environment ?? 'production') === 'none'
      ? { actions: 'read' }
      : { actions: 'read', deployments: 'read', contents: 'read' };
  // release.yml: a release and the major tag are written through the API; npm provenance is signed with OIDC.
  if (uses.startsWith('actions/github-script@') && /createRelease|updateRef|createRef/.test(String(step.with?.script)))
    return { contents: 'write' };
  if (/\bnpm publish\b[^\n]*--provenance/.test(step.run ?? '')) return { 'id-token': 'write' };
  return {};
}

function merge(into: Perms, add: Perms): Perms {
  for (const [k, v] of Object.entries(add)) if (into[k] !== 'write') into[k] = v;
  return into;
}

/** What a job needs: the union over its steps, or over the called workflow's jobs. */
function jobNeeds(job: Job, seen = new Set<string>(), given?: Record<string, unknown>): Perms {
  const called = calledShiplineWorkflow(job.uses);
  if (called) {
    if (seen.has(called)) throw new Error(`cycle through ${called}`);
    const wf = loadWorkflow(called);
    // What this call passes, with `${{ inputs.x }}` resolved against what reached the caller.
    const passes: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(job.with ?? {})) {
      const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(String(v));
      passes[k] = m ? given?.[m[1]] : v;
    }
    return Object.values(wf.jobs).reduce(
      (p, j) => merge(p, jobNeeds(j, new Set([...seen, called]), passes)),
      {} as Perms,
    );
  }
  if (!runsFor({ if: job.if as string | undefined }, given)) return {};
  return (job.steps ?? [])
    .filter((s) => runsFor(s, given))
    .reduce((p, s) => merge(p, stepNeeds(s, given)), {} as Perms);
}

const sorted = (p: Perms) => Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));

/** Every string in a YAML tree, with its path. */
function strings(node: unknown, path: string[] = []): Array<{ path: string[]; value: string }> {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

const PRESENCE_FLAG = /^\$\{\{ secrets\.[\w-]+ != '' \}\}$/;

/** What every use of a reusable workflow must grant: checkout needs it, nothing runs without it. */
const BASE: Perms = { contents: 'read' };
/** The permissions behind an optional feature: asked only by a caller that grants them. */
const OPTIONAL: Perms = {
  'pull-requests': 'write',
  packages: 'write',
  actions: 'read',
  'id-token': 'write',
  deployments: 'write',
};

/**
 * What GitHub checks at start-up, before any if: — the union of the permissions every job
 * of the called tree declares. A job that declares none takes the calling job's grant and
 * asks nothing of its own; so does a calling job without permissions: (its callee's jobs
 * then take the caller's grant).
 */
function startupAsk(file: string): Perms {
  const wf = loadWorkflow(file);
  return Object.values(wf.jobs).reduce((p, job) => {
    if (job.permissions !== undefined) return merge(p, job.permissions as Perms);
    const called = calledShiplineWorkflow(job.uses);
    return called ? merge(p, startupAsk(called)) : p;
  }, {} as Perms);
}

const wf = (file: string) => loadWorkflow(file);

describe.each(REUSABLE.map((f) => `.github/workflows/${f}`))('%s: permissions a caller must grant', (file) => {
  it('asks at most contents: read at start-up, so a CI-only caller granting just that starts', () => {
    // cd.yml asks nothing itself: build and deploy take the caller's grant (id-token: write for
    // a cloud login is the caller's choice), so only ci.yml and pipeline.yml ask contents: read.
    const ask = sorted(startupAsk(file));
    for (const [k, v] of Object.entries(ask)) expect(BASE[k], `${file} asks ${k}: ${v}`).toBe(v);
    if (!file.endsWith('/cd.yml')) expect(ask).toEqual(BASE);
  });
  it('declares no workflow-level permissions (they would take away what opt-in jobs get from the caller)', () => {
    expect(wf(file).permissions).toBeUndefined();
  });
  it('leaves permissions: off only the jobs whose steps need an optional permission', () => {
    for (const [id, job] of Object.entries(wf(file).jobs)) {
      if (job.permissions !== undefined || job.uses) continue;
      const needs = jobNeeds(job);
      const optional = Object.keys(needs).filter((k) => k in OPTIONAL);
      expect(optional.length, `job ${id} has no permissions: but needs nothing optional`).toBeGreaterThan(0);
      for (const k of Object.keys(needs)) expect(k in OPTIONAL || k in BASE, `job ${id}: ${k}`).toBe(true);
    }
  });
});

describe.each(workflowFiles())('%s', (file) => {
  const wf: Workflow = loadWorkflow(file);
  const reusable = REUSABLE.some((f) => file === `.github/workflows/${f}`);

  it('grants nothing at the top level of a caller; each job of a caller says what it needs', () => {
    if (reusable) return; // checked above: reusable workflows pass the caller's grant on
    expect(wf.permissions).toEqual({});
    for (const [id, job] of Object.entries(wf.jobs))
      expect(job.permissions, `job ${id} has no permissions:`).toBeTypeOf('object');
  });

  it('gives each job that declares permissions exactly what its steps (or called workflow) need', () => {
    for (const [id, job] of Object.entries(wf.jobs))
      if (job.permissions !== undefined)
        expect(sorted(job.permissions as Perms), `job ${id}`).toEqual(sorted(jobNeeds(job)));
  });

  it('gives every job that runs steps a timeout', () => {
    for (const [id, job] of Object.entries(wf.jobs))
      if (!job.uses) expect(job['timeout-minutes'], `job ${id}`).toBeDefined();
  });

  it('interpolates no expression into a run: script (values go through env:)', () => {
    for (const { jobId, step } of allSteps(wf))
      if (step.run) expect(step.run, `${jobId}/${step.name ?? step.id ?? step.run.slice(0, 30)}`).not.toContain('${{');
  });

  it('hands secrets and the token only to the action steps or called workflows that use them', () => {
    for (const { path, value } of strings(wf)) {
      if (!/\bsecrets\.|github\.token\b/.test(value)) continue;
      const where = path.join('.');
      const inActionWith = path[0] === 'jobs' && path[2] === 'steps' && path[4] === 'with';
      const inCallSecrets = path[0] === 'jobs' && path[2] === 'secrets';
      const presenceFlag = path[0] === 'jobs' && path[2] === 'env' && PRESENCE_FLAG.test(value);
      // A run step may read a secret from its own env: (never interpolated into the script).
      const inRunStepEnv =
        path[0] === 'jobs' &&
        path[2] === 'steps' &&
        path[4] === 'env' &&
        typeof wf.jobs[path[1]].steps?.[Number(path[3])]?.run === 'string' &&
        value.startsWith('${{ secrets.');
      expect(inActionWith || inCallSecrets || presenceFlag || inRunStepEnv, `${where}: ${value}`).toBe(true);
      if (inActionWith) {
        const step = wf.jobs[path[1]].steps?.[Number(path[3])];
        expect(step?.uses, `${where} is not passed to an action`).toBeDefined();
      }
    }
  });

  it('never checks out with persisted credentials, never runs on pull_request_target', () => {
    for (const { jobId, step } of allSteps(wf))
      if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], jobId).toBe(false);
    expect(JSON.stringify(wf.on ?? {})).not.toContain('pull_request_target');
  });
});

describe('id-token: write only for a cloud login', () => {
  const cd = loadWorkflow('.github/workflows/cd.yml');
  const pipeline = loadWorkflow('.github/workflows/pipeline.yml');
  const call = (uses: string, w: Record<string, string>): Job => ({ uses, with: w });
  it.each([
    ['aws-role-to-assume', 'arn:aws:iam::1:role/r'],
    ['gcp-workload-identity-provider', 'projects/1/locations/global/workloadIdentityPools/p/providers/x'],
    ['azure-client-id', '00000000-0000-0000-0000-000000000000'],
  ])('a caller setting %s must grant it; one setting none need not', (input, value) => {
    expect(jobNeeds(call('./.github/workflows/cd.yml', { image: 'x' }))['id-token']).toBeUndefined();
    expect(jobNeeds(call('./.github/workflows/cd.yml', { image: 'x', [input]: value }))['id-token']).toBe('write');
    // Through pipeline.yml too: its inputs reach cd.yml's steps.
    expect(jobNeeds(call('./.github/workflows/pipeline.yml', { [input]: value }))['id-token']).toBe('write');
    expect(jobNeeds(call('./.github/workflows/pipeline.yml', {}))['id-token']).toBeUndefined();
  });
  it('logs in to a cloud only in jobs without permissions: (they take what the caller grants)', () => {
    for (const [file, wf] of [
      ['.github/workflows/cd.yml', cd],
      ['.github/workflows/pipeline.yml', pipeline],
    ] as const)
      for (const [id, job] of Object.entries(wf.jobs))
        if ((job.steps ?? []).some((st) => CLOUD_LOGIN.test(st.uses ?? '')))
          expect(job.permissions, `${file} job ${id}`).toBeUndefined();
  });
});

describe('deployments: write only for GitHub Deployments from the deploy (issue 18)', () => {
  const call = (uses: string, w: Record<string, unknown>): Job => ({ uses, with: w });
  it.each(['./.github/workflows/cd.yml', './.github/workflows/pipeline.yml'])(
    '%s: a caller turning github-deployments on must grant it; one leaving it off need not',
    (uses) => {
      expect(jobNeeds(call(uses, { image: 'x' })).deployments).toBeUndefined();
      expect(jobNeeds(call(uses, { image: 'x', 'github-deployments': true })).deployments).toBe('write');
    },
  );
  it('a redeploy (version set) builds nothing, so it needs no packages: write', () => {
    expect(jobNeeds(call('./.github/workflows/cd.yml', { image: 'x' })).packages).toBe('write');
    expect(
      jobNeeds(call('./.github/workflows/cd.yml', { image: 'x', version: 'a'.repeat(40) })).packages,
    ).toBeUndefined();
  });
});

describe('the checks have teeth', () => {
  it('would catch an over-broad job, a missing timeout, an injection and a stray secret', () => {
    const job: Job = { permissions: { contents: 'write' }, steps: [{ uses: 'actions/checkout@v4' }] };
    expect(sorted(job.permissions as Perms)).not.toEqual(sorted(jobNeeds(job)));
    const run = 'echo "${{ github.event.pull_request.title }}"';
    expect(run).toContain('${{');
    const leaked = strings({ jobs: { a: { steps: [{ run: 'x', env: { T: '${{ secrets.T }}' } }] } } }).filter((s) =>
      s.value.includes('secrets.'),
    );
    expect(leaked[0].path).toEqual(['jobs', 'a', 'steps', '0', 'env', 'T']);
  });
});

describe('the test step of ci.yml, run as the runner runs it', () => {
  const wf = loadWorkflow('.github/workflows/ci.yml');
  const step = (wf.jobs.test.steps ?? []).find((s) => s.name === "Run the shard's tests") as Step;

  it("hands the shard's files to the command as separate arguments, and runs none of their text", () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-teststep-'));
    // The shard action's shell format: plain paths bare, others single-quoted.
    const files = `test/a.test.js 'test/with space.test.js' '$(touch pwned).test.js' 'it'\\''s.test.js'`;
    const r = spawnSync('bash', ['-e', '-c', step.run as string], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        TEST_COMMAND: `printf '%s\\n' {files} > args.txt`,
        SHARD_FILES: files,
        SHARD: '1',
        TOTAL: '1',
        GITHUB_WORKSPACE: dir,
      },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'args.txt'), 'utf8').split('\n').filter(Boolean)).toEqual([
      'test/a.test.js',
      'test/with space.test.js',
      '$(touch pwned).test.js',
      "it's.test.js",
    ]);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('fails the step when the tests fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-teststep-'));
    const r = spawnSync('bash', ['-e', '-c', step.run as string], {
      encoding: 'utf8',
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        TEST_COMMAND: 'sh -c "exit 3" {files}',
        SHARD_FILES: 'a.js',
        SHARD: '1',
        TOTAL: '1',
        GITHUB_WORKSPACE: dir,
      },
    });
    expect(r.status).toBe(3);
  });
});
