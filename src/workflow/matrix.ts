import { ConfigError } from '../core/errors.js';
import type { Value } from './expr.js';

type Combo = { [k: string]: Value };

const same = (a: Value, b: Value): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Expand strategy.matrix as GitHub documents it: the product of the keys (first key
 * outermost), then exclude (partial matches), then include (added to every combination whose
 * original values it does not overwrite, else a new combination). At most 256 legs.
 */
export function expandMatrix(matrix: Value, where: string): Combo[] {
  if (matrix === null || matrix === undefined || matrix === '') return [{}];
  if (typeof matrix !== 'object' || Array.isArray(matrix))
    throw new ConfigError(`${where}: strategy.matrix must be a mapping (or fromJSON of one)`);
  const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
  let combos: Combo[] = [{}];
  for (const k of keys) {
    const values = matrix[k];
    if (!Array.isArray(values)) throw new ConfigError(`${where}: matrix '${k}' must be a sequence`);
    if (!values.length) throw new ConfigError(`${where}: matrix '${k}' is an empty sequence`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
  }
  if (!keys.length) combos = [];
  const exclude = asList(matrix.exclude, 'exclude', where);
  combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => k in c && same(c[k], v))));
  const originals = combos.map((c) => ({ ...c }));
  for (const inc of asList(matrix.include, 'include', where)) {
    let matched = false;
    combos.forEach((c, i) => {
      const orig = originals[i];
      const clashes = Object.entries(inc).some(([k, v]) => k in orig && !same(orig[k], v));
      if (!clashes) {
        matched = true;
        Object.assign(c, inc);
      }
    });
    if (!matched) {
      combos.push({ ...inc });
      originals.push({ ...inc });
    }
  }
  if (combos.length > 256)
    throw new ConfigError(
      `${where}: the matrix has ${combos.length} combinations; GitHub allows at most 256 per workflow run`,
    );
  if (!combos.length) throw new ConfigError(`${where}: the matrix has no combinations`);
  return combos;
}

function asList(v: Value | undefined, key: string, where: string): Combo[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => !x || typeof x !== 'object' || Array.isArray(x)))
    throw new ConfigError(`${where}: matrix ${key} must be a sequence of mappings`);
  return v as Combo[];
}

/** GitHub's display name of a leg: "name (v1, v2)" unless the name uses an expression. */
export function legName(name: string, combo: Combo, nameHasExpr: boolean): string {
  const vals = Object.values(combo).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
  return nameHasExpr || !vals.length ? name : `${name} (${vals.join(', ')})`;
}
