import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ConfigError, describeThrown, inputLabel, type FrontDoor } from '../core/errors.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { computePlan, shardFiles } from './engine.js';
import { formatFiles } from './format.js';
import { normalizePath } from './paths.js';
import type { FilesCommandOptions, TimingsCommandOptions } from './types.js';
import { learnFromRun } from './filecost.js';
import { asWallRecord, planShardFiles, wallPoints, type WallRecord } from './overhead.js';
import { asTimingsFile, mergeTimings, readReports, type TimingsFile } from './timings.js';

/** The run of `shipline shard timings` (spec in subcommands.ts): many shards' JUnit reports → one small smoothed timings file. */
export async function timingsCommand(o: TimingsCommandOptions, ctx: ToolContext): Promise<ToolResult> {
  const cwd = ctx.cwd;
  const { out, alpha } = o;
  const reports = await globAll(o.from, 'from', true, ctx);
  const prevPath = o.previous ?? out;
  let previous: TimingsFile | undefined;
  if (existsSync(prevPath)) {
    let parsed: TimingsFile | string;
    try {
      parsed = asTimingsFile(JSON.parse(readFileSync(prevPath, 'utf8')));
    } catch (e) {
      parsed = `is not valid JSON (${describeThrown(e)})`;
    }
    if (typeof parsed === 'string')
      ctx.logger.warning(`${relative(cwd, prevPath) || prevPath} ${parsed}; starting fresh timings`);
    else previous = parsed;
  } else if (o.previous)
    ctx.logger.warning(`${inputLabel('previous', ctx.frontDoor)} ${o.previous} does not exist; starting fresh timings`);
  const wd = o.workingDirectory;
  const run = readReports(reports, [wd, cwd], (p) => normalizePath(relative(cwd, p)));
  for (const w of run.warnings) ctx.logger.warning(w);
  if (run.seconds.size === 0)
    throw ConfigError.forInput(
      'from',
      `the ${reports.length} report(s) it matched name no test file (see the warnings above)`,
      'configure the reporter to write file or classname attributes',
      undefined,
      ctx.frontDoor,
    );
  const merged = mergeTimings(previous, run, alpha ?? previous?.alpha, new Date(ctx.now()).toISOString());
  if (o.walls.length) learnOverhead(merged, run.seconds, await globAll(o.walls, 'walls', false, ctx), o, ctx);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(merged, null, 2) + '\n');
  ctx.logger.info(
    `wrote ${relative(cwd, out) || out}: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s) with ${run.cases} test case(s), run ${merged.runs}, smoothed with alpha ${merged.alpha}${Object.keys(merged.flaky).length ? `; ${Object.keys(merged.flaky).length} file(s) with flaky tests` : ''}`,
  );
  ctx.summary.paragraph(
    `Timings: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s), run ${merged.runs}, written to \`${relative(cwd, out) || out}\`.${merged.overhead ? ` Beyond JUnit: ${merged.overhead.perFile} s per file, ${merged.overhead.perShard} s per shard (from shard wall times, ${merged.overhead.runs} run(s)).` : ''}`,
  );
  return { outputs: { 'timings-file': out } };
}

async function globAll(patterns: string[], input: string, required: boolean, ctx: ToolContext): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const found: string[] = [];
  for (const pattern of patterns) {
    const hits = await glob([pattern], {
      cwd: ctx.cwd,
      onlyFiles: true,
      absolute: true,
      expandDirectories: false,
      ignore: ['**/node_modules/**'],
    });
    if (!hits.length && required)
      throw ConfigError.forInput(
        input,
        `'${pattern}' matched no file in ${ctx.cwd}`,
        'check the glob (it is relative to the current directory or --cwd)',
        undefined,
        ctx.frontDoor,
      );
    if (!hits.length) ctx.logger.warning(`${inputLabel(input, ctx.frontDoor)} '${pattern}' matched no file`);
    found.push(...hits);
  }
  return [...new Set(found)].sort();
}

/**
 * Fold this run's shard wall times into `merged.overhead`: each shard's wall time less its
 * files' JUnit seconds is its start-up plus each file's fixed cost, fitted over the shards of
 * the last runs (filecost.ts).
 */
