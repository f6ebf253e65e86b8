import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionLikeRunner, type RunnerResult } from '../helpers/runner.js';
import { kubeEnv } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';

export const SHA = '3f1c9a7e5b2d4c6a8e0f1a2b3c4d5e6f7a8b9c0d';

/** Run the built k8s-deploy action against a simulator, as the runner runs it. */
export async function runDeploy(
  sim: K8sSimulator | undefined,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  workspace?: string,
): Promise<RunnerResult & { runnerTemp: string }> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'shipline-runner-temp-'));
  const r = await runActionLikeRunner('actions/k8s-deploy', {
    inputs: { ...(sim ? { kubeconfig: sim.kubeconfig() } : {}), 'dry-run': 'false', ...inputs },
    env: { ...kubeEnv(), GITHUB_SHA: SHA, RUNNER_TEMP: runnerTemp, ...env },
    event: { after: SHA, ref: 'refs/heads/main' },
    eventName: 'push',
    workspace,
  });
  return { ...r, runnerTemp };
}

export { errors } from '../helpers/step.js';
