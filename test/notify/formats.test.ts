import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventContext } from '../../src/core/context.js';
import { explainDelivery } from '../../src/notify/engine.js';
import {
  buildFacts,
  deriveStatus,
  failedJobs,
  formatDuration,
  stepLink,
  type Facts,
  type FailedJob,
} from '../../src/notify/facts.js';
import {
  clamp,
  discordPayload,
  DISCORD,
  jobLines,
  render,
  SLACK,
  slackPayload,
  teamsPayload,
} from '../../src/notify/formats.js';
import { nextLink, type ApiJob } from '../../src/notify/github.js';
import { FORMATS } from '../../src/notify/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

const event = readEventContext({
  GITHUB_REPOSITORY: 'acme/api',
  GITHUB_RUN_ID: '9',
  GITHUB_RUN_NUMBER: '3',
  GITHUB_WORKFLOW: 'ci',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'abcdef1234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_EVENT_NAME: 'push',
});

function facts(jobs: FailedJob[], extra: Partial<Facts> = {}): Facts {
  return { ...buildFacts({ event, status: 'failure', recovered: false, now: 0 }), failedJobs: jobs, ...extra };
}
const job = (i: number, name = `test (shard ${i})`, stepName = 'Run tests'): FailedJob => ({
  name,
  conclusion: 'failure',
  step: { name: stepName, number: 4 },
  url: `https://github.com/acme/api/actions/runs/9/job/${i}#step:4:1`,
});

type Block = {
  type: string;
  text?: { text: string };
  fields?: Array<{ text: string }>;
  elements?: Array<{ text: string }>;
};
const blocksOf = (f: Facts) => (slackPayload(f) as { blocks: Block[] }).blocks;
const textsOf = (b: Block) =>
  [b.text?.text, ...(b.fields ?? []).map((x) => x.text), ...(b.elements ?? []).map((x) => x.text)].filter(
    (t): t is string => t !== undefined,
  );

describe("the fixtures are GitHub's documented examples", () => {
  it('the jobs example reads as one successful job with 10 steps', () => {
    const body = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/notify/list-jobs-for-workflow-run-attempt.json'), 'utf8'),
    ) as { jobs: ApiJob[] };
    expect(body.jobs[0].steps).toHaveLength(10);
    expect(failedJobs(body.jobs)).toEqual([]);
    expect(deriveStatus(body.jobs)).toBe('success');
  });
});

describe('failed jobs and status from the API jobs', () => {
  const mk = (
    name: string,
    status: string,
    conclusion: string | null,
    steps: Array<[string, string | null]> = [],
  ): ApiJob => ({
    id: 1,
    name,
    status,
    conclusion,
    html_url: `https://github.com/o/r/actions/runs/1/job/${name}`,
    steps: steps.map(([n, c], i) => ({ name: n, status: 'completed', conclusion: c, number: i + 1 })),
  });
  it.each([
    [[mk('a', 'completed', 'success')], 'success'],
    [[mk('a', 'completed', 'success'), mk('me', 'in_progress', null)], 'success'],
    [[mk('a', 'completed', 'cancelled'), mk('b', 'completed', 'success')], 'cancelled'],
    [[mk('a', 'completed', 'cancelled'), mk('b', 'completed', 'failure')], 'failure'],
    [[mk('a', 'completed', 'timed_out')], 'failure'],
    [[mk('a', 'completed', 'skipped')], 'success'],
  ] as Array<[ApiJob[], string]>)('%#: status %s', (jobs, status) => {
    expect(deriveStatus(jobs)).toBe(status);
  });
  it('names the first failing step and links the log at it', () => {
    const j = mk('test (ubuntu, 20)', 'completed', 'failure', [
      ['Set up job', 'success'],
      ['Lint', 'success'],
      ['Test', 'failure'],
      ['Post', 'skipped'],
    ]);
    expect(failedJobs([j])).toEqual([
      {
        name: 'test (ubuntu, 20)',
        conclusion: 'failure',
        step: { name: 'Test', number: 3 },
        url: 'https://github.com/o/r/actions/runs/1/job/test (ubuntu, 20)#step:3:1',
      },
    ]);
  });
  it('a failed job without a failed step (e.g. a runner lost) links the job itself', () => {
    expect(failedJobs([mk('x', 'completed', 'failure', [['Set up job', 'success']])])[0]).toMatchObject({
      step: undefined,
      url: 'https://github.com/o/r/actions/runs/1/job/x',
    });
    expect(stepLink(null, 3)).toBeUndefined();
  });
});

