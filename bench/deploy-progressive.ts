// Progressive delivery figures for bench/deploy.bench.ts, all against the Kubernetes API
// simulator with the real kubectl:
//  - time from a bad version's first failing pod to traffic back on the old one: shipline's
//    blue-green switch back (the Service selector, one patch), shipline's rolling undo, and a
//    person's `kubectl rollout undo` typed at the first failing pod;
//  - a person's `action: reject` within blue-green's scale-down-delay (issue 18): from the
//    reject run's start to every pod the live Service selects being ready on the old version;
//  - blast radius: the largest share of the Service's ready pods that served a bad version
//    (one that starts and answers 500) before each strategy caught it through verification.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type K8sSimulator } from '../test/deploy/k8s-simulator/server.js';
import { median, round, type BenchRow } from './lib.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/shipline/cli.mjs');
const RUNS = 3;
/* eslint-disable @typescript-eslint/no-explicit-any */
type Obj = any;

function env(sim: K8sSimulator): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-progressive-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, sim.kubeconfig());
  return { KUBECACHEDIR: join(dir, 'cache'), HOME: dir, KUBECONFIG: kubeconfig, SHIPLINE_KUBECONFIG: sim.kubeconfig() };
}

function exec(cmd: string, args: string[], e: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...e }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const deploy = (sim: K8sSimulator, args: string[]) =>
  exec(process.execPath, [cli, 'deploy', '--dry-run', 'false', '--timeout', '60', ...args], env(sim));

