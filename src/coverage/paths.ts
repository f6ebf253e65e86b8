import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';

export type Resolved = { path: string; found: boolean } | { outside: string };

/** Go module path → its directory in the repository (from go.mod files). */
export function goModules(root: string, files: readonly string[]): Array<{ module: string; dir: string }> {
  const out: Array<{ module: string; dir: string }> = [];
  for (const f of files) {
    if (f !== 'go.mod' && !f.endsWith('/go.mod')) continue;
    try {
      const m = /^module\s+(\S+)/m.exec(readFileSync(join(root, f), 'utf8'));
      if (m) out.push({ module: m[1].replace(/^"|"$/g, ''), dir: posix.dirname(f) === '.' ? '' : posix.dirname(f) });
    } catch {
      // an unreadable go.mod just maps nothing
    }
  }
  return out.sort((a, b) => b.module.length - a.module.length);
}

/** Slashes, no `file://`, no `./`, no doubled separators. */
export function cleanPath(raw: string): string {
  let p = raw
    .trim()
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/');
  if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1); // file:///C:/x
  p = p.replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

const isAbs = (p: string) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);

/**
 * Maps the paths reports name to repository-relative paths, so the same file from
 * different shards, runners and tools merges: absolute paths under the checkout become
 * relative; absolute paths from another machine (another runner's workspace, a Windows
 * drive) are matched by their longest suffix that is a file here; Cobertura `<sources>`
 * are joined; Go import paths map through go.mod; Java package paths find their source root.
 */
export class PathResolver {
  private byBase?: Map<string, string[]>;
  private set?: Set<string>;
  readonly modules: Array<{ module: string; dir: string }>;

  constructor(
    readonly root: string,
    /** Repository files, relative, with '/' (listed lazily by the caller). */
    private readonly listFiles: () => readonly string[],
  ) {
    this.modules = [];
    this.modulesLoaded = false;
  }
  private modulesLoaded: boolean;

  private index(): void {
    if (this.set) return;
    const files = this.listFiles();
    this.set = new Set(files);
    this.byBase = new Map();
    for (const f of files) {
      const base = f.slice(f.lastIndexOf('/') + 1);
      const list = this.byBase.get(base);
      if (list) list.push(f);
      else this.byBase.set(base, [f]);
    }
  }

  private exists(rel: string): boolean {
    this.index();
    return this.set!.has(rel) || existsSync(join(this.root, rel));
  }

  /** The repository file whose path ends with `tail` (whole components), if exactly one does. */
  private bySuffix(tail: string, wholeOnly = false): string | undefined {
    this.index();
    const parts = tail.split('/').filter(Boolean);
    const last = wholeOnly ? 1 : parts.length;
    // Longest suffix first: /home/runner/work/api/api/src/a.ts → api/api/src/a.ts → api/src/a.ts → src/a.ts
    for (let i = 0; i < last; i++) {
      const suffix = parts.slice(i).join('/');
      if (this.set!.has(suffix)) return suffix;
      const cands = (this.byBase!.get(parts[parts.length - 1]) ?? []).filter((f) => f.endsWith('/' + suffix));
      if (cands.length === 1) return cands[0];
      if (cands.length > 1) return undefined;
    }
    return undefined;
  }

  private relativeInside(abs: string): string | undefined {
    const rel = relative(this.root, abs).replace(/\\/g, '/');
    if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return undefined;
    return rel;
  }

  resolve(raw: string, sources: readonly string[] = []): Resolved {
    const p = cleanPath(raw);
    if (!p) return { outside: raw };
    if (!this.modulesLoaded) {
      this.modulesLoaded = true;
      this.index();
      this.modules.push(...goModules(this.root, [...this.set!]));
    }
    for (const m of this.modules) {
      if (p.startsWith(m.module + '/')) {
        const rel = posix.join(m.dir, p.slice(m.module.length + 1));
        return { path: rel, found: this.exists(rel) };
      }
    }
    if (!isAbs(p) && sources.length) {
      for (const s of sources) {
        const src = cleanPath(s);
        const joined = posix.normalize(isAbs(src) ? posix.join(src, p) : posix.join(src, p));
        const r = isAbs(joined) ? this.resolveAbsolute(joined) : this.resolveRelative(joined);
        if ('path' in r && r.found) return r;
      }
      // No source root holds it here: fall through with the bare filename.
    }
    return isAbs(p) ? this.resolveAbsolute(p) : this.resolveRelative(posix.normalize(p));
  }

  private resolveAbsolute(p: string): Resolved {
    if (!/^[A-Za-z]:\//.test(p)) {
      const inside = this.relativeInside(p);
      if (inside !== undefined && this.exists(inside)) return { path: inside, found: true };
      if (inside !== undefined) {
        // Under the checkout but not (yet) a file: still this repository's path.
        const moved = this.bySuffix(inside);
        return moved ? { path: moved, found: true } : { path: inside, found: false };
      }
    }
    const hit = this.bySuffix(p.replace(/^[A-Za-z]:/, ''));
    return hit ? { path: hit, found: true } : { outside: p };
  }

  private resolveRelative(p: string): Resolved {
    if (p === '..' || p.startsWith('../')) {
      const hit = this.bySuffix(p.replace(/^(\.\.\/)+/, ''));
      return hit ? { path: hit, found: true } : { outside: p };
    }
    if (this.exists(p)) return { path: p, found: true };
    // Java/JaCoCo name package paths (com/acme/Foo.java); find the source root that holds them.
    const hit = this.bySuffix(p, true);
    return hit ? { path: hit, found: true } : { path: p, found: false };
  }
}
