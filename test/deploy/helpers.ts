import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { available } from '../helpers/real.js';
import { startSimulator, type K8sSimulator, type SimulatorOptions } from './k8s-simulator/server.js';

/** The real kubectl (a version dispatcher on these machines) is there. */
export const hasKubectl = available('kubectl', ['version', '--client']);
/** The simulator serves HTTPS (for bearer tokens) with a certificate openssl makes. */
export const hasOpenssl = available('openssl', ['version']);

const running: K8sSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** A fresh simulator, closed after the test. */
export async function simulator(options: SimulatorOptions = {}): Promise<K8sSimulator> {
  const sim = await startSimulator(options);
  running.push(sim);
  return sim;
}

/**
 * Environment for one kubectl user: a fresh KUBECACHEDIR (discovery and the dispatcher's
 * version answers are cached there) and no ambient kubeconfig.
 */
export function kubeEnv(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-kube-'));
  return { KUBECACHEDIR: join(dir, 'cache'), KUBECONFIG: join(dir, 'no-such-kubeconfig'), HOME: dir };
}

/** Writes the simulator's kubeconfig to a file and returns env + path for direct kubectl calls. */
export function kubeFile(sim: K8sSimulator, namespace = 'default'): { env: Record<string, string>; path: string } {
  const env = kubeEnv();
  const path = join(env.HOME, 'kubeconfig');
  writeFileSync(path, sim.kubeconfig(namespace), { mode: 0o600 });
  return { env: { ...env, KUBECONFIG: path }, path };
}
