import { existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError, type FrontDoor } from './errors.js';

/**
 * Where a tool's path inputs may point. Everything resolves against `workspace`; a path (after
 * following symlinks) must stay inside the workspace or one of `also` (an input that says
 * otherwise, e.g. a plan file in RUNNER_TEMP). A pull request controls the checkout, so a
 * `../` path, an absolute path or a symlink in it must not make a tool read or write elsewhere.
 */
export interface PathRoots {
  workspace: string;
  also?: string[];
  frontDoor?: FrontDoor;
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files not written yet). */
export function realish(p: string): string {
  const rest: string[] = [];
  let cur = resolve(p);
  for (;;) {
    if (existsSync(cur)) {
      try {
        return join(realpathSync(cur), ...rest.reverse());
      } catch {
        return join(cur, ...rest.reverse());
      }
    }
    const up = dirname(cur);
    if (up === cur) return resolve(p);
    rest.push(basename(cur));
    cur = up;
  }
}

function within(abs: string, root: string): boolean {
  const r = relative(root, abs);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
}

/** True when `abs` (symlinks followed) lies inside one of the roots. */
export function isInside(abs: string, roots: PathRoots): boolean {
  const real = realish(abs);
  return [roots.workspace, ...(roots.also ?? [])].some((r) => within(real, realish(r)));
}

function rootsText(roots: PathRoots): string {
  return [roots.workspace, ...(roots.also ?? [])].join(' or ');
}

/**
 * Resolve one path input against the workspace, refusing one that leaves it (or the other
 * allowed roots): a ConfigError naming the input, the path it resolved to and the fix.
 */
export function insidePath(input: string, value: string, roots: PathRoots): string {
  const abs = isAbsolute(value) ? resolve(value) : resolve(roots.workspace, value);
  if (!isInside(abs, roots))
    throw ConfigError.forInput(
      input,
      `${value} resolves to ${realish(abs)}, outside the workspace (${rootsText(roots)})`,
      'use a path inside the workspace',
      undefined,
      roots.frontDoor,
    );
  return abs;
}

/**
 * A glob input: refuse a pattern whose fixed part leaves the roots (`../x/**`, `/etc/*`), before
 * anything is read. Matches are then checked one by one with `isInside` (a symlink may escape).
 */
export function checkGlob(input: string, pattern: string, roots: PathRoots, cwd = roots.workspace): void {
  const p = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  const fixed: string[] = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (/[*?[\]{}()!]/.test(seg)) break;
    fixed.push(seg);
  }
  const head = fixed.join('/') || '.';
  const abs = isAbsolute(head) || head.startsWith('/') ? resolve(head) : resolve(cwd, head);
  if (!isInside(abs, roots))
    throw ConfigError.forInput(
      input,
      `'${pattern}' reaches ${abs}, outside the workspace (${rootsText(roots)})`,
      'write globs relative to the workspace, without ../',
      undefined,
      roots.frontDoor,
    );
}

/**
 * The one policy for a tool's path inputs: the workspace, and where a tool may also be pointed
 * at scratch files (`temp: true`: RUNNER_TEMP; on the CLI also the OS temp folder, since the
 * person typing the command chose the path).
 */
export function pathRoots(
  ctx: { cwd: string; tempDir: string; frontDoor: FrontDoor },
  opts: { temp?: boolean } = {},
): PathRoots {
  const also = opts.temp ? [ctx.tempDir, ...(ctx.frontDoor === 'cli' ? [tmpdir()] : [])] : [];
  return { workspace: ctx.cwd, also, frontDoor: ctx.frontDoor };
}
