// The fault catalogue of `shipline stats` (pipeline health): bad inputs, a token without
// actions: read, unknown workflows, an empty window, server faults (403 secondary limit, 429,
// 500, a hang, a nearly spent rate limit), a broken cache file and cancellation. Each ends in
// one clear line, and the summary says what could not be seen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistorySimulator } from '../stats/github-history.js';
import { runStats, smallHistory } from '../stats/helpers.js';

let sim: HistorySimulator;
beforeEach(async () => {
  sim = new HistorySimulator();
  await sim.start();
  smallHistory(sim);
});
afterEach(() => sim.close());

const errorLines = (log: string) => log.split('\n').filter((l) => /^error: /.test(l));

describe('bad inputs: one line naming the flag and the fix, exit 2, no stack', () => {
  it.each([
    [{ since: 'yesterday' }, "--since: 'yesterday' is neither a duration nor a date"],
    [{ since: '2099-01-01' }, '--since: 2099-01-01 is in the future'],
    [{ since: 'last 0' }, "--since: 'last 0' asks for 0 runs"],
    [{ repository: 'not-a-repo' }, "--repository: 'not-a-repo' is not owner/name"],
    [{ 'on-breach': 'explode' }, '--on-breach'],
    [{ 'max-failure-rate': 'lots' }, '--max-failure-rate'],
    [{ 'webhook-url': 'ftp://x' }, '--webhook-url: is not an http(s) URL'],
    [{ workflows: 'nope.yml\nalso-not' }, "no workflow named 'nope.yml', 'also-not' in this repository"],
  ])('%j', async (inputs, says) => {
    const r = await runStats(sim, inputs as Record<string, string>);
    expect(r.exitCode).toBe(2);
    const errors = errorLines(r.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(says);
    expect(r.log).not.toMatch(/\n\s+at /);
  });

  it('an empty token names --token and GITHUB_TOKEN', async () => {
    const r = await runStats(sim, {}, { token: '' });
    expect(r.exitCode).toBe(2);
    expect(errorLines(r.log)[0]).toMatch(/--token: is empty.*GITHUB_TOKEN/);
  });

  it('an unknown workflow named beside a known one: a warning, and the summary says it was not seen', async () => {
    const r = await runStats(sim, { workflows: 'ci.yml\nnightly' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.runs).toBe('5');
    expect(r.log).toContain("warning: workflow 'nightly' does not exist in this repository (it has: ci (ci.yml)");
    expect(r.summary).toContain('Not seen:');
    expect(r.summary).toContain("workflow 'nightly' does not exist");
  });
});

describe('what the API can refuse', () => {
  it('a token without actions: read: one line saying which permission, and the summary says nothing was seen', async () => {
    sim.forbiddenTokens.add('ghs_noactions');
    const r = await runStats(sim, {}, { token: 'ghs_noactions' });
    expect(r.exitCode).toBe(1);
    const errors = errorLines(r.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the token cannot read Actions data');
    expect(errors[0]).toContain('permissions: actions: read');
    expect(r.summary).toContain('Not seen:');
    expect(r.outputs).toMatchObject({ runs: '0', report: '' });
    expect(r.log).not.toContain('ghs_noactions');
  });

  it('no runs in the window: one warning, runs 0, the summary says so', async () => {
    const r = await runStats(sim, { workflows: 'ci', branch: 'release' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.runs).toBe('0');
    expect(r.outputs['success-rate']).toBe('');
    const warnings = r.log.split('\n').filter((l) => l.startsWith('warning: no runs'));
    expect(warnings).toEqual([
      "warning: no runs of ci in the window (7d, branch release); widen 'since' or check 'workflows'",
    ]);
    expect(r.summary).toContain('no runs of ci in the window');
  });

  it('a secondary rate limit (403 + Retry-After) is waited out and the read completes', async () => {
    sim.secondaryLimits = 2;
    const r = await runStats(sim, { workflows: 'ci' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.runs).toBe('5');
    expect(r.log).toContain('GitHub rate limit (403); waiting 0 s');
    expect(sim.requests.filter((q) => q.status === 403)).toHaveLength(2);
  });

  it('429 and 500 are retried by the one HTTP client', async () => {
    sim.failures = [429, 500];
    const r = await runStats(sim, { workflows: 'ci' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.runs).toBe('5');
    expect(r.log).toMatch(/answered 429; retry 1\/3/);
    expect(r.log).toMatch(/answered 500; retry 2\/3/);
  });

  it('a nearly spent rate limit: stops reading jobs, keeps the run-level figures, says what it did not see', async () => {
    sim.remaining = 30;
    const r = await runStats(sim, { workflows: 'ci' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.runs).toBe('5');
    expect(r.log).toMatch(
      /warning: jobs and steps of \d+ of 6 run\(s\) not read: only 2\d GitHub API requests are left/,
    );
    expect(r.summary).toContain('Not seen:');
  });

  it('a hung API: one line after the timeout', async () => {
    sim.hang = true;
    const r = await runStats(sim, { 'timeout-seconds': '0.3' });
    expect(r.exitCode).toBe(1);
    expect(errorLines(r.log)).toEqual([
      'error: could not read the workflow runs: the GitHub API: no answer within 0.3 s after 1 attempt',
    ]);
  });

  it('cancelled (SIGINT/SIGTERM abort the signal): stops, says so, writes the summary', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await runStats(sim, {}, { signal: ac.signal });
    expect(r.exitCode).toBe(1);
    expect(r.failure).toBe('cancelled before the runs were read');
    expect(r.summary).toContain('Cancelled before the runs were read.');
  });

  it('a cache file of another version is ignored with a warning, and rewritten', async () => {
    const first = await runStats(sim, { workflows: 'ci' });
    const cache = join(first.cwd, '.shipline/pipeline-health-cache.json');
    writeFileSync(cache, JSON.stringify({ version: 99 }));
    const r = await runStats(sim, { workflows: 'ci' }, { cwd: first.cwd });
    expect(r.exitCode).toBe(0);
    expect(r.log).toContain('has version 99, not 1: ignored');
  });
});
