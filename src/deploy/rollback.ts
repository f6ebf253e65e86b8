// Undo what this run changed, each to the revision recorded before it, and wait until healthy.
import type { Kubectl } from './kubectl.js';
import type { Recorded } from './preflight.js';
import type { Session } from './session.js';
import { revisionOf, type Deployment } from './status.js';
import { POLL_MS, ready, watchRollout, type Results, type WatchResult } from './watch.js';

/**
 * What this run changed: what it patched, or (manifests) a deployment whose revision moved or
 * that now exists. A deployment another run took over is that run's, not ours to undo.
 */
export async function changedBy(
  s: Session,
  recs: Recorded[],
  results: Results,
  patched: Set<string>,
): Promise<Recorded[]> {
  const mine = recs.filter((r) => results.get(r.name)?.outcome !== 'replaced');
  if (!s.manifests) return mine.filter((r) => patched.has(r.name));
  const now = await Promise.all(
    mine.map(async (r) => {
      const w = results.get(r.name);
      if (w?.deployment) return w.revision;
      const d = await s
        .kcOf(r.name)
        .json<Deployment>(['get', 'deployment', r.name])
        .catch(() => undefined);
      return d ? revisionOf(d) : undefined;
    }),
  );
  return mine.filter((r, i) => now[i] !== undefined && (!r.exists || now[i] !== r.revision));
}

export interface Undo {
  state: string;
  result: 'rolled-back' | 'failed';
  after: Results;
}

export async function rollBackAll(
  s: Session,
  changed: Recorded[],
  failed: Recorded[],
  results: Results,
): Promise<Undo> {
  const after: Results = new Map();
  if (!changed.length) {
    const replaced = failed.some((r) => results.get(r.name)?.outcome === 'replaced');
    return {
      state: replaced ? 'left to the rollout that replaced it' : 'nothing was changed, so nothing was rolled back',
      result: 'failed',
      after,
    };
  }
  if (!s.o.rollback)
    return {
      state: `left as is (rollback is false): ${changed.map((r) => `deployment/${r.name} ${ready(results.get(r.name)) || '?'} available`).join(', ')}`,
      result: 'failed',
      after,
    };
  const outcomes = await Promise.all(changed.map((r) => rollBack(s, s.kcOf(r.name), r, after)));
  const bad = outcomes.filter((x) => !x.ok);
  const single = changed.length === 1 && failed.length === 1 && changed[0].name === failed[0].name;
  let state: string;
  if (bad.length) state = outcomes.map((x) => x.text).join(', ');
  else if (single) state = `rolled back to revision ${changed[0].revision}, ${outcomes[0].ready} ready`;
  else
    state = `rolled back ${outcomes.map((x, i) => `deployment/${changed[i].name} to revision ${changed[i].revision} (${x.ready} ready)`).join(', ')}`;
  return { state, result: bad.length ? 'failed' : 'rolled-back', after };
}

async function rollBack(
  s: Session,
  kc: Kubectl,
  r: Recorded,
  after: Map<string, WatchResult>,
): Promise<{ ok: boolean; text: string; ready?: string }> {
  if (!r.exists || !r.revision)
    return { ok: false, text: `nothing to roll back deployment/${r.name} to: it did not exist before this run` };
  const args = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
  s.ctx.logger.info(`$ ${kc.display(args)}`);
  try {
    await kc.text(args, { quiet: true });
  } catch (e) {
    return {
      ok: false,
      text: `rollback of deployment/${r.name} to revision ${r.revision} failed: ${(e as Error).message}`,
    };
  }
  const w = await watchRollout(kc, r.name, {
    selector: r.selector,
    timeoutMs: s.o.timeoutMs,
    graceMs: s.o.unschedulableGraceMs,
    pollMs: POLL_MS,
    signal: new AbortController().signal,
    logger: s.ctx.logger,
    now: s.ctx.now,
    ignoreDeadline: true,
    label: 'rollback',
  });
  after.set(r.name, w);
  if (w.outcome === 'complete')
    return { ok: true, text: `deployment/${r.name} rolled back to revision ${r.revision}`, ready: ready(w) };
  return {
    ok: false,
    text: `deployment/${r.name} was rolled back to revision ${r.revision} but is not healthy: ${w.reason}`,
  };
}
