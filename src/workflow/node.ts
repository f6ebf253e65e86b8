/** The plain form of a parsed workflow or action.yml, and where each part came from. */
/** A `${{ }}` left for evaluation, with the line it came from. */
export class ExprNode {
  constructor(
    readonly expr: string,
    readonly line: number,
  ) {}
}

/** A workflow or action.yml as plain data: scalars, arrays, objects and ExprNodes. */
export type Node = string | number | boolean | null | ExprNode | Node[] | { [key: string]: Node };
export type NodeMap = { [key: string]: Node };

export const LINES = new WeakMap<object, number>();
/** The line of each key of a mapping. */
export const KEY_LINES = new WeakMap<object, Record<string, number>>();

/** The 1-based line of `key` in a mapping (else the mapping's own line). */
export function keyLine(node: object, key: string): number {
  return KEY_LINES.get(node)?.[key] ?? lineOf(node);
}

/** The 1-based line of a mapping or sequence in its file (0 when unknown). */
export function lineOf(node: unknown): number {
  if (node instanceof ExprNode) return node.line;
  return node && typeof node === 'object' ? (LINES.get(node) ?? 0) : 0;
}

/** A mapping child, or undefined when absent or not a mapping. */
export function mapAt(node: NodeMap, key: string): NodeMap | undefined {
  const v = node[key];
  return v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ExprNode) ? v : undefined;
}
