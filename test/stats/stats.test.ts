import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsReport } from '../../src/stats/types.js';
import { HistorySimulator } from './github-history.js';
import { junitFolder, runStats, smallHistory } from './helpers.js';

const sim = new HistorySimulator();
beforeAll(async () => {
  await sim.start();
  smallHistory(sim);
});
afterAll(() => sim.close());

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as StatsReport;

describe('shipline stats on a small history, every figure worked out by hand', () => {
  let r: Awaited<ReturnType<typeof runStats>>;
  let report: StatsReport;
  beforeAll(async () => {
    r = await runStats(sim, {
      environment: 'production',
      junit: junitFolder(),
      quarantine: 'quarantine.txt',
      'max-failure-rate': '15',
      'max-p90-increase': '40',
      'fail-on-new-flaky': 'true',
    });
    report = readReport(r.outputs.report);
  });

  it('per workflow: runs, success rate, median and p90 duration, queue time, trend', () => {
    const ci = report.workflows.find((w) => w.workflow === 'ci')!;
    // ci: 5 runs; concluded 4 (the cancelled one is not), 3 successful → 75%.
    // Durations of the latest attempts 300, 500, 600, 200, 50 s → median 300, p90 (nearest rank, 5th of 5) 600.
    // Queue (longest job wait of the latest attempt) 40, 30, 0, 15, 0 → median 15.
    expect(ci).toMatchObject({ runs: 5, completed: 5, successRate: 75, medianS: 300, p90S: 600, queueMedianS: 15 });
    // Previous window: 3 runs, 2 of 3 successful; durations 200, 400, 300 → p90 400; +50%.
    expect(ci.previous).toEqual({ runs: 3, successRate: 66.7, p90S: 400 });
    expect(ci.p90ChangePct).toBe(50);
    const deploy = report.workflows.find((w) => w.workflow === 'deploy')!;
    expect(deploy).toMatchObject({ runs: 1, successRate: 100, p90S: 120, p90ChangePct: null });
    expect(report.workflows.map((w) => w.workflow)).not.toContain('old'); // disabled: not picked by default
  });

  it('totals and the step outputs', () => {
    // 6 runs; concluded 5, 4 successful → 80%; durations 50,120,200,300,500,600 → p90 600.
    expect(r.outputs).toMatchObject({ runs: '6', 'success-rate': '80', 'p90-duration-s': '600', 'flaky-runs': '2' });
  });

  it('stages: matrix cells grouped, every attempt counted, cancelled and skipped jobs left out, ranked by minutes lost', () => {
    const ci = report.stages.filter((s) => s.workflow === 'ci');
    // test (…): 8 succeeded-or-failed job attempts, 1 failure of 180 s → 12.5%, 3.0 minutes; median 200.
    // lint: 5 (the cancelled one left out), 1 failure of 120 s → 20%, 2.0 minutes; median 60.
    expect(ci.map((s) => s.name)).toEqual(['test (…)', 'lint']);
    expect(ci[0]).toMatchObject({ runs: 8, failures: 1, failureRate: 12.5, medianS: 200, minutesLost: 3 });
    expect(ci[1]).toMatchObject({ runs: 5, failures: 1, failureRate: 20, medianS: 60, minutesLost: 2 });
    const step = report.steps.find((s) => s.name === 'test (…) › Run tests')!;
    expect(step).toMatchObject({ runs: 1, failures: 1, failureRate: 100, minutesLost: 2.8 });
  });

  it('flaky runs: a re-run that passed and a new run of the same commit; trend against the previous window', () => {
    expect(report.flakyRuns).toEqual([
      {
        workflow: 'ci',
        runId: 12,
        sha: 'a2',
        kind: 'rerun',
        failedAttempt: 1,
        passedAttempt: 2,
        jobs: ['test (ubuntu, 20)'],
      },
      { workflow: 'ci', runId: 14, sha: 'a3', kind: 'new-run', failedAttempt: 1, passedAttempt: 1, jobs: ['lint'] },
    ]);
    expect(report.flakyRunTrend).toEqual({ current: 2, previous: 1 });
  });

  it('flaky tests from the JUnit reports, new against the previous window, and the quarantine file the shard tool reads', () => {
    expect(report.flakyTests).toEqual([
      { id: 'tests/math.test.ts::adds', failed: 1, passed: 2, groups: ['a2'], isNew: true },
    ]);
    expect(report.flakyTestTrend).toEqual({ current: 1, previous: 1 });
    const q = readFileSync(join(r.cwd, 'quarantine.txt'), 'utf8');
    expect(r.outputs.quarantine).toBe(join(r.cwd, 'quarantine.txt'));
    // The shard tool's reader: strip a trailing comment, skip # lines, path::test.
    const entries = q
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(entries).toEqual(['tests/math.test.ts::adds']);
    expect(q).toContain('failed 1, passed 2 within 1 commit(s): a2');
  });

  it('deploys: frequency, lead time, change failure rate, time to restore, manual and automatic rollbacks', () => {
    // In the window: deployments 2–6. 3 failed (rolled back automatically); 5 is a manual rollback to
    // a1 (older than a4), so 4 counts as a change failure → 2 of 5 = 40%. Successful: 2, 4, 5, 6 → 4 / 7 days.
    // Lead times (commit → success): 2 3.083 h, 4 2.167 h, 6 3.333 h → median 3.08 (rollback 5 left out).
    // Restore: 3 failed 11-25 20:10 → 4 succeeded 11-26 08:10 = 12 h; the manual rollback took 0.1 h → median 6.05.
    expect(report.deploys).toEqual({
      environment: 'production',
      deploys: 5,
      successful: 4,
      perDay: 0.57,
      leadTimeMedianH: 3.08,
      changeFailureRate: 40,
      timeToRestoreMedianH: 6.05,
      rollbacks: { manual: 1, automatic: 1 },
      failedDeploys: [
        { id: 3, sha: 'a2', why: 'deployment/api rolled back to revision 4' },
        { id: 4, sha: 'a4', why: 'rolled back by hand to a1' },
      ],
    });
  });

  it('thresholds: a stage over the failure rate, p90 up more than allowed, a new flaky test fail the step', () => {
    expect(report.breaches.map((b) => b.kind)).toEqual(['failure-rate', 'p90', 'new-flaky-test']);
    expect(r.exitCode).toBe(1);
    expect(r.failure).toMatch(
      /^3 pipeline-health threshold\(s\) breached: stage ci \/ lint failed 20% of 5 runs \(limit 15%\)/,
    );
  });

  it('the summary has the tables and Mermaid charts', () => {
    expect(r.summary).toContain('| ci | 5 (▲ from 3) | 75% (▲ from 66.7%) |');
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    expect(r.summary).toContain('```mermaid\npie showData');
    expect(r.summary).toContain('Deploys to production');
  });
});

describe('since: last N', () => {
  it('the last N runs of the workflow are the window, the N before them the previous one', async () => {
    const r = await runStats(sim, { since: 'last 2', workflows: 'ci', environment: 'none' });
    expect(r.exitCode).toBe(0);
    const report = readReport(r.outputs.report);
    // ci newest first: 15 (cancelled), 14 (success) | 13 (failure), 12 (success after a re-run).
    expect(report.workflows[0]).toMatchObject({ runs: 2, successRate: 100, p90S: 200 });
    expect(report.workflows[0].previous).toEqual({ runs: 2, successRate: 50, p90S: 600 });
    expect(report.window.label).toBe('last 2 runs');
  });
});
