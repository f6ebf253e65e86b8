import type { EventContext } from '../core/context.js';
import type { Facts } from '../notify/facts.js';
import { render } from '../notify/formats.js';
import type { Format } from '../notify/types.js';
import { dur } from './render.js';
import type { StatsReport } from './types.js';

/**
 * The digest as notify's facts, so every format (Slack, Teams, Discord, JSON) renders it with
 * notify's own renderers and limits: the figures in the note, each breached threshold as a line.
 */
export function digestFacts(r: StatsReport, event: EventContext): Facts {
  const t = r.totals;
  const repoUrl = event.serverUrl && event.repository ? `${event.serverUrl}/${event.repository}` : undefined;
  const d = r.deploys;
  const figures = [
    `${t.runs} runs, ${t.successRate ?? '–'}% successful, p90 ${dur(t.p90S)}`,
    `${t.flakyRuns} flaky runs (previous window ${r.flakyRunTrend.previous}), ${r.flakyTests.length} flaky tests`,
    d
      ? `${d.successful} deploys to ${d.environment}, change failure rate ${d.changeFailureRate ?? '–'}%, lead time ${d.leadTimeMedianH ?? '–'} h`
      : '',
    r.blind.length ? `not seen: ${r.blind.join('; ')}` : '',
  ].filter(Boolean);
  return {
    status: r.breaches.length ? 'failure' : 'success',
    recovered: false,
    title: `Pipeline health of ${r.repository} (${r.window.label})${r.breaches.length ? `: ${r.breaches.length} threshold(s) breached` : ''}`,
    repository: { text: r.repository, url: repoUrl },
    workflow: r.workflows.map((w) => w.workflow).join(', ') || 'none',
    run: { text: `#${event.runNumber || '?'}`, url: event.runUrl, number: event.runNumber, attempt: event.runAttempt },
    event: event.eventName,
    note: figures.join(' · '),
    failedJobs: r.breaches.map((b) => ({ name: b.line, conclusion: 'failure' })),
  };
}

export function digestPayload(format: Format, r: StatsReport, event: EventContext): Record<string, unknown> {
  return render(format, digestFacts(r, event));
}
