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
 * The Go runtime's collector for the tests' kubectl, a Go program started some thousand times a
 * suite for one request each: its start (the API scheme, the command tree) allocates enough for
 * a few collections, a quarter of its CPU (`kubectl get deployments,replicasets,pods -o json`
 * against the simulator: 98 ms of CPU a call with Go's defaults, 76 ms with these; peak memory
 * 47 and 49 MB). GOGC=off collects only as the heap nears GOMEMLIMIT (Go's documented pairing,
 * go.dev/doc/gc-guide), so a long-lived kubectl (`proxy`, a watch) stays bounded. kubectl
 * behaves the same otherwise; the deploy tool passes its environment on to every kubectl.
 */
const KUBECTL_GC = { GOGC: 'off', GOMEMLIMIT: '128MiB' };

/**
 * Environment for one kubectl user: a fresh KUBECACHEDIR (discovery and the dispatcher's
 * version answers are cached there), no ambient kubeconfig, and KUBECTL_GC.
 */
export function kubeEnv(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-kube-'));
  return { KUBECACHEDIR: join(dir, 'cache'), KUBECONFIG: join(dir, 'no-such-kubeconfig'), HOME: dir, ...KUBECTL_GC };
}

/** Writes the simulator's kubeconfig to a file and returns env + path for direct kubectl calls. */
export function kubeFile(sim: K8sSimulator, namespace = 'default'): { env: Record<string, string>; path: string } {
  const env = kubeEnv();
  const path = join(env.HOME, 'kubeconfig');
  writeFileSync(path, sim.kubeconfig(namespace), { mode: 0o600 });
  return { env: { ...env, KUBECONFIG: path }, path };
}
