import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../../src/shard/format.js';
import { asWallRecord } from '../../src/shard/overhead.js';
import {
  allSteps,
  loadWorkflow,
  readText,
  serviceTemplateFiles as templateFiles,
  triggers,
  type Job,
  type Step,
} from './lib.js';
import { evaluate, runStep, runStepAsync } from './steps.js';

// Issue "Workflows a team can adopt": each numbered defect, held by the workflow's structure
// and, where a step is plain bash, by running that step as the runner runs it.

const ci = loadWorkflow('.github/workflows/ci.yml');
const cd = loadWorkflow('.github/workflows/cd.yml');
const pipeline = loadWorkflow('.github/workflows/pipeline.yml');
const named = (job: Job, name: string) => (job.steps ?? []).find((s) => s.name === name) as Step;
const byId = (job: Job, id: string) => (job.steps ?? []).find((s) => s.id === id) as Step;
const uses = (job: Job, prefix: string) => (job.steps ?? []).filter((s) => s.uses?.startsWith(prefix));
const PREFIX = '${{ needs.locate.outputs.prefix }}';

describe('1. two calls in one run do not collide (the id input)', () => {
  it.each([
    ['.github/workflows/ci.yml', ci],
    ['.github/workflows/cd.yml', cd],
    ['.github/workflows/pipeline.yml', pipeline],
  ])('%s takes an id', (_f, wf) => {
    const call = triggers(wf).workflow_call as { inputs: Record<string, { type: string; default: unknown }> };
    expect(call.inputs.id).toMatchObject({ type: 'string', default: '' });
  });
  it('namespaces every artifact, cache key, comment and concurrency group by the call', () => {
    for (const wf of [ci, cd])
      for (const { jobId, step } of allSteps(wf)) {
        if (step.uses?.startsWith('actions/upload-artifact@'))
          expect(String(step.with?.name), jobId).toMatch(/^\$\{\{ needs\.locate\.outputs\.prefix \}\}-/);
        if (step.uses?.startsWith('actions/download-artifact@'))
          expect(String(step.with?.name ?? step.with?.pattern), jobId).toMatch(
            /^\$\{\{ needs\.locate\.outputs\.prefix \}\}-/,
          );
        if (step.uses?.startsWith('actions/cache')) {
          expect(String(step.with?.key), jobId).toContain(PREFIX);
          for (const k of String(step.with?.['restore-keys'] ?? '')
            .split('\n')
            .filter((l) => l.trim()))
            expect(k, jobId).toContain(PREFIX);
        }
      }
    const gate = uses(ci.jobs.coverage, './.shipline-action/actions/coverage-gate')[0];
    expect(gate.with?.['comment-id']).toBe('${{ inputs.id }}');
    expect((cd.jobs.deploy.concurrency as { group: string }).group).toContain(PREFIX);
  });
  it("the templates' concurrency group names the workflow, so two workflows on one ref do not cancel each other", () => {
    for (const file of templateFiles()) {
      const c = loadWorkflow(file).concurrency as { group: string };
      expect(c.group, file).toContain('github.workflow');
      expect(c.group, file).toContain('github.ref');
    }
  });
  it('the limits step derives the prefix from the id and rejects an id that is not a name', () => {
    const step = byId(ci.jobs.locate, 'limits');
    const env = { LINT_BUDGET: '90', INSTALL_MINUTES: '10', TEST_MINUTES: '30' };
    expect(runStep(step, { ...env, ID: '' }).outputs.prefix).toBe('shipline');
    expect(runStep(step, { ...env, ID: 'billing-api' }).outputs.prefix).toBe('shipline-billing-api');
    const bad = runStep(step, { ...env, ID: 'a/b' });
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("input 'id' is 'a/b'");
    expect(runStep(byId(cd.jobs.locate, 'limits'), { ID: 'web', DEPLOY_SECONDS: '300' }).outputs.prefix).toBe(
      'shipline-web',
    );
  });
});

