import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError, describeThrown } from '../core/errors.js';
import { evalIf, evalNode, evalText, toText, type Scope } from './expr.js';
import { ExprNode, lineOf, mapAt, type NodeMap } from './load.js';
import { applyFiles, newStepFiles, runProcess, stepEnv, type Leg } from './leg.js';
import { runUses } from './uses.js';
import { scopeOf, type StepScope } from './scope.js';

export { scopeOf, type StepScope } from './scope.js';

const SHELLS: Record<string, (f: string) => string[]> = {
  bash: (f) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', f],
  sh: (f) => ['sh', '-e', f],
  python: (f) => ['python3', f],
  pwsh: (f) => ['pwsh', '-command', `. '${f}'`],
};

/** The argv of a `run:` step: the default `bash -e {0}`, a named shell, or a template with {0}. */
export function shellArgv(shell: string | undefined, script: string, where: string): string[] {
  if (!shell) return ['bash', '-e', script];
  if (SHELLS[shell]) return SHELLS[shell](script);
  if (!shell.includes('{0}'))
    throw new ConfigError(`${where}: shell '${shell}' is not bash, sh, python or pwsh and has no {0} for the script`);
  return shell
    .trim()
    .split(/\s+/)
    .map((w) => w.replace('{0}', script));
}

const icon = (c: string) => (c === 'success' ? '✓' : c === 'failure' ? '✗' : c === 'skipped' ? '○' : '⊘');

export function stepLabel(step: NodeMap, leg: Leg, sc: StepScope, index: number): string {
  if (step.name !== undefined) {
    try {
      return evalText(step.name, scopeOf(leg, sc));
    } catch {
      /* a name that cannot be evaluated yet: shown raw */
    }
  }
  if (typeof step.uses === 'string') return `Run ${step.uses}`;
  const run = step.run instanceof ExprNode ? step.run.expr : step.run;
  if (typeof run === 'string') return `Run ${run.split('\n')[0].slice(0, 60)}`;
  return `step ${index + 1}`;
}

/** Run a list of steps with GitHub's rules for if:, continue-on-error and step outputs. */
export async function runSteps(leg: Leg, steps: NodeMap[], sc: StepScope): Promise<void> {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const line = lineOf(step);
    const where = `${sc.file}:${line}`;
    const id = typeof step.id === 'string' ? step.id : `__${i}`;
    const label = stepLabel(step, leg, sc, i);
    const started = performance.now();
    let outputs: Record<string, string> = {};
    let run: boolean;
    try {
      run = !leg.state.cancel.signal.aborted || isAlways(step);
      if (run) run = evalIf(step.if, scopeOf(leg, sc), line);
    } catch (e) {
      leg.state.opts.print(`${sc.indent}${leg.name} › ✗ ${label}: ${describeThrown(e)}`);
      sc.failed = true;
      sc.steps[id] = { outputs: {}, outcome: 'failure', conclusion: 'failure' };
      continue;
    }
    if (!run) {
      sc.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      leg.stepLog.push({ name: label, outcome: 'skipped', seconds: 0 });
      leg.state.opts.print(`${sc.indent}${leg.name} › ${icon('skipped')} ${label} (skipped)`);
      continue;
    }
    const n = ++leg.stepSeq;
    const log = join(leg.logDir, `${String(n).padStart(2, '0')}-${slug(label)}.log`);
    writeFileSync(log, `# ${label} (${where})\n`);
    let ok: boolean;
    let errors: string[];
    try {
      const scope = scopeOf(leg, sc);
      const env = envOf(step.env, scope);
      const timeout = step['timeout-minutes'] !== undefined ? Number(evalNode(step['timeout-minutes'], scope)) : 0;
      if (step.run !== undefined) {
        const r = await runScript(leg, sc, step, { ...sc.env, ...env }, log, n, timeout, where);
        ok = r.ok;
        errors = r.errors;
        outputs = r.outputs;
      } else if (typeof step.uses === 'string') {
        const r = await runUses(leg, sc, step, { ...sc.env, ...env }, log, n, where, runSteps);
        ok = r.ok;
        errors = r.errors;
        outputs = r.outputs;
      } else throw new ConfigError(`${where}: a step needs run: or uses:`);
    } catch (e) {
      ok = false;
      errors = [describeThrown(e)];
    }
    const coe =
      step['continue-on-error'] !== undefined &&
      toText(evalNode(step['continue-on-error'], scopeOf(leg, sc))) === 'true';
    const outcome = ok
      ? 'success'
      : leg.signal.aborted && !errors.some((e) => /timed out/.test(e))
        ? 'cancelled'
        : 'failure';
    const conclusion = outcome === 'failure' && coe ? 'success' : outcome;
    if (conclusion !== 'success') sc.failed = true;
    sc.steps[id] = { outputs, outcome, conclusion };
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const note = outcome === 'failure' && coe ? ' (continue-on-error)' : '';
    leg.stepLog.push({ name: label, outcome, seconds: Number(secs) });
    leg.state.opts.print(`${sc.indent}${leg.name} › ${icon(outcome)} ${label} ${secs} s${note}`);
    for (const e of errors) leg.state.opts.print(`${sc.indent}${leg.name} ›     ${leg.state.opts.masker.mask(e)}`);
  }
}

function isAlways(step: NodeMap): boolean {
  const c = step.if instanceof ExprNode ? step.if.expr : typeof step.if === 'string' ? step.if : '';
  return /\b(always|cancelled)\s*\(/.test(c);
}

export function envOf(node: NodeMap[string] | undefined, scope: Scope): Record<string, string> {
  const v = evalNode(node, scope);
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) out[k] = toText(x);
  return out;
}

async function runScript(
  leg: Leg,
  sc: StepScope,
  step: NodeMap,
  env: Record<string, string>,
  log: string,
  n: number,
  timeoutMin: number,
  where: string,
): Promise<{ ok: boolean; errors: string[]; outputs: Record<string, string> }> {
  const scope = scopeOf(leg, sc, env);
  const script = evalText(step.run, scope);
  const shell = step.shell !== undefined ? evalText(step.shell, scope) : leg.defaults.shell;
  const wdRaw =
    step['working-directory'] !== undefined
      ? evalText(step['working-directory'], scope)
      : leg.defaults.workingDirectory;
  const cwd = wdRaw ? resolve(leg.workspace, wdRaw) : sc.actionPath && !wdRaw ? leg.workspace : leg.workspace;
  if (!existsSync(cwd))
    return {
      ok: false,
      errors: [`working-directory ${wdRaw} does not exist in the workspace (${where})`],
      outputs: {},
    };
  const ext = shell === 'python' ? '.py' : shell === 'pwsh' ? '.ps1' : '.sh';
  const file = join(leg.temp, `step-${n}${ext}`);
  writeFileSync(file, script);
  const files = newStepFiles(leg, n);
  const penv = stepEnv(leg, env, files);
  if (sc.actionPath) penv.GITHUB_ACTION_PATH = sc.actionPath;
  const r = await runProcess(leg, shellArgv(shell, file, where), {
    cwd,
    env: penv,
    files,
    log,
    timeoutMs: timeoutMin > 0 ? timeoutMin * 60_000 : undefined,
  });
  applyFiles(leg, r.files);
  return { ok: r.ok, errors: r.errors, outputs: r.files.outputs };
}

export function slug(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'step'
  );
}

export { mapAt };
