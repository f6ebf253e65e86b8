// Issue 15, item 1: a deploy cancelled mid-rollout (the runner's SIGTERM) undoes what it
// changed within the grace period, writes its outputs and summary, removes the kubeconfig it
// wrote and exits 143. The built CLI, the real kubectl, the simulator.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';
import { hasKubectl, kubeEnv, simulator } from './helpers.js';

const it = needs('kubectl', hasKubectl);

describe('cancelling a deploy (issue 15, item 1)', () => {
  it('on SIGTERM mid-rollout, undoes the rollout, writes outputs and summary, removes the kubeconfig, exits 143', async () => {
    const sim = await simulator({ readyDelayMs: 800 });
    sim.seed({ name: 'api', replicas: 3, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const temp = mkdtempSync(join(tmpdir(), 'shipline-cancel-'));
    const outputFile = join(temp, 'output');
    const summaryFile = join(temp, 'summary');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const child = spawn(process.execPath, [join(ROOT, 'dist/k8s-deploy/index.mjs')], {
      env: {
        ...process.env,
        ...kubeEnv(),
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        INPUT_KUBECONFIG: sim.kubeconfig(),
        INPUT_DEPLOYMENTS: 'api',
        INPUT_IMAGE: 'ghcr.io/acme/api:slow-30s',
        'INPUT_DRY-RUN': 'false',
        INPUT_TIMEOUT: '120',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await new Promise<void>((resolve) => {
      const onData = (d: Buffer) => {
        out += d;
        if (/new pods ready, [1-3]\/3 updated/.test(out)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (d: Buffer) => (out += d));
    });
    expect(sim.revision('api')).toBe(2);
    child.kill('SIGTERM');
    const code = await exited;
    expect(code, out).toBe(143);
    expect(out).toContain('SIGTERM: cancelling');
    expect(out).toMatch(
      /::error::cancelled by SIGTERM mid-rollout: deployment\/api: undo to revision 1 issued \(its pods were not waited for\)/,
    );
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    const outputs = readFileSync(outputFile, 'utf8');
    expect(outputs).toContain('result');
    expect(outputs).toContain('failed');
    expect(readFileSync(summaryFile, 'utf8')).toContain('k8s deploy: cancelled');
    expect(readdirSync(temp).filter((f) => f.startsWith('kubeconfig-'))).toEqual([]);
    expect(sim.deployment('api').metadata.annotations['shipline.dev/lease']).toBeUndefined();
  });
});
