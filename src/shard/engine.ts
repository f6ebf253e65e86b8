import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, inputLabel } from '../core/errors.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { formatFiles } from './format.js';
import { gather, type ShardInputs } from './gather.js';
import { chooseShardCount, planShards, type Plan } from './plan.js';
import { renderSummary } from './summary.js';
import type { ShardOptions, ShardPlan } from './types.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;
/**
 * Past this the matrix drops the file lists: a job's outputs share 1 MiB, and a large
 * matrix slows the workflow page. Each runner then recomputes its files from the same inputs.
 */
export const MATRIX_FILES_LIMIT = 256 * 1024;

/** Gather and plan: the one function both the plan job and a recomputing runner call. */
export async function computePlan(
  o: Pick<ShardOptions, keyof ShardInputs | 'shards' | 'targetSeconds' | 'maxShards' | 'strategy'>,
): Promise<ShardPlan> {
  const gathered = await gather(o);
  let plan: Plan;
  let targetMet: boolean | undefined;
  if (o.shards === 'auto') {
    const chosen = chooseShardCount(gathered.items, o.targetSeconds, o.maxShards, { strategy: o.strategy });
    plan = chosen.plan;
    targetMet = chosen.met;
  } else plan = planShards(gathered.items, o.shards, { strategy: o.strategy });
  const q = gathered.quarantined;
  if (q.length && plan.shards.length >= MAX_MATRIX_JOBS) {
    throw ConfigError.forInput(
      o.shards === 'auto' ? 'max-shards' : 'shards',
      `${plan.shards.length} shards plus the quarantine shard exceed GitHub's ${MAX_MATRIX_JOBS}-job matrix limit`,
      `plan at most ${MAX_MATRIX_JOBS - 1} shards when quarantine is used`,
    );
  }
  const quarantine = q.length
    ? { files: q.map((i) => i.path).sort(), seconds: q.reduce((s, i) => s + i.seconds, 0) }
    : undefined;
  return { gathered, plan, quarantine, targetMet, strategy: o.strategy };
}

/** The files of shard `index` (1-based; shards + 1 is the quarantine shard). */
export function shardFiles(p: ShardPlan, index: number, label = "input 'index'"): string[] {
  const n = p.plan.shards.length;
  if (index >= 1 && index <= n) return p.plan.shards[index - 1].files;
  if (index === n + 1 && p.quarantine) return p.quarantine.files;
  throw new ConfigError(
    `${label}: ${index} is out of range: the plan has ${n} shard(s)${p.quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (p.quarantine ? 1 : 0)}`,
  );
}

interface MatrixEntry {
  shard: number;
  total: number;
  files?: string;
  quarantine: boolean;
}

/** The job matrix; file lists are dropped (runners recompute) when it would be too large. */
export function buildMatrix(p: ShardPlan): { json: string; withFiles: boolean } {
  const total = p.plan.shards.length;
  const entries: MatrixEntry[] = p.plan.shards.map((s, i) => ({
    shard: i + 1,
    total,
    files: formatFiles(s.files, 'shell'),
    quarantine: false,
  }));
  if (p.quarantine)
    entries.push({ shard: total + 1, total, files: formatFiles(p.quarantine.files, 'shell'), quarantine: true });
  const json = JSON.stringify({ include: entries });
  if (Buffer.byteLength(json) <= MATRIX_FILES_LIMIT) return { json, withFiles: true };
  return { json: JSON.stringify({ include: entries.map(({ files: _files, ...rest }) => rest) }), withFiles: false };
}

