// Fault catalogue of notify (issue 15, items 7 and 16; issue 17's injection rule): bad inputs,
// hostile contents, server faults, through the built action as the runner runs it, against the
// GitHub API simulator and a webhook receiver. Cases that passed before issue 15 stay here.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runActionLikeRunner, type RunOptions, type RunnerResult } from '../helpers/runner.js';
import { GitHubSimulator } from '../notify/github-simulator.js';
import { WebhookReceiver } from '../notify/webhook-receiver.js';
import { SlackApiSimulator } from '../notify/slack-api-simulator.js';
import { errors } from '../helpers/step.js';

const TOKEN = 'ghs_faultsToken0123456789abcdef';
const sim = new GitHubSimulator();
const hook = new WebhookReceiver();
const slack = new SlackApiSimulator();
let hookUrl = '';
const ws = mkdtempSync(join(tmpdir(), 'notify-faults-'));

beforeAll(async () => {
  await sim.start();
  hookUrl = await hook.start();
  await slack.start();
});
afterAll(async () => {
  await sim.close();
  await hook.close();
  await slack.close();
});
beforeEach(() => {
  hook.requests.length = 0;
  hook.replies = [];
});

/** Every form that pings or links in Slack, Discord or Teams, as a hostile commit could carry it. */
const HOSTILE =
  '<!channel> <!here> @everyone @here <@U0123ABCD> <@&123456789> <at>Everyone</at> <https://evil.example|click>';

function notify(
  runId: number,
  inputs: Record<string, string> = {},
  branch = 'main',
  onSpawn?: RunOptions['onSpawn'],
): Promise<RunnerResult> {
  return runActionLikeRunner('actions/notify', {
    onSpawn,
    inputs: { 'webhook-url': hookUrl, token: TOKEN, 'timeout-seconds': '5', ...inputs },
    env: {
      GITHUB_API_URL: sim.base,
      GITHUB_RUN_ID: String(runId),
      GITHUB_REF: `refs/heads/${branch}`,
      GITHUB_REF_NAME: branch,
      GITHUB_SHA: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
    },
    event: {
      head_commit: { message: `fix ${HOSTILE}` },
      repository: { full_name: 'acme/api', default_branch: 'main' },
    },
    workspace: ws,
  });
}

const warnings = (r: RunnerResult) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

/** Live mention or link forms left in text a service parses (Slack mrkdwn/text, Discord content, Teams text). */
function liveForms(format: string, payload: unknown): string[] {
  const text = JSON.stringify(payload);
  const found: string[] = [];
  if (format === 'slack') {
    // Slack parses mentions and links in the top-level text and mrkdwn objects; plain_text (the header) shows them literally.
    const parsed: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') parsed.push(o.text);
      Object.values(o).forEach(walk);
    };
    walk(payload);
    parsed.push((payload as { text: string }).text);
    for (const m of parsed.join('\n').matchAll(/<(![a-z]+|@[A-Z0-9]+|https?:\/\/evil[^>]*)>?/g)) found.push(m[0]);
  }
  if (format === 'discord') {
    const p = payload as { content: string; allowed_mentions?: { parse?: string[] } };
    for (const m of p.content.matchAll(/@(everyone|here)|<@&?\d+>/g)) found.push(m[0]);
    if (JSON.stringify(p.allowed_mentions) !== JSON.stringify({ parse: [] }))
      found.push(`allowed_mentions ${JSON.stringify(p.allowed_mentions)}`);
  }
  if (format === 'teams') for (const m of text.matchAll(/<\/?at>/gi)) found.push(m[0]);
  return found;
}

describe('notify faults: bad inputs (one line naming the input; passed before issue 15)', () => {
  it.each([
    [{ format: 'telegram' }, /input 'format': "telegram" is not allowed/],
    [{ 'webhook-url': 'hooks.slack.com/services/T0/B0/sekrit' }, /input 'webhook-url': is not a URL/],
    [{ when: 'sometimes' }, /input 'when'/],
  ])('%j', async (inputs, line) => {
    const r = await notify(7001, inputs);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(line);
    expect(hook.requests).toHaveLength(0);
  });
});

