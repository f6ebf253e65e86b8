// Failure detection of `shipline deploy` vs `kubectl rollout status`, both against the
// Kubernetes API simulator (test/deploy/k8s-simulator) in this process, same progress deadline.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type K8sSimulator } from '../test/deploy/k8s-simulator/server.js';
import { progressiveRows } from './deploy-progressive.js';
import { median, round, type BenchReport, type BenchRow } from './lib.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/shipline/cli.mjs');
/** The progress deadline both are held to (kubectl's default is 600 s; kept short so the bench is quick). */
const DEADLINE_S = 20;
const RUNS = 5;

interface Timed {
  code: number | null;
  /** Date.now() of the first output line matching `mark`, if any. */
  markAt?: number;
  endAt: number;
  out: string;
}

function run(cmd: string, args: string[], env: Record<string, string>, mark?: RegExp): Promise<Timed> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let markAt: number | undefined;
    const onData = (d: Buffer) => {
      out += d;
      if (mark && markAt === undefined && mark.test(out)) markAt = Date.now();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => resolve({ code, markAt, endAt: Date.now(), out }));
  });
}

function kubeEnv(sim: K8sSimulator): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-deploy-'));
  return {
    KUBECACHEDIR: join(dir, 'cache'),
    HOME: dir,
    KUBECONFIG: join(dir, 'none'),
    SHIPLINE_KUBECONFIG: sim.kubeconfig(),
  };
}

async function fresh(): Promise<K8sSimulator> {
  const sim = await startSimulator({ readyDelayMs: 1000 });
  sim.seed({
    name: 'api',
    replicas: 3,
    progressDeadlineSeconds: DEADLINE_S,
    containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }],
  });
  return sim;
}

const patchAt = (sim: K8sSimulator) =>
  sim.requests.find((q) => q.method === 'PATCH' && q.path.endsWith('/deployments/api'))?.at;

/** shipline: seconds from its set-image PATCH to the failure line; and to a healthy rollback. */
async function shipline(image: string): Promise<{ detect: number; total: number; result: string }> {
  const sim = await fresh();
  try {
    const env = kubeEnv(sim);
    const r = await run(
      process.execPath,
      [
        cli,
        'deploy',
        '--deployments',
        'api/app',
        '--image',
        image,
        '--dry-run',
        'false',
        '--timeout',
        String(DEADLINE_S * 3),
      ],
      env,
      /✗ deployment\/api/,
    );
    const start = patchAt(sim);
    if (!start || !r.markAt) throw new Error(`shipline did not detect the failure of ${image}: ${r.out.slice(-400)}`);
    return {
      detect: (r.markAt - start) / 1000,
      total: (r.endAt - start) / 1000,
      result: /result=(\S+)/.exec(r.out)?.[1] ?? '?',
    };
  } finally {
    await sim.close();
  }
}

/** kubectl set image + rollout status: seconds from the PATCH to rollout status exiting. */
async function rolloutStatus(image: string): Promise<{ seconds: number; code: number | null }> {
  const sim = await fresh();
  try {
    const env = { ...kubeEnv(sim) };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(env.KUBECONFIG, sim.kubeconfig());
    const set = await run('kubectl', ['set', 'image', 'deployment/api', `app=${image}`], env);
    if (set.code !== 0) throw new Error(`kubectl set image failed: ${set.out}`);
    const status = await run('kubectl', ['rollout', 'status', 'deployment/api', `--timeout=${DEADLINE_S * 3}s`], env);
    return { seconds: (status.endAt - patchAt(sim)!) / 1000, code: status.code };
  } finally {
    await sim.close();
  }
}