export function planDocument(p: ShardPlan, withFiles: boolean): unknown {
  return {
    shipline: 'shard-plan',
    version: 1,
    algorithm: p.plan.algorithm,
    strategy: p.strategy,
    shardsRequested: p.plan.requested,
    shards: p.plan.shards.map((s, i) => ({ index: i + 1, predictedSeconds: round(s.seconds), files: s.files })),
    quarantine: p.quarantine
      ? {
          index: p.plan.shards.length + 1,
          predictedSeconds: round(p.quarantine.seconds),
          files: p.quarantine.files,
          reasons: Object.fromEntries(p.gathered.quarantineReasons),
        }
      : null,
    predictedSeconds: round(p.plan.makespan),
    lowerBoundSeconds: round(p.plan.lowerBound),
    totalSeconds: round(p.plan.total),
    longestFile: { path: p.plan.longest.path, seconds: round(p.plan.longest.seconds) },
    matrixCarriesFiles: withFiles,
    estimated: { method: p.gathered.estimateMethod, files: p.gathered.estimated },
    // The fixed costs the plan used; the wall history they were fitted from stays in the timings file.
    overhead: p.gathered.overhead ? { ...p.gathered.overhead, history: undefined } : null,
    unmatchedTimings: p.gathered.unmatched,
    timingSources: p.gathered.timingFiles,
  };
}

export function round(n: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

export async function run(o: ShardOptions, ctx: ToolContext): Promise<ToolResult> {
  const cancelled = 'shard planning cancelled before a plan was made: nothing was written';
  if (ctx.signal.aborted) {
    ctx.summary.raw(`## Test shards\n\n${cancelled}.\n`);
    return { outputs: {}, failure: cancelled };
  }
  const p = await computePlan(o);
  if (ctx.signal.aborted) {
    ctx.summary.raw(`## Test shards\n\n${cancelled} (the test files were found, the plan file was not written).\n`);
    return { outputs: {}, failure: cancelled };
  }
  const { plan, gathered } = p;
  for (const w of gathered.warnings) ctx.logger.warning(w);
  for (const u of gathered.unmatched.slice(0, 20))
    ctx.logger.warning(`timing entry '${u.key}' matches no test file${u.hint ? ` (${u.hint})` : ''}`);
  if (plan.shards.length < plan.requested)
    ctx.logger.warning(
      `only ${gathered.items.length} test file(s) to split: planned ${plan.shards.length} shard(s) instead of ${plan.requested}, so none is empty`,
    );
  if (p.targetMet === false)
    ctx.logger.warning(
      `target-seconds ${o.targetSeconds} is not reachable with at most ${o.maxShards} shards: the plan takes ${round(plan.makespan)} s${plan.longest.seconds > o.targetSeconds ? `; ${plan.longest.path} alone takes ${round(plan.longest.seconds)} s, split it` : '; raise max-shards'}`,
    );
  const matrix = buildMatrix(p);
  if (!matrix.withFiles)
    ctx.logger.info(
      `the matrix would pass ${MATRIX_FILES_LIMIT / 1024} KiB of file names, so it carries only shard indexes: each runner recomputes its files with shipline shard files`,
    );
  mkdirSync(dirname(o.planFile), { recursive: true });
  writeFileSync(o.planFile, JSON.stringify(planDocument(p, matrix.withFiles), null, 2) + '\n');
  const outputs: Record<string, string> = {
    matrix: matrix.json,
    'shard-count': String(plan.shards.length),
    plan: o.planFile,
    'predicted-seconds': String(round(plan.makespan)),
    'lower-bound-seconds': String(round(plan.lowerBound)),
    files: '',
  };
  if (o.index !== undefined)
    outputs.files = formatFiles(shardFiles(p, o.index, inputLabel('index', ctx.frontDoor)), o.format);
  ctx.logger.info(
    `planned ${gathered.items.length} test file(s) into ${plan.shards.length} shard(s)${p.quarantine ? ` + 1 quarantine shard (${p.quarantine.files.length} file(s))` : ''}: predicted ${round(plan.makespan)} s, lower bound ${round(plan.lowerBound)} s (${plan.algorithm})`,
  );
  renderSummary(ctx.summary, p, o);
  return { outputs };
}
