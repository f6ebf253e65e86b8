import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import picomatch from 'picomatch';
import { fail, ok, say, type Builtin } from './builtin-kit.js';

const GLOB = /[*?[\]{}]/;

function majorOf(uses: string): number {
  const m = /@v(\d+)/.exec(uses);
  return m ? Number(m[1]) : 4;
}

/** The search path of a pattern: the part before the first segment with a glob character. */
function searchPath(abs: string): string {
  const parts = abs.split(sep);
  const i = parts.findIndex((p) => GLOB.test(p));
  return i < 0 ? abs : parts.slice(0, i).join(sep) || sep;
}

/** The deepest folder holding every path (upload-artifact's least common ancestor). */
function commonAncestor(paths: string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** The files an upload-artifact `path:` names (globs, ! exclusions, hidden files left out by default). */
export function artifactFiles(
  workspace: string,
  pathInput: string,
  includeHidden: boolean,
): { root: string; files: string[] } {
  const lines = pathInput
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const include = lines.filter((l) => !l.startsWith('!')).map((l) => (isAbsolute(l) ? l : resolve(workspace, l)));
  const exclude = lines.filter((l) => l.startsWith('!')).map((l) => resolve(workspace, l.slice(1)));
  const files = new Set<string>();
  const searchPaths: string[] = [];
  for (const p of include) {
    const sp = searchPath(p);
    if (!GLOB.test(p)) {
      if (!existsSync(p)) continue;
      searchPaths.push(statSync(p).isDirectory() ? p : p);
      if (statSync(p).isDirectory())
        for (const f of globSync('**/*', { cwd: p, dot: true, absolute: true, onlyFiles: true })) files.add(resolve(f));
      else files.add(p);
    } else {
      const found = globSync(relative(sp, p) || '**', { cwd: sp, dot: true, absolute: true, onlyFiles: true });
      if (found.length) searchPaths.push(sp);
      for (const f of found) files.add(resolve(f));
    }
  }
  const excluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  let list = [...files].filter((f) => !excluded(f));
  if (!includeHidden)
    list = list.filter(
      (f) =>
        !relative(workspace, f)
          .split(sep)
          .some((s) => s.startsWith('.') && s !== '.' && s !== '..') || !f.startsWith(workspace),
    );
  if (!list.length) return { root: workspace, files: [] };
  let root: string;
  if (searchPaths.length === 1)
    root =
      existsSync(searchPaths[0]) && statSync(searchPaths[0]).isDirectory() ? searchPaths[0] : dirname(searchPaths[0]);
  else root = commonAncestor(searchPaths.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p))));
  return { root, files: list.sort() };
}

export const uploadArtifact: Builtin = async (c) => {
  if (majorOf(c.uses) < 4)
    return fail(`${c.where}: ${c.uses}: only v4 of upload-artifact is implemented (v3 is retired on GitHub)`);
  const name = c.with.name || 'artifact';
  if (!c.with.path) return fail(`${c.where}: ${c.uses}: Input required and not supplied: path`);
  if (/[":<>|*?\r\n\\/]/.test(name))
    return fail(
      `${c.where}: The artifact name is not valid: ${name}. Contains the following character: one of " : < > | * ? \\r \\n \\ /`,
    );
  const { root, files } = artifactFiles(c.leg.workspace, c.with.path, c.with['include-hidden-files'] === 'true');
  const ifNone = c.with['if-no-files-found'] || 'warn';
  if (!files.length) {
    const msg = `No files were found with the provided path: ${c.with.path.trim().replace(/\n/g, ', ')}. No artifacts will be uploaded.`;
    if (ifNone === 'error') return fail(msg);
    say(c, ifNone === 'warn' ? `warning: ${msg}` : msg);
    return ok();
  }
  const dir = join(c.leg.state.artifactsDir, name);
  if (existsSync(dir)) {
    if (c.with.overwrite !== 'true')
      return fail(
        `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`,
      );
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  for (const f of files) cpSync(f, join(dir, 'files', relative(root, f)));
  const id = String(++c.leg.state.seq);
  writeFileSync(
    join(dir, 'artifact.json'),
    JSON.stringify({ id, name, files: files.length, root: relative(c.leg.workspace, root) || '.' }),
  );
  say(c, `artifact ${name}: ${files.length} file(s) rooted at ${relative(c.leg.workspace, root) || '.'}`);
  return ok({ 'artifact-id': id, 'artifact-url': `${c.leg.state.runId}/artifacts/${id}` });
};

export const downloadArtifact: Builtin = async (c) => {
  if (majorOf(c.uses) < 4) return fail(`${c.where}: ${c.uses}: only v4 of download-artifact is implemented`);
  const base = resolve(c.leg.workspace, c.with.path || '.');
  const store = c.leg.state.artifactsDir;
  const all = existsSync(store) ? readdirSync(store).sort() : [];
  if (c.with.name) {
    if (!all.includes(c.with.name))
      return fail(`Unable to download artifact(s): Artifact not found for name: ${c.with.name}`);
    cpSync(join(store, c.with.name, 'files'), base, { recursive: true });
    say(c, `artifact ${c.with.name} → ${relative(c.leg.workspace, base) || '.'}`);
    return ok({ 'download-path': base });
  }
  const match = c.with.pattern ? picomatch(c.with.pattern) : () => true;
  const chosen = all.filter((n) => match(n));
  const merge = c.with['merge-multiple'] === 'true';
  for (const n of chosen) cpSync(join(store, n, 'files'), merge ? base : join(base, n), { recursive: true });
  say(
    c,
    `${chosen.length} artifact(s)${c.with.pattern ? ` matching ${c.with.pattern}` : ''} → ${relative(c.leg.workspace, base) || '.'}${merge ? ' (merged)' : ''}`,
  );
  mkdirSync(base, { recursive: true });
  return ok({ 'download-path': base });
};
