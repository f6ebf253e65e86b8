import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Finding } from './types.js';

/**
 * Fingerprints that match one finding between the base and the head although lines moved:
 * the file, check, rule, message (line numbers in it blanked) and the normalised text of the
 * line and its neighbours (`exact`), or of the line alone (`loose`, for an edited neighbour).
 * SonarQube's issue tracking and detekt/PHPStan baselines match the same way.
 */
export interface Fingerprint {
  exact: string;
  loose: string;
}

const hash = (parts: Array<string | undefined>) =>
  createHash('sha1')
    .update(parts.map((p) => p ?? '').join('\0'))
    .digest('hex')
    .slice(0, 20);

/** Whitespace collapsed, so re-indenting a block does not make its findings new. */
export const normText = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Line and column numbers inside messages ("defined on line 12", "a.py:12:3") move with the code. */
export const normMessage = (m: string) =>
  normText(m)
    .replace(/\b(line|lines|col|column)\s+\d+/gi, '$1 N')
    .replace(/:\d+(:\d+)?\b/g, ':N');

/** Reads a file's lines once per run (missing or binary files give no lines). */
export class LineCache {
  private readonly cache = new Map<string, string[] | undefined>();
  constructor(private readonly cwd: string) {}
  lines(file: string | undefined): string[] | undefined {
    if (!file) return undefined;
    if (!this.cache.has(file)) {
      let lines: string[] | undefined;
      try {
        const text = readFileSync(isAbsolute(file) ? file : join(this.cwd, file), 'utf8');
        lines = text.includes('\0') ? undefined : text.split(/\r?\n/);
      } catch {
        lines = undefined;
      }
      this.cache.set(file, lines);
    }
    return this.cache.get(file);
  }
}

export function fingerprint(f: Finding, lines: string[] | undefined, file = f.file): Fingerprint {
  const id = [f.check, file, f.rule, normMessage(f.message)];
  if (!f.line || !lines) {
    const h = hash(id);
    return { exact: h, loose: h };
  }
  const at = (n: number) => normText(lines[n - 1]);
  return {
    exact: hash([...id, at(f.line - 1), at(f.line), at(f.line + 1)]),
    loose: hash([...id, at(f.line)]),
  };
}

/**
 * The head findings that have no counterpart at the base. Each base finding matches one head
 * finding at most (two identical findings where the base had one: one is new); exact
 * fingerprints are matched first, then the line alone.
 */
export function unmatched(head: Fingerprint[], base: Fingerprint[]): Set<number> {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  for (const b of base) bump(exact, b.exact, 1);
  const left: number[] = [];
  head.forEach((h, i) => {
    if ((exact.get(h.exact) ?? 0) > 0) bump(exact, h.exact, -1);
    else left.push(i);
  });
  // The base findings not used by an exact match are available to the loose pass.
  const usedExact = new Map<string, number>();
  for (const b of base) bump(usedExact, b.exact, 1);
  for (const [k, n] of exact) usedExact.set(k, (usedExact.get(k) ?? 0) - n);
  const remaining = new Map<string, number>();
  for (const b of base) {
    if ((usedExact.get(b.exact) ?? 0) > 0) {
      bump(usedExact, b.exact, -1);
      continue;
    }
    bump(remaining, b.loose, 1);
  }
  for (const [k, n] of remaining) loose.set(k, n);
  const out = new Set<number>();
  for (const i of left) {
    const k = head[i].loose;
    if ((loose.get(k) ?? 0) > 0) bump(loose, k, -1);
    else out.add(i);
  }
  return out;
}
