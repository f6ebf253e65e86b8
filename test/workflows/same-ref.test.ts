import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFileCommands } from '../../src/core/runner-files.js';
import {
  ROOT,
  allSteps,
  calledShiplineWorkflow,
  loadWorkflow,
  needsOf,
  shiplineActionOf,
  templateFiles,
  type Step,
} from './lib.js';

// A caller of @v1 must run v1's actions. The mechanism (docs/templates.md, "Which shipline
// runs"): a `locate` job reads the reusable workflow's own repository and commit from the
// job context (job.workflow_repository / job.workflow_sha), every job checks shipline out at
// that commit into .shipline-action and runs `./.shipline-action/actions/<id>`. Nested calls
// (pipeline.yml → ci.yml) are `./` references: same repository, same commit.

const STEPPED = ['.github/workflows/ci.yml', '.github/workflows/cd.yml'];
const CHECKOUT = 'actions/checkout@v4';

function locateScript(file: string): Step {
  const step = loadWorkflow(file).jobs.locate?.steps?.find((s) => s.id === 'locate');
  if (!step?.run) throw new Error(`${file} has no locate step`);
  return step;
}

describe.each(STEPPED)("%s runs shipline at the caller's ref", (file) => {
  const wf = loadWorkflow(file);

  it('has a locate job that takes the ref from the job context, not from github.* (the caller)', () => {
    const step = locateScript(file);
    expect(step.env?.JOB_CONTEXT).toBe('${{ toJSON(job) }}');
    expect(JSON.stringify(wf.jobs.locate)).not.toMatch(/github\.(sha|ref|workflow_sha|workflow_ref)/);
  });

  it("runs every shipline action from ./.shipline-action, never a pinned owner/shipline@ref nor the caller's ./actions", () => {
    for (const { jobId, step } of allSteps(wf)) {
      if (!step.uses) continue;
      expect(step.uses, jobId).not.toMatch(/shipline\/actions\/.*@|^[\w.-]+\/shipline@/);
      if (shiplineActionOf(step.uses) || step.uses === './.shipline-action')
        expect(step.uses.startsWith('./.shipline-action'), `${jobId}: ${step.uses}`).toBe(true);
      else
        expect(step.uses.startsWith('./'), `${jobId}: ${step.uses} is a local path outside .shipline-action`).toBe(
          false,
        );
    }
  });

  it('checks shipline out at the located repository and commit before its first use, in every job that uses it', () => {
    for (const [jobId, job] of Object.entries(wf.jobs)) {
      const steps = job.steps ?? [];
      const firstUse = steps.findIndex((s) => s.uses?.startsWith('./.shipline-action'));
      if (firstUse < 0) continue;
      expect(needsOf(job), jobId).toContain('locate');
      const checkout = steps.findIndex((s) => s.uses === CHECKOUT && s.with?.path === '.shipline-action');
      expect(checkout, `${jobId} never checks shipline out`).toBeGreaterThanOrEqual(0);
      expect(checkout, jobId).toBeLessThan(firstUse);
      const c = steps[checkout];
      expect(c.with?.repository).toBe('${{ needs.locate.outputs.repository }}');
      expect(c.with?.ref).toBe('${{ needs.locate.outputs.ref }}');
      expect(c.with?.['persist-credentials']).toBe(false);
      // No checkout after it may overwrite it (the app's checkout comes first).
      expect(
        steps.slice(checkout + 1, firstUse).some((s) => s.uses === CHECKOUT && !s.with?.path),
        jobId,
      ).toBe(false);
    }
  });

  it('shares one locate script, byte for byte, with the other reusable workflows', () => {
    expect(locateScript(file).run).toBe(locateScript(STEPPED[0]).run);
  });
});

