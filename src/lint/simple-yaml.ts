/**
 * The plain shape most lint configs have, read without loading js-yaml: a list of checks
 * (top level, or under `checks:`), each a mapping of keys to one-line scalars and lists:
 *
 *   - name: flake8
 *     run: flake8 --max-line-length 100
 *     files: ['**\/*.py']
 *
 * js-yaml (its module evaluation builds every schema) is a tenth of a no-op gate's CPU time.
 * Anything outside this shape returns undefined and js-yaml reads the text, so YAML's meaning
 * is never decided here: a scalar is taken only where every YAML 1.2 core-schema reading
 * agrees (js-yaml's default), and a test checks the result equals js-yaml's on generated texts.
 */
type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/**
 * A one-line scalar, or undefined when it is anything js-yaml might read differently. In a
 * flow list ('[a, b]') a plain scalar may not hold flow indicators; in block context it may.
 */
function scalar(text: string, flow = false): Scalar | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (t.startsWith("'")) {
    if (t.length < 2 || !t.endsWith("'")) return undefined;
    const body = t.slice(1, -1);
    // '' is an escaped quote; a lone ' inside ends the scalar early: not ours.
    if (body.replace(/''/g, '').includes("'")) return undefined;
    return body.replace(/''/g, "'");
  }
  if (t.startsWith('"')) {
    if (t.length < 2 || !t.endsWith('"')) return undefined;
    const body = t.slice(1, -1);
    return body.includes('"') || body.includes('\\') ? undefined : body;
  }
  if (/^(0|[1-9][0-9]{0,14})$/.test(t)) return Number(t);
  if (t === 'true' || t === 'false') return t === 'true';
  // Plain strings: start with a letter or '/' and hold nothing that could end or change them
  // (': ', ' #', a trailing ':', flow indicators inside a flow list); core-schema words are not strings.
  if (!/^[A-Za-z/]/.test(t) || /: | #|:$/.test(t) || (flow && /[[\]{},]/.test(t))) return undefined;
  if (/^(null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(t)) return undefined;
  return t;
}

/** `[a, 'b', "c"]` on one line; quoted items may not hold commas or brackets. */
function flowList(text: string): Scalar[] | undefined {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return undefined;
  const inner = t.slice(1, -1).trim();
  if (inner === '') return [];
  if (/[[\]{}]/.test(inner)) return undefined;
  const items = inner.split(',').map((x) => scalar(x, true));
  return items.every((x) => x !== undefined) ? items : undefined;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The checks list of a config in the plain shape, or undefined to let js-yaml read it. */
export function readSimpleYaml(text: string): Array<Record<string, Value>> | Record<string, unknown> | undefined {
  if (text.includes('\t') || text.includes('\r') || /^(---|\.\.\.|%)/m.test(text)) return undefined;
  const lines = text.split('\n').filter((l) => !BLANK_OR_COMMENT.test(l));
  if (lines.length === 0) return undefined;
  let wrapped = false;
  if (lines[0] === 'checks:') {
    wrapped = true;
    lines.shift();
  }
  const items: Array<Record<string, Value>> = [];
  const base = lines.length ? indentOf(lines[0]) : 0;
  if (!wrapped && base !== 0) return undefined;
  let item: Record<string, Value> | undefined;
  let keyCol = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const ind = indentOf(line);
    let body = line.slice(ind);
    if (ind === base && body.startsWith('- ')) {
      item = {};
      items.push(item);
      keyCol = ind + 2 + indentOf(body.slice(2));
      body = body.slice(2).trimStart();
    } else if (!item || ind !== keyCol) return undefined;
    const m = KEY.exec(body);
    if (!m || Object.hasOwn(item, m[1]) || m[1] === '<<') return undefined;
    const rest = m[2]?.trim() ?? '';
    let value: Value | undefined;
    if (rest === '') {
      // A block list under the key, deeper than the key.
      const list: Scalar[] = [];
      while (i + 1 < lines.length && indentOf(lines[i + 1]) > keyCol && lines[i + 1].trimStart().startsWith('- ')) {
        const v = scalar(lines[++i].trimStart().slice(2));
        if (v === undefined) return undefined;
        list.push(v);
      }
      if (list.length === 0) return undefined;
      value = list;
    } else value = rest.startsWith('[') ? flowList(rest) : scalar(rest);
    if (value === undefined) return undefined;
    item[m[1]] = value;
  }
  if (items.length === 0) return undefined;
  return wrapped ? { checks: items } : items;
}