describe('3. timings and the coverage baseline are saved only when tests and the gate passed', () => {
  it('every step that moves the carried state needs the test stage and the gate to have passed', () => {
    const steps = (ci.jobs.coverage.steps ?? []).filter(
      (s) => s.uses?.startsWith('actions/cache/save@') || s.run?.includes('shipline shard timings'),
    );
    expect(steps.length).toBe(2);
    for (const s of steps) {
      expect(s.if).toContain("needs.test.result == 'success'");
      expect(s.if).toContain("steps.gate.outcome == 'success'");
      expect(s.if).not.toContain('always()');
    }
  });
});

describe('4. the test legs read the one plan', () => {
  it('no leg re-plans: the plan artifact is the plan file alone, and legs read their files from it', () => {
    expect(uses(ci.jobs.test, './.shipline-action/actions/shard')).toEqual([]);
    const up = uses(ci.jobs.plan, 'actions/upload-artifact@')[0];
    expect(String(up.with?.path).trim().split('\n')).toEqual(['${{ steps.shard.outputs.plan }}']);
    expect(up.with?.['if-no-files-found']).toBe('error');
    const shard = uses(ci.jobs.plan, './.shipline-action/actions/shard')[0];
    const down = uses(ci.jobs.test, 'actions/download-artifact@')[0];
    // upload-artifact roots one path at its own folder: plan.json lands in the download path.
    expect(String(shard.with?.['plan-file'])).toBe(`${down.with?.path}/plan.json`);
    const files = byId(ci.jobs.test, 'files');
    expect(files.env?.PLAN).toBe(`${down.with?.path}/plan.json`);
    expect(files.run).toContain('shipline shard files --plan "$PLAN"');
  });
});

