// The deploy: write the kubeconfig (0600, removed on every exit path), open a session (manifests,
// preflight, namespace), then hand over to the strategy.
import { randomBytes } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { blueGreen } from './bluegreen.js';
import { canary } from './canary.js';
import { Kubectl, KubectlMissingError } from './kubectl.js';
import { PreflightError } from './preflight.js';
import { finishGitHubDeployment, startGitHubDeployment } from './github.js';
import { failedOutputs } from './outcome.js';
import { rolling } from './rolling.js';
import { openSession, type Session } from './session.js';
import type { DeployOptions, Strategy } from './types.js';

const STRATEGIES: Record<Strategy, (s: Session) => Promise<ToolResult>> = {
  rolling,
  'blue-green': blueGreen,
  canary,
};

function writeKubeconfig(o: DeployOptions, ctx: ToolContext): string | undefined {
  if (!o.kubeconfig) return undefined;
  const path = join(ctx.tempDir, `kubeconfig-${randomBytes(6).toString('hex')}`);
  writeFileSync(path, o.kubeconfig, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

export async function run(o: DeployOptions, ctx: ToolContext): Promise<ToolResult> {
  const kubeconfigPath = writeKubeconfig(o, ctx);
  // Removed on every exit path, a cancellation included (the boundary runs cleanups then too).
  if (kubeconfigPath) ctx.onCleanup(() => rmSync(kubeconfigPath, { force: true }));
  try {
    const kc = new Kubectl(ctx, { kubeconfigPath, context: o.context, namespace: o.namespace });
    const session = await openSession(kc, o, ctx);
    if (!('kc' in session)) return session;
    const gh = await startGitHubDeployment(o, ctx);
    let result: ToolResult | undefined;
    try {
      result = await STRATEGIES[o.strategy](session);
      return result;
    } finally {
      await finishGitHubDeployment(o, ctx, gh, !!result && !result.failure);
    }
  } catch (e) {
    if (e instanceof PreflightError || e instanceof KubectlMissingError)
      return { outputs: failedOutputs(e.message), failure: e.message };
    throw e;
  } finally {
    if (kubeconfigPath) rmSync(kubeconfigPath, { force: true });
  }
}
