// Canary with the built action and the real kubectl against the simulator: replica-ratio steps
// with a baseline, verification through a canary preview Service, fail-fast on canary pods with
// an automatic reject, manual promote/reject across runs, and the bad inputs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, simulator } from './helpers.js';
import type { K8sSimulator, SimulatorOptions } from './k8s-simulator/server.js';
import { errors, runDeploy } from './run.js';
import { standIn } from './standins.js';

const it = needs('kubectl', hasKubectl);

async function cluster(options: SimulatorOptions = {}): Promise<K8sSimulator> {
  const sim = await simulator({ readyDelayMs: 300, ...options });
  sim.seed({ name: 'api', replicas: 4, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  sim.seedService('api', { app: 'api' });
  return sim;
}

const canary = (extra: Record<string, string> = {}) => ({
  deployments: 'api',
  strategy: 'canary',
  'canary-steps': '25,50,100',
  'canary-pause': '0.5',
  timeout: '60',
  ...extra,
});

const images = (sim: K8sSimulator, name: string) =>
  sim.deployment(name)?.spec.template.spec.containers.map((c: { image: string }) => c.image);

describe('canary', () => {
  it('steps 25 and 50 % with a baseline, verifies the canary pods, then promotes the main deployment', async () => {
    const v1 = await standIn(200, 'v1');
    const v2 = await standIn(200, 'v2');
    const sim = await cluster({ backends: { 'ghcr.io/acme/api:v1': v1.url, 'ghcr.io/acme/api:v2': v2.url } });
    const r = await runDeploy(
      sim,
      canary({ image: 'ghcr.io/acme/api:v2', 'verify-url': '/', 'verify-successes': '2' }),
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'deployed', live: 'api' });
    expect(r.stdout).toContain('step 25 %: canary 1/6 pods (17 %) of service/api, baseline 1');
    expect(r.stdout).toContain('step 50 %: canary 2/8 pods (25 %) of service/api, baseline 2');
    expect(v2.hits).toBeGreaterThanOrEqual(4);
    expect(v1.hits).toBe(0);
    expect(images(sim, 'api')).toEqual(['ghcr.io/acme/api:v2']);
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api-baseline')).toBeUndefined();
    expect(sim.service('api-canary')).toBeUndefined();
  });

  it('rejects automatically when a canary pod crash-loops, leaving the main deployment alone', async () => {
    const sim = await cluster();
    const r = await runDeploy(sim, canary({ image: 'ghcr.io/acme/api:crash' }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rejected');
    expect(r.outputs.reason).toMatch(
      /^deployment\/api-canary at 25 %: (CrashLoopBackOff|Restarting) on api-canary-\S+ \(container app exited with code 2, .*\); canary rejected, deployment\/api unchanged$/,
    );
    expect(errors(r)).toContain(r.outputs.reason);
    expect(images(sim, 'api')).toEqual(['ghcr.io/acme/api:v1']);
    expect(sim.revision('api')).toBe(1);
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api-baseline')).toBeUndefined();
  });

  it('rejects when the canary fails verification', async () => {
    const v1 = await standIn(200, 'v1');
    const v2 = await standIn(503, 'warming up forever');
    const sim = await cluster({ backends: { 'ghcr.io/acme/api:v1': v1.url, 'ghcr.io/acme/api:v2': v2.url } });
    const r = await runDeploy(
      sim,
      canary({ image: 'ghcr.io/acme/api:v2', 'verify-url': '/', 'verify-timeout': '2', 'verify-interval': '0.5' }),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rejected');
    expect(r.outputs.reason).toMatch(/^verification of the canary at 25 % failed: .*status 503/);
    expect(images(sim, 'api')).toEqual(['ghcr.io/acme/api:v1']);
  });

  it('stops before 100 % under promotion: manual; a later promote finishes it, a promote after that has nothing', async () => {
    const sim = await cluster();
    const r = await runDeploy(sim, canary({ image: 'ghcr.io/acme/api:v2', promotion: 'manual' }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('deployed');
    expect(sim.deployment('api').metadata.annotations['shipline.dev/canary']).toBe('50');
    expect(images(sim, 'api-canary')).toEqual(['ghcr.io/acme/api:v2']);
    expect(images(sim, 'api')).toEqual(['ghcr.io/acme/api:v1']);

    const wrong = await runDeploy(sim, canary({ image: 'ghcr.io/acme/api:v3', action: 'promote' }));
    expect(errors(wrong)).toEqual([
      "input 'image': the canary runs ghcr.io/acme/api:v2, not ghcr.io/acme/api:v3; promote the image the canary ran (or reject it)",
    ]);

    const p = await runDeploy(sim, canary({ image: 'ghcr.io/acme/api:v2', action: 'promote' }));
    expect(p.exitCode, p.stdout).toBe(0);
    expect(p.outputs.result).toBe('promoted');
    expect(images(sim, 'api')).toEqual(['ghcr.io/acme/api:v2']);
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api').metadata.annotations['shipline.dev/canary']).toBeUndefined();

    const none = await runDeploy(sim, canary({ image: 'ghcr.io/acme/api:v2', action: 'promote' }));
    expect(none.exitCode).toBe(1);
    expect(errors(none)).toEqual([
      "input 'action': nothing to promote: deployment/api has no canary waiting (annotation shipline.dev/canary is not set); run action deploy with promotion manual first",
    ]);
  });

  it('refuses steps that do not end at 100, in one line', async () => {
    const r = await runDeploy(undefined, canary({ image: 'ghcr.io/acme/api:v2', 'canary-steps': '10,50' }));
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      'input \'canary-steps\': "10,50" does not end at 100; give rising percentages ending at 100, e.g. 10,50,100',
    ]);
  });

  it('refuses manifests without a Service for a strategy, in one line', async () => {
    const sim = await cluster();
    const ws = mkdtempSync(join(tmpdir(), 'shipline-canary-ws-'));
    writeFileSync(
      join(ws, 'deploy.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: api}',
        'spec:',
        '  replicas: 2',
        '  selector: {matchLabels: {app: api}}',
        '  template:',
        '    metadata: {labels: {app: api}}',
        '    spec: {containers: [{name: app, image: ghcr.io/acme/api:v1}]}',
        '',
      ].join('\n'),
    );
    const r = await runDeploy(
      sim,
      { manifests: 'deploy.yaml', images: 'ghcr.io/acme/api=ghcr.io/acme/api:v2', strategy: 'blue-green' },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      "input 'manifests': strategy blue-green needs the live Service, and no Service in the manifests selects deployment/api; add one (or name it in input 'service')",
    ]);
  });
});
