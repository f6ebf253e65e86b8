// The built action, end to end, against the simulator with the real kubectl: deploys, fails
// fast on a definitive sign, rolls back to the recorded revision and proves it healthy.
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';
import { errors, runDeploy, SHA } from './run.js';

const it = needs('kubectl', hasKubectl);

const seedApi = (sim: K8sSimulator, extra: { minReadySeconds?: number; maxSurge?: string } = {}) =>
  sim.seed({
    name: 'api',
    replicas: 3,
    containers: [
      { name: 'app', image: 'ghcr.io/acme/api:v1' },
      { name: 'sidecar', image: 'ghcr.io/acme/proxy:v1' },
    ],
    ...extra,
  });

describe('k8s-deploy action', () => {
  it('rolls a good image out, records the change-cause and reports the revisions', async () => {
    const sim = await simulator({ readyDelayMs: 800 });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v2' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toEqual({ result: 'deployed', revision: '2', 'previous-revision': '1', reason: '' });
    expect(sim.readyImages('api').filter((i) => i.startsWith('app='))).toEqual(
      Array(3).fill('app=ghcr.io/acme/api:v2'),
    );
    const cause = sim.deployment('api').metadata.annotations['kubernetes.io/change-cause'];
    expect(cause).toBe(`deploy ${SHA} (https://github.com/acme/api/actions/runs/4242)`);
    expect(cause).toContain('https://github.com/acme/api/actions/runs/4242');
    expect(r.stdout).toMatch(
      /deployment\/api: [0-2]\/3 new pods ready, [1-3]\/3 updated, \d old pending termination \(\d+ s\)/,
    );
    expect(r.stdout).toMatch(/deployment\/api: 3\/3 new pods ready, 3\/3 updated \(\d+ s\): rolled out/);
    expect(r.stdout).toContain('$ kubectl --kubeconfig');
    expect(r.summary).toContain('| deployment/api | app | ghcr.io/acme/api:v2 | 1 | 2 | complete | 3/3 |');
  });

  it('fails a pull-failing image within seconds and rolls back to the recorded revision', async () => {
    const sim = await simulator({ readyDelayMs: 800 });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:pullfail', timeout: '120' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: (ErrImagePull|ImagePullBackOff) on api-[a-z]+-[a-z]+ \(image ghcr\.io\/acme\/api:pullfail not found\); rolled back to revision 1, 3\/3 ready$/,
    );
    expect(errors(r)).toContain(r.outputs.reason);
    expect(r.outputs['previous-revision']).toBe('1');
    // Undo reuses revision 1's ReplicaSet under the next number.
    expect(r.outputs.revision).toBe('3');
    expect(sim.readyImages('api').filter((i) => i.startsWith('app='))).toEqual(
      Array(3).fill('app=ghcr.io/acme/api:v1'),
    );
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(
      sim.requests.some(
        (q) =>
          q.path.endsWith('/deployments/api') &&
          q.method === 'PATCH' &&
          q.contentType === 'application/json-patch+json',
      ),
    ).toBe(true);
    expect(r.durationMs).toBeLessThan(15_000);
    expect(r.summary).toContain('### Why deployment/api failed');
    expect(r.summary).toContain('Failed to pull image "ghcr.io/acme/api:pullfail"');
  });

  it('fails a crash-looping image within seconds, shows its previous logs, and rolls back', async () => {
    const sim = await simulator({ readyDelayMs: 800 });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:crash', timeout: '120' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: (CrashLoopBackOff|Restarting) on api-\S+ \(container app exited with code 2, restarted \d+ times?\); rolled back to revision 1, 3\/3 ready$/,
    );
    expect(r.summary).toContain('Previous logs of container app');
    expect(r.summary).toContain('panic: DATABASE_URL is not set');
    expect(sim.readyImages('api').filter((i) => i.startsWith('app='))).toEqual(
      Array(3).fill('app=ghcr.io/acme/api:v1'),
    );
    expect(r.durationMs).toBeLessThan(15_000);
  });

  it('rolls both deployments back when one of two fails (fail-fast stops the other)', async () => {
    // One image, two deployments: the worker's container crash-loops on it, the api's comes up slowly.
    const sim = await simulator({
      readyDelayMs: 1500,
      overrides: { 'worker=ghcr.io/acme/api:v2': { kind: 'crash', oom: false } },
    });
    seedApi(sim);
    sim.seed({ name: 'worker', replicas: 2, containers: [{ name: 'worker', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(sim, { deployments: 'api/app\nworker', image: 'ghcr.io/acme/api:v2' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^deployment\/worker: (CrashLoopBackOff|Restarting) on worker-\S+ \(container worker exited with code 2, restarted \d+ times?\); rolled back deployment\/api to revision 1 \(3\/3 ready\), deployment\/worker to revision 1 \(2\/2 ready\)$/,
    );
    expect(r.stdout).toContain('fail-fast: stopping the other rollouts');
    expect(r.outputs['previous-revision']).toBe('api=1\nworker=1');
    expect(r.outputs.revision).toBe('api=3\nworker=3');
    expect(sim.readyImages('api').filter((i) => i.startsWith('app='))).toEqual(
      Array(3).fill('app=ghcr.io/acme/api:v1'),
    );
    expect(sim.readyImages('worker')).toEqual(Array(2).fill('worker=ghcr.io/acme/api:v1'));
  });

  it('with fail-fast false, lets the healthy rollout finish, then still rolls both back', async () => {
    const sim = await simulator({
      readyDelayMs: 500,
      overrides: { 'worker=ghcr.io/acme/api:v2': { kind: 'pullFail' } },
    });
    seedApi(sim);
    sim.seed({ name: 'worker', replicas: 2, containers: [{ name: 'worker', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(sim, {
      deployments: 'api/app\nworker',
      image: 'ghcr.io/acme/api:v2',
      'fail-fast': 'false',
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/deployment\/api: 3\/3 new pods ready, 3\/3 updated \(\d+ s\): rolled out/);
    expect(r.outputs.reason).toMatch(
      /rolled back deployment\/api to revision 1 \(3\/3 ready\), deployment\/worker to revision 1 \(2\/2 ready\)$/,
    );
    expect(sim.readyImages('api').filter((i) => i.startsWith('app='))).toEqual(
      Array(3).fill('app=ghcr.io/acme/api:v1'),
    );
  });

  it('does not fail a slow but healthy starter early (startup 3 s + minReadySeconds 1)', async () => {
    const sim = await simulator();
    seedApi(sim, { minReadySeconds: 1, maxSurge: '100%' });
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:slow-3s', timeout: '60' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('deployed');
    expect(r.durationMs).toBeGreaterThan(4000);
  });

  it('times out a pod that never gets ready, then rolls back', async () => {
    const sim = await simulator({ readyDelayMs: 500 });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:never', timeout: '4' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: not rolled out after 4 s \(0\/3 new pods ready, 1\/3 updated\); rolled back to revision 1, 3\/3 ready$/,
    );
    expect(r.summary).toContain('Readiness probe failed');
  });

  it('fails on ProgressDeadlineExceeded, then judges the rollback by readiness, not that condition', async () => {
    const sim = await simulator({ readyDelayMs: 500 });
    sim.seed({
      name: 'api',
      replicas: 2,
      progressDeadlineSeconds: 2,
      containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }],
    });
    const r = await runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:never', timeout: '60' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: ProgressDeadlineExceeded \(no progress for 2 s: 2\/2 available\); rolled back to revision 1, 2\/2 ready$/,
    );
    expect(r.durationMs).toBeLessThan(20_000);
  });

  it('when one deployment cannot even be patched, rolls back the ones that were', async () => {
    const sim = await simulator({
      readyDelayMs: 500,
      admission: (o) =>
        o.metadata.name === 'worker' && o.metadata.generation > 1 ? 'worker images must be signed' : undefined,
    });
    seedApi(sim);
    sim.seed({ name: 'worker', replicas: 1, containers: [{ name: 'worker', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(sim, { deployments: 'api/app\nworker', image: 'ghcr.io/acme/api:v2' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toBe(
      'deployment/worker: the rollout could not start: failed to patch image update to pod template: admission webhook "policy.simulator.local" denied the request: worker images must be signed; rolled back deployment/api to revision 1 (3/3 ready)',
    );
    expect(r.outputs.result).toBe('rolled-back');
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(sim.revision('worker')).toBe(1);
  });

  it('fails a pod unschedulable past the grace period', async () => {
    const sim = await simulator({ readyDelayMs: 500 });
    seedApi(sim);
    const r = await runDeploy(sim, {
      deployments: 'api/app',
      image: 'ghcr.io/acme/api:unschedulable',
      'unschedulable-grace': '2',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: Unschedulable on api-\S+ \(unschedulable for [23] s: 0\/3 nodes are available: 3 Insufficient cpu\. .*\); rolled back to revision 1, 3\/3 ready$/,
    );
    expect(r.durationMs).toBeGreaterThan(2000);
  });

  it('with rollback false, fails and leaves the deployment as it is', async () => {
    const sim = await simulator({ readyDelayMs: 500 });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:configerr', rollback: 'false' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs.reason).toMatch(
      /^deployment\/api: CreateContainerConfigError on \S+ \(container app: secret "api-db" not found\); left as is \(rollback is false\)/,
    );
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:configerr');
  });

  it('setting the image already deployed makes no new revision and succeeds', async () => {
    const sim = await simulator();
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v1' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'deployed', revision: '1', 'previous-revision': '1' });
    expect(r.stdout).toContain('already runs ghcr.io/acme/api:v1; no new revision');
    expect(sim.requests.some((q) => q.method === 'PATCH')).toBe(false);
  });
});
