import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runActionLikeRunner, type RunnerResult } from '../helpers/runner.js';
import { GitHubSimulator, type SimJob } from './github-simulator.js';
import { WebhookReceiver } from './webhook-receiver.js';
import { errors } from '../helpers/step.js';

const TOKEN = 'ghs_simulatorToken0123456789abcdef';
const FORBIDDEN = 'ghs_noActionsRead0123456789abcdef';
const sim = new GitHubSimulator();
const hook = new WebhookReceiver();
let hookUrl = '';
const ws = mkdtempSync(join(tmpdir(), 'notify-ws-'));

beforeAll(async () => {
  await sim.start();
  hookUrl = await hook.start();
  sim.forbiddenTokens.add(FORBIDDEN);
});
afterAll(async () => {
  await sim.close();
  await hook.close();
});
beforeEach(() => {
  hook.requests.length = 0;
  hook.replies = [];
});

const ok = (name: string): SimJob => ({ name, conclusion: 'success' });
const failed = (name: string, failingStep: number): SimJob => ({ name, conclusion: 'failure', failingStep });
const self: SimJob = { name: 'notify', conclusion: null };

function notify(
  runId: number,
  inputs: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
): Promise<RunnerResult> {
  return runActionLikeRunner('actions/notify', {
    inputs: { 'webhook-url': hookUrl, token: TOKEN, 'timeout-seconds': '5', ...inputs },
    env: {
      GITHUB_API_URL: sim.base,
      GITHUB_RUN_ID: String(runId),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
      ...env,
    },
    event: {
      head_commit: { message: 'Fix the flaky cache test\n\nlong body' },
      repository: { full_name: 'acme/api', default_branch: 'main' },
    },
    workspace: ws,
  });
}

/** What a person reading the log would see: the runner hides its own ::add-mask:: commands. */
function visible(r: RunnerResult): string {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
}

function slackTexts(payload: unknown): string[] {
  const blocks = (
    payload as {
      blocks: Array<{ text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ text: string }> }>;
    }
  ).blocks;
  return blocks.flatMap((b) => [
    b.text?.text ?? '',
    ...(b.fields ?? []).map((f) => f.text),
    ...(b.elements ?? []).map((e) => e.text),
  ]);
}

/** A loopback URL nothing listens on (a port just released), so connecting is refused. */
async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

