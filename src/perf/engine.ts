import { availableParallelism } from 'node:os';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { baseRef, checkoutBase, sideDirs } from './checkout.js';
import { postComment } from './comment.js';
import { judge } from './judge.js';
import { interval, pct, renderSummary, verdictLine } from './render.js';
import { build, runRounds } from './rounds.js';
import type { Clock, PerfOptions, PerfReport, Round } from './types.js';

export type { PerfOptions } from './types.js';

/** The whole report from judged rounds (pure; the bench re-judges recorded rounds with it). */
export function makeReport(
  rounds: readonly Round[],
  options: PerfOptions,
  meta: { baseRef: string; baseSha: string; headSha: string; elapsedMs: number; duet: boolean; clock: Clock },
): PerfReport {
  const j = judge(rounds, options);
  const regressions = j.benchmarks.filter((b) => b.status === 'regression').map((b) => b.name);
  const failed = regressions.length > 0 || (options.failOnMissing && j.onlyBase.length > 0);
  return {
    version: 1,
    format: options.format,
    metric: meta.clock,
    base: { ref: meta.baseRef, sha: meta.baseSha },
    head: { sha: meta.headSha },
    seed: options.seed,
    rounds: rounds.length,
    duet: meta.duet,
    elapsedMs: meta.elapsedMs,
    alpha: options.alpha,
    correction: options.correction,
    threshold: options.threshold,
    result: failed ? 'failed' : 'passed',
    regressions,
    improvements: j.benchmarks.filter((b) => b.status === 'improvement').map((b) => b.name),
    onlyBase: j.onlyBase,
    onlyHead: j.onlyHead,
    benchmarks: j.benchmarks,
    samples: rounds.map((r) => ({
      round: r.index,
      order: r.order,
      base: Object.fromEntries(r.base),
      head: Object.fromEntries(r.head),
    })),
  };
}

/** Duet needs two cores for the two sides; pinning needs taskset (util-linux). */
async function duetPins(options: PerfOptions, ctx: ToolContext): Promise<{ duet: boolean; pins?: [number, number] }> {
  if (!options.duet) return { duet: false };
  if (availableParallelism() < 2) {
    ctx.logger.warning('duet needs at least 2 CPUs and this machine has 1: running interleaved rounds instead');
    return { duet: false };
  }
  const t = await ctx.exec('taskset', ['-c', '0', 'true']).catch(() => undefined);
  return t?.exitCode === 0 ? { duet: true, pins: [0, 1] } : { duet: true };
}

/**
 * The performance gate: check the base out in a git worktree, build both, run the benchmark
 * command in randomised interleaved rounds, judge each benchmark's head/base ratio with a
 * multiplicity-corrected interval, and fail only on slowdowns beyond the threshold.
 */
export async function run(options: PerfOptions, ctx: ToolContext): Promise<ToolResult> {
  const start = ctx.now();
  const elapsed = () => ctx.now() - start;
  const ref = baseRef(options.base, ctx);
  const fail = (problem: string, fix: string) =>
    ctx.frontDoor === 'cli'
      ? new ConfigError(`--base: ${problem}; ${fix}`)
      : ConfigError.forInput('base', problem, fix);
  const base = await checkoutBase(ref, ctx, fail);
  try {
    const root = realpathSync(ctx.cwd);
    const headRoot = (await ctx.exec('git', ['rev-parse', '--show-toplevel'], { cwd: root })).stdout.trim();
    const dirs = sideDirs(headRoot, base.root, root, options.workingDirectory);
    ctx.logger.info(`base ${base.ref} (${base.sha.slice(0, 12)}) checked out in ${base.root}`);
    if (options.build) {
      await build('base', dirs.base, options.build, ctx, options.runTimeoutMs);
      await build('head', dirs.head, options.build, ctx, options.runTimeoutMs);
    }
    const { duet, pins } = await duetPins(options, ctx);
    const { rounds, clock } = await runRounds({ options: { ...options, duet }, dirs, ctx, elapsed, pins });
    const report = makeReport(rounds, options, {
      baseRef: base.ref,
      baseSha: base.sha,
      headSha: base.headSha,
      elapsedMs: elapsed(),
      duet,
      clock,
    });
    mkdirSync(dirname(options.reportPath), { recursive: true });
    writeFileSync(options.reportPath, JSON.stringify(report, null, 2) + '\n');
    // Comment first, so what happened to it is in the job summary too.
    const note = await postComment(report, options, ctx);
    renderSummary(report, ctx.summary);
    if (note) ctx.summary.paragraph(note);
    const line = verdictLine(report);
    for (const b of report.benchmarks.filter((x) => x.status === 'regression'))
      ctx.annotations.add({
        level: 'error',
        title: `perf: ${b.name}`,
        message: `${b.name} is ${pct(b.ratio)} slower than base ${interval(b)}, beyond the ${(b.threshold * 100).toFixed(1)}% threshold`,
      });
    if (report.result === 'passed') ctx.logger.info(line);
    return {
      outputs: { result: report.result, regressions: JSON.stringify(report.regressions), report: options.reportPath },
      failure: report.result === 'failed' ? line : undefined,
    };
  } catch (e) {
    // Cancelled: the benchmark was killed by the cancellation, not broken; say so, not "fix the command".
    if (!ctx.signal.aborted) throw e;
    const why = ctx.signal.reason instanceof Error ? ctx.signal.reason.message : 'cancelled';
    const line = `perf gate ${why} after ${(elapsed() / 1000).toFixed(1)} s: the running benchmark was stopped and the base checkout removed; no verdict`;
    ctx.summary.raw(`## Performance gate\n\n${line}.\n`);
    return { outputs: { result: 'cancelled', regressions: '[]' }, failure: line };
  } finally {
    await base.remove();
  }
}
