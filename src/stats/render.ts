import type { Summary } from '../core/summary.js';
import type { RunRec, StatsReport } from './types.js';
import { percentile, runSeconds } from './metrics.js';

const pct = (x: number | null) => (x === null ? '–' : `${x}%`);
export function dur(s: number | null): string {
  if (s === null) return '–';
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} m ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} m`;
}
const trend = (cur: number | null, prev: number | null, unit = '') =>
  cur === null || prev === null ? '' : cur === prev ? ' (=)' : ` (${cur > prev ? '▲' : '▼'} from ${prev}${unit})`;
const label = (s: string) => `"${s.replace(/"/g, "'").slice(0, 24)}"`;

/** A Mermaid xychart of the daily p90 run duration (minutes) and runs per day. */
export function dailyChart(runs: RunRec[], fromMs: number): string | undefined {
  const days = new Map<string, number[]>();
  for (const r of runs)
    if (r.createdMs >= fromMs && r.status === 'completed') {
      const d = new Date(r.createdMs).toISOString().slice(5, 10);
      days.set(d, [...(days.get(d) ?? []), runSeconds(r)]);
    }
  if (days.size < 2) return undefined;
  const keys = [...days.keys()].sort().slice(-31);
  const p90 = keys.map((k) => Math.round(((percentile(days.get(k)!, 90) ?? 0) / 60) * 10) / 10);
  const count = keys.map((k) => days.get(k)!.length);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Runs a day (bars) and p90 duration in minutes (line)"',
    `  x-axis [${keys.map(label).join(', ')}]`,
    `  y-axis "runs / minutes"`,
    `  bar [${count.join(', ')}]`,
    `  line [${p90.join(', ')}]`,
    '```',
  ].join('\n');
}

/** A Mermaid pie of the minutes lost to failures, by stage. */
function lostChart(r: StatsReport): string | undefined {
  const top = r.stages.filter((s) => s.minutesLost > 0).slice(0, 8);
  if (!top.length) return undefined;
  return [
    '```mermaid',
    'pie showData',
    '  title Minutes lost to failed jobs, by stage',
    ...top.map((s) => `  ${label(`${s.name}`)} : ${s.minutesLost}`),
    '```',
  ].join('\n');
}

/** The job summary: headline, per-workflow table, costliest stages and steps, flakiness, deploys, blind spots. */
export function writeSummary(summary: Summary, r: StatsReport, runs: RunRec[], fromMs: number): void {
  const t = r.totals;
  summary
    .heading(`Pipeline health: ${r.repository} (${r.window.label})`, 2)
    .paragraph(
      `${t.runs} run(s), ${pct(t.successRate)} successful, p90 ${dur(t.p90S)}, ${t.flakyRuns} flaky run(s). ` +
        `API: ${r.api.calls} call(s), ${r.api.notModified} not modified, ${r.api.fromCache} attempt(s) from the cache.`,
    );
  if (r.blind.length) summary.paragraph(`> ⚠️ **Not seen:**<br>${r.blind.map((b) => `• ${b}`).join('<br>')}`);
  if (r.breaches.length)
    summary.paragraph(`**Thresholds breached:**<br>${r.breaches.map((b) => `• ${b.line}`).join('<br>')}`);
  if (r.workflows.length)
    summary.table(
      ['Workflow', 'Runs', 'Success', 'Median', 'p90', 'Queue (median)'],
      r.workflows.map((w) => [
        w.workflow,
        `${w.runs}${trend(w.runs, w.previous.runs)}`,
        `${pct(w.successRate)}${trend(w.successRate, w.previous.successRate, '%')}`,
        dur(w.medianS),
        `${dur(w.p90S)}${w.p90ChangePct === null ? '' : ` (${w.p90ChangePct > 0 ? '+' : ''}${w.p90ChangePct}%)`}`,
        dur(w.queueMedianS),
      ]),
    );
  const chart = dailyChart(runs, fromMs);
  if (chart) summary.raw(chart);
  const stages = r.stages.filter((s) => s.failures > 0).slice(0, 15);
  if (stages.length) {
    summary.heading('Stages by minutes lost to failures', 3);
    summary.table(
      ['Workflow', 'Stage', 'Runs', 'Failure rate', 'Median', 'Minutes lost'],
      stages.map((s) => [s.workflow, s.name, s.runs, pct(s.failureRate), dur(s.medianS), s.minutesLost]),
    );
    const pie = lostChart(r);
    if (pie) summary.raw(pie);
  }
  const steps = r.steps.filter((s) => s.failures > 0).slice(0, 15);
  if (steps.length)
    summary.details(
      'Steps by minutes lost',
      ['| Workflow | Step | Runs | Failure rate | Minutes lost |', '| --- | --- | --- | --- | --- |']
        .concat(
          steps.map((s) => `| ${s.workflow} | ${s.name} | ${s.runs} | ${pct(s.failureRate)} | ${s.minutesLost} |`),
        )
        .join('\n'),
    );
  summary.heading('Flakiness', 3);
  summary.paragraph(
    `${r.flakyRunTrend.current} flaky run(s) (previous window ${r.flakyRunTrend.previous}); ` +
      `${r.flakyTestTrend.current} flaky test(s) (previous ${r.flakyTestTrend.previous}).`,
  );
  if (r.flakyRuns.length)
    summary.table(
      ['Workflow', 'Run', 'Commit', 'How', 'Failed jobs'],
      r.flakyRuns
        .slice(0, 20)
        .map((f) => [
          f.workflow,
          String(f.runId),
          f.sha.slice(0, 7),
          f.kind === 'rerun' ? `attempt ${f.failedAttempt} failed, ${f.passedAttempt} passed` : 'a new run passed',
          f.jobs.join(', '),
        ]),
    );
  if (r.flakyTests.length)
    summary.table(
      ['Test', 'Failed', 'Passed', 'Commits', 'New'],
      r.flakyTests.slice(0, 20).map((f) => [f.id, f.failed, f.passed, f.groups.length, f.isNew ? 'new' : '']),
    );
  const d = r.deploys;
  if (d) {
    summary.heading(`Deploys to ${d.environment}`, 3);
    summary.table(
      ['Deploys', 'Successful', 'Per day', 'Lead time (median)', 'Change failure rate', 'Time to restore', 'Rollbacks'],
      [
        [
          d.deploys,
          d.successful,
          d.perDay ?? '–',
          d.leadTimeMedianH === null ? '–' : `${d.leadTimeMedianH} h`,
          pct(d.changeFailureRate),
          d.timeToRestoreMedianH === null ? '–' : `${d.timeToRestoreMedianH} h`,
          `${d.rollbacks.manual} manual, ${d.rollbacks.automatic} automatic`,
        ],
      ],
    );
  }
}