/** Seconds between the simulator's rollout completing (last new pod available) and the tool saying so. */
async function successLag(tool: 'shipline' | 'kubectl'): Promise<number> {
  const sim = await fresh();
  try {
    const env = kubeEnv(sim);
    let done: number;
    if (tool === 'shipline') {
      const r = await run(
        process.execPath,
        [cli, 'deploy', '--deployments', 'api/app', '--image', 'ghcr.io/acme/api:v2', '--dry-run', 'false'],
        env,
        /rolled out/,
      );
      if (r.code !== 0 || !r.markAt) throw new Error(`shipline deploy failed: ${r.out.slice(-400)}`);
      done = r.markAt;
    } else {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(env.KUBECONFIG, sim.kubeconfig());
      await run('kubectl', ['set', 'image', 'deployment/api', 'app=ghcr.io/acme/api:v2'], env);
      const r = await run('kubectl', ['rollout', 'status', 'deployment/api', '--timeout=60s'], env);
      if (r.code !== 0) throw new Error(`kubectl rollout status failed: ${r.out}`);
      done = r.endAt;
    }
    const ready = sim.controller.completedAt.get('default/api');
    if (!ready) throw new Error('the simulator never saw the rollout complete');
    return (done - ready) / 1000;
  } finally {
    await sim.close();
  }
}

export async function bench(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  // The peers wait for the progress deadline; run them while shipline's runs go, one after another.
  const peers = Promise.all([rolloutStatus('ghcr.io/acme/api:pullfail'), rolloutStatus('ghcr.io/acme/api:crash')]);
  const cases: Record<string, string> = {
    'pull failure': 'ghcr.io/acme/api:pullfail',
    'crash loop': 'ghcr.io/acme/api:crash',
  };
  const ours: Record<string, Array<{ detect: number; total: number; result: string }>> = {};
  for (const [label, image] of Object.entries(cases)) {
    ours[label] = [];
    for (let i = 0; i < RUNS; i++) ours[label].push(await shipline(image));
  }
  const [pullPeer, crashPeer] = await peers;
  for (const [label, peer] of [
    ['pull failure', pullPeer],
    ['crash loop', crashPeer],
  ] as const) {
    const detect = median(ours[label].map((x) => x.detect));
    const total = median(ours[label].map((x) => x.total));
    rows.push({
      metric: `${label}: shipline, rollout start → failure detected`,
      value: round(detect, 1),
      unit: 's',
      goal: '< 15',
      pass: detect < 15,
      note: `(median of ${RUNS}; results: ${ours[label].map((x) => x.result).join(', ')})`,
    });
    rows.push({
      metric: `${label}: shipline, rollout start → rolled back and healthy`,
      value: round(total, 1),
      unit: 's',
      note: `(median of ${RUNS})`,
    });
    rows.push({
      metric: `${label}: kubectl rollout status, rollout start → exit`,
      value: round(peer.seconds, 1),
      unit: 's',
      note: `(progressDeadlineSeconds ${DEADLINE_S}, exit code ${peer.code}; it detects nothing itself and rolls nothing back)`,
    });
    rows.push({
      metric: `${label}: kubectl rollout status / shipline`,
      value: round(peer.seconds / detect, 1),
      unit: 'x',
      goal: '> 1',
      pass: peer.seconds > detect,
    });
  }
  const lags: number[] = [];
  for (let i = 0; i < RUNS; i++) lags.push(await successLag('shipline'));
  const peerLag = await successLag('kubectl');
  const lag = median(lags);
  rows.push({
    metric: 'good image: shipline reports success after the last pod is available',
    value: round(lag, 2),
    unit: 's',
    goal: '≤ 2',
    pass: lag <= 2,
    note: `(median of ${RUNS}: ${lags.map((x) => round(x, 2)).join(', ')})`,
  });
  rows.push({
    metric: 'good image: kubectl rollout status exits after the last pod is available',
    value: round(peerLag, 2),
    unit: 's',
    note: '(watch-driven, for reference)',
  });
  rows.push(...(await progressiveRows()));
  return {
    name: 'deploy',
    description: `A Deployment of 3 replicas (pods ready 1 s after start) in the Kubernetes API simulator, driven by the real kubectl. For a pull-failing and a crash-looping image: seconds from the set-image PATCH reaching the API to \`shipline deploy\` printing the failure (median of ${RUNS} runs) and to its rollback being healthy, against \`kubectl set image\` + \`kubectl rollout status\` with the same progressDeadlineSeconds (${DEADLINE_S} s). For a good image: how long after the simulator marks the rollout complete each tool reports it. Progressive delivery (bench/deploy-progressive.ts): for a version that becomes ready and crashes 1 s later, seconds from its first failing pod to every pod the live Service selects being ready on the old version; and for a version that answers 500, the largest share of the live Service's ready pods that ran it before each strategy's verification caught it.`,
    rows,
  };
}
