import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationSink, annotationTable } from './annotations.js';
import { readEventContext } from './context.js';
import { ConfigError, NotBuiltError, describeThrown } from './errors.js';
import { exec as realExec, type ExecFn } from './exec.js';
import type { FrontDoor } from './inputs.js';
import type { Logger } from './logger.js';
import { Masker } from './mask.js';
import { Summary, type SummarySink } from './summary.js';
import type { InputSpec, Tool, ToolContext, ToolResult } from './tool.js';
import { Inputs } from './inputs.js';

export interface HostOptions {
  frontDoor: FrontDoor;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  masker: Masker;
  cwd?: string;
  exec?: ExecFn;
}

/** Build the context every tool runs in; the masker is wired into exec. */
export function createContext(o: HostOptions): ToolContext {
  const event = readEventContext(o.env);
  const tempDir = o.env.RUNNER_TEMP || join(tmpdir(), 'shipline');
  mkdirSync(tempDir, { recursive: true });
  const baseExec = o.exec ?? realExec;
  const exec: ExecFn = (cmd, args, opts = {}) => baseExec(cmd, args, { masker: o.masker, ...opts });
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

/**
 * The one error boundary of every front door: parse, run, flush annotations and summary.
 * ConfigErrors print one line (annotated at the file when they point at one); anything else
 * thrown, Error or not, fails the step with its stack under debug.
 */
export async function runTool(
  tool: Tool,
  inputs: Inputs,
  ctx: ToolContext,
  sink: SummarySink | undefined,
): Promise<Outcome> {
  const { logger } = ctx;
  let outcome: Outcome;
  try {
    const options = await tool.parse(inputs, ctx);
    const result = await tool.run(options, ctx);
    if (result.failure) logger.error(result.failure);
    outcome = { exitCode: result.failure ? 1 : 0, result };
  } catch (thrown) {
    outcome = { exitCode: 1 };
    if (thrown instanceof ConfigError) {
      logger.error(
        thrown.message,
        thrown.location
          ? { file: thrown.location.file, line: thrown.location.line, column: thrown.location.column }
          : undefined,
      );
    } else if (thrown instanceof NotBuiltError) {
      logger.error(thrown.message);
    } else {
      logger.error(`shipline ${tool.command} crashed (a bug, please report it): ${describeThrown(thrown)}`);
      if (thrown instanceof Error && thrown.stack) logger.info(thrown.stack);
    }
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
  return outcome;
}
