import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { describeThrown } from '../core/errors.js';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { homedir } from 'node:os';
import { globSync } from 'tinyglobby';
import { fail, ok, say, type BuiltinCall } from './builtin-kit.js';
import type { UsesResult } from './scope.js';

interface Entry {
  key: string;
  version: string;
  created: number;
  scope: string;
  dir: string;
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Caches are versioned by their paths (and compression): another path list never matches. */
const versionOf = (paths: string[]) =>
  createHash('sha256')
    .update([...paths, 'zstd'].join('|'))
    .digest('hex');

function scopes(c: BuiltinCall): string[] {
  const g = c.leg.contexts.github as Record<string, string>;
  const event = (g.event ?? {}) as unknown as { repository?: { default_branch?: string } };
  const own = String(g.ref);
  const list = [own];
  if (g.base_ref) list.push(`refs/heads/${g.base_ref}`);
  const dflt = event.repository?.default_branch;
  if (dflt) list.push(`refs/heads/${dflt}`);
  return [...new Set(list)];
}

function entries(c: BuiltinCall): Entry[] {
  const root = c.leg.state.cacheDir;
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((d) => join(root, d, 'cache.json'))
    .filter((f) => existsSync(f))
    .map((f) => ({ ...(JSON.parse(readFileSync(f, 'utf8')) as Entry), dir: join(f, '..') }));
}

function resolvePath(ws: string, p: string): string {
  if (p.startsWith('~')) return join(homedir(), p.slice(1));
  return isAbsolute(p) ? p : resolve(ws, p);
}

/** Where a cached file goes back: workspace-relative paths keep their place. */
const stored = (ws: string, f: string) => (f.startsWith(ws + '/') ? join('ws', relative(ws, f)) : join('abs', f));

export async function cacheRestore(c: BuiltinCall): Promise<UsesResult> {
  const key = c.with.key;
  const paths = lines(c.with.path);
  if (!key) return fail(`${c.where}: ${c.uses}: Input required and not supplied: key`);
  if (!paths.length) return fail(`${c.where}: ${c.uses}: Input required and not supplied: path`);
  const version = versionOf(paths);
  const all = entries(c).filter((e) => e.version === version);
  const order = scopes(c);
  const keys = [key, ...lines(c.with['restore-keys'])];
  let hit: Entry | undefined;
  search: for (let i = 0; i < keys.length; i++)
    for (const scope of order) {
      const inScope = all.filter((e) => e.scope === scope).sort((a, b) => b.created - a.created);
      hit = i === 0 ? inScope.find((e) => e.key === keys[i]) : inScope.find((e) => e.key.startsWith(keys[i]));
      if (hit) break search;
    }
  if (!hit) {
    say(c, `Cache not found for input keys: ${keys.join(', ')}`);
    if (c.with['fail-on-cache-miss'] === 'true')
      return fail(`Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}`);
    return ok({ 'cache-hit': 'false', 'cache-primary-key': key, 'cache-matched-key': '' });
  }
  if (c.with['lookup-only'] !== 'true') {
    const ws = c.leg.workspace;
    const files = join(hit.dir, 'files');
    if (existsSync(join(files, 'ws'))) cpSync(join(files, 'ws'), ws, { recursive: true });
    if (existsSync(join(files, 'abs'))) cpSync(join(files, 'abs'), '/', { recursive: true });
  }
  const exact = hit.key === key;
  say(c, `Cache restored from key: ${hit.key}${hit.scope !== order[0] ? ` (scope ${hit.scope})` : ''}`);
  return ok({ 'cache-hit': String(exact), 'cache-primary-key': key, 'cache-matched-key': hit.key });
}

export async function cacheSave(c: BuiltinCall): Promise<UsesResult> {
  const key = c.with.key;
  const paths = lines(c.with.path);
  if (!key) return fail(`${c.where}: ${c.uses}: Input required and not supplied: key`);
  const version = versionOf(paths);
  const scope = scopes(c)[0];
  if (entries(c).some((e) => e.key === key && e.version === version && e.scope === scope)) {
    say(c, `warning: Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`);
    return ok();
  }
  const ws = c.leg.workspace;
  const files = new Set<string>();
  for (const p of paths) {
    const abs = resolvePath(ws, p);
    if (existsSync(abs) && statSync(abs).isFile()) files.add(abs);
    else if (existsSync(abs)) for (const f of globSync('**/*', { cwd: abs, dot: true, absolute: true })) files.add(f);
    else for (const f of globSync(p, { cwd: ws, dot: true, absolute: true })) files.add(f);
  }
  if (!files.size) {
    say(
      c,
      'warning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.',
    );
    return ok();
  }
  const dir = join(
    c.leg.state.cacheDir,
    createHash('sha256').update(`${scope}\n${key}\n${version}`).digest('hex').slice(0, 24),
  );
  // actions/cache never fails a job on a save it cannot make (a file gone mid-copy, one it
  // cannot archive): it warns "Failed to save" and saves nothing.
  try {
    mkdirSync(join(dir, 'files'), { recursive: true });
    for (const f of files) cpSync(f, join(dir, 'files', stored(ws, f)));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    say(c, `warning: Failed to save: ${describeThrown(e)}`);
    return ok();
  }
  writeFileSync(join(dir, 'cache.json'), JSON.stringify({ key, version, created: Date.now(), scope }));
  say(c, `Cache saved with key: ${key} (${files.size} file(s), scope ${scope})`);
  return ok();
}
