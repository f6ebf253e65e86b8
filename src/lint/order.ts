import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Job } from './runner.js';
import type { CheckResult } from './types.js';

/**
 * Static cost estimates (ms) when no past duration is known: start-up, plus per file passed.
 * Whole-program checkers (type checkers, pylint) read the whole project whatever the files, so
 * they cost the most; rough medians measured on a 2-core runner (bench/lint.bench.ts).
 */
const COST: Array<{ tools: RegExp; startMs: number; perFileMs: number }> = [
  {
    tools: /^(tsc|vue-tsc|mypy|dmypy|pyright|pylint|golangci-lint|govulncheck|cargo|phpstan|psalm)$/,
    startMs: 4000,
    perFileMs: 40,
  },
  { tools: /^(eslint|stylelint|bandit|semgrep|pip-audit|npm)$/, startMs: 1200, perFileMs: 15 },
  { tools: /^(flake8|black|isort|prettier|yamllint|pycodestyle|pydocstyle)$/, startMs: 500, perFileMs: 5 },
  { tools: /^(biome|oxlint|ruff|shellcheck|hadolint|actionlint|markdownlint|codespell)$/, startMs: 150, perFileMs: 2 },
];
const UNKNOWN = { startMs: 800, perFileMs: 10 };

/** Where the program is in an argv: past wrappers (`npx --no-install eslint`, `python3 -m flake8`); -1 if none. */
export function programIndex(argv: readonly string[]): number {
  return argv.findIndex((w) => !/^-|^(npx|pnpm|yarn|exec|python3?|-m|uv|run|poetry|bunx|env)$/.test(w));
}

/** The program a check runs (`npx --no-install eslint` → eslint; a shell script → its first word). */
function program(job: Job): string {
  const argv = job.check.shell ? job.check.run[0].trim().split(/\s+/) : job.check.run;
  return basename(argv[programIndex(argv)] ?? argv[0] ?? '');
}

/** A check's expected duration: its static estimate (whole-project checks scale with the project, not the files). */
export function estimateMs(job: Job): number {
  const name = program(job);
  const c = COST.find((x) => x.tools.test(name)) ?? UNKNOWN;
  const files = job.files?.length ?? Math.max(job.matched, 50);
  return c.startMs + c.perFileMs * files;
}

/**
 * Past durations, per check: `node_modules/.cache/shipline/lint-timings.json` (the cache folder
 * eslint, babel and others use), version 1, `{ version, checks: { name: { msPerRun, files } } }`.
 * Saved only from runs that passed, read for the order of the next run.
 */
export interface TimingsFile {
  version: 1;
  checks: Record<string, { ms: number; files: number }>;
}

export const timingsPath = (cwd: string) => join(cwd, 'node_modules', '.cache', 'shipline', 'lint-timings.json');

export function readTimings(cwd: string): TimingsFile['checks'] {
  try {
    const doc = JSON.parse(readFileSync(timingsPath(cwd), 'utf8')) as Partial<TimingsFile>;
    return doc.version === 1 && doc.checks && typeof doc.checks === 'object' ? doc.checks : {};
  } catch {
    return {};
  }
}

/** Remember how long each check took (only where node_modules exists: nothing is added to a project). */
export function saveTimings(cwd: string, results: CheckResult[]): void {
  if (!existsSync(join(cwd, 'node_modules'))) return;
  const checks = readTimings(cwd);
  for (const r of results)
    if (r.status === 'passed' || r.status === 'failed' || r.status === 'warned')
      checks[r.name] = { ms: Math.round(r.durationMs), files: r.files };
  try {
    const path = timingsPath(cwd);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ version: 1, checks } satisfies TimingsFile) + '\n');
  } catch {
    /* a read-only node_modules only loses the ordering hint */
  }
}

/**
 * The order jobs start in: longest first, so the longest check never starts last and sets the
 * wall time alone. A past duration (scaled by the files passed now) wins over the estimate.
 */
export function longestFirst(jobs: Job[], past: TimingsFile['checks']): number[] {
  const expected = jobs.map((j) => {
    const p = past[j.check.name];
    if (!p) return estimateMs(j);
    const now = j.files?.length ?? j.matched;
    // Per-file checks scale with the files they get; whole-project ones do not.
    return j.files && p.files > 0 ? (p.ms * Math.max(1, now)) / p.files : p.ms;
  });
  return jobs.map((_, i) => i).sort((a, b) => expected[b] - expected[a] || a - b);
}
