import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookReceiver } from '../notify/webhook-receiver.js';
import { generateHistory, HistorySimulator } from './github-history.js';
import { NOW, runStats, smallHistory } from './helpers.js';

describe('conditional requests and pagination', () => {
  const sim = new HistorySimulator();
  beforeAll(async () => {
    await sim.start();
    generateHistory(sim, 250, 6, NOW);
  });
  afterAll(() => sim.close());

  it('follows Link pages, then a warm second run costs no counted calls: 304s and cached attempts', async () => {
    const first = await runStats(sim, { workflows: 'ci', environment: 'none' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs.runs).toBe('250');
    const pages = sim.requests.filter((q) => q.path.endsWith('/workflows/1/runs'));
    expect(pages).toHaveLength(3); // 250 runs, 100 a page
    const firstCalls = sim.counted;
    const jobReads = sim.requests.filter((q) => q.path.includes('/attempts/')).length;
    // every run's attempts: 250 runs plus one more read per re-run run
    expect(jobReads).toBeGreaterThanOrEqual(250);
    sim.requests.length = 0;
    const second = await runStats(sim, { workflows: 'ci', environment: 'none' }, { cwd: first.cwd });
    expect(second.outputs).toEqual(first.outputs);
    expect(sim.counted).toBe(0);
    expect(sim.requests.every((q) => q.status === 304)).toBe(true);
    expect(sim.requests.filter((q) => q.path.includes('/attempts/'))).toEqual([]);
    expect(firstCalls).toBeGreaterThan(250);
    // An hour later the same day: the run lists are asked for at the same (day-rounded) URL, so 304s again.
    sim.requests.length = 0;
    const later = await runStats(
      sim,
      { workflows: 'ci', environment: 'none' },
      { cwd: first.cwd, now: NOW + 3_600_000 },
    );
    expect(later.outputs.runs).toBe('250');
    expect(sim.counted).toBe(0);
  });
});

describe('the digest through notify formats, and on-breach', () => {
  const sim = new HistorySimulator();
  const hook = new WebhookReceiver();
  let url = '';
  beforeAll(async () => {
    await sim.start();
    smallHistory(sim);
    url = await hook.start();
  });
  afterAll(async () => {
    await sim.close();
    await hook.close();
  });

  it('on-breach alert: the step passes and the Slack digest lists each breach', async () => {
    const r = await runStats(sim, {
      'max-failure-rate': '15',
      'on-breach': 'alert',
      'webhook-url': url,
      'dry-run': 'false',
    });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.breaches)).toEqual(['stage ci / lint failed 20% of 5 runs (limit 15%)']);
    const body = JSON.parse(hook.requests.at(-1)!.body) as { text: string; blocks: Array<Record<string, unknown>> };
    expect(body.text).toBe(
      '❌ Pipeline health of acme/api (7d): 1 threshold(s) breached — acme/api · workflow ci, deploy',
    );
    expect(JSON.stringify(body.blocks)).toContain('stage ci / lint failed 20% of 5 runs (limit 15%)');
    expect(r.log).not.toContain(hook.secretPath);
  });

  it('teams format, no breach: a green card', async () => {
    const r = await runStats(sim, { format: 'teams', 'webhook-url': url, 'dry-run': 'false' });
    expect(r.exitCode).toBe(0);
    const body = JSON.parse(hook.requests.at(-1)!.body) as {
      type: string;
      attachments: Array<{ content: { body: Array<{ text?: string; color?: string }> } }>;
    };
    expect(body.type).toBe('message');
    expect(body.attachments[0].content.body[0]).toMatchObject({
      text: '✅ Pipeline health of acme/api (7d)',
      color: 'Good',
    });
  });
});