const warnings = (r: RunnerResult) => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('notify through the built action, against the GitHub API simulator and a webhook receiver', () => {
  it('names both failed matrix jobs and their failing steps, with log links that open at the step', async () => {
    sim.addRun({
      id: 5001,
      runNumber: 17,
      message: 'Fix the flaky cache test\n\nlong body',
      jobs: [
        ok('lint'),
        failed('test (ubuntu-latest, 20)', 4),
        failed('test (windows-latest, 22)', 3),
        ok('build'),
        self,
      ],
    });
    const r = await notify(5001, { mention: '<!subteam^S0SHIP>' });
    expect(errors(r)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(1);
    const text = slackTexts(hook.requests[0].json).join('\n');
    expect(text).toContain('<!subteam^S0SHIP>');
    expect(text).toMatch(/test \(ubuntu-latest, 20\).*failed at step 4 \*Run tests\*/);
    expect(text).toMatch(/test \(windows-latest, 22\).*failed at step 3 \*Install dependencies\*/);
    expect(text).not.toMatch(/\blint\b.*failed/);
    expect(text).toContain('Fix the flaky cache test');
    expect(text).not.toContain('long body');
    const failedJobs = JSON.parse(r.outputs['failed-jobs']) as Array<{
      name: string;
      url: string;
      step: { number: number; name: string };
    }>;
    expect(failedJobs.map((j) => j.name)).toEqual(['test (ubuntu-latest, 20)', 'test (windows-latest, 22)']);
    expect(r.outputs.status).toBe('failure');
    expect(r.outputs.sent).toBe('true');
    // Follow each log link: the job page exists and the anchor is the failing step.
    for (const j of failedJobs) {
      expect(text).toContain(`<${j.url}|log>`);
      const [page, anchor] = j.url.split('#');
      expect(anchor).toBe(`step:${j.step.number}:1`);
      const html = await (await fetch(page)).text();
      expect(html).toContain(`<div id="${anchor}" data-conclusion="failure">${j.step.name}</div>`);
    }
    expect(r.summary).toContain('test (windows-latest, 22)');
    expect(r.summary).toContain('What was sent (slack)');
    // Jobs were read for this attempt, 100 a page, from GITHUB_API_URL.
    expect(
      sim.requests.some(
        (q) => q.path === '/repos/acme/api/actions/runs/5001/attempts/1/jobs' && q.query.get('per_page') === '100',
      ),
    ).toBe(true);
  });

  it('follows pagination: failures on the second page of jobs are found', async () => {
    const jobs: SimJob[] = Array.from({ length: 130 }, (_, i) =>
      i === 4 || i === 119 ? failed(`shard (${i + 1}/130)`, 4) : ok(`shard (${i + 1}/130)`),
    );
    sim.addRun({ id: 5002, runNumber: 18, jobs });
    const r = await notify(5002, { format: 'json' });
    expect(r.exitCode).toBe(0);
    const body = hook.requests[0].json as { failedJobs: Array<{ name: string }> };
    expect(body.failedJobs.map((j) => j.name)).toEqual(['shard (5/130)', 'shard (120/130)']);
    expect(
      sim.requests
        .filter((q) => q.path === '/repos/acme/api/actions/runs/5002/attempts/1/jobs')
        .map((q) => q.query.get('page')),
    ).toEqual([null, '2']);
  });

  it('answers 429 twice, then 200: retries after Retry-After and delivers once', async () => {
    sim.addRun({ id: 5003, runNumber: 19, jobs: [failed('deploy', 5), self] });
    hook.replies = [
      { status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } },
      { status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } },
    ];
    const r = await notify(5003);
    expect(r.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(3);
    expect(new Set(hook.requests.map((q) => q.body)).size).toBe(1);
    expect(hook.requests[2].at - hook.requests[0].at).toBeGreaterThanOrEqual(1900);
    expect(r.stdout).toMatch(/sent the slack message \(HTTP 200 after 3 attempts\)/);
    expect(r.outputs.sent).toBe('true');
  });

  it('answers 500, then 200: retries with backoff and delivers', async () => {
    sim.addRun({ id: 5012, runNumber: 28, jobs: [failed('deploy', 5), self] });
    hook.replies = [{ status: 500, body: 'internal_error' }];
    const r = await notify(5012);
    expect(r.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(2);
    expect(r.stdout).toMatch(/the webhook answered 500; retry 1\/3/);
  });

  it.each([
    [
      'an API outage (502 on every retry)',
      () => (sim.failures = Array.from({ length: 6 }, () => ({ status: 502, message: 'Server Error' }))),
      {},
      /^could not read the run's jobs \(GitHub answered 502 "Server Error"\); sending without job details$/,
    ],
    [
      'a used-up rate limit',
      () =>
        (sim.failures = [
          { status: 403, message: 'API rate limit exceeded for installation ID 1.' },
          { status: 403, message: 'API rate limit exceeded for installation ID 1.' },
        ]),
      {},
      /^the GitHub API rate limit is used up \(GitHub answered 403 "API rate limit exceeded/,
    ],
    [
      'an unreachable API',
      () => {},
      { GITHUB_API_URL: 'CLOSED_PORT' },
      /^could not reach the GitHub API \(GitHub API \/repos\/acme\/api\/actions\/runs\/5013.*: connection failed \(ECONNREFUSED\) after 3 attempts\); sending without job details$/,
    ],
  ] as Array<[string, () => void, Record<string, string>, RegExp]>)(
    '%s: explained in one warning, and the message still goes out',
    async (_name, arrange, env, pattern) => {
      sim.addRun({ id: 5013, runNumber: 29, jobs: [failed('deploy', 5), self] });
      arrange();
      if (env.GITHUB_API_URL === 'CLOSED_PORT') env = { GITHUB_API_URL: await closedPortUrl() };
      const r = await notify(5013, { status: 'failure' }, env);
      sim.failures = [];
      expect(r.exitCode).toBe(0);
      expect(warnings(r)).toEqual([expect.stringMatching(pattern)]);
      expect(hook.requests).toHaveLength(1);
      expect(r.outputs).toMatchObject({ sent: 'true', status: 'failure' });
    },
  );

  it('a hanging receiver times out with a clear error, and the step fails', async () => {
    sim.addRun({ id: 5004, runNumber: 20, jobs: [failed('deploy', 5), self] });
    hook.replies = [{ hang: true }];
    const r = await notify(5004, { 'timeout-seconds': '1' });
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([
      expect.stringMatching(
        /^could not deliver the slack message: the webhook: no answer within 1\.0 s after 1 attempt; .*timeout-seconds/,
      ),
    ]);
    expect(r.durationMs).toBeLessThan(8000);
    expect(r.outputs.sent).toBe('false');
  });

  it.each([
    ['no_service', 404, /answered 404: no_service; the webhook no longer exists/],
    ['invalid_payload', 400, /answered 400: invalid_payload; the service rejected the message: check that 'format'/],
  ])('shows the service error body (%s) and fails the step', async (body, status, pattern) => {
    sim.addRun({ id: 5005, runNumber: 21, jobs: [failed('deploy', 5), self] });
    hook.replies = [{ status, body }];
    const r = await notify(5005);
    expect(r.exitCode).toBe(1);
    expect(errors(r)[0]).toMatch(pattern);
    expect(hook.requests).toHaveLength(1);
  });

  it('fail-on-error: false turns a delivery failure into a warning, never a silent pass', async () => {
    sim.addRun({ id: 5006, runNumber: 22, jobs: [failed('deploy', 5), self] });
    hook.replies = [{ status: 404, body: 'no_service' }];
    const r = await notify(5006, { 'fail-on-error': 'false' });
    expect(r.exitCode).toBe(0);
    expect(warnings(r)).toEqual([expect.stringMatching(/no_service.*fail-on-error is false/)]);
    expect(r.outputs.sent).toBe('false');
  });

  it('never shows the webhook URL or the token: stdout, stderr, summary and outputs, in every path', async () => {
    sim.addRun({ id: 5007, runNumber: 23, jobs: [failed('deploy', 5), self] });
    const secretPiece = hook.secretPath.split('/').pop()!;
    const cases: Array<[string, () => void, Record<string, string>, Record<string, string>]> = [
      ['sent', () => {}, {}, {}],
      ['hang', () => (hook.replies = [{ hang: true }]), { 'timeout-seconds': '0.5' }, {}],
      ['404 body echoing the URL', () => (hook.replies = [{ status: 404, body: `no_service for ${hookUrl}` }]), {}, {}],
      ['dry run', () => {}, { 'dry-run': 'true' }, {}],
      ['API 403', () => {}, { token: FORBIDDEN }, {}],
      ['malformed', () => {}, { 'webhook-url': `htps:/${hookUrl}` }, {}],
    ];
    for (const [name, arrange, inputs, env] of cases) {
      hook.replies = [];
      arrange();
      const r = await notify(5007, inputs, env);
      const seen = visible(r);
      const token = inputs.token ?? TOKEN;
      expect({
        name,
        url: seen.includes(hookUrl),
        piece: seen.includes(secretPiece),
        token: seen.includes(token),
      }).toEqual({ name, url: false, piece: false, token: false });
      // The runner was told to mask the URL too (it hides these commands from the log).
      expect(r.stdout).toContain(`::add-mask::${inputs['webhook-url'] ?? hookUrl}`);
    }
  });

  it('a token without actions: read: the 403 is explained in one line and the message is still sent, without job details', async () => {
    sim.addRun({ id: 5008, runNumber: 24, jobs: [failed('deploy', 5), self] });
    const r = await notify(5008, { token: FORBIDDEN });
    expect(r.exitCode).toBe(0);
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toBe(
      'the token cannot read this run\'s jobs (GitHub answered 403 "Resource not accessible by integration"): give the job `permissions: actions: read` (or pass a token that has it); sending without job details',
    );
    expect(hook.requests).toHaveLength(1);
    const text = slackTexts(hook.requests[0].json).join('\n');
    expect(text).toContain('permissions: actions: read');
    expect(text).not.toContain('deploy');
    expect(r.outputs.status).toBe('unknown');
    // With the status passed in (e.g. ${{ job.status }}), the title says it.
    const r2 = await notify(5008, { token: FORBIDDEN, status: 'failure' });
    expect((hook.requests[1].json as { text: string }).text).toBe('❌ ci failed — acme/api · main');
    expect(r2.outputs.status).toBe('failure');
  });

  it('a run that cannot be read (404) still sends what is known and says what was not read (issue 15 item 7)', async () => {
    const r = await notify(999_999);
    expect(r.exitCode).toBe(0);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)[0]).toMatch(/^run 999999 of acme\/api could not be read \(GitHub answered 404 "Not Found"\)/);
    expect(hook.requests).toHaveLength(1);
  });

  it.each([
    [{ format: 'telegram' }, `input 'format': "telegram" is not allowed; use one of: slack, teams, discord, json`],
    [
      { 'webhook-url': 'hooks.slack.com/services/T0/B0/sekrit' },
      `input 'webhook-url': is not a URL (value hidden: it is a secret); set the full incoming-webhook URL, starting with https://`,
    ],
    [
      { 'webhook-url': 'ftp://hooks.example.com/sekrit' },
      `input 'webhook-url': uses ftp: rather than http(s) (value hidden: it is a secret); set the full incoming-webhook URL, starting with https://`,
    ],
    [
      { 'webhook-url': '' },
      `input 'webhook-url': is empty (the secret is not set, or not passed to this run: forks get no secrets); pass the incoming-webhook URL from a secret, e.g. webhook-url: \${{ secrets.SLACK_WEBHOOK_URL }}`,
    ],
    [{ when: 'sometimes' }, `input 'when': "sometimes" is not allowed; use one of: failure, always, change`],
  ])('bad input %o is one clear line', async (inputs, message) => {
    const r = await notify(5001, inputs);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toEqual([message]);
    expect(visible(r)).not.toContain('sekrit');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(hook.requests).toHaveLength(0);
  });

  it('when: change sends "recovered" only on the first success after a failure on the same branch', async () => {
    const branch = { GITHUB_REF: 'refs/heads/release', GITHUB_REF_NAME: 'release' };
    const base = { branch: 'release', workflowId: 4711 };
    // run 1 fails: sent as a failure
    sim.addRun({ id: 7001, runNumber: 1, ...base, jobs: [failed('test', 4), self] });
    const a = await notify(7001, { when: 'change' }, branch);
    expect(a.outputs).toMatchObject({ sent: 'true', status: 'failure' });
    Object.assign(sim.runs.get(7001)!, { status: 'completed', conclusion: 'failure' });
    // run 2 succeeds after the failure: "recovered"
    sim.addRun({ id: 7002, runNumber: 2, ...base, jobs: [ok('test'), self] });
    const b = await notify(7002, { when: 'change' }, branch);
    expect(b.outputs).toMatchObject({ sent: 'true', status: 'success' });
    expect((hook.requests[1].json as { text: string }).text).toBe('✅ ci recovered — acme/api · release');
    expect(
      sim.requests.some(
        (q) => q.path === '/repos/acme/api/actions/workflows/4711/runs' && q.query.get('branch') === 'release',
      ),
    ).toBe(true);
    Object.assign(sim.runs.get(7002)!, { status: 'completed', conclusion: 'success' });
    // run 3 succeeds after a success: nothing sent
    sim.addRun({ id: 7003, runNumber: 3, ...base, jobs: [ok('test'), self] });
    const c = await notify(7003, { when: 'change' }, branch);
    expect(c.outputs).toMatchObject({ sent: 'false', status: 'success' });
    expect(c.stdout).toContain('not sending: the run succeeded and so did the previous run on this branch');
    expect(hook.requests).toHaveLength(2);
    // a failure on another branch does not make main's success a recovery
    sim.addRun({
      id: 7004,
      runNumber: 4,
      branch: 'other',
      workflowId: 4711,
      status: 'completed',
      conclusion: 'failure',
    });
    sim.addRun({ id: 7005, runNumber: 5, ...base, jobs: [ok('test'), self] });
    const d = await notify(7005, { when: 'change' }, branch);
    expect(d.outputs.sent).toBe('false');
  });

  it('when: failure (the default) stays quiet on success, and says why', async () => {
    sim.addRun({ id: 5009, runNumber: 25, jobs: [ok('test'), self] });
    const r = await notify(5009);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ sent: 'false', status: 'success', 'failed-jobs': '[]' });
    expect(hook.requests).toHaveLength(0);
    expect(r.summary).toContain('Not sent: the run succeeded and when is failure');
  });

  it.each(['teams', 'discord', 'json'])('format %s carries the same facts and log links', async (format) => {
    sim.addRun({
      id: 5010,
      runNumber: 26,
      jobs: [failed('e2e (chrome)', 2), { name: 'e2e (firefox)', conclusion: 'cancelled', failingStep: 3 }, self],
    });
    const r = await notify(5010, { format, mention: '@oncall' });
    expect(r.exitCode).toBe(0);
    const body = hook.requests[0].body;
    const jobs = JSON.parse(r.outputs['failed-jobs']) as Array<{ url: string; conclusion: string }>;
    expect(jobs.map((j) => j.conclusion)).toEqual(['failure', 'cancelled']);
    for (const j of jobs) expect(body).toContain(j.url);
    expect(body).toContain('@oncall');
    // The commit the API names for the run (the fixture's head_sha), linked on the server.
    expect(body).toContain('https://github.com/acme/api/commit/acb5820ced9479c074f688cc328bf03f341a511d');
    const json = hook.requests[0].json as Record<string, unknown>;
    if (format === 'teams')
      expect((json.attachments as Array<{ content: { type: string } }>)[0].content.type).toBe('AdaptiveCard');
    if (format === 'discord') expect((json.embeds as Array<{ title: string }>)[0].title).toBe('❌ ci failed');
    if (format === 'json')
      expect(json).toMatchObject({
        status: 'failure',
        repository: 'acme/api',
        run: { number: '26' },
        ref: { kind: 'branch', name: 'main' },
      });
    if (format === 'json') {
      expect((json.failedJobs as Array<{ step: { number: number } }>).map((j) => j.step.number)).toEqual([2, 3]);
    } else {
      expect(body).toMatch(/e2e \(chrome\).*failed at step 2/);
      expect(body).toMatch(/e2e \(firefox\).*cancelled at step 3/);
    }
  });

  it('a dry run prints the message and sends nothing', async () => {
    sim.addRun({ id: 5011, runNumber: 27, jobs: [failed('test', 4), self] });
    const r = await notify(5011, { 'dry-run': 'auto' }, { ACT: 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(
      /dry run \(dry-run is auto and ACT=true.*\): would POST \d+ bytes of slack JSON to the webhook \(URL hidden\)/,
    );
    expect(r.outputs).toMatchObject({ sent: 'false', status: 'failure' });
    expect(hook.requests).toHaveLength(0);
  });
});
