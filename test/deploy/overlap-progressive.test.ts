// Issue 18: the overlapping-deploy protection of issue 15 (a lease annotation written with a
// resourceVersion precondition, the template check, on-conflict fail|wait) for blue-green
// (the live Service is leased) and canary (the main Deployment is), promote and reject
// included, and a cancelled run releasing its lease. Built action, real kubectl, simulator.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';
import { hasKubectl, kubeEnv, kubeFile, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';
import { errors, runDeploy } from './run.js';

const it = needs('kubectl', hasKubectl);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LABELS = { app: 'api', tier: 'web' };
const LEASE = 'shipline.dev/lease';
const HELD = (ref: string) =>
  new RegExp(
    `^${ref} is being rolled out by another run: https://github\\.com/acme/api/actions/runs/4242 \\([0-9a-f]{6}\\), lease until \\S+; let it finish \\(or set on-conflict: wait, or a workflow concurrency group\\)$`,
  );

async function cluster(replicas = 2): Promise<K8sSimulator> {
  const sim = await simulator({ readyDelayMs: 600 });
  sim.seed({ name: 'api', replicas, labels: LABELS, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  sim.seedService('api', LABELS);
  return sim;
}

const bg = (image: string, extra: Record<string, string> = {}) => ({
  deployments: 'api',
  strategy: 'blue-green',
  image,
  'scale-down-delay': '1',
  timeout: '60',
  ...extra,
});
const canary = (image: string, extra: Record<string, string> = {}) => ({
  deployments: 'api',
  strategy: 'canary',
  image,
  'canary-steps': '50,100',
  'canary-pause': '0.5',
  timeout: '60',
  ...extra,
});

/** The image the pods behind the live Service's selector run. */
function liveImage(sim: K8sSimulator): string {
  const sel = sim.service('api').spec.selector as Record<string, string>;
  const colour = sel['shipline.dev/colour'];
  return sim.deployment(`api-${colour}`).spec.template.spec.containers[0].image;
}

describe('overlapping blue-green runs', () => {
  it('of two deploys 0.2 s apart, one switches and the other fails naming the run holding service/api', async () => {
    const sim = await cluster();
    const first = runDeploy(sim, bg('ghcr.io/acme/api:v2'));
    await sleep(200);
    const second = runDeploy(sim, bg('ghcr.io/acme/api:v3'));
    const rs = await Promise.all([first, second]);
    const won = rs.filter((r) => r.outputs.result === 'deployed');
    const lost = rs.filter((r) => r.outputs.result !== 'deployed');
    expect(won, rs.map((r) => r.stdout).join('\n----\n')).toHaveLength(1);
    expect(lost[0].exitCode).toBe(1);
    expect(errors(lost[0])).toHaveLength(1);
    expect(errors(lost[0])[0]).toMatch(HELD('service/api'));
    // What the winner reported is what the live Service sends traffic to.
    expect(liveImage(sim)).toBe(won[0] === rs[0] ? 'ghcr.io/acme/api:v2' : 'ghcr.io/acme/api:v3');
    expect(sim.service('api').spec.selector['shipline.dev/colour']).toBe(won[0].outputs.live.replace('api-', ''));
    expect(sim.service('api').metadata.annotations[LEASE]).toBeUndefined();
  });

  it('with on-conflict: wait, the second waits, reads what the first switched to, and deploys into the other colour', async () => {
    const sim = await cluster();
    const first = runDeploy(sim, bg('ghcr.io/acme/api:v2'));
    // The second starts once the first holds service/api (not after a fixed 0.3 s: on a loaded
    // machine the first's node and kubectl may not have taken the lease by then).
    for (let i = 0; i < 600 && !sim.service('api').metadata.annotations?.[LEASE]; i++) await sleep(50);
    const second = await runDeploy(sim, bg('ghcr.io/acme/api:v3', { 'on-conflict': 'wait' }));
    const a = await first;
    expect(a.outputs, a.stdout).toMatchObject({ result: 'deployed', live: 'api-blue' });
    expect(second.outputs, second.stdout).toMatchObject({ result: 'deployed', live: 'api-green' });
    expect(second.stdout).toContain('waiting (on-conflict: wait)');
    expect(liveImage(sim)).toBe('ghcr.io/acme/api:v3');
    expect(sim.service('api').metadata.annotations['shipline.dev/previous']).toBe('api-blue');
    expect(sim.deployment('api-blue').spec.replicas).toBe(0);
    expect(sim.service('api').metadata.annotations[LEASE]).toBeUndefined();
  });

  it('a promote while a deploy holds the Service fails naming it; after it, the promote switches', async () => {
    const sim = await cluster();
    const d = runDeploy(sim, bg('ghcr.io/acme/api:slow-2s', { promotion: 'manual' }));
    for (let i = 0; i < 100 && !sim.service('api').metadata.annotations?.[LEASE]; i++) await sleep(50);
    const early = await runDeploy(sim, bg('ghcr.io/acme/api:slow-2s', { action: 'promote' }));
    expect(early.exitCode).toBe(1);
    expect(errors(early)[0]).toMatch(HELD('service/api'));
    expect((await d).outputs.result).toBe('deployed');
    const p = await runDeploy(sim, bg('ghcr.io/acme/api:slow-2s', { action: 'promote' }));
    expect(p.outputs, p.stdout).toMatchObject({ result: 'promoted', live: 'api-blue' });
    expect(liveImage(sim)).toBe('ghcr.io/acme/api:slow-2s');
  });

  it('a new colour changed by another hand mid-watch is neither switched to nor removed', async () => {
    const sim = await cluster();
    await runDeploy(sim, bg('ghcr.io/acme/api:v2')); // live: api-blue
    const d = runDeploy(sim, bg('ghcr.io/acme/api:slow-4s'));
    for (
      let i = 0;
      i < 200 && !sim.deployment('api-green')?.spec.template.spec.containers[0].image.includes('slow');
      i++
    )
      await sleep(50);
    await sleep(500);
    const dep = sim.deployment('api-green');
    // A plain kubectl set image (no lease) through the simulator's API, as another tool would.
    const env = { ...process.env, ...kubeFile(sim).env };
    await new Promise<void>((resolve, reject) => {
      const c = spawn('kubectl', ['set', 'image', 'deployment/api-green', 'app=ghcr.io/acme/api:v9'], { env });
      c.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`kubectl exited ${code}`))));
    });
    expect(dep).toBeDefined();
    const r = await d;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs.reason).toBe(
      'deployment/api-green: its pod template was changed by another run while this run watched it (container app now runs ghcr.io/acme/api:v9, not ghcr.io/acme/api:slow-4s); live stays on deployment/api-blue, deployment/api-green left to the run that changed it',
    );
    expect(sim.service('api').spec.selector['shipline.dev/colour']).toBe('blue');
    expect(sim.deployment('api-green').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v9');
  });

  it('cancelled mid-rollout (SIGTERM), removes its new colour and releases its lease on the Service', async () => {
    const sim = await cluster();
    const temp = mkdtempSync(join(tmpdir(), 'shipline-bg-cancel-'));
    writeFileSync(join(temp, 'output'), '');
    writeFileSync(join(temp, 'summary'), '');
    const child = spawn(process.execPath, [join(ROOT, 'dist/k8s-deploy/index.mjs')], {
      env: {
        ...process.env,
        ...kubeEnv(),
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: join(temp, 'output'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        INPUT_KUBECONFIG: sim.kubeconfig(),
        INPUT_DEPLOYMENTS: 'api',
        INPUT_IMAGE: 'ghcr.io/acme/api:slow-30s',
        INPUT_STRATEGY: 'blue-green',
        'INPUT_DRY-RUN': 'false',
        INPUT_TIMEOUT: '120',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (out += b));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    for (let i = 0; i < 300 && !sim.deployment('api-blue'); i++) await sleep(50);
    expect(sim.service('api').metadata.annotations[LEASE], out).toMatch(/ until /);
    await sleep(500);
    child.kill('SIGTERM');
    expect(await exited, out).toBe(143);
    expect(out).toMatch(
      /::error::cancelled by SIGTERM; live stays on deployment\/api-green \(deployment\/api-blue removed\)/,
    );
    expect(sim.deployment('api-blue')).toBeUndefined();
    expect(sim.service('api').spec.selector['shipline.dev/colour']).toBe('green');
    expect(sim.service('api').metadata.annotations[LEASE]).toBeUndefined();
  });
});

describe('overlapping canary runs', () => {
  it('of two canaries 0.2 s apart, one goes through and the other fails naming the run holding deployment/api', async () => {
    const sim = await cluster(4);
    const first = runDeploy(sim, canary('ghcr.io/acme/api:v2'));
    await sleep(200);
    const second = runDeploy(sim, canary('ghcr.io/acme/api:v3'));
    const rs = await Promise.all([first, second]);
    const won = rs.filter((r) => r.outputs.result === 'deployed');
    const lost = rs.filter((r) => r.outputs.result !== 'deployed');
    expect(won, rs.map((r) => r.stdout).join('\n----\n')).toHaveLength(1);
    expect(errors(lost[0])).toHaveLength(1);
    expect(errors(lost[0])[0]).toMatch(HELD('deployment/api'));
    const image = won[0] === rs[0] ? 'ghcr.io/acme/api:v2' : 'ghcr.io/acme/api:v3';
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe(image);
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api').metadata.annotations[LEASE]).toBeUndefined();
  });

  it('a reject waits for a running canary under on-conflict: wait, then removes what it left', async () => {
    const sim = await cluster(4);
    const c = runDeploy(sim, canary('ghcr.io/acme/api:v2', { promotion: 'manual', 'canary-pause': '4' }));
    for (let i = 0; i < 100 && !sim.deployment('api').metadata.annotations?.[LEASE]; i++) await sleep(50);
    const reject = await runDeploy(sim, canary('ghcr.io/acme/api:v2', { action: 'reject', 'on-conflict': 'wait' }));
    expect((await c).outputs.result).toBe('deployed');
    expect(reject.outputs, reject.stdout).toMatchObject({ result: 'rejected' });
    expect(reject.stdout).toContain('waiting (on-conflict: wait)');
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(sim.deployment('api').metadata.annotations[LEASE]).toBeUndefined();
  });

  it('cancelled at a step (SIGTERM), rejects its canary and releases its lease on the Deployment', async () => {
    const sim = await cluster(4);
    const temp = mkdtempSync(join(tmpdir(), 'shipline-canary-cancel-'));
    writeFileSync(join(temp, 'output'), '');
    writeFileSync(join(temp, 'summary'), '');
    const child = spawn(process.execPath, [join(ROOT, 'dist/k8s-deploy/index.mjs')], {
      env: {
        ...process.env,
        ...kubeEnv(),
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: join(temp, 'output'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        INPUT_KUBECONFIG: sim.kubeconfig(),
        INPUT_DEPLOYMENTS: 'api',
        INPUT_IMAGE: 'ghcr.io/acme/api:slow-30s',
        INPUT_STRATEGY: 'canary',
        'INPUT_CANARY-STEPS': '50,100',
        'INPUT_DRY-RUN': 'false',
        INPUT_TIMEOUT: '120',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.stderr.on('data', (b: Buffer) => (out += b));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    for (let i = 0; i < 300 && !sim.deployment('api-canary'); i++) await sleep(50);
    expect(sim.deployment('api').metadata.annotations[LEASE], out).toMatch(/ until /);
    await sleep(500);
    child.kill('SIGTERM');
    expect(await exited, out).toBe(143);
    expect(out).toMatch(/::error::cancelled by SIGTERM at 50 %25; canary rejected, deployment\/api unchanged/);
    expect(sim.deployment('api-canary')).toBeUndefined();
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(sim.deployment('api').metadata.annotations[LEASE]).toBeUndefined();
  });
});
