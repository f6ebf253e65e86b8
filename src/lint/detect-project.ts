// What a repository says about its own tools: its files, its lock file's pins, where it
// configures a Python tool, and the paths a zero-config check leaves out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LintCheck } from './types.js';

/** A file's text ('' when it cannot be read); `file` relative to `cwd`, or absolute. */
export function read(cwd: string, file: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    return '';
  }
}

export const has = (files: string[], re: RegExp) => files.find((f) => re.test(f));

/** yamllint's relaxed rules without line-length: the zero-config choice. */
export const ZERO_CONFIG_YAMLLINT = '{extends: relaxed, rules: {line-length: disable}}';

/** The version package-lock.json pins for a package (lockfileVersion 2 and 3), if any. */
export function lockedVersion(cwd: string, pkg: string): string | undefined {
  const text = read(cwd, 'package-lock.json');
  if (!text.includes(`"node_modules/${pkg}"`)) return undefined;
  try {
    const lock = JSON.parse(text) as { packages?: Record<string, { version?: string }> };
    return lock.packages?.[`node_modules/${pkg}`]?.version;
  } catch {
    return undefined;
  }
}

/** Where the project configures a Python tool itself: the tool then reads it, and we pass no flags. */
export function pyConfig(files: string[], cwd: string, tool: string, own: RegExp): string | undefined {
  const f = has(files, own);
  if (f) return f;
  if (new RegExp(`^\\[tool\\.${tool}[\\].]`, 'm').test(read(cwd, 'pyproject.toml')))
    return `pyproject.toml [tool.${tool}]`;
  for (const c of ['setup.cfg', 'tox.ini'])
    if (new RegExp(`^\\[${tool}[\\]:]`, 'm').test(read(cwd, c))) return `${c} [${tool}]`;
  return undefined;
}

/** Test folders and files: bandit's B101 (assert) there is noise. */
export const PY_TESTS = ['**/test/**', '**/tests/**', '**/test_*.py', '**/*_test.py', '**/conftest.py'];
/** Generated and history files a formatter should not be asked about. */
export const NOT_SOURCE = [
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/pnpm-lock.yaml',
  '**/yarn.lock',
  '**/CHANGELOG.md',
  '**/CHANGELOG',
  '**/HISTORY.md',
  '**/*.min.js',
  '**/dist/**',
];

/** A detected check with the zero-config defaults: argv, text output, errors; given files are passed. */
export const check = (c: Partial<LintCheck> & Pick<LintCheck, 'name' | 'run'>): LintCheck => ({
  shell: false,
  passFiles: c.files !== undefined,
  format: 'text',
  severity: 'error',
  ...c,
});