describe('5. one stable required check; merge queues', () => {
  const resultStep = (ci.jobs.result.steps ?? [])[0];
  const all = { LOCATE: 'success', LINT: 'success', PLAN: 'success', TEST: 'success', COVERAGE: 'success' };
  it('ci.yml has a result job named ci that always runs after every stage', () => {
    expect(ci.jobs.result.name).toBe('ci');
    expect(ci.jobs.result.if).toBe('always()');
    expect([...(ci.jobs.result.needs as string[])].sort()).toEqual([
      'coverage',
      'lint',
      'locate',
      'perf',
      'plan',
      'test',
    ]);
  });
  it.each([
    ['all passed', {}, 0],
    ['a shard failed (the quarantine shard cannot: continue-on-error)', { TEST: 'failure' }, 1],
    ['the gate failed', { COVERAGE: 'failure' }, 1],
    ['lint failed, so nothing after it ran', { LINT: 'failure', PLAN: 'skipped', TEST: 'skipped' }, 1],
    ['cancelled', { TEST: 'cancelled' }, 1],
    ['the performance gate was off (skipped)', { PERF: 'skipped' }, 0],
    ['the performance gate found a regression', { PERF: 'failure' }, 1],
  ])('its step, run: %s', (_name, over, status) => {
    expect(runStep(resultStep, { ...all, ...over }).status).toBe(status);
  });
  it('pipeline.yml has one too, and CD skipped (no image, a merge group) does not fail it', () => {
    const step = (pipeline.jobs.result.steps ?? [])[0];
    expect(pipeline.jobs.result.name).toBe('ci');
    expect(runStep(step, { CI_RESULT: 'success', CD_RESULT: 'skipped' }).status).toBe(0);
    expect(runStep(step, { CI_RESULT: 'success', CD_RESULT: 'failure' }).status).toBe(1);
    expect(runStep(step, { CI_RESULT: 'failure', CD_RESULT: 'skipped' }).status).toBe(1);
    // A redeploy skips CI: then the deploy alone decides.
    const v = 'a'.repeat(40);
    expect(runStep(step, { CI_RESULT: 'skipped', CD_RESULT: 'success', VERSION: v }).status).toBe(0);
    expect(runStep(step, { CI_RESULT: 'skipped', CD_RESULT: 'failure', VERSION: v }).status).toBe(1);
    expect(runStep(step, { CI_RESULT: 'skipped', CD_RESULT: 'success' }).status).toBe(1);
  });
  it('the templates trigger on merge_group and name their job shipline (the check: shipline / ci)', () => {
    for (const file of templateFiles()) {
      const wf = loadWorkflow(file);
      expect(Object.keys(triggers(wf)), file).toContain('merge_group');
      expect(wf.jobs.pipeline.name, file).toBe('shipline');
    }
  });
  it("shipline's own CI runs on merge_group too, as every workflow that checks pull requests must", () => {
    for (const file of ['.github/workflows/self-test.yml', ...templateFiles()]) {
      const on = Object.keys(triggers(loadWorkflow(file)));
      if (on.includes('pull_request')) expect(on, file).toContain('merge_group');
    }
  });
  it('CD never runs on merge_group; on a pull request it builds without pushing, on the default branch it deploys', () => {
    const github = (event_name: string, ref_name: string) => ({
      event_name,
      ref_name,
      event: { repository: { default_branch: 'main' } },
    });
    // Job status functions are the runner's: a run that is not cancelled here.
    const notCancelled = (e: string) => e.replace('!cancelled()', 'true');
    const needs = { ci: { result: 'success' } };
    const runsCd = (g: object, image = 'ghcr.io/acme/api') =>
      evaluate(notCancelled(pipeline.jobs.cd.if as string), { inputs: { image, version: '' }, github: g, needs });
    expect(runsCd(github('merge_group', 'gh-readonly-queue/main/pr-1-abc'))).toBe(false);
    expect(runsCd(github('pull_request', '7/merge'))).toBe(true);
    expect(runsCd(github('push', 'main'))).toBe(true);
    expect(runsCd(github('push', 'feature'))).toBe(false);
    expect(runsCd(github('push', 'main'), '')).toBe(false);
    const cdNeeds = {
      locate: { result: 'success' },
      build: { result: 'success' },
      staging: { result: 'skipped' },
    };
    const deploys = (g: object, n: object = cdNeeds) =>
      evaluate(notCancelled(cd.jobs.deploy.if as string), { github: g, needs: n });
    for (const ev of ['pull_request', 'merge_group']) expect(deploys(github(ev, 'x')), ev).toBe(false);
    expect(deploys(github('push', 'main'))).toBe(true);
    // Production waits for staging when there is one, and for the build unless a redeploy skipped it.
    expect(deploys(github('push', 'main'), { ...cdNeeds, staging: { result: 'failure' } })).toBe(false);
    expect(deploys(github('push', 'main'), { ...cdNeeds, build: { result: 'failure' } })).toBe(false);
    expect(deploys(github('workflow_dispatch', 'main'), { ...cdNeeds, build: { result: 'skipped' } })).toBe(true);
    // A workflow_dispatch with a version redeploys it without CI; without one, it runs CI only.
    const dispatch = github('workflow_dispatch', 'main');
    const skipped = { ci: { result: 'skipped' } };
    const ctx = (version: string, n: object) => ({
      inputs: { image: 'ghcr.io/acme/api', version },
      github: dispatch,
      needs: n,
    });
    expect(evaluate(notCancelled(pipeline.jobs.cd.if as string), ctx('a'.repeat(40), skipped))).toBe(true);
    expect(evaluate(notCancelled(pipeline.jobs.cd.if as string), ctx('', needs))).toBe(false);
    expect(evaluate(pipeline.jobs.ci.if as string, { inputs: { version: 'a'.repeat(40) } })).toBe(false);
    expect(uses(cd.jobs.build, './.shipline-action/actions/docker-build')[0].with?.push).toBe('${{ inputs.push }}');
  });
});

describe('7. shipline’s own checkout stays out of the image build context', () => {
  it('the build job checks the service out beside .shipline-action and builds from there', () => {
    const [repo, shipline] = uses(cd.jobs.build, 'actions/checkout@');
    expect(repo.with?.path).toBe('source');
    expect(shipline.with?.path).toBe('.shipline-action');
    const build = uses(cd.jobs.build, './.shipline-action/actions/docker-build')[0];
    expect(build.with?.context).toBe('source/${{ inputs.context }}');
    expect(String(build.with?.file)).toContain("format('source/{0}', inputs.dockerfile)");
  });
});

