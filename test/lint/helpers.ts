import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runTool, specInputs } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import type { ToolContext } from '../../src/core/tool.js';
import { tool } from '../../src/lint/tool.js';
import { onTestFinished } from 'vitest';

/** process.env without the runner's variables, so a test is "local" unless it says otherwise. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'ACT' && k !== 'CI') env[k] = v;
  return { ...env, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'lint-temp-')), ...extra };
}

export interface InProcessRun {
  exitCode: number;
  outputs: Record<string, string>;
  logger: MemoryLogger;
  ctx: ToolContext;
  summary: string;
}

/** Run the lint tool in-process through the same boundary as the front doors (parse → run). */
export async function runLint(
  cwd: string,
  inputs: Record<string, string>,
  opts: { env?: NodeJS.ProcessEnv; frontDoor?: 'cli' | 'action'; signal?: AbortSignal } = {},
): Promise<InProcessRun> {
  const masker = new Masker();
  const logger = new MemoryLogger(masker);
  const frontDoor = opts.frontDoor ?? 'cli';
  // The run's cancellation (SIGINT/SIGTERM under the front doors).
  const ctx = createContext({ frontDoor, env: opts.env ?? cleanEnv(), logger, masker, cwd, signal: opts.signal });
  const outcome = await runTool(
    tool as never,
    specInputs(tool.inputs, (n) => inputs[n], frontDoor, masker),
    ctx,
    undefined,
  );
  return {
    exitCode: outcome.exitCode,
    outputs: outcome.result?.outputs ?? {},
    logger,
    ctx,
    summary: ctx.summary.toString(),
  };
}

/**
 * A `git` first on PATH until the test ends: it runs `before(bin)` (shell lines; `$*` holds git's
 * arguments, `bin` is its folder, for files it leaves) and then the real git. The gate runs git
 * with this process's environment, so PATH is set on it and put back when the test finishes.
 */
export function gitFirstOnPath(before: (bin: string) => string): string {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = mkdtempSync(join(tmpdir(), 'git-first-'));
  writeFileSync(join(bin, 'git'), `#!/bin/sh\n${before(bin)}\nexec '${real}' "$@"\n`, { mode: 0o755 });
  const path = process.env.PATH;
  process.env.PATH = `${bin}:${path}`;
  onTestFinished(() => {
    process.env.PATH = path;
  });
  return bin;
}