describe('notify faults: hostile contents', () => {
  it('title, branch, commit message and job name inject no mention or link: Slack, Teams, Discord and bot-token mode', async () => {
    sim.addRun({ id: 7101, runNumber: 3, jobs: [{ name: `build ${HOSTILE}`, conclusion: 'failure', failingStep: 2 }] });
    for (const format of ['slack', 'teams', 'discord']) {
      hook.requests.length = 0;
      const r = await notify(7101, { format, title: `deploy ${HOSTILE}` }, 'feat/<!channel>-@everyone');
      expect(r.exitCode, r.stdout).toBe(0);
      expect(hook.requests, format).toHaveLength(1);
      expect({ format, live: liveForms(format, hook.requests[0].json) }).toEqual({ format, live: [] });
    }
    // Bot-token mode: the posted message and its thread reply, as the Slack API received them.
    const bot = await notify(
      7101,
      {
        'slack-bot-token': slack.token,
        channel: '#deploys',
        'slack-api-url': slack.base,
        'webhook-url': '',
        title: `deploy ${HOSTILE}`,
      },
      'feat/<!channel>-@everyone',
    );
    expect(bot.exitCode, bot.stdout).toBe(0);
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage']);
    for (const c of slack.calls) {
      const { text, blocks } = c.body as { text: string; blocks?: unknown[] };
      expect({ live: liveForms('slack', { text, blocks: blocks ?? [{ type: 'mrkdwn', text }] }) }).toEqual({
        live: [],
      });
    }
  });

  it('an asked-for mention pings once, and only it (Discord allowed_mentions names it)', async () => {
    sim.addRun({ id: 7102, runNumber: 4, jobs: [{ name: 'build', conclusion: 'failure', failingStep: 2 }] });
    await notify(7102, { format: 'slack', mention: '<!subteam^S0ONCALL>', title: `t ${HOSTILE}` });
    expect(JSON.stringify(hook.requests[0].json).split('<!subteam^S0ONCALL>')).toHaveLength(2);
    hook.requests.length = 0;
    await notify(7102, { format: 'discord', mention: '<@&555>', title: `t ${HOSTILE}` });
    const d = hook.requests[0].json as { content: string; allowed_mentions: unknown };
    expect(d.content.startsWith('<@&555> ')).toBe(true);
    expect(d.allowed_mentions).toEqual({ parse: [], roles: ['555'] });
  });

  it('the Slack fallback text names repository, branch and workflow', async () => {
    sim.addRun({ id: 7103, runNumber: 5, jobs: [{ name: 'build', conclusion: 'failure', failingStep: 2 }] });
    await notify(7103, { format: 'slack', title: 'Nightly broke' });
    const text = (hook.requests[0].json as { text: string }).text;
    expect(text).toMatch(/Nightly broke/);
    expect(text).toMatch(/acme\/api/);
    expect(text).toMatch(/main/);
    expect(text).toMatch(/ci/);
  });

  it('a webhook error body echoing only the URL path or its secret segment shows neither (item 16)', async () => {
    sim.addRun({ id: 7104, runNumber: 6, jobs: [{ name: 'build', conclusion: 'failure', failingStep: 2 }] });
    const secret = hook.secretPath.split('/').pop()!;
    for (const body of [
      `no_service: ${hook.secretPath}`,
      `unknown hook ${secret}`,
      `bad path ${hook.secretPath}?x=1`,
    ]) {
      hook.replies = [{ status: 404, body }];
      const r = await notify(7104);
      const seen = [
        r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        r.stderr,
        r.summary,
      ].join('\n');
      expect(seen, body).toMatch(/answered 404/);
      expect(seen.includes(secret), body).toBe(false);
      expect(seen.includes(hook.secretPath), body).toBe(false);
    }
  });
});

describe('notify faults: server faults', () => {
  it('the run cannot be read (API 404): the alert is still sent with what is known, and says what was not read (item 7)', async () => {
    const r = await notify(999_998, { status: 'failure' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(hook.requests).toHaveLength(1);
    expect(warnings(r)).toEqual([
      `run 999998 of acme/api could not be read (GitHub answered 404 "Not Found"): the token cannot see this repository's runs (a private repository needs a token with \`actions: read\`); sending what is known without job details`,
    ]);
    const sent = JSON.stringify(hook.requests[0].json);
    expect(sent).toMatch(/acme\/api/);
    expect(sent).toMatch(/actions\/runs\/999998/);
    expect(sent).toMatch(/could not be read/);
    expect(r.outputs.sent).toBe('true');
  });

  it('a webhook that hangs: bounded by timeout-seconds, one clear line (passed before issue 15)', async () => {
    sim.addRun({ id: 7105, runNumber: 7, jobs: [{ name: 'build', conclusion: 'failure', failingStep: 2 }] });
    hook.replies = [{ hang: true }];
    const r = await notify(7105, { 'timeout-seconds': '0.5' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(/could not deliver the slack message: the webhook: no answer within 0\.5 s/);
  });
});

describe('notify faults: signals', () => {
  it('SIGTERM while the webhook hangs: the request is abandoned, the summary says so, exit 143 (issue 15)', async () => {
    sim.addRun({ id: 7201, runNumber: 8, jobs: [{ name: 'build', conclusion: 'failure', failingStep: 2 }] });
    hook.replies = [{ hang: true }];
    let step: ChildProcess | undefined;
    hook.onRequest = () => step?.kill('SIGTERM');
    try {
      // A five-minute request timeout: before the fix the request outlived the 10 s cancel grace,
      // so the process was ended with no summary written.
      const r = await notify(7201, { 'timeout-seconds': '300' }, 'main', (child) => (step = child));
      expect(r.exitCode, r.stdout + r.stderr).toBe(143);
      expect(hook.requests).toHaveLength(1);
      expect(r.summary).toMatch(/Not sent: could not deliver the slack message: the webhook: cancelled by SIGTERM/);
      expect(errors(r)).toHaveLength(1);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
      const shown = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(shown + r.stderr + r.summary).not.toContain(hook.secretPath);
    } finally {
      hook.onRequest = undefined;
    }
  });
});
