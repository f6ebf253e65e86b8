// One rollout of a Deployment at a time (issue 15, item 4): a run takes a lease, an annotation
// `holder until time` written with the resourceVersion it read (so two runs 0.2 s apart cannot
// both win), and releases it on the way out. A lease past its time is a killed run's: taken over.
import { randomBytes } from 'node:crypto';
import { KubectlError, type Kubectl } from './kubectl.js';
import { LEASE, PreflightError } from './preflight.js';
import type { Session } from './session.js';
import type { Deployment } from './status.js';

export interface Lease {
  name: string;
  kc: Kubectl;
  value: string;
}

/** `https://…/runs/42 (a1b2c3) until 2026-11-30T00:15:00.000Z` → its holder and expiry. */
export function parseLease(value: string | undefined): { holder: string; until: number } | undefined {
  const m = /^(.*) until (\S+)$/.exec(value ?? '');
  const until = m ? Date.parse(m[2]) : NaN;
  return m && !Number.isNaN(until) ? { holder: m[1], until } : undefined;
}

const CONFLICT = /Conflict|has been modified/i;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function holderOf(s: Session): string {
  return `${s.ctx.event.runUrl ?? 'a local run'} (${randomBytes(3).toString('hex')})`;
}

async function tryTake(kc: Kubectl, name: string, value: string, resourceVersion: string): Promise<boolean> {
  try {
    await kc.text(
      ['annotate', `deployment/${name}`, `${LEASE}=${value}`, '--overwrite', `--resource-version=${resourceVersion}`],
      {
        quiet: true,
      },
    );
    return true;
  } catch (e) {
    if (e instanceof KubectlError && CONFLICT.test(e.line)) return false;
    throw e;
  }
}

async function takeOne(s: Session, name: string, holder: string): Promise<Lease> {
  const kc = s.kcOf(name);
  const started = s.ctx.now();
  for (;;) {
    const d = await kc.json<Deployment>(['get', 'deployment', name], { quiet: true });
    const held = parseLease(d.metadata.annotations?.[LEASE]);
    const now = s.ctx.now();
    if (held && held.until > Date.now() && held.holder !== holder) {
      const line = `deployment/${name} is being rolled out by another run: ${held.holder}, lease until ${new Date(held.until).toISOString()}`;
      if (s.o.onConflict === 'fail')
        throw new PreflightError(`${line}; let it finish (or set on-conflict: wait, or a workflow concurrency group)`);
      if (now - started > s.o.timeoutMs)
        throw new PreflightError(`${line}; still held after ${Math.round(s.o.timeoutMs / 1000)} s`);
      s.ctx.logger.info(`${line}; waiting (on-conflict: wait)`);
      await sleep(2000);
      continue;
    }
    if (held && held.holder !== holder)
      s.ctx.logger.warning(`deployment/${name}: taking over an expired lease of ${held.holder}`);
    const value = `${holder} until ${new Date(Date.now() + s.o.leaseMs).toISOString()}`;
    if (await tryTake(kc, name, value, d.metadata.resourceVersion ?? '')) return { name, kc, value };
    // Someone wrote between our read and our write: read again and judge what they wrote.
  }
}

/** Take a lease on every existing deployment of the run, or throw a PreflightError naming the holder. */
export async function takeLeases(s: Session, names: string[]): Promise<Lease[]> {
  const holder = holderOf(s);
  const taken: Lease[] = [];
  try {
    for (const n of names) taken.push(await takeOne(s, n, holder));
  } catch (e) {
    await releaseLeases(taken);
    throw e;
  }
  return taken;
}

/** Remove our leases (only where still ours); a failure to do so only costs the lease's expiry. */
export async function releaseLeases(leases: Lease[]): Promise<void> {
  await Promise.all(
    leases.map(async (l) => {
      // Also after a cancellation: a lease left behind would block the next deploy until it expires.
      const opts = { quiet: true, afterCancel: true, timeoutMs: 5000 };
      const d = await l.kc.json<Deployment>(['get', 'deployment', l.name], opts).catch(() => undefined);
      if (d?.metadata.annotations?.[LEASE] !== l.value) return;
      await l.kc.run(['annotate', `deployment/${l.name}`, `${LEASE}-`], opts).catch(() => undefined);
    }),
  );
}
