import { ConfigError } from '../core/errors.js';
import { evalIf, evalNode, evalText, toText, type Scope, type Value } from './expr.js';
import { ExprNode, lineOf, mapAt, type NodeMap } from './node.js';
import { jobsOf, needsOf } from './called.js';
import { callWorkflow } from './call.js';
import { expandMatrix, legName } from './matrix.js';
import { runLeg } from './job.js';
import { concurrencyOf, enter } from './concurrency.js';
import type { Frame, JobOutcome, Result, RunState } from './types.js';

export { preflight, StartupFailure } from './called.js';

/** Run the jobs of a workflow in needs order; independent jobs run at once (bounded by the run's slots). */
export async function runWorkflow(
  state: RunState,
  frame: Frame,
  only?: string,
): Promise<{ result: Result; jobs: Record<string, JobOutcome> }> {
  const jobs = jobsOf(frame.wf);
  const outcomes: Record<string, JobOutcome> = {};
  const running = new Map<string, Promise<JobOutcome>>();
  const failedJobs = new Set<string>();
  const ancestors = (id: string, seen = new Set<string>()): Set<string> => {
    for (const n of needsOf(jobs[id] ?? {})) if (!seen.has(n)) ancestors(n, seen.add(n));
    return seen;
  };
  let selected = Object.keys(jobs);
  if (only) {
    if (!jobs[only])
      throw new ConfigError(`--job: no job '${only}' in ${frame.wf.file} (jobs: ${selected.join(', ')})`);
    selected = [only, ...ancestors(only)];
  }
  const start = (id: string): Promise<JobOutcome> => {
    let p = running.get(id);
    if (!p) {
      p = (async () => {
        await Promise.all(needsOf(jobs[id]).map(start));
        const o = await runJob(state, frame, id, jobs[id], outcomes, ancestors(id), failedJobs);
        outcomes[id] = o;
        if (o.result === 'failure') failedJobs.add(id);
        return o;
      })();
      running.set(id, p);
    }
    return p;
  };
  await Promise.all(selected.map(start));
  const results = Object.values(outcomes).map((o) => o.result);
  const result: Result = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? 'cancelled'
      : 'success';
  return { result, jobs: outcomes };
}

async function runJob(
  state: RunState,
  frame: Frame,
  id: string,
  job: NodeMap,
  outcomes: Record<string, JobOutcome>,
  ancestors: Set<string>,
  failedJobs: Set<string>,
): Promise<JobOutcome> {
  const where = `${frame.wf.file}:${lineOf(job)}`;
  const needs: Record<string, Value> = {};
  for (const n of needsOf(job))
    needs[n] = { result: outcomes[n]?.result ?? 'skipped', outputs: outcomes[n]?.outputs ?? {} };
  const direct = needsOf(job).map((n) => outcomes[n]?.result);
  const scope: Scope = {
    file: frame.wf.file,
    contexts: { github: state.github, needs, inputs: frame.inputs, vars: state.opts.vars },
    status: {
      success: direct.every((r) => r === 'success'),
      failure: [...ancestors].some((a) => failedJobs.has(a)),
      cancelled: state.cancel.signal.aborted,
    },
  };
  const name = job.name !== undefined && !(job.name instanceof ExprNode) ? String(job.name) : id;
  let run: boolean;
  try {
    run = evalIf(job.if, scope, lineOf(job));
  } catch (e) {
    state.opts.print(`✗ ${frame.prefix}${name}: ${(e as Error).message}`);
    return { result: 'failure', outputs: {} };
  }
  if (!run) {
    state.opts.print(`○ ${frame.prefix}${name}: skipped`);
    state.legs.push({ job: `${frame.prefix}${name}`, result: 'skipped', seconds: 0, outputs: {} });
    return { result: 'skipped', outputs: {} };
  }
  if (typeof job.uses === 'string') {
    return callWorkflow(state, frame, name, job, scope, where, runWorkflow);
  }
  const strategy = mapAt(job, 'strategy') ?? {};
  let combos: Record<string, Value>[];
  try {
    combos = expandMatrix(strategy.matrix !== undefined ? evalNode(strategy.matrix, scope) : null, where);
  } catch (e) {
    state.opts.print(`✗ ${frame.prefix}${name}: ${(e as Error).message}`);
    return { result: 'failure', outputs: {} };
  }
  const failFast = strategy['fail-fast'] === undefined || toText(evalNode(strategy['fail-fast'], scope)) !== 'false';
  const maxParallel =
    strategy['max-parallel'] !== undefined ? Number(evalNode(strategy['max-parallel'], scope)) : combos.length;
  const ff = new AbortController();
  const outputs: Record<string, string> = {};
  const results: Result[] = [];
  let next = 0;
  const worker = async () => {
    while (next < combos.length) {
      const i = next++;
      const matrix = combos[i];
      const legScope: Scope = { ...scope, contexts: { ...scope.contexts, matrix } };
      const display =
        job.name instanceof ExprNode
          ? evalText(job.name, legScope)
          : legName(name, strategy.matrix === undefined ? {} : matrix, false);
      const strategyCtx = {
        'fail-fast': failFast,
        'job-index': i,
        'job-total': combos.length,
        'max-parallel': maxParallel,
      };
      if (ff.signal.aborted) {
        state.opts.print(`⊘ ${frame.prefix}${display}: cancelled (fail-fast)`);
        results.push('cancelled');
        continue;
      }
      // A job's concurrency group is taken before a runner slot: a pending job holds no runner.
      const label = `${frame.prefix}${display}`;
      const group = concurrencyOf(job, { ...legScope, contexts: { ...legScope.contexts, strategy: strategyCtx } });
      const ticket = group ? enter(group, (line) => state.opts.print(`    ${label}: ${line}`)) : undefined;
      if (ticket?.pending) state.opts.print(`… ${label}: pending (concurrency group ${group?.group})`);
      if (ticket && (await ticket.ready) === 'cancelled') {
        state.opts.print(`⊘ ${label}: cancelled (concurrency group ${group?.group})`);
        state.legs.push({ job: label, result: 'cancelled', seconds: 0, outputs: {} });
        results.push('cancelled');
        continue;
      }
      const o = await state.slots
        .run(() =>
          runLeg(state, frame, {
            jobId: id,
            job,
            name: display,
            matrix,
            strategy: strategyCtx,
            needs,
            signal: ticket ? AbortSignal.any([ff.signal, ticket.signal]) : ff.signal,
          }),
        )
        .finally(() => ticket?.release());
      results.push(o.result);
      // The last leg to finish sets each output, as on GitHub.
      for (const [k, v] of Object.entries(o.outputs)) if (v !== '') outputs[k] = v;
      // A cancelled leg (concurrency, the run cancelled) is no failure for fail-fast.
      if (o.failed && o.result !== 'cancelled' && failFast) ff.abort();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(maxParallel, combos.length)) }, worker));
  const result: Result = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? ff.signal.aborted
        ? 'failure'
        : 'cancelled'
      : 'success';
  return { result, outputs };
}
