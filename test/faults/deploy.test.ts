// Fault catalogue of k8s-deploy (issue 15, items 1, 4, 5, 15): bad inputs, paths, hostile
// contents, server faults, through the built action as the runner runs it, with the real
// kubectl against the Kubernetes API simulator. Cases that passed before issue 15 stay here; the
// cancellation mid-rollout (item 1) is test/deploy/cancel.test.ts, overlapping deploys (item 4)
// test/deploy/overlap.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import type { RunnerResult } from '../helpers/runner.js';
import { hasKubectl, simulator } from '../deploy/helpers.js';
import { errors, runDeploy } from '../deploy/run.js';

const it = needs('kubectl', hasKubectl);

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:v1
`;

/** A workspace with k8s/web.yaml, inside a folder that also holds a manifest outside it. */
function workspace(): { outer: string; ws: string } {
  const outer = mkdtempSync(join(tmpdir(), 'deploy-fault-'));
  const ws = join(outer, 'ws');
  mkdirSync(join(ws, 'k8s'), { recursive: true });
  writeFileSync(join(ws, 'k8s', 'web.yaml'), DEPLOYMENT);
  mkdirSync(join(outer, 'other'));
  writeFileSync(join(outer, 'other', 'evil.yaml'), DEPLOYMENT.replace('name: web\n', 'name: evil\n'));
  return { outer, ws };
}

/** The step failed with exactly one clear line, no stack trace, and the kubeconfig left nothing behind. */
function oneLine(r: RunnerResult & { runnerTemp: string }): string {
  expect(r.exitCode, r.stdout + r.stderr).toBe(1);
  expect(errors(r)).toHaveLength(1);
  expect(errors(r)[0]).not.toContain('\n');
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(readdirSync(r.runnerTemp).filter((f) => /kube/i.test(f))).toEqual([]);
  return errors(r)[0];
}

describe('k8s-deploy faults: bad inputs (one line naming the input and the fix)', () => {
  it.each([
    [
      { deployments: 'api', image: 'registry.local/web' },
      /^input 'image': "registry\.local\/web" has neither a tag nor a digest, so the cluster would pull registry\.local\/web:latest; name the version/,
    ],
    [{ deployments: 'api', image: 'ghcr.io/acme/api:v2', manifests: 'k8s/*.yaml' }, /^input 'manifests': /],
    [{ deployments: '', image: 'ghcr.io/acme/api:v2' }, /^input 'deployments': is empty and no manifests are given/],
    [{ deployments: 'api', image: 'ghcr.io/acme/api:v2', strategy: 'yolo' }, /^input 'strategy': "yolo"/],
    [{ deployments: 'api', image: 'ghcr.io/acme/api:v2', timeout: 'forever' }, /^input 'timeout': /],
  ])('%j (item 5 for the untagged image)', async (inputs, line) => {
    const sim = await simulator();
    const r = await runDeploy(sim, inputs, {}, workspace().ws);
    expect(oneLine(r)).toMatch(line);
    expect(sim.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });
});

describe('k8s-deploy faults: paths stay inside the workspace (issue 15 item 15)', () => {
  it.each([
    [
      { manifests: '../other/*.yaml' },
      /^input 'manifests': '\.\.\/other\/\*\.yaml' reaches .*other, outside the workspace/,
    ],
    [{ manifests: '/etc/*.conf' }, /^input 'manifests': '\/etc\/\*\.conf' reaches \/etc, outside the workspace/],
    [{ manifests: 'k8s/*.yaml\n../other/evil.yaml' }, /^input 'manifests': '\.\.\/other\/evil\.yaml' reaches/],
  ])('%j is refused before anything is applied', async (inputs, line) => {
    const sim = await simulator();
    const { ws } = workspace();
    const r = await runDeploy(sim, inputs, {}, ws);
    expect(oneLine(r)).toMatch(line);
    expect(sim.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it('a manifest matched through a symlink out of the workspace is refused', async () => {
    const sim = await simulator();
    const { outer, ws } = workspace();
    symlinkSync(join(outer, 'other'), join(ws, 'k8s', 'linked'));
    const r = await runDeploy(sim, { manifests: 'k8s/**/*.yaml' }, {}, ws);
    expect(oneLine(r)).toMatch(
      /^input 'manifests': .*k8s\/linked\/evil\.yaml leads to .*other\/evil\.yaml through a symlink, outside the workspace .*; apply only files inside the workspace/,
    );
    expect(sim.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });
});

describe('k8s-deploy faults: hostile contents', () => {
  it('a manifest that is not YAML: one line naming the file and the line (already held)', async () => {
    const sim = await simulator();
    const { ws } = workspace();
    writeFileSync(join(ws, 'k8s', 'web.yaml'), 'apiVersion: apps/v1\nkind: [Deployment\n');
    const line = oneLine(await runDeploy(sim, { manifests: 'k8s/*.yaml' }, {}, ws));
    expect(line).toMatch(/^input 'manifests': .*web\.yaml is not valid YAML \(line \d+\)/);
  });

  it('the kubeconfig token never reaches the log, the summary or an error (already held)', async () => {
    const sim = await simulator();
    const kubeconfig = sim.kubeconfig().replace('http://127.0.0.1', 'http://127.0.0.1:1#');
    const r = await runDeploy(sim, { kubeconfig, deployments: 'api', image: 'ghcr.io/acme/api:v2' });
    expect(r.exitCode).toBe(1);
    const token = /token:\s*(\S+)/.exec(kubeconfig)?.[1];
    const shown = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(token).toBeTruthy();
    expect(shown + r.stderr + r.summary).not.toContain(token);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});

describe('k8s-deploy faults: server faults', () => {
  it('an unreachable cluster: one line, nothing left in RUNNER_TEMP (already held)', async () => {
    const sim = await simulator();
    const kubeconfig = sim.kubeconfig().replace(sim.url, 'http://127.0.0.1:1');
    const line = oneLine(await runDeploy(undefined, { kubeconfig, deployments: 'api', image: 'ghcr.io/acme/api:v2' }));
    expect(line).toMatch(/unreachable/);
  });

  it('a Deployment that does not exist: one line naming it (already held)', async () => {
    const sim = await simulator();
    const line = oneLine(await runDeploy(sim, { deployments: 'nope', image: 'ghcr.io/acme/api:v2' }));
    expect(line).toMatch(/nope/);
  });

  it('a crash-looping image: detected, rolled back, the reason on one line (already held)', async () => {
    const sim = await simulator({
      readyDelayMs: 300,
      overrides: { 'app=ghcr.io/acme/api:v2': { kind: 'crash', oom: false } },
    });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(/CrashLoopBackOff|Restarting/);
    expect(r.outputs.reason).not.toContain('\n');
    expect(sim.readyImages('api')).toEqual(Array(2).fill('app=ghcr.io/acme/api:v1'));
  });
});