describe('Slack Block Kit limits', () => {
  it('60 failed jobs: 50 blocks, the last one "+N more" with the right N', () => {
    const f = facts(Array.from({ length: 60 }, (_, i) => job(i)));
    const blocks = blocksOf(f);
    expect(blocks).toHaveLength(SLACK.blocks);
    const shownJobs = blocks.filter((b) => b.type === 'section' && b.text?.text.includes('failed at step')).length;
    const last = textsOf(blocks[blocks.length - 1])[0];
    expect(last).toBe(`+${60 - shownJobs} more failed jobs: <https://github.com/acme/api/actions/runs/9|see the run>`);
  });
  it('exactly as many jobs as fit: no "+N more"', () => {
    const fixed = blocksOf(facts([])).length;
    const blocks = blocksOf(facts(Array.from({ length: SLACK.blocks - fixed }, (_, i) => job(i))));
    expect(blocks).toHaveLength(SLACK.blocks);
    expect(JSON.stringify(blocks)).not.toContain('more failed job');
  });
  it('a 5,000-character job name and step name stay within 3,000 characters a block, and links stay whole', () => {
    const f = facts([job(1, 'x'.repeat(5000), 'y'.repeat(5000))], { title: 't'.repeat(400) });
    for (const b of blocksOf(f))
      for (const t of textsOf(b))
        expect([...t].length).toBeLessThanOrEqual(b.type === 'header' ? SLACK.header : SLACK.textBlock);
    const section = blocksOf(f).find((b) => b.text?.text.includes('failed at step'))!;
    expect(section.text!.text).toMatch(
      /\(<https:\/\/github\.com\/acme\/api\/actions\/runs\/9\/job\/1#step:4:1\|log>\)$/,
    );
  });
  it('escapes &, < and > in names so they cannot forge a link or a mention', () => {
    const text = blocksOf(facts([job(1, '<!channel> & <https://evil|x>')]))
      .map(textsOf)
      .flat()
      .join('\n');
    expect(text).toContain('&lt;!channel&gt; &amp; &lt;https://evil|x&gt;');
    expect(text).not.toContain('<!channel>');
  });
  it('property: any jobs and names give ≤ 50 blocks, every text within its limit, and shown + "+N" = all', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ maxLength: 4000 }),
            step: fc.string({ maxLength: 4000 }),
            cancelled: fc.boolean(),
          }),
          { maxLength: 120 },
        ),
        fc.option(fc.string({ maxLength: 500 }), { nil: undefined }),
        (jobs, mention) => {
          const f = facts(
            jobs.map((j, i) => ({ ...job(i, j.name, j.step), conclusion: j.cancelled ? 'cancelled' : 'failure' })),
            { mention, note: mention },
          );
          const blocks = blocksOf(f);
          expect(blocks.length).toBeLessThanOrEqual(SLACK.blocks);
          for (const b of blocks) {
            if (b.type === 'header') expect([...b.text!.text].length).toBeLessThanOrEqual(SLACK.header);
            else for (const t of textsOf(b)) expect([...t].length).toBeLessThanOrEqual(SLACK.textBlock);
            for (const fl of b.fields ?? []) expect([...fl.text].length).toBeLessThanOrEqual(SLACK.field);
            expect((b.fields ?? []).length).toBeLessThanOrEqual(10);
          }
          const shown = blocks.filter((b) => b.type === 'section' && /^(❌|⚪) \*/.test(b.text?.text ?? '')).length;
          const more = /^\+(\d+) more/.exec(textsOf(blocks[blocks.length - 1])[0] ?? '');
          expect(shown + (more ? Number(more[1]) : 0)).toBe(jobs.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the other formats', () => {
  it('Discord stays within its limits and says "+N more" beyond them', () => {
    const f = facts(
      Array.from({ length: 200 }, (_, i) => job(i, 'n'.repeat(100))),
      { mention: '<@&123>' },
    );
    const p = discordPayload(f) as {
      content: string;
      embeds: Array<{ title: string; description: string; fields: Array<{ value: string }> }>;
    };
    expect(p.content.startsWith('<@&123> ')).toBe(true);
    expect(p.embeds[0].description.length).toBeLessThanOrEqual(DISCORD.description);
    expect(p.embeds[0].description).toMatch(/\+\d+ more failed jobs: \[see the run\]/);
    for (const fl of p.embeds[0].fields) expect(fl.value.length).toBeLessThanOrEqual(DISCORD.field);
  });
  it('Teams lists at most 50 jobs and links the run', () => {
    const p = teamsPayload(facts(Array.from({ length: 80 }, (_, i) => job(i)))) as {
      attachments: Array<{ content: { body: Array<{ text?: string }>; actions: Array<{ url: string }> } }>;
    };
    const body = p.attachments[0].content.body;
    expect(body.filter((b) => b.text?.includes('failed at step'))).toHaveLength(50);
    expect(body[body.length - 1].text).toMatch(/^\+30 more failed jobs/);
    expect(p.attachments[0].content.actions[0].url).toBe('https://github.com/acme/api/actions/runs/9');
  });
  it.each(FORMATS)('%s renders the same facts: repository, run, branch, commit, actor', (format) => {
    const text = JSON.stringify(render(format, facts([job(1)])));
    for (const s of [
      'acme/api',
      'https://github.com/acme/api/actions/runs/9',
      'main',
      'abcdef1',
      'octocat',
      'step:4:1',
    ])
      expect(text).toContain(s);
  });
  it('jobLines fits its budget', () => {
    const lines = jobLines(facts(Array.from({ length: 100 }, (_, i) => job(i))), 1000);
    expect(lines.join('\n').length).toBeLessThanOrEqual(1000);
    expect(lines[lines.length - 1]).toMatch(/^\+\d+ more failed jobs/);
  });
});