describe('8. runners: a label, a label list or a group', () => {
  const runsOn = ci.jobs.lint['runs-on'] as string;
  it.each([
    ['ubuntu-latest', 'ubuntu-latest'],
    ['["self-hosted", "linux", "x64"]', ['self-hosted', 'linux', 'x64']],
    ['{"group": "ci-runners", "labels": ["linux"]}', { group: 'ci-runners', labels: ['linux'] }],
  ])('runs-on %s', (input, want) => {
    expect(evaluate(runsOn, { inputs: { 'runs-on': input } })).toEqual(want);
  });
  it('every job of every reusable workflow takes it the same way', () => {
    for (const wf of [ci, cd, pipeline])
      for (const [id, job] of Object.entries(wf.jobs)) if (!job.uses) expect(job['runs-on'], id).toBe(runsOn);
  });
});

describe('9. deploy credentials', () => {
  const step = named(cd.jobs.deploy, "A kubeconfig, or the runner's context on purpose");
  const env = { HAS_KUBECONFIG: 'false', RUNNER_KUBECONFIG: 'false', DRY_RUN: 'auto', ENVIRONMENT: 'production' };
  it('an empty kubeconfig fails the deploy, naming the environment secret to set', () => {
    const r = runStep(step, env);
    expect(r.status).toBe(1);
    expect(r.out).toContain("environment secret KUBECONFIG to the 'production' environment");
  });
  it.each([
    ['a kubeconfig', { HAS_KUBECONFIG: 'true' }],
    ['the runner context on purpose', { RUNNER_KUBECONFIG: 'true' }],
    ['a dry run', { DRY_RUN: 'true' }],
    ['dry-run auto under act', { ACT: 'true' }],
  ])('passes with %s', (_n, over) => {
    expect(runStep(step, { ...env, ...over }).status).toBe(0);
  });
  it('the check runs before the deploy step', () => {
    const steps = cd.jobs.deploy.steps ?? [];
    expect(steps.indexOf(step)).toBeLessThan(steps.findIndex((s) => s.id === 'deploy'));
  });
  it('the templates map no repository KUBECONFIG secret: it is an environment secret', () => {
    for (const file of templateFiles()) {
      const job = loadWorkflow(file).jobs.pipeline;
      expect(Object.keys((job.secrets as Record<string, string>) ?? {}), file).not.toContain('kubeconfig');
      expect(readText(file), file).toMatch(/environment secret/i);
    }
  });
});

describe('10. deploy concurrency as GitHub documents it', () => {
  it('one running, one pending per environment and call; the running one is never cancelled', () => {
    const c = cd.jobs.deploy.concurrency as { group: string; 'cancel-in-progress': boolean };
    expect(c['cancel-in-progress']).toBe(false);
    expect(c.group).toContain('inputs.environment');
    expect(readText('.github/workflows/cd.yml')).not.toMatch(/none is cancelled/);
  });
  it('notify runs on a cancelled deploy and reports it as cancelled', () => {
    const ctx = (deploy: string, build = 'success') => ({
      needs: { locate: { result: 'success' }, build: { result: build }, deploy: { result: deploy } },
    });
    // always() is a status function the plain evaluator lacks: the rest of the condition decides.
    const cond = (cd.jobs.notify.if as string).replace(/^always\(\) && /, '');
    expect(evaluate(cond, ctx('cancelled'))).toBe(true);
    expect(evaluate(cond, ctx('success'))).toBe(false);
    expect(evaluate(cond, ctx('skipped', 'failure'))).toBe(true);
    const tell = named(cd.jobs.notify, 'Tell the team');
    expect(evaluate(String(tell.with?.status), ctx('cancelled'))).toBe('cancelled');
    expect(evaluate(String(tell.with?.status), ctx('failure'))).toBe('failure');
  });
});

