import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecFn } from '../core/exec.js';
import { findBinary } from './bin.js';
import type { Detection, LintCheck } from './types.js';

/** The repository's files: tracked plus untracked-not-ignored, or a walk outside git. */
export async function listRepoFiles(cwd: string, exec: ExecFn): Promise<string[]> {
  try {
    const r = await exec(
      'git',
      ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { cwd, timeoutMs: 60_000 },
    );
    if (r.exitCode === 0)
      return [...new Set(r.stdout.split('\0').filter(Boolean))].filter((f) => existsSync(join(cwd, f)));
  } catch {
    /* no git: walk instead */
  }
  const { glob } = await import('tinyglobby');
  return glob(['**/*'], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
}

function read(cwd: string, file: string): string {
  try {
    return readFileSync(join(cwd, file), 'utf8');
  } catch {
    return '';
  }
}

const has = (files: string[], re: RegExp) => files.find((f) => re.test(f));

interface Rule {
  tool: string;
  /** Why the repository wants this tool, or undefined when it doesn't. */
  wanted(files: string[], cwd: string): string | undefined;
  make(cwd: string): LintCheck;
}

const check = (c: Partial<LintCheck> & Pick<LintCheck, 'name' | 'run'>): LintCheck => ({
  shell: false,
  passFiles: c.files !== undefined,
  format: 'text',
  severity: 'error',
  ...c,
});

const JS = ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'];
const PY = ['**/*.py'];

const RULES: Rule[] = [
  {
    tool: 'eslint',
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
        run: ['prettier', '--check', '--ignore-unknown'],
        files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,json,css,scss,md,yml,yaml,html}'],
        fix: ['prettier', '--write', '--ignore-unknown'],
      }),
  },
  {
    tool: 'biome',
    wanted: (files) => (has(files, /^biome\.jsonc?$/) ? 'biome.json exists' : undefined),
    make: () =>
      check({
        name: 'biome',
        run: ['biome', 'lint', '--no-errors-on-unmatched'],
        files: JS,
        fix: ['biome', 'lint', '--write', '--no-errors-on-unmatched'],
      }),
  },
  {
    tool: 'ruff',
    wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
    make: () =>
      check({
        name: 'ruff',
        run: ['ruff', 'check', '--output-format=concise', '--no-cache'],
        files: PY,
        format: 'gcc',
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
      const cfg =
        has(files, /^(mypy\.ini|\.mypy\.ini)$/) ??
        (/\[mypy\]/.test(read(cwd, 'setup.cfg'))
          ? 'setup.cfg [mypy]'
          : /\[tool\.mypy\]/.test(read(cwd, 'pyproject.toml'))
            ? 'pyproject.toml [tool.mypy]'
            : undefined);
      return cfg ? `${cfg} configures it` : 'the repository has Python files';
    },
    make: () =>
      check({
        name: 'mypy',
        run: ['mypy', '--show-column-numbers', '--no-error-summary', '--no-pretty', '--no-color-output', '.'],
        files: PY,
        passFiles: false,
        format: 'gcc',
      }),
  },
  {
    tool: 'bandit',
    wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files (security linter)' : undefined),
    make: () =>
      check({ name: 'bandit', run: ['bandit', '--format', 'json', '--quiet'], files: PY, format: 'bandit-json' }),
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
        run: ['hadolint', '--format', 'checkstyle'],
        files: ['**/{Dockerfile,Containerfile}', '**/{Dockerfile,Containerfile}.*', '**/*.dockerfile'],
        format: 'checkstyle',
      }),
  },
  {
    tool: 'actionlint',
    wanted: (files) =>
      has(files, /^\.github\/workflows\/[^/]+\.ya?ml$/) ? '.github/workflows has workflows' : undefined,
    make: () =>
      check({
        name: 'actionlint',
        run: [
          'actionlint',
          '-format',
          '{{range $err := .}}{{$err.Filepath}}:{{$err.Line}}:{{$err.Column}}: {{$err.Message}} [{{$err.Kind}}]\n{{end}}',
        ],
        files: ['.github/workflows/*.{yml,yaml}'],
        format: 'gcc',
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
      // Without a config, yamllint's default rules flag style (document-start, line length) as errors.
      return check({
        name: 'yamllint',
        run: ['yamllint', '--format', 'parsable', ...(configured ? [] : ['-d', 'relaxed'])],
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
        run: ['golangci-lint', 'run', '--out-format', 'line-number'],
        files: ['**/*.go'],
        passFiles: false,
        format: 'gcc',
      }),
  },
];

/**
 * Zero-config: the checks this repository's own files call for, among the tools actually
 * installed (node_modules/.bin or PATH). Every tool gets a line saying why it was or wasn't picked.
 */
export async function detectChecks(
  cwd: string,
  env: NodeJS.ProcessEnv,
  exec: ExecFn,
  files?: string[],
): Promise<{ checks: LintCheck[]; detections: Detection[] }> {
  const all = files ?? (await listRepoFiles(cwd, exec));
  const checks: LintCheck[] = [];
  const detections: Detection[] = [];
  let pythonLinter: string | undefined;
  for (const rule of RULES) {
    const why = rule.wanted(all, cwd);
    if (!why) {
      detections.push({ tool: rule.tool, picked: false, reason: 'nothing in the repository calls for it' });
      continue;
    }
    const bin = findBinary(rule.tool, cwd, env);
    if (!bin) {
      detections.push({
        tool: rule.tool,
        picked: false,
        reason: `${why}, but ${rule.tool} is not installed (not in node_modules/.bin or on PATH)`,
      });
      continue;
    }
    if (rule.tool === 'flake8' && pythonLinter === 'ruff') {
      detections.push({ tool: rule.tool, picked: false, reason: 'ruff is installed and covers the same rules' });
      continue;
    }
    if (rule.tool === 'ruff') pythonLinter = 'ruff';
    checks.push(rule.make(cwd));
    detections.push({ tool: rule.tool, picked: true, reason: `${why}, and ${rule.tool} is installed (${bin})` });
  }
  return { checks, detections };
}
