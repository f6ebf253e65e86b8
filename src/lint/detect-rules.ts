import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { check, has, NOT_SOURCE, PY_TESTS, pyConfig, read, ZERO_CONFIG_YAMLLINT } from './detect-project.js';
import type { LintCheck } from './types.js';

export interface Rule {
  tool: string;
  /** The npm package, for tools a lock file can pin. */
  pkg?: string;
  /** The program to look for, when not `tool`; false for a check built into shipline. */
  bin?: string | false;
  /** Why the repository wants this tool, or undefined when it doesn't. */
  wanted(files: string[], cwd: string): string | undefined;
  make(cwd: string): LintCheck;
}

const JS = ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'];
const PY = ['**/*.py'];

export const RULES: Rule[] = [
  {
    tool: 'eslint',
    pkg: 'eslint',
    wanted: (files) => {
      const f = has(files, /(^|\/)(eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.eslintrc(\.(js|cjs|json|ya?ml))?)$/);
      return f ? `${f} exists` : undefined;
    },
    make: () =>
      check({
        name: 'eslint',
        run: ['eslint', '--format', 'json', '--no-warn-ignored'],
        files: JS,
        format: 'eslint-json',
        fix: ['eslint', '--fix', '--no-warn-ignored'],
      }),
  },
  {
    tool: 'tsc',
    pkg: 'typescript',
    wanted: (files) => (files.includes('tsconfig.json') ? 'tsconfig.json exists' : undefined),
    make: () =>
      check({
        name: 'tsc',
        run: ['tsc', '--noEmit', '--pretty', 'false'],
        files: ['**/*.{ts,tsx,mts,cts}'],
        passFiles: false,
        format: 'tsc',
      }),
  },
  {
    tool: 'prettier',
    pkg: 'prettier',
    wanted: (files, cwd) => {
      const f = has(files, /^(\.prettierrc(\.\w+)?|prettier\.config\.\w+)$/);
      if (f) return `${f} exists`;
      return /"prettier"\s*:/.test(read(cwd, 'package.json')) && files.includes('package.json')
        ? 'package.json configures prettier'
        : undefined;
    },
    make: () =>
      check({
        name: 'prettier',
        // prettier reads .prettierignore itself, also for files it is given.
        run: ['prettier', '--check', '--ignore-unknown'],
        files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts,json,css,scss,less,md,yml,yaml,html,vue}'],
        exclude: NOT_SOURCE,
        format: 'prettier-check',
        fix: ['prettier', '--write', '--ignore-unknown'],
      }),
  },
  {
    tool: 'biome',
    pkg: '@biomejs/biome',
    wanted: (files) => (has(files, /^biome\.jsonc?$/) ? 'biome.json exists' : undefined),
    make: () =>
      check({
        name: 'biome',
        // rdjson, not json: only rdjson carries biome's fixes (as suggestions) for review comments.
        run: ['biome', 'lint', '--reporter=rdjson', '--no-errors-on-unmatched'],
        files: JS,
        format: 'rdjson',
        fix: ['biome', 'lint', '--write', '--no-errors-on-unmatched'],
      }),
  },
  {
    tool: 'oxlint',
    pkg: 'oxlint',
    wanted: (files, cwd) => {
      const f = has(files, /^\.?oxlintrc\.json$/);
      if (f) return `${f} exists`;
      return /"oxlint"\s*:/.test(read(cwd, 'package.json')) ? 'package.json depends on oxlint' : undefined;
    },
    make: () => check({ name: 'oxlint', run: ['oxlint', '-f', 'json'], files: JS, format: 'oxlint-json' }),
  },
  {
    tool: 'ruff',
    wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
    make: () =>
      check({
        name: 'ruff',
        run: ['ruff', 'check', '--output-format=json', '--no-cache'],
        files: PY,
        format: 'ruff-json',
        fix: ['ruff', 'check', '--fix', '--no-cache'],
      }),
  },
  {
    tool: 'flake8',
    wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
    make: () => check({ name: 'flake8', run: ['flake8'], files: PY, format: 'gcc' }),
  },
  {
    tool: 'mypy',
    wanted: (files, cwd) => {
      if (!has(files, /\.py$/)) return undefined;
      const cfg = pyConfig(files, cwd, 'mypy', /^(mypy\.ini|\.mypy\.ini)$/);
      return cfg ? `${cfg} configures it` : 'the repository has Python files';
    },
    make: (cwd) => {
      // mypy reads its own config; `files =` there says what to check, else the whole project.
      const cfgText = ['mypy.ini', '.mypy.ini', 'setup.cfg', 'pyproject.toml'].map((f) => read(cwd, f)).join('\n');
      const ownFiles = /^\s*files\s*=/m.test(cfgText);
      return check({
        name: 'mypy',
        run: [
          'mypy',
          '--show-column-numbers',
          '--no-error-summary',
          '--no-pretty',
          '--no-color-output',
          ...(ownFiles ? [] : ['.']),
        ],
        files: PY,
        passFiles: false,
        format: 'mypy',
      });
    },
  },
  {
    tool: 'bandit',
    wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files (security linter)' : undefined),
    make: (cwd) => {
      const own = existsSync(join(cwd, '.bandit'))
        ? ['--ini', '.bandit']
        : /^\[tool\.bandit[\].]/m.test(read(cwd, 'pyproject.toml'))
          ? ['-c', 'pyproject.toml']
          : undefined;
      // Unconfigured: medium severity and up, test folders left out (assert there is noise).
      return check({
        name: 'bandit',
        run: ['bandit', '--format', 'json', '--quiet', ...(own ?? ['-ll'])],
        files: PY,
        exclude: own ? undefined : PY_TESTS,
        format: 'bandit-json',
      });
    },
  },
  {
    tool: 'pylint',
    wanted: (files, cwd) => {
      const cfg = pyConfig(files, cwd, 'pylint', /^(\.pylintrc|pylintrc)$/);
      return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
    },
    make: () => check({ name: 'pylint', run: ['pylint', '--output-format=json'], files: PY, format: 'pylint-json' }),
  },
  {
    tool: 'black',
    wanted: (files, cwd) => {
      const cfg = pyConfig(files, cwd, 'black', /^$/);
      return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
    },
    make: () =>
      check({ name: 'black', run: ['black', '--check', '--diff'], files: PY, format: 'diff-check', fix: ['black'] }),
  },
  {
    tool: 'isort',
    wanted: (files, cwd) => {
      const cfg = pyConfig(files, cwd, 'isort', /^\.isort\.cfg$/);
      return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
    },
    make: () =>
      check({
        name: 'isort',
        run: ['isort', '--check-only', '--diff'],
        files: PY,
        format: 'diff-check',
        fix: ['isort'],
      }),
  },
  {
    tool: 'shellcheck',
    wanted: (files) => {
      const f = has(files, /\.(sh|bash)$/);
      return f ? `shell scripts exist (${f})` : undefined;
    },
    make: () =>
      check({ name: 'shellcheck', run: ['shellcheck', '--format=gcc'], files: ['**/*.{sh,bash}'], format: 'gcc' }),
  },
  {
    tool: 'hadolint',
    wanted: (files) => {
      const f = has(files, /(^|\/)(Dockerfile|Containerfile)(\.[\w-]+)?$|\.dockerfile$/);
      return f ? `${f} exists` : undefined;
    },
    make: () =>
      check({
        name: 'hadolint',
        run: ['hadolint', '--format', 'json'],
        files: ['**/{Dockerfile,Containerfile}', '**/{Dockerfile,Containerfile}.*', '**/*.dockerfile'],
        format: 'hadolint-json',
      }),
  },
  {
    tool: 'actionlint',
    wanted: (files) =>
      has(files, /^\.github\/workflows\/[^/]+\.ya?ml$/) ? '.github/workflows has workflows' : undefined,
    make: () =>
      check({
        name: 'actionlint',
        run: ['actionlint', '-format', '{{json .}}'],
        files: ['.github/workflows/*.{yml,yaml}'],
        format: 'actionlint-json',
      }),
  },
  {
    tool: 'yamllint',
    wanted: (files) => {
      const f = has(files, /\.ya?ml$/);
      return f ? `YAML files exist (${f})` : undefined;
    },
    make: (cwd) => {
      const configured = ['.yamllint', '.yamllint.yml', '.yamllint.yaml'].some((f) => existsSync(join(cwd, f)));
      // Without a config, yamllint's default rules flag style (document-start, line length) as errors;
      // relaxed keeps them as warnings, and line length is dropped: workflow files (ours included) and
      // manifests routinely pass 80 columns, which would fail every push under fail-level: warning.
      return check({
        name: 'yamllint',
        run: ['yamllint', '--format', 'parsable', ...(configured ? [] : ['-d', ZERO_CONFIG_YAMLLINT])],
        files: ['**/*.{yml,yaml}'],
        format: 'gcc',
      });
    },
  },
  {
    tool: 'golangci-lint',
    wanted: (files) => (files.includes('go.mod') ? 'go.mod exists' : undefined),
    make: () =>
      check({
        name: 'golangci-lint',
        // golangci-lint v2's flags (v1 spelled it --out-format json); both print the same JSON.
        run: ['golangci-lint', 'run', '--output.json.path=stdout', '--show-stats=false'],
        files: ['**/*.go'],
        passFiles: false,
        format: 'golangci-json',
      }),
  },
];
