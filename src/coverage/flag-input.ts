import type { Inputs } from '../core/inputs.js';
import type { Flag, Floors } from './types.js';

const KEYS = ['paths', 'reports', 'lines', 'branches', 'functions', 'diff', 'carryforward'];

/**
 * The `flags` input: a YAML mapping of flag name to `{paths, reports, lines, branches,
 * functions, diff, carryforward}`. Every mistake names the input, the flag and the fix.
 */
export function parseFlags(raw: unknown, inputs: Inputs): Flag[] {
  if (raw === undefined || raw === null) return [];
  const fail = (problem: string, fix: string) => inputs.fail('flags', problem, fix);
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw fail('is not a YAML mapping', 'write `name: {paths: [globs], lines: 80}` one flag a key');
  const out: Flag[] = [];
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[\w.-]+$/.test(name))
      throw fail(`flag "${name}" has characters other than letters, digits, . _ -`, 'rename it');
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw fail(`flag "${name}" is not a mapping`, 'give it at least `paths: [globs]`');
    const m = v as Record<string, unknown>;
    for (const k of Object.keys(m))
      if (!KEYS.includes(k)) throw fail(`flag "${name}" has unknown key "${k}"`, `use ${KEYS.join(', ')}`);
    const globs = (k: string, required: boolean): string[] | undefined => {
      const g = m[k];
      if (g === undefined && !required) return undefined;
      const list = typeof g === 'string' ? [g] : g;
      if (!Array.isArray(list) || !list.length || !list.every((x) => typeof x === 'string' && x.trim()))
        throw fail(`flag "${name}" ${k} is not a glob or a list of globs`, `write \`${k}: [services/api/**]\``);
      return list.map((x: string) => x.trim());
    };
    const pct = (k: string): number | undefined => {
      const n = m[k];
      if (n === undefined) return undefined;
      if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100)
        throw fail(`flag "${name}" ${k} is not a percentage`, `write \`${k}: 80\` (0 to 100)`);
      return n;
    };
    const min: Floors = {};
    for (const k of ['lines', 'branches', 'functions'] as const) {
      const p = pct(k);
      if (p !== undefined) min[k] = p;
    }
    const cf = m.carryforward ?? false;
    if (typeof cf !== 'boolean') throw fail(`flag "${name}" carryforward is not a boolean`, 'write true or false');
    const reports = globs('reports', false);
    if (cf && !reports)
      throw fail(
        `flag "${name}" sets carryforward but not reports`,
        'name its reports (`reports: [coverage/api/*.info]`): a run without them carries the flag forward',
      );
    out.push({ name, paths: globs('paths', true)!, reports, min, minDiff: pct('diff'), carryforward: cf });
  }
  return out;
}