function learnOverhead(
  merged: TimingsFile,
  seconds: ReadonlyMap<string, number>,
  wallFiles: string[],
  o: TimingsCommandOptions,
  ctx: ToolContext,
): void {
  const shown = (p: string) => normalizePath(relative(ctx.cwd, p)) || p;
  const plan = planShardFiles(o.plan as string);
  if (typeof plan === 'string')
    throw ConfigError.forInput(
      'plan',
      `${o.plan} ${plan}`,
      'pass the plan file of the shard step that the walls come from',
      undefined,
      ctx.frontDoor,
    );
  const walls: WallRecord[] = [];
  for (const f of wallFiles) {
    const w = asWallRecord(readFileSync(f, 'utf8'));
    if (typeof w === 'string') ctx.logger.warning(`wall record ${shown(f)} ${w}; it was ignored`);
    else walls.push(w);
  }
  const prefix = normalizePath(relative(ctx.cwd, o.workingDirectory));
  const { shards, skipped } = wallPoints(walls, plan, seconds, prefix === '.' ? '' : prefix);
  for (const s of skipped) ctx.logger.warning(`wall record: ${s}; it was ignored`);
  if (!shards.length) {
    if (walls.length)
      ctx.logger.warning('no wall record matched a shard of the plan: the fixed costs were not updated');
    return;
  }
  merged.overhead = learnFromRun(merged.overhead, shards);
  const own = Object.entries(merged.overhead.files ?? {}).sort(([, a], [, b]) => b - a);
  ctx.logger.info(
    `fixed costs from ${shards.length} shard wall time(s) (last ${new Set(merged.overhead.history?.map((s) => s.run)).size} run(s)): ${merged.overhead.perFile.toFixed(3)} s per file, ${merged.overhead.perShard.toFixed(3)} s per shard${own.length ? `; ${own.length} file(s) with their own cost, most ${own[0][0]} ${own[0][1]} s` : ''}`,
  );
}

/** The run of `shipline shard files` (spec in subcommands.ts): one shard's files, in the form a test runner wants. */
export async function filesCommand(o: FilesCommandOptions, ctx: ToolContext): Promise<ToolResult> {
  const { index, total, format, strategy } = o;
  const cwd = ctx.cwd;
  let files: string[];
  if (o.plan) files = fromPlanFile(o.plan, index, total, ctx.frontDoor);
  else {
    const p = await computePlan({
      tests: o.tests,
      timings: o.timings,
      quarantine: o.quarantine,
      workspace: cwd,
      workingDirectory: o.workingDirectory,
      shards: total,
      targetSeconds: 1,
      maxShards: total,
      strategy,
    });
    for (const w of p.gathered.warnings) ctx.logger.warning(w);
    if (p.plan.shards.length !== total)
      throw new ConfigError(
        `${inputLabel('total', ctx.frontDoor)} ${total} but only ${p.gathered.items.length} test file(s) here, so the plan has ${p.plan.shards.length} shard(s); the plan job saw different files: check out the same commit and pass the same --tests`,
      );
    files = shardFiles(p, index, inputLabel('index', ctx.frontDoor));
  }
  const text = formatFiles(files, format);
  return { outputs: { files: text }, print: text };
}

function fromPlanFile(path: string, index: number, total: number, frontDoor: FrontDoor): string[] {
  const flag = (name: string) => inputLabel(name, frontDoor);
  const plan = planShardFiles(path);
  if (typeof plan === 'string')
    throw new ConfigError(`${flag('plan')} ${path} ${plan}; pass the plan output of the shard step`);
  const n = plan.total;
  if (n !== total)
    throw new ConfigError(
      `${flag('total')} ${total} but the plan ${path} has ${n} shard(s); pass the total from the same plan`,
    );
  const quarantine = plan.files.has(n + 1);
  const files = plan.files.get(index);
  if (files) return files;
  throw new ConfigError(
    `${flag('index')} ${index} is out of range: the plan has ${n} shard(s)${quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (quarantine ? 1 : 0)}`,
  );
}
