import type { EventContext } from '../core/context.js';
import type { ExecFn } from '../core/exec.js';
import type { HttpDeps } from '../core/http.js';

/** Output formats a check's output can be parsed from. */
export const FORMATS = [
  'eslint-json',
  'tsc',
  'gcc',
  'mypy',
  'bandit-json',
  'checkstyle',
  'sarif',
  'biome-json',
  'rdjson',
  'oxlint-json',
  'prettier-check',
  'pylint-json',
  'diff-check',
  'ruff-json',
  'golangci-json',
  'hadolint-json',
  'actionlint-json',
  'npm-audit-json',
  'pip-audit-json',
  'govulncheck-json',
  'text',
] as const;
export type OutputFormat = (typeof FORMATS)[number];

export type Severity = 'error' | 'warning';

/** One check, as written in the config (validated) or made by detection. */
export interface LintCheck {
  name: string;
  /** argv, split from the command line without a shell (or the script when `shell`). */
  run: string[];
  /** Run `run[0]` as a script through `sh -c`, files passed as "$@". */
  shell: boolean;
  /** Globs of the files the check is about; undefined = the check always runs. */
  files?: string[];
  /** Globs of files left out even when `files` matches them (lock files, changelogs, tests). */
  exclude?: string[];
  /** Append the matching files as arguments (or where `{files}` stands). */
  passFiles: boolean;
  format: OutputFormat;
  timeoutMs?: number;
  severity: Severity;
  /** The autofix argv (same rules as `run`), used by `shipline lint --fix`. */
  fix?: string[];
  /** A check shipline runs itself, in-process (`run` is then only its label). */
  builtin?: Builtin;
}

/** The checks shipline runs itself, with no external command. */
export const BUILTINS = ['codeowners'] as const;
export type Builtin = (typeof BUILTINS)[number];

/** What a built-in check that asks GitHub gets: the token, the run's repository, HTTP deps. */
export interface GitHubAccess {
  token?: string;
  event: EventContext;
  http: HttpDeps;
}

/** What a built-in check runs with (the runner's deps fit it). */
export interface BuiltinDeps {
  exec: ExecFn;
  cwd: string;
  now: () => number;
  github?: GitHubAccess;
}

/** Why a tool was (or was not) picked by zero-config detection. */
export interface Detection {
  tool: string;
  picked: boolean;
  reason: string;
}

export interface CheckSource {
  kind: 'config' | 'inline' | 'detected';
  /** The config file, for `config`. */
  file?: string;
  checks: LintCheck[];
  detections?: Detection[];
  /** For `detected`: the repository's files as detection listed them (a run of every file reuses them). */
  files?: string[];
}

/** Which findings fail the gate: new ones, those on changed lines or in changed files, or any. */
export const FAIL_ON = ['new', 'changed-lines', 'changed-files', 'any'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export type FailLevel = 'error' | 'warning' | 'notice';

export interface LintOptions {
  /** `auto`: new on pull requests, merge queues, branches and locally; any on the default branch and with --all. */
  failOn: FailOn | 'auto';
  failLevel: FailLevel;
  /** The committed baseline file of existing findings (read for fail-on new when it exists). */
  baseline: string;
  /** Post a pull request review with a comment per new finding on changed lines. */
  review: boolean;
  token?: string;
  dryRun: boolean;
  /** `shipline lint baseline`: write every finding of this run to the baseline file. */
  writeBaseline?: boolean;
  source: CheckSource;
  changedOnly: 'auto' | 'true' | 'false';
  base?: string;
  staged: boolean;
  parallel: number;
  budgetMs: number;
  failFast: boolean;
  annotate: 'changed-lines' | 'changed-files' | 'all' | 'none';
  report?: string;
  sarif?: string;
  fix: boolean;
  json: boolean;
}

/** One problem a check reported. */
export interface Finding {
  check: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  rule?: string;
  message: string;
  severity: 'error' | 'warning' | 'notice';
  /** A replacement the tool offers (eslint fix ranges, biome/oxlint/ruff fixes), for suggested changes. */
  fix?: { line: number; endLine: number; text: string };
  /** A fix as character offsets into the file (eslint's `fix`), turned into `fix` once the file is read. */
  fixRange?: { range: [number, number]; text: string };
  /**
   * A fix as edits between 1-based line/column positions, end exclusive, columns in Unicode
   * code points (reviewdog's rdjson `suggestions`, as biome writes them); turned into `fix` too.
   */
  fixEdits?: Array<{ line: number; column: number; endLine: number; endColumn: number; text: string }>;
}

export type CheckStatus =
  'passed' | 'warned' | 'failed' | 'skipped' | 'timed-out' | 'over-budget' | 'cancelled' | 'error';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** One line: why it failed, was skipped or cancelled. */
  detail?: string;
  durationMs: number;
  /** Files passed (or matched, for whole-project checks). */
  files: number;
  exitCode?: number | null;
  findings: Finding[];
  /** The argv run (the first batch), for the log and report. */
  command?: string[];
  /** Raw output, for the log and failed checks with no parsed findings. */
  output?: string;
  /** The output could not be parsed in the check's format. */
  parseError?: string;
}
