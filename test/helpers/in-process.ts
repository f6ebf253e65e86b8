import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runTool, specInputs, type Runnable } from '../../src/core/host.js';
import type { FrontDoor } from '../../src/core/inputs.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import type { InputSpec, ToolContext } from '../../src/core/tool.js';

/** process.env without the runner's variables, plus a fresh RUNNER_TEMP: a test is "local" unless it says otherwise. */
export function localEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'ACT' && k !== 'CI') env[k] = v;
  return { ...env, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'inproc-temp-')), ...extra };
}

export interface InProcessResult {
  exitCode: number;
  outputs: Record<string, string>;
  /** Everything logged, masked, one entry a line (`warning: …`, `error: …`). */
  log: string;
  summary: string;
  annotations: ToolContext['annotations']['all'];
  ctx: ToolContext;
}

/**
 * Run a tool in-process through the one error boundary every front door uses (parse → run →
 * summary → cleanups), with a memory logger: what a user would see, without building dist/.
 */
export async function runInProcess(
  tool: Runnable & { inputs: InputSpec[] },
  cwd: string,
  inputs: Record<string, string>,
  opts: { frontDoor?: FrontDoor; env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {},
): Promise<InProcessResult> {
  const masker = new Masker();
  const logger = new MemoryLogger(masker);
  const frontDoor = opts.frontDoor ?? 'cli';
  const ctx = createContext({ frontDoor, env: opts.env ?? localEnv(), logger, masker, cwd, signal: opts.signal });
  const outcome = await runTool(
    tool,
    specInputs(tool.inputs, (n) => inputs[n], frontDoor, masker),
    ctx,
    undefined,
  );
  return {
    exitCode: outcome.exitCode,
    outputs: outcome.result?.outputs ?? {},
    log: logger.text,
    summary: ctx.summary.toString(),
    annotations: ctx.annotations.all,
    ctx,
  };
}
