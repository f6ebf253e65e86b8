// Cloud login in cd.yml: opt-in per provider, each login in the job that needs it, and every
// action's inputs among those its published action.yml declares (actionlint checks the actions
// it knows; the rest against test/fixtures/actions/published-inputs.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, allSteps, loadWorkflow, workflowFiles, type Step } from '../workflows/lib.js';

const cd = loadWorkflow('.github/workflows/cd.yml');
const published = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/actions/published-inputs.json'), 'utf8')) as Record<
  string,
  { required: string[]; optional: string[] }
>;
const steps = (job: string) => cd.jobs[job].steps as Step[];
const uses = (job: string, action: string) => steps(job).filter((s) => s.uses?.startsWith(`${action}@`));

describe('cd.yml cloud login', () => {
  it.each([
    ['build', 'aws-actions/configure-aws-credentials', "inputs.aws-role-to-assume != ''"],
    ['build', 'aws-actions/amazon-ecr-login', "inputs.aws-role-to-assume != ''"],
    ['build', 'google-github-actions/auth', "inputs.gcp-workload-identity-provider != ''"],
    ['build', 'docker/login-action', "inputs.gcp-workload-identity-provider != ''"],
    ['build', 'azure/login', "inputs.azure-client-id != ''"],
    ['deploy', 'aws-actions/configure-aws-credentials', "inputs.aws-role-to-assume != ''"],
    ['deploy', 'google-github-actions/auth', "inputs.gcp-workload-identity-provider != ''"],
    ['deploy', 'google-github-actions/get-gke-credentials', "inputs.gke-cluster != ''"],
    ['deploy', 'azure/login', "inputs.azure-client-id != ''"],
    ['deploy', 'azure/aks-set-context', "inputs.aks-cluster != ''"],
  ])('%s runs %s only when %s', (job, action, guard) => {
    const found = uses(job, action);
    expect(found).toHaveLength(1);
    expect(found[0].if).toContain(guard);
  });

  it('logs in to a registry only when the image lives there, and then hands docker-build no password', () => {
    expect(uses('build', 'aws-actions/amazon-ecr-login')[0].if).toContain('.dkr.ecr.');
    expect(uses('build', 'docker/login-action')[0].if).toContain('-docker.pkg.dev');
    const acr = steps('build').find((s) => s.id === 'acr');
    expect(acr?.if).toContain('.azurecr.io');
    expect(acr?.run).toBe('az acr login --name "${HOST%%.azurecr.io}"');
    const build = steps('build').find((s) => s.id === 'build')!;
    for (const k of ['username', 'password'])
      for (const id of ['ecr', 'gar', 'acr'])
        expect(String(build.with?.[k])).toContain(`steps.${id}.outcome != 'success'`);
  });

  it('sets the cluster context before the deploy, which then uses it (no kubeconfig secret needed)', () => {
    const all = steps('deploy');
    const deploy = all.findIndex((s) => s.id === 'deploy');
    const eks = all.findIndex((s) => s.run?.startsWith('aws eks update-kubeconfig'));
    expect(all[eks].run).toBe('aws eks update-kubeconfig --name "$CLUSTER" --region "$REGION"');
    for (const i of [
      eks,
      all.findIndex((s) => s.uses?.startsWith('google-github-actions/get-gke-credentials@')),
      all.findIndex((s) => s.uses?.startsWith('azure/aks-set-context@')),
    ]) {
      expect(i).toBeGreaterThan(-1);
      expect(i).toBeLessThan(deploy);
    }
  });

  it('a static kubeconfig still works as before, with no cloud input set', () => {
    const deploy = steps('deploy').find((s) => s.id === 'deploy')!;
    expect(deploy.with?.kubeconfig).toBe('${{ secrets.kubeconfig }}');
  });
});

describe('actions actionlint does not know: inputs as their published action.yml declares', () => {
  const calls = workflowFiles().flatMap((f) => allSteps(loadWorkflow(f)).map(({ step }) => ({ f, step })));
  it.each(Object.keys(published).filter((k) => !k.startsWith('_')))('%s', (action) => {
    const spec = published[action];
    const found = calls.filter(({ step }) => step.uses?.startsWith(`${action}@`));
    expect(found.length).toBeGreaterThan(0);
    for (const { f, step } of found) {
      const given = Object.keys(step.with ?? {});
      for (const k of given) expect([...spec.required, ...spec.optional], `${f}: ${action} input ${k}`).toContain(k);
      for (const k of spec.required) expect(given, `${f}: ${action} needs ${k}`).toContain(k);
    }
  });
});
