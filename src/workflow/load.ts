import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.js';
import { loadExpressions } from './expr.js';

export { ExprNode, lineOf, mapAt, type Node, type NodeMap } from './node.js';
import { ExprNode, KEY_LINES, LINES, type Node, type NodeMap } from './node.js';

export interface LoadedFile {
  /** Path as shown in messages (relative to the caller's repository where possible). */
  file: string;
  root: NodeMap;
}

type Parser = typeof import('@actions/workflow-parser');
let parserModule: Promise<Parser> | undefined;
let actionsModule: Promise<typeof import('@actions/workflow-parser/actions/index')> | undefined;
/** The parser is heavy (1.6 MB with its schema): loaded on first use only. */
const parser = async (): Promise<Parser> => {
  await loadExpressions();
  return (parserModule ??= import('@actions/workflow-parser'));
};
const actionParser = () => (actionsModule ??= import('@actions/workflow-parser/actions/index'));

interface Token {
  templateTokenType: number;
  range?: { start: { line: number } };
  line?: number;
}

/** TemplateToken tree → Node (types by TokenType: 0 string, 1 seq, 2 map, 3 expr, 4 insert, 5 bool, 6 num, 7 null). */
function toNode(t: Token, file: string): Node {
  const line = t.range?.start.line ?? 0;
  const any = t as unknown as {
    value: unknown;
    expression: string;
    [Symbol.iterator](): Iterator<unknown>;
  };
  switch (t.templateTokenType) {
    case 0:
      return any.value as string;
    case 1: {
      const arr: Node[] = [];
      for (const item of any as unknown as Iterable<Token>) arr.push(toNode(item, file));
      LINES.set(arr, line);
      return arr;
    }
    case 2: {
      const obj: NodeMap = {};
      const keyLines: Record<string, number> = {};
      for (const kv of any as unknown as Iterable<{ key: Token; value: Token }>) {
        const key = toNode(kv.key, file);
        if (typeof key !== 'string')
          throw new ConfigError(`${file}:${kv.key.range?.start.line ?? line}: an expression as a key is not supported`);
        obj[key] = toNode(kv.value, file);
        keyLines[key] = kv.key.range?.start.line ?? line;
      }
      LINES.set(obj, line);
      KEY_LINES.set(obj, keyLines);
      return obj;
    }
    case 3:
      return new ExprNode(any.expression, line);
    case 4:
      throw new ConfigError(`${file}:${line}: \${{ insert }} is not supported by shipline workflow run`);
    case 5:
    case 6:
      return any.value as boolean | number;
    default:
      return null;
  }
}

function firstError(file: string, errors: { rawMessage: string; range?: { start: { line: number } } }[]): never {
  const e = errors[0];
  throw new ConfigError(`${file}:${e.range?.start.line ?? 1}: ${e.rawMessage}`);
}

/** Parse and validate a workflow file with GitHub's own parser and schema. */
export async function loadWorkflow(path: string, shown: string, content?: string): Promise<LoadedFile> {
  const text = content ?? readText(path, shown);
  const p = await parser();
  const result = p.parseWorkflow({ name: shown, content: text }, new p.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors();
  if (errors.length || !result.value) firstError(shown, errors.length ? errors : [{ rawMessage: 'empty workflow' }]);
  const template = await p.convertWorkflowTemplate(result.context, result.value, undefined, {});
  const convErrors = result.context.errors.getErrors();
  if (convErrors.length) firstError(shown, convErrors);
  if (template.errors?.length) throw new ConfigError(`${shown}:1: ${template.errors[0].Message}`);
  const root = toNode(result.value as unknown as Token, shown);
  if (!root || typeof root !== 'object' || Array.isArray(root) || root instanceof ExprNode)
    throw new ConfigError(`${shown}:1: a workflow is a mapping`);
  return { file: shown, root };
}

/** Parse and validate an action.yml (the runs: using: node/composite/docker forms). */
export async function loadAction(path: string, shown: string, content?: string): Promise<LoadedFile> {
  const text = content ?? readText(path, shown);
  const p = await parser();
  const a = await actionParser();
  const result = a.parseAction({ name: shown, content: text }, new p.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors();
  if (errors.length || !result.value) firstError(shown, errors.length ? errors : [{ rawMessage: 'empty action.yml' }]);
  const root = toNode(result.value as unknown as Token, shown);
  if (!root || typeof root !== 'object' || Array.isArray(root) || root instanceof ExprNode)
    throw new ConfigError(`${shown}:1: an action.yml is a mapping`);
  return { file: shown, root };
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`${shown}:1: cannot read the file; check the path`);
  }
}
