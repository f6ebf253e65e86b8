import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { CommandNotFoundError, formatCommand, type ExecResult } from '../core/exec.js';
import type { ToolContext } from '../core/tool.js';
import { FormatError, parseMeasures, type Measures } from './formats/index.js';
import { judge, settled } from './judge.js';
import { pickClock } from './metric.js';
import { median, rng } from './stats.js';
import type { Clock, PerfOptions, Round, Sample, Side } from './types.js';

export const OUTPUT_TOKEN = '{output}';

/** Where each side runs: its checkout's working directory. */
export interface Checkouts {
  base: string;
  head: string;
}

/** The line bash's `time` keyword prints with this TIMEFORMAT: wall, user and system seconds. */
const TIME_TAG = 'shipline-perf-time';
// The user's argv is passed as "$@", never spliced into the script: no shell parsing of input.
const TIME_SCRIPT = `TIMEFORMAT='${TIME_TAG} %3R %3U %3S'; time "$@"`;

function lastLine(r: ExecResult): string {
  const lines = `${r.stderr}\n${r.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith(TIME_TAG));
  return lines.length ? lines[lines.length - 1].slice(0, 200) : '(no output)';
}

function commandFailed(side: Side, r: ExecResult, what: string, timeoutMs: number, argv: string[]): ConfigError {
  const how = r.timedOut
    ? `timed out after ${Math.round(timeoutMs / 1000)}s`
    : r.signal
      ? `was killed by ${r.signal}`
      : `exited with ${r.exitCode}`;
  return new ConfigError(
    `the ${what} ${how} on ${side} (${formatCommand(argv)}): ${lastLine(r)}; fix the ${what} so it passes on both base and head`,
  );
}

/**
 * Run one side once and return its measurements (median of a run's repeated observations) in
 * the clock `options.metric` resolves to (the first run fixes it for the rest).
 */
export async function runOnce(
  side: Side,
  dir: string,
  options: PerfOptions,
  ctx: ToolContext,
  pin?: number,
): Promise<{ sample: Sample; clock: Clock }> {
  const outFile = join(ctx.tempDir, `shipline-perf-${process.pid}-${side}-${Math.random().toString(36).slice(2)}.out`);
  let argv = options.command.map((a) => a.split(OUTPUT_TOKEN).join(outFile));
  if (options.format === 'command') argv = ['bash', '-c', TIME_SCRIPT, 'shipline-perf', ...argv];
  if (pin !== undefined) argv = ['taskset', '-c', String(pin), ...argv];
  let r: ExecResult;
  try {
    r = await ctx.exec(argv[0], argv.slice(1), {
      cwd: dir,
      timeoutMs: options.runTimeoutMs,
      env: { ...ctx.env, SHIPLINE_PERF_SIDE: side },
    });
  } catch (e) {
    if (e instanceof CommandNotFoundError)
      throw ConfigError.forInput(
        'command',
        `${e.command} is not installed (on ${side})`,
        'install it in an earlier step or fix the command',
      );
    throw e;
  }
  if (r.exitCode !== 0) throw commandFailed(side, r, 'benchmark command', options.runTimeoutMs, options.command);
  if (options.format === 'command') {
    // One benchmark named by the command, as hyperfine names its results.
    const line = r.stderr.split('\n').find((l) => l.startsWith(TIME_TAG));
    const [wall, user, sys] = (line ?? '').split(/\s+/).slice(1).map(Number);
    const name = formatCommand(options.command);
    const m: Measures = {
      wall: new Map([[name, [Number.isFinite(wall) ? wall : r.durationMs / 1000]]]),
      cpu: new Map(),
    };
    if (Number.isFinite(user) && Number.isFinite(sys)) m.cpu.set(name, [user + sys]);
    return medians(pickClock(options.format, m, options.metric));
  }
  let text = r.stdout;
  if (options.command.some((a) => a.includes(OUTPUT_TOKEN))) {
    try {
      text = readFileSync(outFile, 'utf8');
    } catch {
      throw ConfigError.forInput(
        'command',
        `the command did not write ${OUTPUT_TOKEN} on ${side}`,
        `pass ${OUTPUT_TOKEN} where the tool takes its report path (e.g. --benchmark-json={output})`,
      );
    } finally {
      rmSync(outFile, { force: true });
    }
  }
  let parsed: Measures;
  try {
    parsed = parseMeasures(options.format, text);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    parsed = { wall: new Map(), cpu: new Map() };
  }
  if (parsed.wall.size === 0 && parsed.cpu.size === 0)
    throw ConfigError.forInput(
      'format',
      `found no ${options.format} benchmark results in the ${side} output (${lastLine(r)})`,
      `check that the command prints ${options.format} results${options.format === 'go' ? '' : ` (or writes them to ${OUTPUT_TOKEN})`}, or pick the format it produces`,
    );
  return medians(pickClock(options.format, parsed, options.metric));
}

function medians(p: { clock: Clock; values: Map<string, number[]> }): { sample: Sample; clock: Clock } {
  return { sample: new Map([...p.values].map(([name, obs]) => [name, median(obs)])), clock: p.clock };
}

/** Build one checkout; a failing build is one line naming the side. */
export async function build(side: Side, dir: string, argv: string[], ctx: ToolContext, timeoutMs: number) {
  ctx.logger.info(`building ${side}: ${formatCommand(argv)}`);
  let r: ExecResult;
  try {
    r = await ctx.exec(argv[0], argv.slice(1), { cwd: dir, timeoutMs, env: { ...ctx.env, SHIPLINE_PERF_SIDE: side } });
  } catch (e) {
    if (e instanceof CommandNotFoundError)
      throw ConfigError.forInput('build', `${e.command} is not installed`, 'install it in an earlier step');
    throw e;
  }
  if (r.exitCode !== 0) throw commandFailed(side, r, 'build command', timeoutMs, argv);
}

export interface RoundPlan {
  options: PerfOptions;
  dirs: Checkouts;
  ctx: ToolContext;
  /** ms since the start of the gate, for the budget. */
  elapsed: () => number;
  /** CPUs for a duet run, when pinning is possible. */
  pins?: [number, number];
}

/**
 * Randomised interleaved rounds: each round runs base and head once, in an order drawn from
 * the seeded RNG (or both at once in duet mode), until `rounds` or the time budget is spent.
 * A round is started only when the average round so far still fits in the budget. After each
 * round the rounds so far are judged; when every benchmark is settled (unchanged or faster, see
 * `settled`) the gate stops early: more rounds could not fail it, so they would be time spent
 * for nothing.
 */
export async function runRounds(plan: RoundPlan): Promise<{ rounds: Round[]; clock: Clock }> {
  const { dirs, ctx } = plan;
  let options = plan.options;
  let clock: Clock | undefined = options.metric === 'auto' ? undefined : options.metric;
  const random = rng(options.seed);
  const rounds: Round[] = [];
  const started = plan.elapsed();
  for (let i = 0; i < options.rounds; i++) {
    const perRound = rounds.length ? (plan.elapsed() - started) / rounds.length : 0;
    if (rounds.length >= 2 && plan.elapsed() + perRound > options.timeBudgetMs) {
      ctx.logger.warning(
        `time-budget reached after ${rounds.length} of ${options.rounds} rounds: the intervals are wider than they would be with all rounds`,
      );
      break;
    }
    const order: Side[] = random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
    const got: Partial<Record<Side, Sample>> = {};
    const once = async (side: Side, pin?: number) => {
      const r = await runOnce(side, dirs[side], options, ctx, pin);
      if (!clock) {
        // The first run fixes the clock: every later run is read in the same one.
        clock = r.clock;
        options = { ...options, metric: clock };
        ctx.logger.info(`comparing ${clock === 'cpu' ? 'CPU' : 'wall'} time (metric ${plan.options.metric})`);
      }
      got[side] = r.sample;
    };
    if (options.duet) await Promise.all(order.map((side, k) => once(side, plan.pins?.[k])));
    else for (const side of order) await once(side);
    rounds.push({ index: i + 1, order, base: got.base!, head: got.head! });
    ctx.logger.info(`round ${i + 1}/${options.rounds} (${order.join(' then ')}${options.duet ? ', duet' : ''}) done`);
    if (i + 1 < options.rounds && settled(judge(rounds, options))) {
      ctx.logger.info(
        `every benchmark is settled after ${rounds.length} of ${options.rounds} rounds (unchanged or faster, at the corrected level): stopping early`,
      );
      break;
    }
  }
  return { rounds, clock: clock ?? 'wall' };
}
