// One rollout of a Deployment at a time (issue 15, item 4): a run takes a lease, an annotation
// `holder until time` written with the resourceVersion it read (so two runs 0.2 s apart cannot
// both win), and releases it on the way out. A lease past its time is a killed run's: taken over.
// Rolling and canary lease the Deployment; blue-green leases the live Service, whose selector
// and annotations are the state its runs share.
import { randomBytes } from 'node:crypto';
import { KubectlError, type Kubectl } from './kubectl.js';
import { LEASE, PreflightError } from './preflight.js';
import type { Session } from './session.js';
import type { Deployment } from './status.js';

export interface Lease {
  /** `deployment/api`, `service/api`. */
  ref: string;
  kc: Kubectl;
  value: string;
  /**
   * Taken at the first try against the object as the caller had read it (`seen`): nothing
   * changed it between that read and the lease, so what the caller read is still current.
   */
  unchanged?: boolean;
}

/**
 * What to lease: a Deployment's name, or any object as `kind/name` with its kubectl; `seen` is
 * the object as the run read it moments ago (its first try is written against that
 * resourceVersion, so it succeeds only if nothing changed since: no second read); `with` are
 * more `key=value` annotations written in the same annotate (a rolling run's change-cause).
 */
export type LeaseTarget =
  | string
  | {
      ref: string;
      kc: Kubectl;
      seen?: { resourceVersion?: string; lease?: string };
      with?: string[];
    };

export interface LeaseOptions {
  /**
   * Take the lease even from a live holder (blue-green `reject` during another run's
   * scale-down-delay: that run watches the Service and stops when it is switched back).
   */
  takeOver?: string;
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

async function tryTake(
  s: Session,
  kc: Kubectl,
  ref: string,
  value: string,
  resourceVersion: string,
  more: string[],
): Promise<boolean> {
  const args = ['annotate', ref, `${LEASE}=${value}`, ...more, '--overwrite', `--resource-version=${resourceVersion}`];
  // With the change-cause in it, this is the run's first change: shown like the others.
  if (more.length) s.ctx.logger.info(`$ ${kc.display(args)}`);
  try {
    await kc.text(args, { quiet: true });
    return true;
  } catch (e) {
    if (e instanceof KubectlError && CONFLICT.test(e.line)) return false;
    throw e;
  }
}

async function takeOne(s: Session, target: LeaseTarget, holder: string, o: LeaseOptions): Promise<Lease> {
  const {
    ref,
    kc,
    seen,
    with: more = [],
  } = typeof target === 'string' ? { ref: `deployment/${target}`, kc: s.kcOf(target) } : target;
  const started = s.ctx.now();
  let first = seen?.resourceVersion ? seen : undefined;
  for (;;) {
    const d = first ? undefined : await kc.json<Deployment>(['get', ref], { quiet: true });
    const [resourceVersion, current] = d
      ? [d.metadata.resourceVersion, d.metadata.annotations?.[LEASE]]
      : [first!.resourceVersion, first!.lease];
    first = undefined;
    const held = parseLease(current);
    const now = s.ctx.now();
    const live = !!held && held.until > Date.now() && held.holder !== holder;
    if (live && o.takeOver) s.ctx.logger.warning(`${ref}: taking over the lease of ${held.holder} (${o.takeOver})`);
    else if (live) {
      const line = `${ref} is being rolled out by another run: ${held.holder}, lease until ${new Date(held.until).toISOString()}`;
      if (s.o.onConflict === 'fail')
        throw new PreflightError(`${line}; let it finish (or set on-conflict: wait, or a workflow concurrency group)`);
      if (now - started > s.o.timeoutMs)
        throw new PreflightError(`${line}; still held after ${Math.round(s.o.timeoutMs / 1000)} s`);
      if (s.ctx.signal.aborted) throw new PreflightError(`${line}; cancelled while waiting for it`);
      s.ctx.logger.info(`${line}; waiting (on-conflict: wait)`);
      await sleep(2000);
      continue;
    } else if (held && held.holder !== holder)
      s.ctx.logger.warning(`${ref}: taking over an expired lease of ${held.holder}`);
    const value = `${holder} until ${new Date(Date.now() + s.o.leaseMs).toISOString()}`;
    if (await tryTake(s, kc, ref, value, resourceVersion ?? '', more))
      return { ref, kc, value, unchanged: !d && !live };
    // Someone wrote between our read and our write: read again and judge what they wrote.
  }
}

/** Take a lease on every existing object the run changes, or throw a PreflightError naming the holder. */
export async function takeLeases(s: Session, targets: LeaseTarget[], o: LeaseOptions = {}): Promise<Lease[]> {
  const holder = holderOf(s);
  const taken: Lease[] = [];
  try {
    for (const t of targets) taken.push(await takeOne(s, t, holder, o));
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
      const d = await l.kc.json<Deployment>(['get', l.ref], opts).catch(() => undefined);
      if (d?.metadata.annotations?.[LEASE] !== l.value) return;
      await l.kc.run(['annotate', l.ref, `${LEASE}-`], opts).catch(() => undefined);
    }),
  );
}
