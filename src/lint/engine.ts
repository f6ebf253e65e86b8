import { availableParallelism } from 'node:os';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { Judge } from './judge.js';
import { longestFirst, readTimings, saveTimings } from './order.js';
import { planJobs } from './plan.js';
import { logCheck, publish } from './publish.js';
import { runPool, Stopper, type RunDeps } from './runner.js';
import { resolveScope } from './scope.js';
import type { LintOptions } from './types.js';
import { boundWorkers, slotsPerCheck } from './workers.js';

export { resolveFailOn } from './scope.js';

/** The gate: plan, run in parallel inside the budget, judge, then annotate, summarize and report. */
export async function run(o: LintOptions, ctx: ToolContext): Promise<ToolResult> {
  const start = ctx.now();
  const { logger } = ctx;
  // --json keeps stdout for the report alone: progress goes to the debug stream.
  const say = o.json ? (m: string) => logger.debug(m) : (m: string) => logger.info(m);
  // One stop for everything this run does: the budget covers git work, checks and the base run.
  const stop = new Stopper();
  const budget = setTimeout(() => stop.halt('budget'), o.budgetMs);
  const cancel = ctx.signal;
  const onCancel = () => stop.halt('cancelled');
  if (cancel?.aborted) onCancel();
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    return await gate(o, ctx, stop, say, start);
  } finally {
    clearTimeout(budget);
    cancel?.removeEventListener('abort', onCancel);
  }
}

async function gate(
  o: LintOptions,
  ctx: ToolContext,
  stop: Stopper,
  say: (m: string) => void,
  start: number,
): Promise<ToolResult> {
  const scope = await resolveScope(o, ctx, stop, say);
  const { checks } = o.source;
  say(
    `checks: ${checks.map((c) => c.name).join(', ') || 'none'} (${o.source.kind === 'config' ? o.source.file : o.source.kind === 'inline' ? 'inline checks input' : 'detected'})`,
  );
  if (o.source.kind === 'detected')
    for (const d of o.source.detections ?? [])
      if (d.picked || !/nothing in the repository/.test(d.reason))
        say(`  ${d.picked ? 'picked' : 'not picked'} ${d.tool}: ${d.reason}`);
  const { jobs: planned, skipped } = await planJobs(checks, scope.files, scope.lint);
  // Checks that start a worker per core (flake8) get the cores the gate leaves each of them.
  const cores = availableParallelism();
  const slots = slotsPerCheck(cores, Math.min(o.parallel, planned.length));
  const jobs = planned.map((j) => ({ ...j, check: boundWorkers(j.check, slots, cores, ctx.cwd) }));
  const github = { token: o.token, event: ctx.event, http: { masker: ctx.masker, logger: ctx.logger } };
  const deps: RunDeps = { exec: ctx.exec, cwd: ctx.cwd, env: ctx.env, now: ctx.now, github };

  if (o.fix) await (await import('./fixes.js')).runFixes(jobs, deps, ctx, say, stop);

  for (const s of skipped) say(`${s.name}: skipped (${s.detail})`);
  const judge = new Judge(o, ctx, stop, scope, jobs, deps);
  const ran = await runPool(jobs, deps, {
    parallel: o.parallel,
    stop,
    order: longestFirst(jobs, readTimings(ctx.cwd)),
    // Past the cores (parallel above them), checks run at a lower priority: the longest keep a core.
    cores,
    // Fail-fast cancels the others only for what fails the verdict, not for old findings it does not count.
    failFast: o.failFast ? (r) => judge.failsVerdict(r) : undefined,
    onDone: (r) => {
      judge.warm(r);
      if (!o.json) logCheck(ctx, r);
    },
  });
  const byName = new Map([...ran, ...skipped].map((r) => [r.name, r]));
  const results = checks.map((c) => byName.get(c.name)!);
  const judgement = await judge.judge(results);
  for (const n of judgement.newness?.notes ?? []) say(n);
  if (judgement.verdict.result === 'passed' && !stop.why) saveTimings(ctx.cwd, ran);
  return publish({ o, ctx, stop, scope, results, judgement, start, say });
}
