// The built action, run as the runner runs it, on a pull_request event: the base comes from the
// event's pull_request.base.sha, and outputs, summary and annotations reach the runner files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runActionLikeRunner } from '../helpers/runner.js';
import { repo } from './helpers.js';

describe('actions/perf-gate from dist/', () => {
  it('judges a pull request against its base and fails on the slowed benchmark', async () => {
    const { r, base } = repo({ BenchmarkA: 1000, BenchmarkB: 300 }, { BenchmarkA: 1400, BenchmarkB: 300 });
    const res = await runActionLikeRunner('actions/perf-gate', {
      workspace: r.dir,
      eventName: 'pull_request',
      event: {
        number: 7,
        pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: r.head(), ref: 'feature' } },
      },
      inputs: { command: 'node bench.mjs', format: 'go', rounds: '8', seed: '3' },
      timeoutMs: 120_000,
    });
    expect(res.exitCode).toBe(1);
    expect(res.outputs.result).toBe('failed');
    expect(JSON.parse(res.outputs.regressions)).toEqual(['BenchmarkA']);
    const report = JSON.parse(readFileSync(res.outputs.report, 'utf8'));
    expect(report.base.sha).toBe(base);
    expect(res.summary).toContain('Performance gate: ❌ failed');
    expect(
      res.annotations.some((a) => a.level === 'error' && /BenchmarkA is \+\d+\.\d% slower than base/.test(a.message)),
    ).toBe(true);
  });
});
