import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { parseFileCommands } from '../../src/core/runner-files.js';
import type { Step } from './lib.js';

/** A `run:` step executed as the runner runs `shell: bash`: bash --noprofile --norc -eo pipefail. */
export function runStep(
  step: Step,
  env: Record<string, string>,
  cwd = mkdtempSync(join(tmpdir(), 'shipline-step-')),
): { status: number | null; outputs: Record<string, string>; out: string; cwd: string } {
  const output = join(mkdtempSync(join(tmpdir(), 'shipline-out-')), 'output');
  writeFileSync(output, '');
  const script = join(mkdtempSync(join(tmpdir(), 'shipline-script-')), 'step.sh');
  writeFileSync(script, step.run as string);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: cwd,
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: r.status, outputs: parseFileCommands(readFileSync(output, 'utf8')), out: r.stdout + r.stderr, cwd };
}

/** runStep without blocking the event loop: for steps that talk to a server in this process. */
export function runStepAsync(
  step: Step,
  env: Record<string, string>,
): Promise<{ status: number | null; outputs: Record<string, string>; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-step-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  writeFileSync(join(dir, 'step.sh'), step.run as string);
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(dir, 'step.sh')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GITHUB_OUTPUT: output, ...env },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, outputs: parseFileCommands(readFileSync(output, 'utf8')), out })),
  );
}

/** Evaluate one `${{ }}` expression (or a bare if:) with GitHub's own evaluator. */
export function evaluate(expression: string, contexts: Record<string, unknown>): unknown {
  const text = expression.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const lexed = new Lexer(text).lex();
  const expr = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const ctx = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(expr, ctx).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null') as unknown;
}

/** A string with `${{ }}` parts in it, as GitHub interpolates a with: value. */
export function interpolate(text: string, contexts: Record<string, unknown>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) => {
    const v = evaluate(expr, contexts);
    return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}
