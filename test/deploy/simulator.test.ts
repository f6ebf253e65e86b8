// The simulator, driven by the real kubectl: what the deploy relies on must behave as a real
// API server does (generation bumps, revisions, undo reusing the old ReplicaSet, watches,
// server-side apply, the stale ProgressDeadlineExceeded condition).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, kubeFile, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';

const it = needs('kubectl', hasKubectl);

/** kubectl, asynchronously: the simulator runs in this process and must keep answering. */
function kubectl(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t = performance.now();
  return new Promise((resolve) => {
    execFile('kubectl', args, { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({
        code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
        stdout,
        stderr,
        ms: performance.now() - t,
      });
    });
  });
}

function seeded(sim: K8sSimulator, replicas = 3) {
  return sim.seed({
    name: 'api',
    replicas,
    containers: [
      { name: 'app', image: 'ghcr.io/acme/api:v1' },
      { name: 'sidecar', image: 'ghcr.io/acme/proxy:v1' },
    ],
  });
}

describe('k8s simulator under the real kubectl', () => {
  it('serves discovery well enough for get, shortNames and the version dispatcher', async () => {
    const sim = await simulator();
    seeded(sim);
    const { env } = kubeFile(sim);
    const v = await kubectl(env, 'version', '-o', 'json');
    expect(v.code, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout).serverVersion.gitVersion).toMatch(/^v1\.32\./);
    const d = await kubectl(env, 'get', 'deploy/api', '-o', 'json');
    expect(d.code, d.stderr).toBe(0);
    const obj = JSON.parse(d.stdout);
    expect(obj.status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3, observedGeneration: 1 });
    expect(obj.metadata.annotations['deployment.kubernetes.io/revision']).toBe('1');
    const missing = await kubectl(env, 'get', 'deployment', 'nope');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Error from server (NotFound): deployments.apps "nope" not found');
  });

  it.each([
    ['27', 'aggregated'],
    ['28', 'legacy'],
    ['30', 'legacy'],
    ['33', 'aggregated'],
  ] as const)(
    'the dispatcher runs kubectl 1.%s against it (%s discovery): set image and rollout status work',
    async (minor, discovery) => {
      const sim = await simulator({ minor, readyDelayMs: 200, discovery });
      sim.seed({ name: 'api', replicas: 1, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
      const { env } = kubeFile(sim);
      const v = await kubectl(env, 'version', '-o', 'json');
      expect(JSON.parse(v.stdout).clientVersion.minor).toMatch(new RegExp(`^${minor}`));
      const set = await kubectl(env, 'set', 'image', 'deploy/api', 'app=ghcr.io/acme/api:v2');
      expect(set.code, set.stderr).toBe(0);
      const status = await kubectl(env, 'rollout', 'status', 'deployment/api', '--timeout=20s');
      expect(status.code, status.stderr).toBe(0);
      expect(sim.revision('api')).toBe(2);
      // Aggregated discovery answers in one document what the legacy lists take a request per group for.
      expect(sim.requests.some((q) => q.path === '/api/v1')).toBe(discovery === 'legacy');
    },
  );

  it('set image sends a strategic-merge patch that bumps generation and rolls a new ReplicaSet', async () => {
    const sim = await simulator({ readyDelayMs: 300 });
    seeded(sim);
    const { env } = kubeFile(sim);
    const r = await kubectl(env, 'set', 'image', 'deployment/api', 'app=ghcr.io/acme/api:v2');
    expect(r.code, r.stderr).toBe(0);
    const patch = sim.requests.find((q) => q.method === 'PATCH');
    expect(patch?.contentType).toBe('application/strategic-merge-patch+json');
    expect(patch?.body).toContain('$setElementOrder/containers');
    expect(sim.deployment('api').metadata.generation).toBe(2);
    // The sidecar keeps its image and the container order survives the merge.
    expect(
      sim
        .deployment('api')
        .spec.template.spec.containers.map((c: { name: string; image: string }) => `${c.name}=${c.image}`),
    ).toEqual(['app=ghcr.io/acme/api:v2', 'sidecar=ghcr.io/acme/proxy:v1']);
    const status = await kubectl(env, 'rollout', 'status', 'deployment/api', '--timeout=30s');
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('successfully rolled out');
    expect(sim.revision('api')).toBe(2);
    expect(sim.replicaSets('api')).toHaveLength(2);
    expect(sim.requests.some((q) => q.query.includes('watch=true'))).toBe(true);
  });

  it('rollout status only fails a pull-failing image at the progress deadline', async () => {
    const sim = await simulator();
    sim.seed({
      name: 'api',
      replicas: 2,
      progressDeadlineSeconds: 3,
      containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }],
    });
    const { env } = kubeFile(sim);
    await kubectl(env, 'set', 'image', 'deployment/api', 'app=ghcr.io/acme/api:pullfail');
    const status = await kubectl(env, 'rollout', 'status', 'deployment/api', '--timeout=30s');
    expect(status.code).not.toBe(0);
    expect(status.stderr).toMatch(/exceeded its progress deadline/);
    expect(status.ms).toBeGreaterThan(2500);
    const pods = JSON.parse((await kubectl(env, 'get', 'pods', '-o', 'json')).stdout).items;
    const waiting = pods
      .flatMap((p: { status: { containerStatuses?: Array<{ state: { waiting?: { reason: string } } }> } }) =>
        (p.status.containerStatuses ?? []).map((c) => c.state.waiting?.reason),
      )
      .filter(Boolean);
    expect(waiting).toContain('ImagePullBackOff');
    // Old pods are kept: maxUnavailable 25% of 2 rounds down to 0.
    expect(sim.readyImages('api')).toEqual(['app=ghcr.io/acme/api:v1', 'app=ghcr.io/acme/api:v1']);
  });

  it('rollout undo reuses the old ReplicaSet with the next revision, and the stale deadline condition stays until progress', async () => {
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({
      name: 'api',
      replicas: 2,
      progressDeadlineSeconds: 2,
      containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }],
    });
    const { env } = kubeFile(sim);
    await kubectl(env, 'set', 'image', 'deployment/api', 'app=ghcr.io/acme/api:crash');
    await new Promise((r) => setTimeout(r, 3500));
    const cond = () => sim.deployment('api').status.conditions.find((c: { type: string }) => c.type === 'Progressing');
    expect(cond().reason).toBe('ProgressDeadlineExceeded');
    const undo = await kubectl(env, 'rollout', 'undo', 'deployment/api', '--to-revision=1');
    expect(undo.code, undo.stderr).toBe(0);
    expect(sim.requests.filter((q) => q.method === 'PATCH').pop()?.contentType).toBe('application/json-patch+json');
    const status = await kubectl(env, 'rollout', 'status', 'deployment/api', '--timeout=20s');
    expect(status.code, status.stderr).toBe(0);
    expect(sim.replicaSets('api')).toHaveLength(2);
    expect(sim.revision('api')).toBe(3);
    const history = await kubectl(env, 'rollout', 'history', 'deployment/api');
    expect(history.stdout).toMatch(/^2\s/m);
    expect(history.stdout).toMatch(/^3\s/m);
    expect(history.stdout).not.toMatch(/^1\s/m);
    expect(cond().reason).toBe('NewReplicaSetAvailable');
  });

  it('serves server-side apply (create and update), dry runs, auth can-i and previous logs', async () => {
    const sim = await simulator({ readyDelayMs: 200, deny: ['delete deployments'] });
    const { env, path } = kubeFile(sim);
    const file = join(path, '..', 'web.yaml');
    const manifest = (image: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: ${image}\n`;
    writeFileSync(file, manifest('ghcr.io/acme/web:crash'));
    const dry = await kubectl(env, 'apply', '--server-side', '--validate=false', '-f', file, '--dry-run=server');
    expect(dry.code, dry.stderr).toBe(0);
    expect(sim.deployment('web')).toBeUndefined();
    const created = await kubectl(env, 'apply', '--server-side', '--validate=false', '-f', file);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('deployment.apps/web serverside-applied');
    expect(sim.requests.some((q) => q.method === 'PATCH' && q.contentType === 'application/apply-patch+yaml')).toBe(
      true,
    );
    expect(sim.deployment('web').metadata.generation).toBe(1);
    expect((await kubectl(env, 'auth', 'can-i', 'patch', 'deployments.apps')).stdout.trim()).toBe('yes');
    expect((await kubectl(env, 'auth', 'can-i', 'delete', 'deployments')).stdout.trim()).toMatch(/^no\b/);
    await new Promise((r) => setTimeout(r, 1800));
    const pod = JSON.parse((await kubectl(env, 'get', 'pods', '-l', 'app=web', '-o', 'json')).stdout).items[0];
    expect(pod.status.containerStatuses[0].restartCount).toBeGreaterThanOrEqual(2);
    const logs = await kubectl(env, 'logs', pod.metadata.name, '-c', 'web', '--previous', '--tail=1');
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout.trim()).toBe('/src/main.go:42 +0x1d');
    writeFileSync(file, manifest('ghcr.io/acme/web:v2'));
    await kubectl(env, 'apply', '--server-side', '--validate=false', '-f', file);
    expect(sim.deployment('web').metadata.generation).toBe(2);
  });
});
