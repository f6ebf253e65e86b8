// The poll reads a Deployment with its ReplicaSets and pods in one `kubectl get
// deployments,replicasets,pods -l SELECTOR` where that list holds it (its own labels match its
// selector), and by name beside the list where it does not. The real kubectl, the simulator.
import { describe, expect } from 'vitest';
import { exec, type ExecFn } from '../../src/core/exec.js';
import type { ToolContext } from '../../src/core/tool.js';
import { Kubectl } from '../../src/deploy/kubectl.js';
import type { Deployment } from '../../src/deploy/status.js';
import { WorkloadReader } from '../../src/deploy/watch.js';
import { needs } from '../helpers/real.js';
import { hasKubectl, kubeFile, simulator } from './helpers.js';

const it = needs('kubectl', hasKubectl);

async function setUp(labels?: Record<string, string>) {
  const sim = await simulator({ readyDelayMs: 100 });
  const api = sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  if (labels) api.metadata.labels = labels;
  // Another Deployment its selector (app=api) lists too: a canary's own labels carry app=api.
  sim.seed({
    name: 'api-canary',
    replicas: 1,
    labels: { app: 'api', track: 'canary' },
    containers: [{ name: 'app', image: 'ghcr.io/acme/api:v2' }],
  });
  const { env, path } = kubeFile(sim);
  const calls: string[][] = [];
  const counting: ExecFn = (command, args, options) => {
    calls.push(args);
    return exec(command, args, options);
  };
  const quiet = () => undefined;
  const ctx = {
    exec: counting,
    env: { ...process.env, ...env },
    logger: { debug: quiet, info: quiet, warning: quiet },
  } as unknown as ToolContext;
  const reader = new WorkloadReader<Deployment>(
    new Kubectl(ctx, { kubeconfigPath: path }),
    'Deployment',
    'api',
    'replicasets,pods',
    'app=api',
  );
  return { sim, reader, calls };
}

const kinds = (items: Array<{ kind?: string }>) => [...new Set(items.map((i) => i.kind))].sort();

describe('reading a rollout in one kubectl call', () => {
  it('finds the Deployment in the list its selector makes, and only it: one call a round', async () => {
    const { sim, reader, calls } = await setUp();
    const r = await reader.read();
    expect(r.workload.metadata.name).toBe('api');
    expect(r.workload.metadata.uid).toBe(sim.deployment('api').metadata.uid);
    expect(kinds(r.items)).toEqual(['Pod', 'ReplicaSet']);
    expect(r.items.filter((i) => i.kind === 'Pod')).toHaveLength(3);
    expect(calls.map((a) => a.slice(a.indexOf('get')).join(' '))).toEqual([
      'get deployments,replicasets,pods -l app=api -o json',
    ]);
    await reader.read();
    expect(calls).toHaveLength(2);
  });

  it('reads it by name when its own labels do not match its selector, and from then on beside the list', async () => {
    const { reader, calls } = await setUp({ team: 'shop' });
    const first = await reader.read();
    expect(first.workload.metadata.name).toBe('api');
    expect(first.workload.metadata.labels).toEqual({ team: 'shop' });
    expect(kinds(first.items)).toEqual(['Pod', 'ReplicaSet']);
    const second = await reader.read();
    expect(second.workload.metadata.name).toBe('api');
    expect(kinds(second.items)).toEqual(['Pod', 'ReplicaSet']);
    expect(calls.map((a) => a.slice(a.indexOf('get')).join(' '))).toEqual([
      'get deployments,replicasets,pods -l app=api -o json',
      'get deployment api -o json',
      'get deployment api -o json',
      'get replicasets,pods -l app=api -o json',
    ]);
  });
});
