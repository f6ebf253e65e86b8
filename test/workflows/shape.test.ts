import { describe, expect, it } from 'vitest';
import { loadWorkflow, needsOf, shiplineActionOf, type Job } from './lib.js';

// The pipeline the issue describes, job by job: order, conditions, what is carried between runs.
const ci = loadWorkflow('.github/workflows/ci.yml');
const cd = loadWorkflow('.github/workflows/cd.yml');
const usesAction = (job: Job, id: string) => (job.steps ?? []).find((s) => shiplineActionOf(s.uses) === id);
const DEFAULT_BRANCH_PUSH = "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch";

describe('ci.yml: lint → plan → test → coverage → notify', () => {
  it('orders the jobs', () => {
    expect(needsOf(ci.jobs.lint)).toEqual(['locate']);
    expect(needsOf(ci.jobs.plan)).toEqual(['locate', 'lint']);
    expect(needsOf(ci.jobs.test)).toEqual(['locate', 'plan']);
    expect(needsOf(ci.jobs.coverage)).toEqual(['locate', 'plan', 'test']);
    expect(needsOf(ci.jobs.notify).sort()).toEqual(['coverage', 'lint', 'locate', 'plan', 'test']);
    expect(ci.jobs.notify.if).toBe('failure()');
  });
  it('runs each tool in its job', () => {
    expect(usesAction(ci.jobs.lint, 'lint-gate')).toBeDefined();
    expect(usesAction(ci.jobs.plan, 'shard')).toBeDefined();
    expect(usesAction(ci.jobs.coverage, 'coverage-gate')).toBeDefined();
    expect(usesAction(ci.jobs.notify, 'notify')).toBeDefined();
  });
  it('builds the test matrix from the plan and lets the quarantine shard fail without failing the run', () => {
    expect((ci.jobs.test.strategy as { matrix: string }).matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect((ci.jobs.test.strategy as { 'fail-fast': boolean })['fail-fast']).toBe(false);
    expect(ci.jobs.test['continue-on-error']).toBe('${{ matrix.quarantine == true }}');
  });
  it('restores timings keyed by branch with the default branch as fallback, and saves them and the baseline only on the default branch', () => {
    const restore = (ci.jobs.plan.steps ?? []).find((s) => s.uses?.startsWith('actions/cache/restore@'));
    expect(String(restore?.with?.['restore-keys'])).toMatch(/head_ref \|\| github\.ref_name[\s\S]*default_branch/);
    const save = (ci.jobs.coverage.steps ?? []).find((s) => s.uses?.startsWith('actions/cache/save@'));
    expect(save?.if).toContain(DEFAULT_BRANCH_PUSH);
    expect(String(save?.with?.path)).toContain('inputs.timings-file');
    expect(String(save?.with?.path)).toContain('inputs.baseline-file');
    expect(String(usesAction(ci.jobs.coverage, 'coverage-gate')?.with?.['write-baseline'])).toContain(
      DEFAULT_BRANCH_PUSH,
    );
  });
  it("uploads every shard's JUnit and coverage, even when its tests failed, and the coverage job reads them all", () => {
    const uploads = (ci.jobs.test.steps ?? []).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((s) => s.with?.name)).toEqual([
      '${{ needs.locate.outputs.prefix }}-junit-${{ matrix.shard }}',
      '${{ needs.locate.outputs.prefix }}-coverage-${{ matrix.shard }}',
    ]);
    for (const u of uploads) expect(u.if).toBe('always()');
    const downloads = (ci.jobs.coverage.steps ?? [])
      .filter((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.pattern)
      .map((s) => s.with?.pattern);
    expect(downloads).toEqual([
      '${{ needs.locate.outputs.prefix }}-coverage-[0-9]*',
      '${{ needs.locate.outputs.prefix }}-junit-[0-9]*',
    ]);
    expect(ci.jobs.coverage.if).toContain('!cancelled()');
  });
});

describe('cd.yml: build → staging → deploy → promote → notify', () => {
  const DEPLOYING = ['staging', 'deploy', 'promote'];
  it('orders the jobs and passes the built image (or the redeployed version) to each deploy', () => {
    expect(needsOf(cd.jobs.staging)).toEqual(['locate', 'build']);
    expect(needsOf(cd.jobs.deploy)).toEqual(['locate', 'build', 'staging']);
    expect(needsOf(cd.jobs.promote)).toEqual(['locate', 'build', 'deploy']);
    for (const id of DEPLOYING) {
      const w = JSON.stringify(usesAction(cd.jobs[id], 'k8s-deploy')?.with);
      expect(w, id).toContain('needs.build.outputs.image-ref');
      expect(w, id).toContain('needs.locate.outputs.redeploy');
    }
    expect(usesAction(cd.jobs.promote, 'k8s-deploy')?.with?.action).toBe('promote');
    expect(cd.jobs.notify.if).toBe(
      "always() && (contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled'))",
    );
  });
  it('deploys in GitHub environments with their URLs, one deploy per environment at a time, never cancelling one under way', () => {
    expect(cd.jobs.deploy.environment).toEqual({
      name: '${{ inputs.environment }}',
      url: '${{ inputs.environment-url }}',
    });
    expect(cd.jobs.staging.environment).toEqual({
      name: '${{ inputs.staging-environment }}',
      url: '${{ inputs.staging-url }}',
    });
    expect((cd.jobs.promote.environment as { name: string }).name).toBe(
      '${{ inputs.promote-environment || inputs.environment }}',
    );
    for (const id of DEPLOYING) {
      const c = cd.jobs[id].concurrency as { group: string; 'cancel-in-progress': boolean };
      expect(c.group, id).toContain(
        id === 'staging' ? '${{ inputs.staging-environment }}' : '${{ inputs.environment }}',
      );
      expect(c['cancel-in-progress'], id).toBe(false);
    }
  });
  it('hands the kubeconfig to the deploy steps alone', () => {
    const text = JSON.stringify(cd);
    // Twice per deploying job: the deploy step's input, and the job's presence flag.
    expect(text.match(/secrets\.kubeconfig/g)).toHaveLength(2 * DEPLOYING.length);
    for (const id of DEPLOYING) {
      expect(cd.jobs[id].env?.HAS_KUBECONFIG, id).toBe("${{ secrets.kubeconfig != '' }}");
      expect(JSON.stringify(usesAction(cd.jobs[id], 'k8s-deploy')?.with), id).toContain('secrets.kubeconfig');
    }
  });
});
