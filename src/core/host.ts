import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationSink, annotationTable } from './annotations.js';
import { readEventContext } from './context.js';
import { EXIT, classify, describeThrown } from './errors.js';
import { exec as realExec, type ExecFn } from './exec.js';
import type { FrontDoor } from './inputs.js';
import type { Logger } from './logger.js';
import { Masker } from './mask.js';
import { Summary, type SummarySink } from './summary.js';
import type { InputSpec, Tool, ToolContext, ToolResult, ToolSpec } from './tool.js';
import { Inputs } from './inputs.js';

export interface HostOptions {
  frontDoor: FrontDoor;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  masker: Masker;
  cwd?: string;
  exec?: ExecFn;
  /** Aborts the run (the boundary's signal handler, or a test). */
  signal?: AbortSignal;
}

/** A context plus what only the boundary may do with it: run the cleanups. */
export interface HostContext extends ToolContext {
  runCleanups(): Promise<void>;
}

/** Build the context every tool runs in; the masker and the abort signal are wired into exec. */
export function createContext(o: HostOptions): HostContext {
  const event = readEventContext(o.env);
  const tempDir = o.env.RUNNER_TEMP || join(tmpdir(), 'shipline');
  mkdirSync(tempDir, { recursive: true });
  const signal = o.signal ?? new AbortController().signal;
  const baseExec = o.exec ?? realExec;
  // Every child dies with the run: a tool's own signal (a budget) is combined with the run's.
  const exec: ExecFn = (cmd, args, opts = {}) =>
    baseExec(cmd, args, {
      masker: o.masker,
      ...opts,
      signal: opts.afterCancel ? opts.signal : opts.signal ? AbortSignal.any([signal, opts.signal]) : signal,
    });
  const cleanups: Array<() => void | Promise<void>> = [];
  return {
    frontDoor: o.frontDoor,
    logger: o.logger,
    masker: o.masker,
    exec,
    env: o.env,
    cwd: o.cwd ?? (o.frontDoor === 'action' && o.env.GITHUB_WORKSPACE ? o.env.GITHUB_WORKSPACE : process.cwd()),
    event,
    summary: new Summary(),
    annotations: new AnnotationSink(),
    tempDir,
    now: () => Date.now(),
    signal,
    onCleanup: (fn) => void cleanups.push(fn),
    async runCleanups() {
      while (cleanups.length) {
        const fn = cleanups.pop()!;
        try {
          await fn();
        } catch (e) {
          o.logger.warning(`a cleanup step failed: ${describeThrown(e)}`);
        }
      }
    },
  };
}

/** Inputs over a lookup, applying spec defaults and masking secret inputs as they are read. */
export function specInputs(
  specs: InputSpec[],
  lookup: (name: string) => string | undefined,
  frontDoor: FrontDoor,
  masker: Masker,
): Inputs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  return new Inputs((name) => {
    const spec = byName.get(name);
    let v = lookup(name);
    if ((v === undefined || v === '') && spec)
      v = frontDoor === 'cli' ? (spec.cliDefault ?? spec.default) : spec.default;
    // A default like `${{ github.token }}` is the runner's to evaluate; seen raw, it means unset.
    if (v !== undefined && /^\$\{\{.*\}\}$/.test(v.trim())) v = undefined;
    if (spec?.secret && v) masker.add(v);
    return v;
  }, frontDoor);
}

export interface Outcome {
  exitCode: number;
  result?: ToolResult;
}

/** What the boundary runs: a tool, or one of its subcommands, named as the user typed it. */
export type Runnable = Pick<ToolSpec, 'parse' | 'run'> & Pick<Tool, 'command'>;

/**
 * The one error boundary of every front door: parse, run, then always flush annotations and
 * the summary and run the cleanups. What anything thrown means (usage, input, environment,
 * bug) and its exit code is decided by `classify` (core/errors.ts); only bugs print a stack.
 */
export async function runTool(
  tool: Runnable,
  inputs: Inputs,
  ctx: HostContext,
  sink: SummarySink | undefined,
): Promise<Outcome> {
  const { logger } = ctx;
  let outcome: Outcome;
  try {
    const options = await tool.parse(inputs, ctx);
    const result = await tool.run(options, ctx);
    if (result.failure) logger.error(result.failure);
    outcome = { exitCode: result.failure ? EXIT.failure : EXIT.ok, result };
  } catch (thrown) {
    const verdict = classify(thrown, ctx.frontDoor, tool.command);
    const at = verdict.location;
    logger.error(verdict.message, at ? { file: at.file, line: at.line, column: at.column } : undefined);
    if (verdict.stack) logger.info(verdict.stack);
    outcome = { exitCode: verdict.exitCode };
  }
  const { held } = ctx.annotations.emit(logger);
  if (ctx.annotations.all.length > 0 && ctx.frontDoor === 'action')
    ctx.summary.raw(annotationTable(ctx.annotations.all, held.length).toString());
  if (sink && !ctx.summary.isEmpty) {
    try {
      sink.write(ctx.summary.toString());
    } catch (e) {
      logger.warning(`could not write the job summary to ${sink.target}: ${describeThrown(e)}`);
    }
  }
  await ctx.runCleanups();
  return outcome;
}

/** How long a cancelled tool may take to write its summary and outputs before the process exits. */
export const CANCEL_GRACE_MS = 10_000;

/**
 * Cancellation for a whole process: the first SIGINT/SIGTERM aborts the returned signal (exec
 * kills its children's process groups), and the run gets `graceMs` to finish its summary,
 * outputs and cleanups before the process exits 130/143; a second signal exits at once.
 * `exitWith` reports the cancellation code once the run is done (or the grace is over).
 */
export function handleSignals(
  logger: Pick<Logger, 'warning'>,
  graceMs = Number(process.env.SHIPLINE_CANCEL_GRACE_MS) || CANCEL_GRACE_MS,
): { signal: AbortSignal; cancelledCode: () => number | undefined; dispose: () => void } {
  const controller = new AbortController();
  let code: number | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    const exitCode = sig === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
    if (code !== undefined) process.exit(code);
    code = exitCode;
    logger.warning(`${sig}: cancelling; stopping the commands it started, then writing the summary and outputs`);
    controller.abort(new Error(`cancelled by ${sig}`));
    setTimeout(() => process.exit(exitCode), graceMs).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    cancelledCode: () => code,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
