import type { JUnitCase, JUnitSuite } from './junit.js';

/** Extensions that make a bare name (no slash) a file path rather than a dotted class name. */
const FILE_EXT = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|php|cs|fs|rs|exs?|feature|swift|dart|lua|clj)$/i;

/**
 * Normalise a path-like timing key: backslashes to '/', `file://` and `./` dropped, doubled
 * slashes collapsed, and an absolute path under one of `roots` made relative to it.
 * Absolute paths from another runner stay absolute; resolution matches them by suffix.
 */
export function normalizePath(raw: string, roots: string[] = []): string {
  let p = raw
    .trim()
    .replace(/\\/g, '/')
    .replace(/^file:\/\//, '');
  p = p.replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
  while (p.startsWith('./')) p = p.slice(2);
  for (const r of roots) {
    const root = r.replace(/\\/g, '/').replace(/\/+$/, '');
    if (root && p.startsWith(root + '/')) {
      p = p.slice(root.length + 1);
      break;
    }
  }
  return p;
}

export function isPathLike(key: string): boolean {
  return key.includes('/') || key.includes('\\') || FILE_EXT.test(key);
}

/**
 * The key a test case's time is booked under: its file attribute, else a path-like classname
 * (vitest), else a path-like suite name (vitest, playwright, go import paths), else the
 * dotted classname (pytest, Surefire, rspec). Undefined when the case names nothing usable.
 */
export function caseKey(c: JUnitCase, roots: string[]): string | undefined {
  if (c.file) return normalizePath(c.file, roots);
  if (c.classname && isPathLike(c.classname)) return normalizePath(c.classname, roots);
  if (c.suite && isPathLike(c.suite)) return normalizePath(c.suite, roots);
  if (c.classname) return c.classname.replace(/\$.*$/, '');
  return undefined;
}

export function suiteKey(s: JUnitSuite, roots: string[]): string | undefined {
  if (s.file) return normalizePath(s.file, roots);
  if (s.name && isPathLike(s.name)) return normalizePath(s.name, roots);
  return undefined;
}

const AMBIGUOUS = '\0ambiguous';

function addUnique(map: Map<string, string>, key: string, file: string): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, file);
  else if (had !== file) map.set(key, AMBIGUOUS);
}

function stemAtFirstDot(p: string): string {
  const slash = p.lastIndexOf('/');
  const dot = p.indexOf('.', slash + 1);
  return dot > slash + 0 ? p.slice(0, dot) : p;
}

export interface Resolution {
  /** The test files this key books time on (several for a Go package). */
  files: string[];
}

/**
 * Maps timing keys to the test files the glob found. Built once per plan: every '/'-suffix
 * of each file, every '.'-suffix of its dotted module name, and its directory.
 */
export class KeyResolver {
  private readonly exact = new Set<string>();
  private readonly pathSuffix = new Map<string, string>();
  private readonly dotted = new Map<string, string>();
  private readonly dirs = new Map<string, string[]>();
  private readonly base = new Map<string, string>();

  constructor(
    files: readonly string[],
    /** The working directory relative to the workspace ('' at the root): a prefix timings may carry. */
    private readonly prefix = '',
  ) {
    for (const f of files) {
      this.exact.add(f);
      const segs = f.split('/');
      for (let i = 1; i < segs.length; i++) addUnique(this.pathSuffix, segs.slice(i).join('/'), f);
      // Module names drop every extension part: tests/test_a.py → tests.test_a, a.test.ts → a
      const mod = stemAtFirstDot(f).split('/');
      const full = dropLastExt(f).split('/');
      for (const parts of [mod, full])
        for (let i = 0; i < parts.length; i++) addUnique(this.dotted, parts.slice(i).join('.'), f);
      const dir = segs.slice(0, -1).join('/');
      const list = this.dirs.get(dir);
      if (list) list.push(f);
      else this.dirs.set(dir, [f]);
      if (!this.base.has(segs[segs.length - 1])) this.base.set(segs[segs.length - 1], f);
    }
  }

  resolve(key: string): Resolution | undefined {
    if (!isPathLike(key)) return this.resolveDotted(key);
    let k = key;
    if (this.prefix && k.startsWith(this.prefix + '/')) k = k.slice(this.prefix.length + 1);
    if (this.exact.has(k)) return { files: [k] };
    // A key shorter than the file path (playwright names files relative to testDir).
    const longer = this.pathSuffix.get(k);
    if (longer && longer !== AMBIGUOUS) return { files: [longer] };
    // An absolute path from another runner: the longest suffix that names one of our files.
    if (k.startsWith('/') || /^[A-Za-z]:\//.test(k)) {
      const segs = k.split('/');
      for (let i = 1; i < segs.length; i++) {
        const s = segs.slice(i).join('/');
        if (this.exact.has(s)) return { files: [s] };
      }
    }
    // A Go import path names a package: a directory whose path ends the key.
    if (!FILE_EXT.test(k)) {
      const segs = k.replace(/^\/+/, '').split('/');
      for (let i = 0; i < segs.length; i++) {
        const list = this.dirs.get(segs.slice(i).join('/'));
        if (list) return { files: list };
      }
    }
    return undefined;
  }

  private resolveDotted(key: string): Resolution | undefined {
    const parts = key.split('.');
    for (let n = parts.length; n >= 1; n--) {
      const f = this.dotted.get(parts.slice(0, n).join('.'));
      if (f && f !== AMBIGUOUS) return { files: [f] };
    }
    return undefined;
  }

  /** A test file with the same base name as the key, to explain a mismatch. */
  lookalike(key: string): string | undefined {
    const b = key.replace(/\\/g, '/').split('/').pop() ?? key;
    return this.base.get(b);
  }
}

function dropLastExt(p: string): string {
  const slash = p.lastIndexOf('/');
  const name = p.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? p.slice(0, slash + 1 + dot) : p;
}
