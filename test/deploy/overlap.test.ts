// Issue 15, items 4 and 5: overlapping deploys must not report a success the cluster does not
// run, and an image reference without a tag or digest is refused before anything changes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, kubeFile, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';
import { errors, runDeploy } from './run.js';

const it = needs('kubectl', hasKubectl);
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function cluster(): Promise<K8sSimulator> {
  const sim = await simulator({ readyDelayMs: 800 });
  sim.seed({ name: 'api', replicas: 3, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  return sim;
}

const running = (sim: K8sSimulator) => [...new Set(sim.readyImages('api'))];

describe('overlapping deploys (issue 15, item 4)', () => {
  it('of two deploys 0.2 s apart, one rolls out and the other fails naming the run that holds the deployment', async () => {
    const sim = await cluster();
    const first = runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2', timeout: '60' });
    await sleep(200);
    const second = runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v3', timeout: '60' });
    const rs = await Promise.all([first, second]);
    const won = rs.filter((r) => r.outputs.result === 'deployed');
    const lost = rs.filter((r) => r.outputs.result !== 'deployed');
    expect(won, rs.map((r) => r.stdout).join('\n----\n')).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].exitCode).toBe(1);
    expect(errors(lost[0])[0]).toMatch(
      /^deployment\/api is being rolled out by another run: https:\/\/github\.com\/acme\/api\/actions\/runs\/4242 \([0-9a-f]{6}\), lease until \S+; let it finish \(or set on-conflict: wait, or a workflow concurrency group\)$/,
    );
    // What the winner reported is what the cluster runs.
    const image = won[0] === rs[0] ? 'ghcr.io/acme/api:v2' : 'ghcr.io/acme/api:v3';
    expect(running(sim)).toEqual([`app=${image}`]);
    expect(sim.deployment('api').metadata.annotations['shipline.dev/lease']).toBeUndefined();
  });

  it('with on-conflict: wait, the second waits for the first and then rolls out its own image', async () => {
    const sim = await cluster();
    const first = runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2', timeout: '60' });
    await sleep(1500);
    const second = await runDeploy(sim, {
      deployments: 'api',
      image: 'ghcr.io/acme/api:v3',
      timeout: '60',
      'on-conflict': 'wait',
    });
    const a = await first;
    expect(a.outputs.result, a.stdout).toBe('deployed');
    expect(second.outputs.result, second.stdout).toBe('deployed');
    expect(second.stdout).toContain('waiting (on-conflict: wait)');
    expect(running(sim)).toEqual(['app=ghcr.io/acme/api:v3']);
  });

  it('a rollout replaced by another change mid-watch is not reported as deployed, nor undone', async () => {
    const sim = await cluster();
    const { env, path } = kubeFile(sim);
    const deploy = runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:slow-4s', timeout: '60' });
    // Someone else (no lease: a plain kubectl) sets another image while shipline watches.
    for (let i = 0; i < 100 && sim.revision('api') < 2; i++) await sleep(100);
    await sleep(500);
    await run('kubectl', ['--kubeconfig', path, 'set', 'image', 'deployment/api', 'app=ghcr.io/acme/api:v9'], {
      env: { ...process.env, ...env },
    });
    const r = await deploy;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs.reason).toBe(
      'deployment/api: its pod template was changed by another rollout while this run watched it (container app now runs ghcr.io/acme/api:v9, not ghcr.io/acme/api:slow-4s); left to the rollout that replaced it',
    );
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v9');
    expect(r.stdout).not.toContain('rollout undo');
  });
});

describe('an image without a tag (issue 15, item 5)', () => {
  it.each([
    [{ deployments: 'api', image: 'registry.local/web' }, 'image', 'registry.local/web'],
    [{ manifests: 'k8s/*.yaml', images: 'registry.local/web=registry.local/web' }, 'images', 'registry.local/web'],
    [{ deployments: 'api', image: 'registry.local:5000/web' }, 'image', 'registry.local:5000/web'],
  ])('%o is refused in one line naming the fix', async (inputs, input, ref) => {
    const r = await runDeploy(undefined, inputs);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      `input '${input}': "${ref}" has neither a tag nor a digest, so the cluster would pull ${ref}:latest; name the version: ${ref}:<tag> or ${ref}@sha256:<digest> (the docker-build action outputs it)`,
    ]);
  });
});