describe('nested and caller references', () => {
  it('pipeline.yml calls ci.yml and cd.yml by ./ (same repository and commit), never owner/repo@ref', () => {
    const wf = loadWorkflow('.github/workflows/pipeline.yml');
    expect(
      Object.values(wf.jobs)
        .map((j) => j.uses)
        .filter((u) => u !== undefined)
        .sort(),
    ).toEqual(['./.github/workflows/cd.yml', './.github/workflows/ci.yml']);
  });
  it.each(templateFiles())('%s calls the pipeline at one ref, and the GHES fallback names the same one', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const uses = (load(text) as { jobs: Record<string, { uses?: string }> }).jobs.pipeline.uses ?? '';
    expect(calledShiplineWorkflow(uses)).toBe('.github/workflows/pipeline.yml');
    const ref = uses.split('@')[1];
    expect(text).toMatch(new RegExp(`# shipline-ref: ${ref}\\b`));
  });
  it("the path arithmetic holds: ./.shipline-action/actions/<id> reaches that commit's dist/ entry", () => {
    for (const id of ['lint-gate', 'shard', 'coverage-gate', 'docker-build', 'k8s-deploy', 'notify']) {
      const m = load(readFileSync(join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as { runs: { main: string } };
      const target = posix.normalize(posix.join('actions', id, m.runs.main));
      expect(target).toBe(`dist/${id}/index.mjs`);
      // Committed, so a checkout at any commit has it (check-dist keeps it current).
      expect(execFileSync('git', ['ls-files', target], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(target);
    }
  });
});

/** Run the locate step's own script as the runner would: bash, its env, a GITHUB_OUTPUT file. */
function runLocate(
  env: Record<string, string>,
  cwd?: string,
): { status: number | null; outputs: Record<string, string>; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-locate-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const script = locateScript(STEPPED[0]).run as string;
  const clean: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir };
  const r = spawnSync('bash', ['-e', '-c', script], {
    cwd: cwd ?? dir,
    env: { ...clean, GITHUB_OUTPUT: output, JOB_CONTEXT: '{}', PINNED_REF: '', PINNED_REPOSITORY: '', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, outputs: parseFileCommands(readFileSync(output, 'utf8')), out: r.stdout + r.stderr };
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
// As the runner prints toJSON(job): pretty, two-space indented, nested objects first.
const jobContext = (o: Record<string, string>) =>
  JSON.stringify({ status: 'success', container: { network: 'github_network_x' }, services: {}, ...o }, null, 2);

describe('the locate script', () => {
  it("on GitHub: the reusable workflow's own repository and commit", () => {
    const r = runLocate({
      JOB_CONTEXT: jobContext({
        workflow_repository: 'acme/shipline',
        workflow_sha: SHA,
        workflow_ref: 'acme/shipline/.github/workflows/ci.yml@refs/tags/v1',
      }),
    });
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ repository: 'acme/shipline', ref: SHA, local: 'false' });
  });
  it('reads the keys exactly: job_workflow_sha or a compact JSON do not confuse it', () => {
    const compact = JSON.stringify({
      job_workflow_sha: 'f'.repeat(40),
      workflow_repository: 'acme/shipline',
      workflow_sha: SHA,
      status: 'success',
    });
    expect(runLocate({ JOB_CONTEXT: compact }).outputs).toEqual({
      repository: 'acme/shipline',
      ref: SHA,
      local: 'false',
    });
  });
  it('an explicit shipline-ref wins (GHES without job.workflow_*, or a deliberate pin)', () => {
    expect(runLocate({ PINNED_REF: 'v1', PINNED_REPOSITORY: 'corp/shipline' }).outputs).toEqual({
      repository: 'corp/shipline',
      ref: 'v1',
      local: 'false',
    });
    expect(
      runLocate({
        PINNED_REF: 'v1.2.0',
        JOB_CONTEXT: jobContext({ workflow_repository: 'acme/shipline', workflow_sha: SHA }),
      }).outputs.ref,
    ).toBe('v1.2.0');
  });
  it('without job.workflow_sha and without a pin it fails and says what to add', () => {
    const r = runLocate({ JOB_CONTEXT: jobContext({}) });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/::error title=shipline::cannot tell which shipline ref.*shipline-ref: /);
  });
  it('a pin without any repository fails and names shipline-repository', () => {
    const r = runLocate({ PINNED_REF: 'v1' });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/shipline-repository/);
  });
  it("under act in shipline's own working copy: that working copy is the ref", () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-act-'));
    mkdirSync(join(dir, 'actions/lint-gate'), { recursive: true });
    mkdirSync(join(dir, 'dist/shipline'), { recursive: true });
    writeFileSync(join(dir, 'actions/lint-gate/action.yml'), 'name: x\n');
    writeFileSync(join(dir, 'dist/shipline/cli.mjs'), '');
    const r = runLocate({ ACT: 'true', GITHUB_REPOSITORY: 'acme/shipline' }, dir);
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ repository: 'acme/shipline', ref: 'working-copy', local: 'true' });
  });
  it('under act, SHIPLINE_REF/SHIPLINE_REPOSITORY from act --env name the ref, after the job context', () => {
    expect(runLocate({ ACT: 'true', SHIPLINE_REF: 'v1', SHIPLINE_REPOSITORY: 'acme/shipline' }).outputs).toEqual({
      repository: 'acme/shipline',
      ref: 'v1',
      local: 'false',
    });
    expect(
      runLocate({
        SHIPLINE_REF: 'v1',
        SHIPLINE_REPOSITORY: 'x/y',
        JOB_CONTEXT: jobContext({ workflow_repository: 'acme/shipline', workflow_sha: SHA }),
      }).outputs.ref,
    ).toBe(SHA);
  });
  it('under act anywhere else it fails instead of guessing', () => {
    expect(runLocate({ ACT: 'true', GITHUB_REPOSITORY: 'acme/app' }).status).toBe(1);
  });
  it.each([
    ['a newline smuggling another output', { PINNED_REF: 'v1\nlocal=true', PINNED_REPOSITORY: 'a/b' }],
    ['a repository that is not owner/name', { PINNED_REF: 'v1', PINNED_REPOSITORY: 'a/b/c' }],
    ['shell in the ref', { PINNED_REF: '$(touch pwned)', PINNED_REPOSITORY: 'a/b' }],
  ])('refuses %s', (_name, env) => {
    const r = runLocate(env);
    expect(r.status).toBe(1);
    expect(r.outputs).toEqual({});
  });
});

describe('the "Prepare .shipline-action" step', () => {
  const step = (loadWorkflow('.github/workflows/ci.yml').jobs.lint.steps ?? []).find(
    (s) => s.name === 'Prepare .shipline-action',
  ) as Step;
  const prepare = (local: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-prepare-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    mkdirSync(join(dir, 'actions/lint-gate'), { recursive: true });
    writeFileSync(join(dir, 'actions/lint-gate/action.yml'), 'name: x\n');
    const r = spawnSync('bash', ['-e', '-c', step.run as string], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', LOCAL: local },
      encoding: 'utf8',
    });
    return { dir, r };
  };
  it('keeps .shipline-action out of git status', () => {
    const { dir, r } = prepare('false');
    expect(r.status, r.stderr).toBe(0);
    mkdirSync(join(dir, '.shipline-action'));
    writeFileSync(join(dir, '.shipline-action/x'), '');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).not.toContain(
      '.shipline-action',
    );
  });
  it("under act in shipline's working copy, makes ./.shipline-action/actions/<id> this working copy's action", () => {
    const { dir, r } = prepare('true');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, '.shipline-action/actions/lint-gate/action.yml'), 'utf8')).toBe('name: x\n');
  });
});
