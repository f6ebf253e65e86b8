import type { Collected } from './collect.js';
import { deployStats } from './deploys.js';
import { flakyIn, flakyRuns, percentile, runSeconds, stageStats, successRate, workflowStats } from './metrics.js';
import { flakyTests } from './tests.js';
import type { Breach, StatsOptions, StatsReport, TestRun } from './types.js';

export interface ReportInput {
  o: StatsOptions;
  data: Collected;
  tests?: TestRun[];
  /** Flaky tests of the last saved report (from the cache). */
  knownFlaky: string[];
  commitMs: (sha: string) => number | undefined;
  api: StatsReport['api'];
  now: number;
}

/** Every figure of the report, and the thresholds it breaches. */
export function buildReport(x: ReportInput): StatsReport {
  const { o, data, now } = x;
  const cur = data.runs.filter((r) => r.createdMs >= data.fromMs);
  const done = cur.filter((r) => r.status === 'completed');
  const flaky = flakyRuns(data.runs);
  const { stages, steps } = stageStats(data.runs, data.fromMs);
  // Test reports of commits run in the previous window are the previous window's.
  const prevShas = new Set(data.runs.filter((r) => r.createdMs < data.fromMs).map((r) => r.sha));
  const curShas = new Set(cur.map((r) => r.sha));
  const curIds = new Set(cur.map((r) => r.id));
  const inPrev = (g: string) => !curShas.has(g) && prevShas.has(g);
  const tests = x.tests ?? [];
  const prevFlaky = flakyTests(
    tests.filter((t) => inPrev(t.group)),
    new Set(),
  );
  const before = new Set([...x.knownFlaky, ...prevFlaky.map((t) => t.id)]);
  const curFlaky = flakyTests(
    tests.filter((t) => !inPrev(t.group)),
    before,
  );
  const report: StatsReport = {
    version: 1,
    repository: `${o.owner}/${o.repo}`,
    window: {
      label: o.window.label,
      from: data.fromMs ? new Date(data.fromMs).toISOString() : null,
      to: new Date(now).toISOString(),
    },
    workflows: workflowStats(data.runs, data.fromMs),
    stages,
    steps,
    flakyRuns: flaky.filter((f) => curIds.has(f.runId)),
    flakyRunTrend: {
      current: flakyIn(flaky, data.runs, data.fromMs),
      previous: flakyIn(flaky, data.runs, data.prevFromMs, data.fromMs),
    },
    flakyTests: curFlaky,
    flakyTestTrend: { current: curFlaky.length, previous: prevFlaky.length },
    deploys:
      data.deployments && o.environment
        ? deployStats(data.deployments, o.environment, data.fromMs, now, x.commitMs)
        : undefined,
    breaches: [],
    blind: data.blind,
    api: x.api,
    totals: {
      runs: cur.length,
      successRate: successRate(cur),
      p90S: percentile(done.map(runSeconds), 90),
      flakyRuns: 0,
    },
  };
  report.totals.flakyRuns = report.flakyRunTrend.current;
  report.breaches = breaches(o, report);
  return report;
}

export function breaches(o: StatsOptions, r: StatsReport): Breach[] {
  const out: Breach[] = [];
  const t = o.thresholds;
  if (t.maxFailureRate !== undefined)
    for (const s of r.stages)
      if (s.failureRate > t.maxFailureRate)
        out.push({
          kind: 'failure-rate',
          line: `stage ${s.workflow} / ${s.name} failed ${s.failureRate}% of ${s.runs} runs (limit ${t.maxFailureRate}%)`,
        });
  if (t.maxP90Increase !== undefined)
    for (const w of r.workflows)
      if (w.p90ChangePct !== null && w.p90ChangePct > t.maxP90Increase)
        out.push({
          kind: 'p90',
          line: `${w.workflow} p90 duration rose ${w.p90ChangePct}% (${w.previous.p90S} s → ${w.p90S} s; limit ${t.maxP90Increase}%)`,
        });
  if (t.newFlakyTest)
    for (const f of r.flakyTests.filter((x) => x.isNew))
      out.push({ kind: 'new-flaky-test', line: `new flaky test ${f.id} (failed ${f.failed}, passed ${f.passed})` });
  return out;
}
