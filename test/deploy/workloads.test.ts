// StatefulSets and DaemonSets from manifests, with the built action and the real kubectl
// against the simulator's StatefulSet and DaemonSet controllers: watched with pod-level
// fail-fast, rolled back with `kubectl rollout undo`; OnDelete reported, not waited for. (The
// simulator serves no batch/v1: Jobs and CronJobs being reported is tested on the manifests.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';
import { runDeploy } from './run.js';

const it = needs('kubectl', hasKubectl);

/** A folder holding db.yaml with these lines. */
function workspaceWith(lines: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'shipline-workloads-'));
  writeFileSync(join(ws, 'db.yaml'), [...lines, ''].join('\n'));
  return ws;
}

/** StatefulSet db (serviceName db) with these spec lines. */
const dbStatefulSet = (...spec: string[]) => [
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata: {name: db}',
  'spec:',
  '  serviceName: db',
  ...spec,
];

function workspace(strategy = 'RollingUpdate'): string {
  return workspaceWith([
    ...dbStatefulSet(
      '  replicas: 3',
      `  updateStrategy: {type: ${strategy}}`,
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec: {containers: [{name: db, image: ghcr.io/acme/db:v1}]}',
    ),
    '---',
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata: {name: agent}',
    'spec:',
    '  selector: {matchLabels: {app: agent}}',
    '  template:',
    '    metadata: {labels: {app: agent}}',
    '    spec: {containers: [{name: agent, image: ghcr.io/acme/agent:v1}]}',
  ]);
}

const image = (sim: K8sSimulator, resource: 'statefulsets' | 'daemonsets', name: string) =>
  sim.store.get(resource, 'default', name)?.spec.template.spec.containers[0].image;

describe('StatefulSets and DaemonSets', () => {
  it('watches the pods its selector selects, matchExpressions included, not every pod with its labels', async () => {
    // Kubernetes ANDs matchLabels and matchExpressions: the canary Deployment's pods carry
    // app=db too, but the StatefulSet's selector leaves them out (track notin (canary)). Read by
    // matchLabels alone (as before), every poll listed the canary's crash-looping pod as well, and
    // only the pods' revision kept it out of the verdict.
    const sim = await simulator({ readyDelayMs: 200 });
    sim.seed({
      name: 'db-canary',
      replicas: 1,
      labels: { app: 'db', track: 'canary' },
      containers: [{ name: 'db', image: 'ghcr.io/acme/db:crash' }],
    });
    const ws = workspaceWith(
      dbStatefulSet(
        '  replicas: 2',
        '  selector:',
        '    matchLabels: {app: db}',
        '    matchExpressions: [{key: track, operator: NotIn, values: [canary]}]',
        '  template:',
        '    metadata: {labels: {app: db, track: stable}}',
        '    spec: {containers: [{name: db, image: ghcr.io/acme/db:v1}]}',
      ),
    );
    const r = await runDeploy(sim, { manifests: 'db.yaml', images: 'ghcr.io/acme/db=ghcr.io/acme/db:v2' }, {}, ws);
    expect(r.outputs.result, r.stdout + r.stderr).toBe('deployed');
    expect(r.stdout).toContain('statefulset/db: 2/2 pods updated, 2/2 ready');
    expect(r.stdout).not.toMatch(/db-canary-/);
    const selectors = sim.requests.map((q) => new URLSearchParams(q.query).get('labelSelector')).filter(Boolean);
    expect(selectors).toContain('app=db,track notin (canary)');
    expect(selectors).not.toContain('app=db');
  });

  it('watches both to completion, then fails fast on a crash-looping StatefulSet pod and undoes it', async () => {
    const sim = await simulator({ readyDelayMs: 200 });
    const ws = workspace();
    const first = await runDeploy(
      sim,
      { manifests: 'db.yaml', images: 'ghcr.io/acme/agent=ghcr.io/acme/agent:v1' },
      {},
      ws,
    );
    expect(first.outputs.result, first.stdout).toBe('deployed');
    expect(first.stdout).toContain('statefulset/db: 3/3 pods updated, 3/3 ready');
    expect(first.stdout).toContain('daemonset/agent: 3/3 pods updated, 3/3 available');

    const r = await runDeploy(
      sim,
      { manifests: 'db.yaml', images: 'ghcr.io/acme/db=ghcr.io/acme/db:crash', timeout: '60' },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result, r.stdout).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^statefulset\/db: (CrashLoopBackOff|Restarting) on db-2 \(container db exited with code 2, .*\); statefulset\/db rolled back \(3\/3 pods updated, 3\/3 ready\)$/,
    );
    expect(r.stdout).toContain('rollout undo statefulset/db');
    expect(image(sim, 'statefulsets', 'db')).toBe('ghcr.io/acme/db:v1');
    // The DaemonSet did not change, so it is not undone.
    expect(r.stdout).not.toContain('rollout undo daemonset/agent');
  });

  it('undoes a DaemonSet whose new pods cannot pull their image', async () => {
    const sim = await simulator({ readyDelayMs: 200 });
    const ws = workspace();
    await runDeploy(sim, { manifests: 'db.yaml' }, {}, ws);
    const r = await runDeploy(
      sim,
      { manifests: 'db.yaml', images: 'ghcr.io/acme/agent=ghcr.io/acme/agent:pullfail', timeout: '30' },
      {},
      ws,
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result, r.stdout).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^daemonset\/agent: (ErrImagePull|ImagePullBackOff) on agent-\S+ \(image ghcr\.io\/acme\/agent:pullfail not found\); daemonset\/agent rolled back/,
    );
    expect(image(sim, 'daemonsets', 'agent')).toBe('ghcr.io/acme/agent:v1');
  });

  it('reports an OnDelete StatefulSet as not watched instead of waiting for pods nobody deletes', async () => {
    const sim = await simulator({ readyDelayMs: 200 });
    const ws = workspace('OnDelete');
    await runDeploy(sim, { manifests: 'db.yaml' }, {}, ws);
    const r = await runDeploy(sim, { manifests: 'db.yaml', images: 'ghcr.io/acme/db=ghcr.io/acme/db:v2' }, {}, ws);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain(
      'statefulset/db: updateStrategy OnDelete: pods take the new template only when deleted; not waited for',
    );
  });
});
