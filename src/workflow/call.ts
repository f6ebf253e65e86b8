import { ConfigError } from '../core/errors.js';
import { evalNode, evalText, toText, type Scope, type Value } from './expr.js';
import { ExprNode, mapAt, type NodeMap } from './load.js';
import { loadCalled } from './called.js';
import { permissionsOf } from './permissions.js';
import type { Frame, JobOutcome, RunState } from './types.js';

/** Inputs of workflow_call: declared types, defaults and required, as GitHub checks them. */
export function callInputs(
  decl: NodeMap,
  given: Record<string, Value>,
  scope: Scope,
  where: string,
  uses: string,
): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of Object.keys(given))
    if (!(k in decl))
      throw new ConfigError(`${where}: Invalid input, ${k} is not defined in the referenced workflow (${uses})`);
  for (const [name, specNode] of Object.entries(decl)) {
    const spec = (
      specNode && typeof specNode === 'object' && !Array.isArray(specNode) && !(specNode instanceof ExprNode)
        ? specNode
        : {}
    ) as NodeMap;
    const type = toText(spec.type as Value) || 'string';
    let v: Value | undefined = given[name];
    if (v === undefined) {
      if (spec.required === true && spec.default === undefined)
        throw new ConfigError(`${where}: Input ${name} is required, but not provided while calling ${uses}`);
      v =
        spec.default !== undefined
          ? evalNode(spec.default, scope)
          : type === 'boolean'
            ? false
            : type === 'number'
              ? 0
              : '';
    }
    if (type === 'boolean') {
      if (typeof v !== 'boolean') {
        if (v === 'true' || v === 'false') v = v === 'true';
        else throw new ConfigError(`${where}: input '${name}' of ${uses} has type boolean; got ${JSON.stringify(v)}`);
      }
    } else if (type === 'number') {
      const num = typeof v === 'number' ? v : v === '' ? 0 : Number(v);
      if (Number.isNaN(num))
        throw new ConfigError(`${where}: input '${name}' of ${uses} has type number; got ${JSON.stringify(v)}`);
      v = num;
    } else v = toText(v);
    out[name] = v;
  }
  return out;
}

/** A job that calls a reusable workflow: inputs, secrets, the nested jobs, then the declared outputs. */
export type RunWorkflowFn = (
  state: RunState,
  frame: Frame,
) => Promise<{ result: JobOutcome['result']; jobs: Record<string, JobOutcome> }>;

export async function callWorkflow(
  state: RunState,
  frame: Frame,
  name: string,
  job: NodeMap,
  scope: Scope,
  where: string,
  runWorkflow: RunWorkflowFn,
): Promise<JobOutcome> {
  const uses = job.uses as string;
  try {
    const called = await loadCalled(state, frame, uses, where);
    const call = mapAt(mapAt(called.wf.root, 'on') ?? {}, 'workflow_call') ?? {};
    const given = evalNode(job.with, scope);
    const inputs = callInputs(
      mapAt(call, 'inputs') ?? {},
      (given && typeof given === 'object' && !Array.isArray(given) ? given : {}) as Record<string, Value>,
      { ...scope, file: called.wf.file },
      where,
      uses,
    );
    let secrets: Record<string, string> = {};
    if (job.secrets === 'inherit') secrets = { ...frame.secrets };
    else {
      const s = evalNode(job.secrets, { ...scope, contexts: { ...scope.contexts, secrets: frame.secrets } });
      if (s && typeof s === 'object' && !Array.isArray(s))
        for (const [k, v] of Object.entries(s)) secrets[k] = toText(v);
      for (const [k, v] of Object.entries(mapAt(call, 'secrets') ?? {}))
        if (v && typeof v === 'object' && (v as NodeMap).required === true && !secrets[k])
          throw new ConfigError(`${where}: Secret ${k} is required, but not provided while calling ${uses}`);
    }
    secrets.GITHUB_TOKEN = frame.secrets.GITHUB_TOKEN ?? '';
    const granted =
      permissionsOf(job.permissions instanceof ExprNode ? undefined : (job.permissions as Value)) ??
      permissionsOf(frame.wf.root.permissions as Value) ??
      frame.granted;
    const child: Frame = {
      ...called,
      inputs,
      secrets,
      prefix: `${frame.prefix}${name} / `,
      granted,
      depth: frame.depth + 1,
    };
    const run = await runWorkflow(state, child);
    const outputs: Record<string, string> = {};
    const jobsCtx: Record<string, Value> = {};
    for (const [k, o] of Object.entries(run.jobs)) jobsCtx[k] = { result: o.result, outputs: o.outputs };
    for (const [k, spec] of Object.entries(mapAt(call, 'outputs') ?? {}))
      if (spec && typeof spec === 'object' && 'value' in (spec as NodeMap))
        outputs[k] = evalText((spec as NodeMap).value, {
          file: called.wf.file,
          contexts: { ...scope.contexts, inputs, jobs: jobsCtx },
        });
    return { result: run.result, outputs };
  } catch (e) {
    state.opts.print(`✗ ${frame.prefix}${name}: ${(e as Error).message}`);
    return { result: 'failure', outputs: {} };
  }
}