describe('helpers', () => {
  it.each([
    [
      '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      'https://api.github.com/x?page=2',
    ],
    ['<https://api.github.com/x?page=1>; rel="prev"', undefined],
    [null, undefined],
  ])('nextLink(%s)', (link, next) => expect(nextLink(link)).toBe(next));
  it.each([
    [5_000, '5s'],
    [125_000, '2m 5s'],
    [3_725_000, '1h 2m'],
  ])('formatDuration(%i) = %s', (ms, s) => expect(formatDuration(ms)).toBe(s));
  it('clamp cuts on code points, never inside an emoji', () => {
    expect(clamp('❌❌❌', 2)).toBe('❌…');
    expect(clamp('abc', 3)).toBe('abc');
  });
  it.each([
    [400, 'invalid_payload', /400: invalid_payload; the service rejected the message/],
    [404, 'no_service', /404: no_service; the webhook no longer exists/],
    [410, 'channel_is_archived', /410: channel_is_archived; the webhook no longer exists/],
    [403, 'action_prohibited', /403: action_prohibited; the service refused/],
    [503, '', /answered 503; the service kept failing after the retries/],
  ])('explainDelivery(%i, %s)', (status, body, pattern) => expect(explainDelivery(status, body)).toMatch(pattern));
  it('a recovered run titles itself "recovered" and never mentions', () => {
    const f = buildFacts({ event, status: 'success', recovered: true, mention: '<!here>', now: 0 });
    expect(f.title).toBe('ci recovered');
    expect(f.mention).toBeUndefined();
  });
  it('a pull request run links the PR', () => {
    const pr = readEventContext({
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_RUN_ID: '9',
      GITHUB_EVENT_NAME: 'pull_request',
    });
    pr.pullRequest = {
      number: 42,
      headSha: 'f'.repeat(40),
      baseSha: 'e'.repeat(40),
      headRef: 'feat',
      baseRef: 'main',
      fromFork: false,
    };
    pr.payload = { pull_request: { title: 'Add cache' } };
    const f = buildFacts({ event: pr, status: 'failure', recovered: false, now: 0 });
    expect(f.ref).toEqual({ kind: 'pr', text: '#42 Add cache', url: 'https://github.com/acme/api/pull/42' });
    expect(f.commit?.sha).toBe('f'.repeat(40));
  });
});