describe('11. job timeouts follow the inputs', () => {
  it('lint, test and deploy take their timeout from the limits the inputs imply', () => {
    expect(ci.jobs.lint['timeout-minutes']).toBe('${{ fromJSON(needs.locate.outputs.lint-timeout) }}');
    expect(ci.jobs.test['timeout-minutes']).toBe('${{ fromJSON(needs.locate.outputs.test-timeout) }}');
    expect(cd.jobs.deploy['timeout-minutes']).toBe('${{ fromJSON(needs.locate.outputs.deploy-timeout) }}');
  });
  it('the limits: install plus budget for lint, install plus tests for a shard, a rollout and its rollback for deploy', () => {
    const r = runStep(byId(ci.jobs.locate, 'limits'), {
      ID: '',
      LINT_BUDGET: '600',
      INSTALL_MINUTES: '15',
      TEST_MINUTES: '45',
    });
    expect(r.outputs).toMatchObject({ 'lint-timeout': '30', 'test-timeout': '65' });
    // 1800 s rollout + 1800 s rollback = 60 min, plus 10: past the old fixed 20.
    expect(runStep(byId(cd.jobs.locate, 'limits'), { ID: '', DEPLOY_SECONDS: '1800' }).outputs['deploy-timeout']).toBe(
      '70',
    );
  });
});

describe("12. the shard's files reach the test command as they are", () => {
  const step = named(ci.jobs.test, "Run the shard's tests");
  it('file names with &, spaces, quotes and leading dashes, through the real step on bash 5.2', () => {
    const files = ['test/a&b.test.js', 'test/with space.test.js', '-rf.test.js', "it's & more.test.js"];
    const r = runStep(step, {
      TEST_COMMAND: "printf '%s\\n' {files} > args.txt",
      SHARD_FILES: formatFiles(files, 'shell'),
      TEST_IMAGE: '',
      WORKING_DIRECTORY: '.',
      SHARD: '2',
      TOTAL: '3',
    });
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(r.cwd, 'args.txt'), 'utf8').split('\n').filter(Boolean)).toEqual([
      'test/a&b.test.js',
      'test/with space.test.js',
      './-rf.test.js',
      "it's & more.test.js",
    ]);
  });

  it("writes the shard's wall time beside its reports, and keeps the command's exit status", () => {
    const r = runStep(step, {
      TEST_COMMAND: 'sleep 0.3; exit 4',
      SHARD_FILES: 'a.test.js',
      TEST_IMAGE: '',
      WORKING_DIRECTORY: '.',
      SHARD: '2',
      TOTAL: '3',
    });
    expect(r.status, r.out).toBe(4);
    const wall = asWallRecord(readFileSync(join(r.cwd, 'shipline-wall-2.json'), 'utf8'));
    if (typeof wall === 'string') throw new Error(wall);
    expect(wall).toMatchObject({ shipline: 'shard-wall', shard: 2, total: 3, exit: 4 });
    expect(wall.seconds).toBeGreaterThanOrEqual(0.3);
  });
});

describe('14. multi-line junit-files and coverage-files', () => {
  const step = byId(ci.jobs.test, 'reports');
  it('every line gets the working-directory prefix, exclusions too', () => {
    const r = runStep(step, {
      WORKING_DIRECTORY: 'services/api',
      JUNIT_FILES: 'reports/junit.xml\n  reports/e2e/*.xml\n',
      COVERAGE_FILES: 'coverage/lcov.info\n!coverage/tmp/**',
      SHARD: '2',
    });
    expect(r.status, r.out).toBe(0);
    // The shard's wall record (written at the workspace root by the test step) goes with its reports.
    expect(r.outputs.junit.split('\n')).toEqual([
      'services/api/reports/junit.xml',
      'services/api/reports/e2e/*.xml',
      'shipline-wall-2.json',
    ]);
    expect(r.outputs.coverage.split('\n')).toEqual([
      'services/api/coverage/lcov.info',
      '!services/api/coverage/tmp/**',
    ]);
    expect(
      runStep(step, { WORKING_DIRECTORY: '.', JUNIT_FILES: 'a.xml', COVERAGE_FILES: 'b', SHARD: '1' }).outputs.junit,
    ).toBe('a.xml\nshipline-wall-1.json');
  });
  it('the uploads read those lines', () => {
    const [junit, coverage] = uses(ci.jobs.test, 'actions/upload-artifact@');
    expect(junit.with?.path).toBe('${{ steps.reports.outputs.junit }}');
    expect(coverage.with?.path).toBe('${{ steps.reports.outputs.coverage }}');
  });
});

