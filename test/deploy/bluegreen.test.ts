// Blue-green with the built action and the real kubectl against the simulator: the new colour
// beside the live one, verification through the API server's service proxy on the preview,
// one-patch switch of a multi-label selector, switch back on a failure after the switch, and
// manual promote/reject across runs.
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, simulator } from './helpers.js';
import type { K8sSimulator, SimulatorOptions } from './k8s-simulator/server.js';
import { errors, runDeploy } from './run.js';
import { standIn } from './standins.js';

const it = needs('kubectl', hasKubectl);
const LABELS = { app: 'api', tier: 'web' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cluster(options: SimulatorOptions = {}): Promise<K8sSimulator> {
  const sim = await simulator({ readyDelayMs: 400, ...options });
  sim.seed({ name: 'api', replicas: 2, labels: LABELS, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  sim.seedService('api', LABELS);
  return sim;
}

const bg = (extra: Record<string, string> = {}) => ({
  deployments: 'api',
  strategy: 'blue-green',
  'scale-down-delay': '1',
  timeout: '60',
  ...extra,
});

describe('blue-green', () => {
  it('verifies the preview through the service proxy, switches the selector in one patch, scales the old down', async () => {
    const v1 = await standIn(200, 'v1 ok');
    const v2 = await standIn(200, 'v2 ok');
    const sim = await cluster({ backends: { 'ghcr.io/acme/api:v1': v1.url, 'ghcr.io/acme/api:v2': v2.url } });
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', 'verify-url': '/healthz', 'verify-body': 'v2' }));
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'deployed', live: 'api-blue' });
    expect(v2.hits).toBeGreaterThanOrEqual(3);
    expect(v1.hits).toBe(0);
    const svc = sim.service('api');
    expect(svc.spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'blue' });
    expect(svc.metadata.annotations).toMatchObject({
      'shipline.dev/live': 'api-blue',
      'shipline.dev/previous': 'api-green',
    });
    // First run: the live version moves into green (one switch), then traffic goes to blue (one switch).
    // (The other PATCHes of service/api are annotations: the run's lease, taken and released.)
    const switches = sim.requests.filter(
      (q) => q.method === 'PATCH' && q.path.endsWith('/services/api') && q.body?.includes('selector'),
    );
    expect(switches).toHaveLength(2);
    expect(sim.deployment('api').spec.replicas).toBe(0);
    expect(sim.deployment('api-green').spec.replicas).toBe(0);
    expect(sim.deployment('api-green').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(sim.deployment('api-blue').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v2');
    expect(sim.service('api-preview')).toBeUndefined();
    expect(r.summary).toContain('through the API server');

    // The next deploy goes to green, beside blue, and switches between two colours.
    const again = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v3' }));
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ result: 'deployed', live: 'api-green' });
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.deployment('api-blue').spec.replicas).toBe(0);
    expect(sim.deployment('api-green').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v3');
    expect(
      sim.requests.filter(
        (q) => q.method === 'PATCH' && q.path.endsWith('/services/api') && q.body?.includes('selector'),
      ),
    ).toHaveLength(3);
  });

  it('keeps the old colour live when the preview fails verification', async () => {
    const v1 = await standIn(200, 'ok');
    const v2 = await standIn(500, 'database unreachable');
    const sim = await cluster({ backends: { 'ghcr.io/acme/api:v1': v1.url, 'ghcr.io/acme/api:v2': v2.url } });
    const r = await runDeploy(
      sim,
      bg({ image: 'ghcr.io/acme/api:v2', 'verify-url': '/healthz', 'verify-timeout': '3', 'verify-interval': '0.5' }),
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs.reason).toMatch(
      /^verification of the preview failed: .*status 500, want 200: database unreachable.*; live stays on deployment\/api-green \(deployment\/api-blue removed\)$/,
    );
    expect(errors(r)).toContain(r.outputs.reason);
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.deployment('api-blue')).toBeUndefined();
    expect(sim.deployment('api-green').spec.replicas).toBe(2);
    expect(sim.deployment('api-green').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    // The new version never had the live Service's traffic: v1 answered nothing, the preview all.
    expect(v1.hits).toBe(0);
    expect(r.summary).toContain('| status 500, want 200');
  });

  it('switches back when the new colour fails after the switch', async () => {
    const sim = await cluster();
    // The new version crashes once the live Service selects it. A crash timed from the pod's start
    // (`late-crash-1s`) raced the run: on a loaded machine the watch saw the pods only after the
    // crash, so the run failed before the switch and never switched back.
    const image = 'ghcr.io/acme/api:v2';
    const run = runDeploy(sim, bg({ image, 'scale-down-delay': '20' }));
    let ended = false;
    void run.then(
      () => (ended = true),
      () => (ended = true),
    );
    while (!ended && sim.service('api').spec.selector['shipline.dev/colour'] !== 'blue') await sleep(50);
    sim.controller.misbehave(image, { kind: 'crash', oom: false, at: Date.now() });
    const r = await run;
    expect(r.summary).toContain('service/api switched to deployment/api-blue in one patch');
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.live).toBe('api-green');
    expect(r.outputs.reason).toMatch(
      /^deployment\/api-blue: (CrashLoopBackOff|Restarting) on api-blue-\S+ \(.*\) after the switch; switched back to deployment\/api-green \(\d+ ms of API time\)$/,
    );
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.deployment('api-green').spec.replicas).toBe(2);
    expect(sim.deployment('api-blue').spec.replicas).toBe(0);
  });

  it('waits for promote under promotion: manual; promote switches; promote again has nothing to promote', async () => {
    const sim = await cluster();
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', promotion: 'manual' }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'deployed', live: 'api-green' });
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.service('api').metadata.annotations['shipline.dev/pending']).toBe('api-blue');

    const p = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', action: 'promote' }));
    expect(p.exitCode, p.stdout).toBe(0);
    expect(p.outputs).toMatchObject({ result: 'promoted', live: 'api-blue' });
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'blue' });

    const none = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', action: 'promote' }));
    expect(none.exitCode).toBe(1);
    expect(errors(none)).toEqual([
      "input 'action': nothing to promote: service/api has no blue-green deployment waiting (annotation shipline.dev/pending is not set); run action deploy with promotion manual first",
    ]);
  });

  it('reject removes the waiting colour and leaves the live one', async () => {
    const sim = await cluster();
    await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', promotion: 'manual' }));
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', action: 'reject' }));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'rejected', live: 'api-green' });
    expect(sim.deployment('api-blue')).toBeUndefined();
    expect(sim.service('api').metadata.annotations?.['shipline.dev/pending']).toBeUndefined();
  });

  it('reject after the automatic switch, within scale-down-delay, switches back and scales the new colour down', async () => {
    const sim = await cluster();
    const deploy = runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', 'scale-down-delay': '30' }));
    // Wait for the automatic switch to the new colour (the first run adopts into green, then blue).
    for (let i = 0; i < 300 && sim.service('api').metadata.annotations?.['shipline.dev/live'] !== 'api-blue'; i++)
      await sleep(100);
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'blue' });
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', action: 'reject' }));
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'rejected', live: 'api-green' });
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.deployment('api-blue').spec.replicas).toBe(0);
    expect(sim.deployment('api-green').spec.replicas).toBe(2);
    // The deploy run sees the switch back, stops holding and leaves the old colour up.
    const d = await deploy;
    expect(d.exitCode, d.stdout).toBe(1);
    expect(d.outputs.result).toBe('rejected');
    expect(d.outputs.live).toBe('api-green');
    expect(d.outputs.reason).toBe(
      'service/api was switched back to deployment/api-green by action reject during scale-down-delay; deployment/api-blue was scaled down by it',
    );
    expect(sim.deployment('api-green').spec.replicas).toBe(2);
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'green' });
    expect(sim.service('api').metadata.annotations?.['shipline.dev/lease']).toBeUndefined();
  });

  it('reject after scale-down-delay has passed says the previous colour is gone, in one line', async () => {
    const sim = await cluster();
    const d = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2' }));
    expect(d.outputs.result, d.stdout).toBe('deployed');
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', action: 'reject' }));
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      "input 'action': nothing to reject: service/api has no blue-green deployment waiting (annotation shipline.dev/pending is not set) and deployment/api-green, the previous colour, was scaled down after scale-down-delay; to go back, redeploy its image",
    ]);
    expect(sim.service('api').spec.selector).toEqual({ ...LABELS, 'shipline.dev/colour': 'blue' });
  });

  it('refuses a Service whose selector matches none of the pods, in one line', async () => {
    const sim = await cluster();
    sim.seedService('web', { app: 'apx' });
    const r = await runDeploy(sim, bg({ image: 'ghcr.io/acme/api:v2', service: 'web' }));
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      "input 'service': service/web selects no pods of deployment/api (selector app=apx, pod labels app=api,tier=web); fix its selector or name the right Service",
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
