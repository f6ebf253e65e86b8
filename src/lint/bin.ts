import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a program is: the project's node_modules/.bin first, then PATH. */
export function findBinary(name: string, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (name.includes('/')) return undefined;
  const dirs = [join(cwd, 'node_modules', '.bin'), ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const d of dirs) {
    const p = join(d, name);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

const NODE_TOOLS = new Set([
  'eslint',
  'tsc',
  'prettier',
  'biome',
  'stylelint',
  'markdownlint',
  'vue-tsc',
  'oxlint',
  'standard',
  'xo',
]);
const PY_TOOLS = new Set(['flake8', 'mypy', 'bandit', 'ruff', 'pylint', 'black', 'isort', 'pyright']);

/** The one-line fix when a check's program is missing. */
export function missingBinaryMessage(name: string): string {
  const hint = NODE_TOOLS.has(name)
    ? 'add it to devDependencies'
    : PY_TOOLS.has(name)
      ? `install it (pip install ${name}, or your requirements file)`
      : 'install it on the runner (or in an earlier step)';
  return `${name} not found: ${hint} or remove the check`;
}
