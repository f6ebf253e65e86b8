import type { Expr, data as Data } from '@actions/expressions';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { ConfigError, describeThrown } from '../core/errors.js';
import { ExprNode, type Node } from './node.js';

/** The values `${{ }}` evaluates to, as plain JSON. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** What the status functions answer where an expression is evaluated. */
export interface Status {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
}

export interface Scope {
  file: string;
  contexts: Record<string, Value | undefined>;
  status?: Status;
  /** hashFiles() root (GITHUB_WORKSPACE). */
  workspace?: string;
}

type Expressions = typeof import('@actions/expressions');
let mod: Expressions | undefined;
/** GitHub's evaluator, loaded once before a run evaluates anything (dynamic: it is ESM-only). */
export async function loadExpressions(): Promise<void> {
  mod ??= await import('@actions/expressions');
}
function m(): Expressions {
  if (!mod) throw new Error('loadExpressions() was not awaited');
  return mod;
}

const CONTEXTS = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'job',
  'jobs',
  'steps',
  'needs',
  'strategy',
  'matrix',
  'runner',
];
const STATUS = ['success', 'failure', 'always', 'cancelled'];

function toData(v: Value | undefined): Data.ExpressionData {
  return JSON.parse(JSON.stringify(v ?? null), m().data.reviver) as Data.ExpressionData;
}

function fromData(d: Data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(d, m().data.replacer) ?? 'null') as Value;
}

function parse(expr: string): Expr {
  const tokens = new (m().Lexer)(expr).lex().tokens;
  const funcs = [
    ...STATUS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  ];
  return new (m().Parser)(tokens, CONTEXTS, funcs).parse();
}

/** Does the expression call a status function (then no implicit success() applies)? */
export function callsStatusFunction(expr: string): boolean {
  const walk = (n: unknown): boolean => {
    if (!n || typeof n !== 'object') return false;
    const fn = (n as { functionName?: { lexeme?: string } }).functionName?.lexeme?.toLowerCase();
    if (fn && STATUS.includes(fn)) return true;
    return Object.values(n).some((c) => (Array.isArray(c) ? c.some(walk) : typeof c === 'object' && walk(c)));
  };
  return walk(parse(expr));
}

function hashFiles(workspace: string, patterns: string[]): string {
  const files = globSync(patterns, { cwd: workspace, dot: true, onlyFiles: true, absolute: true }).sort();
  if (!files.length) return '';
  const all = createHash('sha256');
  for (const f of files) all.update(createHash('sha256').update(readFileSync(f)).digest());
  return all.digest('hex');
}

/** Evaluate one expression (the text between `${{` and `}}`) with GitHub's evaluator. */
export function evaluate(expr: string, scope: Scope, line: number): Value {
  const status = scope.status ?? { success: true, failure: false, cancelled: false };
  const bool = (b: boolean) => new (m().data.BooleanData)(b);
  const defs = new Map([
    ['success', { name: 'success', minArgs: 0, maxArgs: 0, call: () => bool(status.success && !status.cancelled) }],
    ['failure', { name: 'failure', minArgs: 0, maxArgs: 0, call: () => bool(status.failure && !status.cancelled) }],
    ['always', { name: 'always', minArgs: 0, maxArgs: 0, call: () => bool(true) }],
    ['cancelled', { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => bool(status.cancelled) }],
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...args: Data.ExpressionData[]) =>
          new (m().data.StringData)(
            hashFiles(
              scope.workspace ?? process.cwd(),
              args.map((a) => a.coerceString()),
            ),
          ),
      },
    ],
  ]);
  try {
    const ctx = new (m().data.Dictionary)();
    for (const name of CONTEXTS) if (scope.contexts[name] !== undefined) ctx.add(name, toData(scope.contexts[name]));
    return fromData(new (m().Evaluator)(parse(expr), ctx, defs).evaluate());
  } catch (e) {
    throw new ConfigError(`${scope.file}:${line}: in \${{ ${expr.trim()} }}: ${describeThrown(e)}`);
  }
}

/** A value as the runner turns it into a string (env, inputs, outputs). */
export function toText(v: Value | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v, null, 2);
}

/** Evaluate every expression inside a node (a mapping, a sequence, a scalar). */
export function evalNode(node: Node | undefined, scope: Scope): Value {
  if (node === undefined) return null;
  if (node instanceof ExprNode) return evaluate(node.expr, scope, node.line);
  if (Array.isArray(node)) return node.map((n) => evalNode(n, scope));
  if (node && typeof node === 'object') {
    const o: { [k: string]: Value } = {};
    for (const [k, v] of Object.entries(node)) o[k] = evalNode(v, scope);
    return o;
  }
  return node;
}

/** Evaluate to a string (null/undefined → ''). */
export const evalText = (node: Node | undefined, scope: Scope): string => toText(evalNode(node, scope));

/** The truthiness GitHub gives an `if:` result. */
export function truthy(v: Value): boolean {
  return (
    toData(v).coerceString() !== '' && v !== false && v !== 0 && v !== null && !(typeof v === 'number' && isNaN(v))
  );
}

/**
 * Evaluate an `if:` (a bare expression, or one in `${{ }}`); without a status function the
 * condition is `success() && (...)`, as on GitHub.
 */
export function evalIf(node: Node | undefined, scope: Scope, line: number): boolean {
  if (node === undefined || node === null || node === '') return truthy(evaluate('success()', scope, line));
  if (typeof node === 'boolean') return truthy(evaluate('success()', scope, line)) && node;
  let expr: string;
  if (node instanceof ExprNode) {
    expr = node.expr;
    line = node.line;
  } else expr = String(node);
  try {
    if (!callsStatusFunction(expr)) expr = `success() && (${expr})`;
  } catch (e) {
    throw new ConfigError(`${scope.file}:${line}: in if: ${expr}: ${describeThrown(e)}`);
  }
  return truthy(evaluate(expr, scope, line));
}