describe('15. notify when locate failed', () => {
  it.each([
    ['ci.yml', ci],
    ['cd.yml', cd],
  ])(
    '%s: no checkout of an empty repository input (that would be the caller), and a notice saying why',
    async (_f, wf) => {
      const checkout = uses(wf.jobs.notify, 'actions/checkout@')[0];
      expect(checkout.if).toContain("needs.locate.result == 'success'");
      expect(named(wf.jobs.notify, 'Tell the team').if).toContain("needs.locate.result == 'success'");
      const step = named(wf.jobs.notify, 'Tell the team that shipline could not start');
      expect(step.if).toBe("needs.locate.result != 'success'");
      const got: string[] = [];
      const server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          got.push(body);
          res.end('ok');
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as { port: number }).port;
      try {
        const env = {
          WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
          FORMAT: 'slack',
          RUN_URL: 'https://github.com/acme/api/actions/runs/1',
          REPOSITORY: 'acme/api',
          WORKFLOW: 'pipeline',
        };
        const r = await runStepAsync(step, env);
        expect(r.status, r.out).toBe(0);
        expect(r.out).toContain('::error title=shipline::shipline could not tell which of its versions to run');
        expect(got).toHaveLength(1);
        expect(JSON.parse(got[0]).text).toMatch(
          /^acme\/api: pipeline failed: shipline could not tell .* https:\/\/github\.com\/acme\/api\/actions\/runs\/1$/,
        );
        const discord = await runStepAsync(step, { ...env, FORMAT: 'discord' });
        expect(discord.status, discord.out).toBe(0);
        expect(JSON.parse(got[1]).content).toContain('shipline could not tell');
        const none = await runStepAsync(step, { ...env, WEBHOOK_URL: '' });
        expect(none.status).toBe(0);
        expect(none.out).toContain('no notice sent');
      } finally {
        server.close();
      }
    },
  );
});

describe('13. templates that work on ordinary repositories', () => {
  it('image names are lower-cased for the registry, for the build and the deploy alike', () => {
    const r = runStep(byId(cd.jobs.locate, 'limits'), { ID: '', DEPLOY_SECONDS: '300', IMAGE: 'ghcr.io/Acme/My-API' });
    expect(r.outputs.image).toBe('ghcr.io/acme/my-api');
    expect(uses(cd.jobs.build, './.shipline-action/actions/docker-build')[0].with?.image).toBe(
      '${{ needs.locate.outputs.image }}',
    );
    expect(JSON.stringify(cd.jobs.deploy)).not.toContain('inputs.image');
  });
  it.each(templateFiles())('%s: CD is off until an image is named', (file) => {
    expect(loadWorkflow(file).jobs.pipeline.with?.image).toBe('');
  });
});

describe('16. re-running failed jobs', () => {
  it('every upload overwrites an artifact of the same name from an earlier attempt', () => {
    for (const wf of [ci, cd])
      for (const { jobId, step } of allSteps(wf))
        if (step.uses?.startsWith('actions/upload-artifact@')) expect(step.with?.overwrite, jobId).toBe(true);
  });
});

describe('also: dependency caching and environment parity', () => {
  it('lint and test cache the package manager downloads keyed on the lock file', () => {
    for (const job of [ci.jobs.lint, ci.jobs.test]) {
      const c = uses(job, 'actions/cache@')[0];
      expect(String(c.with?.key)).toContain('hashFiles(');
      expect(String(c.with?.key)).toContain('package-lock.json');
      expect(String(c.with?.key)).toContain('go.sum');
      expect(c.if).toContain('inputs.cache-dependencies');
    }
  });
  it('the parity build sends the context without .shipline-action', () => {
    const step = named(ci.jobs.test, 'Build the test image (environment parity)');
    expect(step.if).toBe("inputs.test-image != ''");
    expect(step.run).toContain('--exclude=./.shipline-action');
  });
});
