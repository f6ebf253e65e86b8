import { generateHistory, HistorySimulator } from '../test/stats/github-history.js';
import { runStats } from '../test/stats/helpers.js';
import { round, type BenchReport } from './lib.js';

const RUNS = 10_000;
const DAYS = 30;
const DAY = 86_400_000;

/**
 * pipeline health on a 10,000-run history (30 days of one workflow: matrix jobs, failures,
 * re-runs, cancelled and skipped jobs) served by the GitHub API simulator: a cold first run,
 * the same report again from a warm ETag cache (what summarising costs once the data is held),
 * and a second daily run a day later, with a day's new runs, counting the API calls GitHub would
 * count (304s are free) against the first run's.
 */
export async function bench(): Promise<BenchReport> {
  const sim = new HistorySimulator();
  await sim.start();
  const now = Date.parse('2026-11-30T00:00:00Z');
  try {
    generateHistory(sim, RUNS, DAYS, now);
    // A first read of 10,000 runs needs more than a token's 5,000 an hour: the bench measures calls, not the limit.
    sim.remaining = 1e9;
    const inputs = { workflows: 'ci', since: `${DAYS}d`, environment: 'none' };
    let t = performance.now();
    const first = await runStats(sim, inputs, { now });
    const coldMs = performance.now() - t;
    if (first.exitCode !== 0 || first.outputs.runs !== String(RUNS))
      throw new Error(`first run: exit ${first.exitCode}, ${first.outputs.runs} runs\n${first.log.slice(-2000)}`);
    const firstCalls = sim.counted;

    sim.requests.length = 0;
    t = performance.now();
    const warm = await runStats(sim, inputs, { now, cwd: first.cwd });
    if (warm.outputs.runs !== first.outputs.runs) throw new Error('the warm run saw other runs');
    const warmMs = performance.now() - t;
    const warmCalls = sim.counted;
    const warm304 = sim.requests.length;

    // A day later: a day's worth of new runs, the window moved on by a day.
    const before = sim.runs.length;
    const extra = new HistorySimulator();
    generateHistory(extra, Math.round(RUNS / DAYS), 1, now + DAY);
    for (const [i, r] of extra.runs.entries()) sim.runs.push({ ...r, id: 900_000 + i, sha: `b${r.sha.slice(1)}` });
    sim.requests.length = 0;
    const daily = await runStats(sim, inputs, { now: now + DAY, cwd: first.cwd });
    if (daily.exitCode !== 0) throw new Error(`daily run: exit ${daily.exitCode}\n${daily.log.slice(-2000)}`);
    const dailyCalls = sim.counted;
    const pct = (100 * dailyCalls) / firstCalls;
    return {
      name: 'stats',
      description: `\`shipline stats\` in-process against the GitHub API simulator (loopback HTTP): ${RUNS} runs over ${DAYS} days, every attempt's jobs and steps read. "Summarise" is the same report from a warm ETag cache (all pages 304, completed attempts from the cache file): cache load, metrics, summary, JSON report. The daily run comes a day later with ${sim.runs.length - before} new runs; calls are those GitHub counts against the rate limit (304s are free).`,
      rows: [
        { metric: `cold run, ${RUNS} runs (API reads included)`, value: round(coldMs / 1000, 1), unit: 's' },
        { metric: 'API calls, cold run', value: firstCalls, unit: 'calls' },
        {
          metric: `summarise ${RUNS} runs (warm cache)`,
          value: round(warmMs / 1000, 2),
          unit: 's',
          goal: '< 10',
          pass: warmMs < 10_000,
        },
        { metric: 'API calls, same report again', value: warmCalls, unit: 'calls', note: `${warm304} answered 304` },
        { metric: 'API calls, next daily run', value: dailyCalls, unit: 'calls' },
        { metric: 'next daily run / first run', value: round(pct, 2), unit: '%', goal: '< 5', pass: pct < 5 },
      ],
    };
  } finally {
    await sim.close();
  }
}
