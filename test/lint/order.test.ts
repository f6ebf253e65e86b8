import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateMs, longestFirst, readTimings, saveTimings, timingsPath } from '../../src/lint/order.js';
import type { Job } from '../../src/lint/runner.js';
import type { CheckResult, LintCheck } from '../../src/lint/types.js';

const job = (name: string, run: string[], files?: string[], extra: Partial<LintCheck> = {}): Job => ({
  check: { name, run, shell: false, passFiles: !!files, format: 'gcc', severity: 'error', ...extra },
  files,
  matched: files?.length ?? 120,
});
const result = (name: string, durationMs: number, files: number, status: CheckResult['status'] = 'passed') =>
  ({ name, status, durationMs, files, findings: [] }) as CheckResult;

describe('longest check first', () => {
  const py = Array.from({ length: 120 }, (_, i) => `m${i}.py`);
  const jobs = [
    job('flake8', ['flake8'], py),
    job('yamllint', ['yamllint', '--format', 'parsable'], ['a.yml']),
    job('mypy', ['mypy', '.']),
    job('bandit', ['python3', '-m', 'bandit', '-q'], py),
  ];

  it('without past durations, by the static estimate: whole-program checkers, then the heavier tools', () => {
    expect(longestFirst(jobs, {}).map((i) => jobs[i].check.name)).toEqual(['mypy', 'bandit', 'flake8', 'yamllint']);
    expect(estimateMs(job('tsc', ['npx', '--no-install', 'tsc', '--noEmit']))).toBeGreaterThan(
      estimateMs(job('eslint', ['npx', 'eslint'], ['a.ts'])),
    );
  });

  it('past durations win, scaled by the files a per-file check gets now', () => {
    const past = { yamllint: { ms: 9000, files: 1 }, flake8: { ms: 100, files: 120 }, mypy: { ms: 2000, files: 120 } };
    expect(longestFirst(jobs, past).map((i) => jobs[i].check.name)).toEqual(['yamllint', 'bandit', 'mypy', 'flake8']);
  });

  it('timings are kept in node_modules/.cache only, and read back', () => {
    const bare = mkdtempSync(join(tmpdir(), 'lint-order-'));
    saveTimings(bare, [result('mypy', 1234, 10)]);
    expect(existsSync(timingsPath(bare))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'lint-order-'));
    mkdirSync(join(dir, 'node_modules'));
    saveTimings(dir, [result('mypy', 1234.4, 10), result('gone', 5, 1, 'cancelled')]);
    expect(JSON.parse(readFileSync(timingsPath(dir), 'utf8'))).toEqual({
      version: 1,
      checks: { mypy: { ms: 1234, files: 10 } },
    });
    expect(readTimings(dir)).toEqual({ mypy: { ms: 1234, files: 10 } });
  });
});
