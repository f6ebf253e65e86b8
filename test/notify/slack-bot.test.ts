// Bot-token mode (issue 17) through the built action, against a Slack Web API simulator built
// from Slack's documented responses (test/notify/slack-api-simulator.ts) and the GitHub API simulator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runActionLikeRunner, type RunnerResult } from '../helpers/runner.js';
import { GitHubSimulator } from './github-simulator.js';
import { SlackApiSimulator } from './slack-api-simulator.js';
import { errors } from '../helpers/step.js';

const TOKEN = 'ghs_botModeToken0123456789abcdef';
const gh = new GitHubSimulator();
const slack = new SlackApiSimulator();
const ws = mkdtempSync(join(tmpdir(), 'notify-bot-'));

beforeAll(async () => {
  await gh.start();
  await slack.start();
});
afterAll(async () => {
  await gh.close();
  await slack.close();
});
beforeEach(() => {
  slack.calls.length = 0;
  slack.rateLimit.remaining = 0;
});

function notify(runId: number, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  return runActionLikeRunner('actions/notify', {
    inputs: {
      'slack-bot-token': slack.token,
      channel: '#deploys',
      'slack-api-url': slack.base,
      token: TOKEN,
      'timeout-seconds': '5',
      ...inputs,
    },
    env: {
      GITHUB_API_URL: gh.base,
      GITHUB_RUN_ID: String(runId),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
    },
    event: { head_commit: { message: 'ship it' }, repository: { full_name: 'acme/api', default_branch: 'main' } },
    workspace: ws,
  });
}

describe('notify bot-token mode (Slack Web API simulator)', () => {
  it('posts "running", updates the same message to the result, replies once per failed job in its thread', async () => {
    gh.addRun({
      id: 9101,
      runNumber: 8,
      jobs: [
        { name: 'lint', conclusion: 'failure', failingStep: 2 },
        { name: 'test', conclusion: 'failure', failingStep: 3 },
        { name: 'build', conclusion: 'success' },
        { name: 'notify', conclusion: null },
      ],
    });
    const start = await notify(9101, { status: 'running', when: 'always' });
    expect(start.exitCode, start.stdout).toBe(0);
    expect(start.outputs['channel-id']).toBe('C0DEPLOYS1');
    expect(start.outputs.ts).toMatch(/^\d+\.\d{6}$/);
    const posted = slack.messages.find((m) => m.ts === start.outputs.ts)!;
    expect(posted.text).toMatch(/🔄 ci is running — acme\/api · main/);
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(slack.calls[0].authorization).toBe(`Bearer ${slack.token}`);

    slack.calls.length = 0;
    const end = await notify(9101, { 'update-ts': start.outputs.ts, channel: start.outputs['channel-id'] });
    expect(end.exitCode, end.stdout).toBe(0);
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.update', 'chat.postMessage', 'chat.postMessage']);
    expect(posted.edits).toBe(1);
    expect(posted.text).toMatch(/❌ ci failed — acme\/api · main/);
    const replies = slack.messages.filter((m) => m.threadTs === start.outputs.ts);
    expect(replies.map((m) => m.text.match(/\*(lint|test)\*/)?.[1])).toEqual(['lint', 'test']);
    expect(end.outputs.ts).toBe(start.outputs.ts);
    expect(end.outputs['thread-ts']).toBe(start.outputs.ts);
    expect(end.outputs.sent).toBe('true');
    expect(
      end.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(slack.token);
  });

  it.each([
    [
      'not_in_channel',
      { channel: '#private-ops' },
      /Slack chat.postMessage answered not_in_channel; the bot is not a member of the channel: invite it/,
    ],
    [
      'channel_not_found',
      { channel: '#nope' },
      /answered channel_not_found; no channel by that id or name is visible to the bot/,
    ],
    ['invalid_auth', { 'slack-bot-token': 'xoxb-revoked-0000' }, /answered invalid_auth; the token is not valid/],
    [
      'message_not_found',
      { 'update-ts': '1111111111.000001' },
      /chat.update answered message_not_found; update-ts names no message/,
    ],
  ])('%s is explained in one line', async (_code, inputs, line) => {
    gh.addRun({ id: 9102, runNumber: 9, jobs: [{ name: 'lint', conclusion: 'failure', failingStep: 2 }] });
    const r = await notify(9102, inputs);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^could not post to Slack: /);
    expect(errors(r)[0]).toMatch(line);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('ratelimited: waits Retry-After and goes through; still limited after the retries: explained', async () => {
    gh.addRun({ id: 9103, runNumber: 10, jobs: [{ name: 'lint', conclusion: 'failure', failingStep: 2 }] });
    slack.rateLimit = { remaining: 1, retryAfter: '1' };
    const ok = await notify(9103, { 'thread-replies': 'false' });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.stdout).toMatch(/Slack chat.postMessage answered 429; retry 1\/3 in 1\.0 s/);
    slack.rateLimit = { remaining: 10, retryAfter: '0' };
    const limited = await notify(9103, { 'thread-replies': 'false' });
    expect(limited.exitCode).toBe(1);
    expect(errors(limited)[0]).toMatch(/answered ratelimited \(HTTP 429\); Slack rate-limited the bot/);
  });

  it('bad bot-mode inputs name the input (no request is made)', async () => {
    for (const [inputs, line] of [
      [{ channel: '' }, /input 'channel': is empty in bot-token mode/],
      [{ 'slack-bot-token': 'not-a-token' }, /input 'slack-bot-token': is not a Slack bot token/],
      [{ 'update-ts': 'yesterday' }, /input 'update-ts': "yesterday" is not a message ts/],
    ] as const) {
      const r = await notify(9104, inputs);
      expect(r.exitCode).toBe(1);
      expect(errors(r)[0]).toMatch(line);
    }
    expect(slack.calls).toEqual([]);
  });
});
