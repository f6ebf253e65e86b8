import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { evalIf, evalNode, evalText, toText, type Value } from './expr.js';
import { loadAction, mapAt, ExprNode, type NodeMap } from './load.js';
import { applyFiles, newStepFiles, runProcess, stepEnv, type Leg } from './leg.js';
import { scopeOf, type StepScope, type UsesResult } from './scope.js';
export type { UsesResult } from './scope.js';
import { BUILTINS, builtinKey } from './builtins.js';

export type RunStepsFn = (leg: Leg, steps: NodeMap[], sc: StepScope) => Promise<void>;

/** `uses:` of a step: a local action, one of the well-known actions done locally, or a stub. */
export async function runUses(
  leg: Leg,
  sc: StepScope,
  step: NodeMap,
  env: Record<string, string>,
  log: string,
  n: number,
  where: string,
  runSteps: RunStepsFn,
): Promise<UsesResult> {
  const uses = step.uses as string;
  const scope = scopeOf(leg, sc, env);
  const withValues: Record<string, string> = {};
  const w = evalNode(step.with, scope);
  if (w && typeof w === 'object' && !Array.isArray(w))
    for (const [k, v] of Object.entries(w)) withValues[k] = toText(v);
  if (uses.startsWith('./'))
    return runLocalAction(leg, sc, resolve(leg.workspace, uses), withValues, env, log, n, where, runSteps);
  if (uses.startsWith('docker://'))
    throw new ConfigError(
      `${where}: uses: ${uses}: container actions need Docker; shipline workflow run runs no containers`,
    );
  const stub = leg.state.opts.stubs.get(uses.split('@')[0].toLowerCase());
  if (stub) {
    let known = stub.inputs;
    if (stub.actionYml) {
      const action = await loadAction(stub.actionYml, stub.actionYml);
      known = {};
      for (const [k, v] of Object.entries(mapAt(action.root, 'inputs') ?? {})) {
        const spec = (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ExprNode) ? v : {}) as NodeMap;
        known[k] = {
          required: spec.required === true,
          default: spec.default === undefined ? undefined : String(spec.default),
        };
      }
    }
    if (known) {
      const unknown = Object.keys(withValues).filter((k) => !(k in known));
      if (unknown.length)
        return {
          ok: false,
          errors: [
            `${where}: ${uses} (stub): unexpected input(s) ${unknown.map((u) => `'${u}'`).join(', ')}; valid inputs are ${Object.keys(known).join(', ')}`,
          ],
          outputs: {},
        };
      const missing = Object.entries(known).filter(([k, d]) => d.required && d.default === undefined && !withValues[k]);
      if (missing.length)
        return {
          ok: false,
          errors: [
            `${where}: ${uses} (stub): required input(s) ${missing.map(([k]) => `'${k}'`).join(', ')} not supplied`,
          ],
          outputs: {},
        };
    }
    leg.state.opts.print(`${sc.indent}    stub: ${uses} recorded as a no-op (${stub.source})`);
    return { ok: true, errors: [], outputs: { ...stub.outputs } };
  }
  const builtin = BUILTINS[builtinKey(uses)];
  if (builtin) return builtin({ leg, sc, uses, with: withValues, env, log, where, step });
  throw new ConfigError(
    `${where}: uses: ${uses} is not an action shipline workflow run can run here (local ./ actions, ${Object.keys(BUILTINS).join(', ')}); stand it in with --stub ${uses.split('@')[0]}=outputs.json`,
  );
}

/** Run an action folder: node20/node24 (pre, main, post) or composite. */
export async function runLocalAction(
  leg: Leg,
  sc: StepScope,
  dir: string,
  withValues: Record<string, string>,
  env: Record<string, string>,
  log: string,
  n: number,
  where: string,
  runSteps: RunStepsFn,
): Promise<UsesResult> {
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file)
    throw new ConfigError(
      `${where}: no action.yml in ${relative(leg.workspace, dir) || '.'}; check the uses: path (did a checkout step run?)`,
    );
  const shown = relative(leg.workspace, file);
  const action = await loadAction(file, shown);
  const runs = mapAt(action.root, 'runs');
  const using = runs ? toText(runs.using as Value) : '';
  const declared = mapAt(action.root, 'inputs') ?? {};
  const ascope = scopeOf(leg, sc, env);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const s = spec && typeof spec === 'object' && !Array.isArray(spec) && !(spec instanceof ExprNode) ? spec : {};
    inputs[name] =
      name in withValues
        ? withValues[name]
        : s.default !== undefined
          ? evalText(s.default, { ...ascope, file: shown })
          : '';
  }
  const unexpected = Object.keys(withValues).filter((k) => !(k in declared));
  if (unexpected.length)
    leg.state.opts.print(
      `${sc.indent}    warning: unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are ${Object.keys(declared).join(', ')}`,
    );
  for (const k of unexpected) inputs[k] = withValues[k];
  if (using === 'composite') {
    const inner: StepScope = {
      file: shown,
      steps: {},
      inputs,
      env: {},
      failed: false,
      actionPath: dir,
      indent: `${sc.indent}  `,
    };
    const steps = (Array.isArray(runs?.steps) ? runs.steps : []) as NodeMap[];
    await runSteps(leg, steps, inner);
    const outputs: Record<string, string> = {};
    const outs = mapAt(action.root, 'outputs') ?? {};
    const oscope = scopeOf(leg, inner);
    for (const [name, spec] of Object.entries(outs))
      outputs[name] =
        spec && typeof spec === 'object' && 'value' in spec ? evalText((spec as NodeMap).value, oscope) : '';
    return { ok: !inner.failed, errors: inner.failed ? ['a step of the composite action failed'] : [], outputs };
  }
  if (!/^node\d+$/.test(using))
    throw new ConfigError(
      `${shown}: runs.using '${using}' is not supported by shipline workflow run (node20, node24, composite)`,
    );
  const inputEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const state: Record<string, string> = {};
  const phase = async (entry: string, label: string, seq: number): Promise<UsesResult> => {
    const files = newStepFiles(leg, seq);
    const penv: NodeJS.ProcessEnv = { ...stepEnv(leg, { ...env, ...inputEnv }, files), GITHUB_ACTION_PATH: dir };
    for (const [k, v] of Object.entries(state)) penv[`STATE_${k}`] = v;
    const r = await runProcess(leg, [process.execPath, resolve(dir, entry)], {
      cwd: leg.workspace,
      env: penv,
      files,
      log: `${log.replace(/\.log$/, '')}${label}.log`,
    });
    Object.assign(state, r.files.state);
    applyFiles(leg, r.files);
    return { ok: r.ok, errors: r.errors, outputs: r.files.outputs };
  };
  if (typeof runs?.pre === 'string') {
    const preIf = runs['pre-if'] ?? 'always()';
    if (evalIf(preIf, ascope, 0)) {
      const r = await phase(runs.pre, '-pre', n * 100 + 1);
      if (!r.ok) return r;
    }
  }
  if (typeof runs?.main !== 'string') throw new ConfigError(`${shown}: runs.main is missing`);
  const main = await phase(runs.main, '', n * 100 + 2);
  if (typeof runs?.post === 'string') {
    const post = runs.post;
    const postIf = runs['post-if'] ?? 'always()';
    leg.post.push({
      name: `Post ${relative(leg.workspace, dirname(file)) || '.'}`,
      run: async () => {
        if (!evalIf(postIf, scopeOf(leg, sc, env), 0)) return true;
        return (await phase(post, '-post', n * 100 + 3)).ok;
      },
    });
  }
  return main;
}
