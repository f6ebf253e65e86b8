import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/runner.js';
import { GitHubSimulator } from './github-simulator.js';
import { WebhookReceiver } from './webhook-receiver.js';

const sim = new GitHubSimulator();
const hook = new WebhookReceiver();
let hookUrl = '';
beforeAll(async () => {
  await sim.start();
  hookUrl = await hook.start();
  sim.addRun({ id: 8001, runNumber: 5, jobs: [{ name: 'test', conclusion: 'failure', failingStep: 4 }] });
});
afterAll(async () => {
  await sim.close();
  await hook.close();
});

describe('shipline notify on the CLI', () => {
  it("--help lists every flag and the secrets' environment variables", async () => {
    const r = await runBuiltCli(['notify', '--help']);
    expect(r.exitCode).toBe(0);
    for (const flag of [
      '--webhook-url',
      '--format',
      '--token',
      '--when',
      '--status',
      '--mention',
      '--title',
      '--fail-on-error, --no-fail-on-error',
      '--timeout-seconds',
      '--run-id',
      '--dry-run',
    ])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('env: SHIPLINE_WEBHOOK_URL');
    expect(r.stdout).toContain('env: GITHUB_TOKEN');
  });

  it('reports on another run, with the URL and token from the environment (out of ps), and prints the outputs', async () => {
    hook.requests.length = 0;
    const env = {
      SHIPLINE_WEBHOOK_URL: hookUrl,
      GITHUB_TOKEN: 'ghp_cliToken123',
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_API_URL: sim.base,
    };
    const r = await runBuiltCli(['notify', '--run-id', '8001', '--format', 'discord'], { env });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0].body).toContain('failed at step 4');
    expect(r.stdout).toMatch(/^sent=true$/m);
    expect(r.stdout).toMatch(/^status=failure$/m);
    expect(r.stdout).not.toContain(hookUrl);
    expect(r.stdout).not.toContain('ghp_cliToken123');
  });

  it('a dry run without a URL or token prints the message and needs no API', async () => {
    const r = await runBuiltCli(['notify', '--dry-run', 'true', '--status', 'failure', '--format', 'json'], {
      env: { GITHUB_REPOSITORY: 'acme/api', GITHUB_WORKFLOW: 'ci' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/would POST \d+ bytes of json JSON/);
    expect(r.stdout).toContain('"status": "failure"');
    expect(r.stderr).toMatch(/warning: no run to read/);
  });

  it('--format x is one line naming the flag, exit 2 (an input error, like an unknown flag)', async () => {
    const r = await runBuiltCli(['notify', '--format', 'x'], { env: { SHIPLINE_WEBHOOK_URL: hookUrl } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe('error: --format: "x" is not allowed; use one of: slack, teams, discord, json');
  });
});
