import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from './parsers.js';
import type { Finding } from './types.js';

/** A finding before the check's name is set (as every parser returns them). */
export type Raw = Omit<Finding, 'check'>;
type Obj = Record<string, unknown>;

export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** Advisory severities as npm (GitHub's advisory database) names them, mapped to finding levels. */
export function advisoryLevel(severity: unknown): Finding['severity'] {
  const s = String(severity ?? '').toLowerCase();
  if (s === 'critical' || s === 'high') return 'error';
  if (s === 'moderate' || s === 'medium') return 'warning';
  return 'notice';
}

/** A file's text, or undefined when it is not there. */
export function readText(cwd: string, file: string): string | undefined {
  try {
    return readFileSync(join(cwd, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The 1-based line of the first line matching `re`, if any. */
export function lineOf(text: string | undefined, re: RegExp): number | undefined {
  if (text === undefined) return undefined;
  const i = text.split(/\r?\n/).findIndex((l) => re.test(l));
  return i < 0 ? undefined : i + 1;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The version an advisory's affected range stops at: `<4.17.12` → 4.17.12 (the last clause of an OR). */
export function fixedFromRange(range: string | undefined): string | undefined {
  if (!range) return undefined;
  const last = range.split('||').pop()!.trim();
  return /<\s*v?(\d[\w.+-]*)\s*$/.exec(last)?.[1];
}

/** The JSON an audit tool printed, or undefined for empty output. */
export function parseJson(text: string, what: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  const start = t.search(/[[{]/);
  try {
    return JSON.parse(start > 0 ? t.slice(start) : t);
  } catch {
    throw new ParseError(`the output is not ${what} JSON`);
  }
}

/** The lock file npm audit reads: npm-shrinkwrap.json wins over package-lock.json, as in npm. */
export function npmLockFile(cwd: string): string {
  return existsSync(join(cwd, 'npm-shrinkwrap.json')) ? 'npm-shrinkwrap.json' : 'package-lock.json';
}

/**
 * `npm audit --json` (npm 7 and later, auditReportVersion 2): one finding per advisory and
 * installed copy of the package, at the line of the lock file that installs it. When npm could
 * not get the advisories (no network, a registry without the audit endpoint) it prints an
 * `error` object instead: that becomes one line saying so, never "no findings".
 */
export function parseNpmAudit(stdout: string, cwd: string): Raw[] {
  const doc = obj(parseJson(stdout, 'npm audit'));
  if (!Object.keys(doc).length) return [];
  const err = obj(doc.error);
  if (doc.error !== undefined || (doc.message && !doc.vulnerabilities)) {
    const why = [str(doc.message), str(err.summary), str(err.code)].find(Boolean) ?? 'unknown error';
    throw new ParseError(`npm audit could not get the advisories from the registry (${why.split('\n')[0]})`);
  }
  if (doc.advisories && !doc.vulnerabilities)
    throw new ParseError('npm audit printed the npm 6 report (advisories): run it with npm 7 or later');
  const file = npmLockFile(cwd);
  const text = readText(cwd, file);
  let packages: Obj = {};
  try {
    packages = obj(obj(JSON.parse(text ?? '{}')).packages);
  } catch {
    /* an unreadable lock file: findings without versions and lines */
  }
  const out: Raw[] = [];
  for (const [name, v] of Object.entries(obj(doc.vulnerabilities))) {
    const vuln = obj(v);
    const nodes = Array.isArray(vuln.nodes) ? vuln.nodes.map(String) : [];
    const fixAvailable = vuln.fixAvailable;
    for (const via of Array.isArray(vuln.via) ? vuln.via : []) {
      // A string `via` is a dependency the vulnerability comes through: its own entry reports it.
      if (typeof via === 'string') continue;
      const adv = obj(via);
      const url = str(adv.url);
      const rule = /(GHSA(?:-[0-9a-z]{4}){3})/i.exec(url ?? '')?.[1] ?? `npm-${String(adv.source ?? 'advisory')}`;
      const fixed = fixedFromRange(str(adv.range));
      const fix =
        fixed !== undefined
          ? `fixed in ${fixed}`
          : fixAvailable === false
            ? 'no fixed version'
            : `affected: ${str(adv.range) ?? 'every version'}`;
      for (const node of nodes.length ? nodes : [undefined]) {
        const version = node ? str(obj(packages[node]).version) : undefined;
        const line = node ? lineOf(text, new RegExp(`^\\s*"${escapeRe(node)}"\\s*:`)) : undefined;
        out.push({
          file,
          line: line ?? lineOf(text, new RegExp(`"${escapeRe(name)}"\\s*:`)),
          rule,
          severity: advisoryLevel(adv.severity),
          message: `${name}${version ? ` ${version}` : ''}: ${str(adv.title) ?? 'vulnerable'} (${String(adv.severity ?? 'unknown')}); ${fix}${url ? ` ${url}` : ''}`,
        });
      }
    }
  }
  return out;
}