const isReady = (p: Obj) => (p.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True');
const failing = (p: Obj) =>
  (p.status?.containerStatuses ?? []).some(
    (c: Obj) => (c.restartCount ?? 0) > 0 || c.state?.waiting?.reason === 'CrashLoopBackOff',
  );
const image = (p: Obj) => p.spec.containers[0].image as string;
const selected = (sim: K8sSimulator, svc: string) => {
  const sel = sim.service(svc)?.spec.selector ?? {};
  return sim.store.list('pods', 'default', (p) => Object.entries(sel).every(([k, v]) => p.metadata.labels?.[k] === v));
};

/** Poll the simulator every 20 ms while `work` runs. */
async function observe<T>(work: Promise<T>, each: () => void): Promise<T> {
  let done = false;
  const loop = (async () => {
    while (!done) {
      each();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return await work;
  } finally {
    done = true;
    await loop;
  }
}

async function seeded(replicas: number, backends?: Record<string, string>): Promise<K8sSimulator> {
  const sim = await startSimulator({ readyDelayMs: 400, backends });
  sim.seed({ name: 'api', replicas, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
  sim.seedService('api', { app: 'api' });
  return sim;
}

/** First failing pod of the bad image → every pod the Service selects is ready and runs v1 again. */
async function recovery(how: 'blue-green' | 'rolling' | 'kubectl'): Promise<{ s: number; note: string }> {
  const bad = 'ghcr.io/acme/api:late-crash-1s';
  const sim = await seeded(3);
  try {
    let firstFail: number | undefined;
    let back: number | undefined;
    let undone = false;
    const e = env(sim);
    const tick = () => {
      const now = Date.now();
      const pods = sim.store.list('pods', 'default');
      if (firstFail === undefined && pods.some((p) => image(p) === bad && failing(p))) firstFail = now;
      if (firstFail !== undefined && back === undefined) {
        const sel = selected(sim, 'api').filter(isReady);
        if (sel.length >= 3 && sel.every((p) => image(p) === 'ghcr.io/acme/api:v1')) back = now;
      }
      if (how === 'kubectl' && firstFail !== undefined && !undone) {
        undone = true;
        void exec('kubectl', ['rollout', 'undo', 'deployment/api'], e);
      }
    };
    let note = '';
    if (how === 'kubectl') {
      await exec('kubectl', ['set', 'image', 'deployment/api', `app=${bad}`], e);
      await observe(new Promise((r) => setTimeout(r, 15_000)), tick);
    } else {
      const args =
        how === 'blue-green'
          ? ['--deployments', 'api', '--image', bad, '--strategy', 'blue-green', '--scale-down-delay', '20']
          : ['--deployments', 'api', '--image', bad];
      const r = await observe(deploy(sim, args), tick);
      note = /(\d+) ms of API time/.exec(r.out)?.[0] ?? /result=(\S+)/.exec(r.out)?.[1] ?? '';
      const end = Date.now() + 10_000;
      while (back === undefined && Date.now() < end) {
        tick();
        await new Promise((res) => setTimeout(res, 20));
      }
    }
    if (firstFail === undefined || back === undefined)
      return { s: NaN, note: `${note}; never back (first failure ${firstFail ? 'seen' : 'not seen'})` };
    return { s: Math.max(0, back - firstFail) / 1000, note };
  } finally {
    await sim.close();
  }
}

async function standIn(status: number): Promise<{ url: string; server: Server }> {
  const server = createServer((_q, res) => {
    res.writeHead(status);
    res.end(status === 200 ? 'ok' : 'broken');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Largest share of the live Service's ready pods running the bad version, until the run ends. */
async function blastRadius(strategy: 'rolling' | 'blue-green' | 'canary'): Promise<{ share: number; result: string }> {
  const good = await standIn(200);
  const broken = await standIn(500);
  const bad = 'ghcr.io/acme/api:v2';
  const sim = await seeded(10, { 'ghcr.io/acme/api:v1': good.url, [bad]: broken.url });
  try {
    let worst = 0;
    const args = [
      '--deployments',
      'api',
      '--image',
      bad,
      '--strategy',
      strategy,
      '--verify-url',
      '/',
      '--verify-timeout',
      '3',
      '--verify-interval',
      '0.5',
      '--canary-steps',
      '10,50,100',
      '--canary-pause',
      '1',
      '--scale-down-delay',
      '1',
    ];
    const r = await observe(deploy(sim, args), () => {
      const live = selected(sim, 'api').filter(isReady);
      if (live.length) worst = Math.max(worst, live.filter((p) => image(p) === bad).length / live.length);
    });
    return { share: worst, result: /result=(\S+)/.exec(r.out)?.[1] ?? `exit ${r.code}` };
  } finally {
    await sim.close();
    good.server.close();
    broken.server.close();
  }
}

/**
 * A healthy-looking v2 went live by blue-green (scale-down-delay 30 s); a person rejects it:
 * seconds from `shipline deploy --action reject` starting to every pod the live Service
 * selects being ready on v1, and the reject's own report of the switch's API time.
 */
export async function rejectBack(): Promise<{ s: number; note: string }> {
  const sim = await seeded(3);
  try {
    const rollout = deploy(sim, [
      '--deployments',
      'api',
      '--image',
      'ghcr.io/acme/api:v2',
      '--strategy',
      'blue-green',
      '--scale-down-delay',
      '30',
    ]);
    const end = Date.now() + 60_000;
    while (sim.service('api')?.metadata.annotations?.['shipline.dev/live'] !== 'api-blue' && Date.now() < end)
      await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    let back: number | undefined;
    const r = await observe(
      deploy(sim, [
        '--deployments',
        'api',
        '--image',
        'ghcr.io/acme/api:v2',
        '--strategy',
        'blue-green',
        '--action',
        'reject',
      ]),
      () => {
        const sel = selected(sim, 'api').filter(isReady);
        if (back === undefined && sel.length >= 3 && sel.every((p) => image(p) === 'ghcr.io/acme/api:v1'))
          back = Date.now();
      },
    );
    const first = await rollout;
    const note = `${/in one patch \((\d+ ms)\)/.exec(r.out)?.[1] ?? '?'} of API time for the switch; the deploy run ended ${/result=(\S+)/.exec(first.out)?.[1] ?? `exit ${first.code}`}`;
    return back === undefined ? { s: NaN, note: `never back; ${note}` } : { s: (back - t0) / 1000, note };
  } finally {
    await sim.close();
  }
}

export async function progressiveRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rejects: Array<{ s: number; note: string }> = [];
  for (let i = 0; i < RUNS; i++) rejects.push(await rejectBack());
  rows.push({
    metric: 'blue-green action reject within scale-down-delay: reject run started → traffic back on the old version',
    value: round(median(rejects.map((x) => x.s)), 2),
    unit: 's',
    note: `(median of ${RUNS}: ${rejects.map((x) => `${round(x.s, 2)} s, ${x.note}`).join('; ')}; most of it is kubectl start-up and the lease)`,
  });
  for (const how of ['blue-green', 'rolling', 'kubectl'] as const) {
    const xs: Array<{ s: number; note: string }> = [];
    for (let i = 0; i < RUNS; i++) xs.push(await recovery(how));
    const label = {
      'blue-green': 'shipline blue-green (switch back)',
      rolling: 'shipline rolling (undo)',
      kubectl: 'kubectl rollout undo typed at the first failing pod',
    }[how];
    rows.push({
      metric: `bad version (ready, crashes 1 s later): first failing pod → traffic back on the old version, ${label}`,
      value: round(median(xs.map((x) => x.s)), 2),
      unit: 's',
      note: `(median of ${RUNS}: ${xs.map((x) => `${round(x.s, 2)} s${x.note ? ` ${x.note}` : ''}`).join('; ')})`,
    });
  }
  for (const strategy of ['rolling', 'blue-green', 'canary'] as const) {
    const b = await blastRadius(strategy);
    rows.push({
      metric: `blast radius of a version answering 500, 10 replicas, verify-url through the service proxy: ${strategy}`,
      value: round(100 * b.share, 0),
      unit: '% of ready pods',
      note: `(result ${b.result}; azure/k8s-deploy documents no verification, so its canary would stay at its first step's share until a person rejects it)`,
    });
  }
  return rows;
}
