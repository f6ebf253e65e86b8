// Cancelled mid-rollout (SIGINT, then SIGTERM, from the runner): within the grace period, undo
// what this run changed (the undo is issued, its pods are not waited for) or say exactly what
// is half done and the command that undoes it; write the summary and outputs.
import type { ToolResult } from '../core/tool.js';
import { outputs, revisionsOutput } from './outcome.js';
import type { Recorded } from './preflight.js';
import { writeSummary } from './report.js';
import type { Session } from './session.js';
import { ready, type Results } from './watch.js';

/** How long each undo may take after a cancellation (the host's grace is 10 s). */
const UNDO_MS = 4000;

async function undoOne(s: Session, r: Recorded, results: Results): Promise<string> {
  const kc = s.kcOf(r.name);
  const undo = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
  const state = ready(results.get(r.name));
  const half = `deployment/${r.name} is half rolled out${state ? ` (${state} available)` : ''}`;
  if (!r.exists || !r.revision) return `deployment/${r.name} was created by this run and is left in place`;
  if (!s.o.rollback) return `${half}, left as is (rollback is false); to undo: ${kc.display(undo)}`;
  s.ctx.logger.info(`$ ${kc.display(undo)}`);
  try {
    await kc.text(undo, { quiet: true, afterCancel: true, timeoutMs: UNDO_MS });
    return `deployment/${r.name}: undo to revision ${r.revision} issued (its pods were not waited for)`;
  } catch (e) {
    return `${half} and the undo failed (${(e as Error).message}); to undo: ${kc.display(undo)}`;
  }
}

export async function cancelled(
  s: Session,
  recs: Recorded[],
  patched: Set<string>,
  results: Results,
): Promise<ToolResult> {
  const why = (s.ctx.signal.reason as Error | undefined)?.message ?? 'cancelled';
  const changed = s.manifests ? recs : recs.filter((r) => patched.has(r.name));
  const lines = await Promise.all(changed.map((r) => undoOne(s, r, results)));
  const failure = `${why} mid-rollout: ${lines.length ? lines.join('; ') : 'nothing had been changed yet'}`;
  const rows = recs.map((r) => ({
    name: r.name,
    container: r.container,
    image: s.manifests ? undefined : s.o.image,
    previous: r.revision,
    revision: results.get(r.name)?.revision ?? r.revision,
    result: 'cancelled',
    ready: ready(results.get(r.name)),
  }));
  writeSummary(s.ctx.summary, 'cancelled', rows, [], failure);
  return {
    outputs: outputs({
      result: 'failed',
      revision: revisionsOutput(recs, (r) => results.get(r.name)?.revision ?? r.revision),
      previous: revisionsOutput(recs, (r) => r.revision),
      reason: failure,
    }),
    failure,
  };
}
