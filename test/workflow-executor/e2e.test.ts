import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBase, runHome } from '../helpers/home.js';
import { ROOT } from '../helpers/runner.js';
import { WebhookReceiver } from '../notify/webhook-receiver.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
// @ts-expect-error: a plain .mjs script, no declarations
import { makeServiceRepo } from '../../scripts/demo.mjs';

// The push and pull-request runs of the real workflows on examples/service are in
// test/workflows/demo.test.ts, on the demo's own push run (the pipeline runs once for both).
// Here: a failing shard, on its own run.
describe('a failing test shard: the notify job tells the team (a local webhook receiver)', () => {
  const receiver = new WebhookReceiver();
  let result: { code: number; text: string };
  beforeAll(async () => {
    const url = await receiver.start();
    const base = runBase('e2e-fail');
    made.push(base);
    const home = runHome('e2e');
    made.push(home);
    const repo = makeServiceRepo(join(base, 'repo'), undefined, (dir: string) => {
      writeFileSync(
        join(dir, 'test', 'zz-broken.test.js'),
        "import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('broken on purpose', () => assert.equal(1, 2));\n",
      );
      // One shard is enough to fail: keeps this run short.
      const wf = join(dir, '.github', 'workflows', 'pipeline.yml');
      writeFileSync(wf, readFileSync(wf, 'utf8').replace('max-shards: 4', "max-shards: 4\n      shards: '1'"));
    });
    // Async: the receiver answers from this process while the run goes on.
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'dist/shipline/cli.mjs'),
        'workflow',
        'run',
        '-W',
        '.github/workflows/pipeline.yml',
        '--repo',
        `acme/shipline=${ROOT}`,
        '--repository',
        'acme/example-service',
        '--out',
        join(base, 'out'),
        '--secret',
        `SHIPLINE_WEBHOOK_URL=${url}`,
      ],
      // SHIPLINE_LOCAL=1: real side effects, so notify posts (to the receiver) instead of a dry run.
      {
        cwd: repo,
        // HOME: the run's own, so its dependency cache step copies no host ~/.npm (see runHome).
        env: {
          ...process.env,
          HOME: home,
          SHIPLINE_LOCAL: '1',
          PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
        },
      },
    );
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
    result = { code, text };
    await receiver.close();
  }, 400_000);

  it('fails the run, runs notify on failure(), posts once, and masks the webhook URL', () => {
    expect(result.code, result.text).toBe(1);
    expect(result.text).toMatch(/✗ pipeline \/ ci \/ test \(shard/);
    expect(result.text).toMatch(/✓ pipeline \/ ci \/ notify: success/);
    expect(receiver.requests).toHaveLength(1);
    // Without the Actions API locally, the message names the workflow, not the failed step.
    expect(JSON.stringify(receiver.requests[0].json)).toMatch(/example service/);
    expect(result.text).not.toContain(receiver.secretPath);
  });
});
