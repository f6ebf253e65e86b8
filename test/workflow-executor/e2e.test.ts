import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runner.js';
import { WebhookReceiver } from '../notify/webhook-receiver.js';

mkdirSync(join(ROOT, '.shipline-out'), { recursive: true });
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
// @ts-expect-error: a plain .mjs script, no declarations
import { makeServiceRepo, runWorkflow } from '../../scripts/demo.mjs';

interface Leg {
  job: string;
  result: string;
  outputs: Record<string, string>;
  steps?: { name: string; outcome: string }[];
}
interface WorkflowRun {
  code: number;
  text: string;
  record: { result: string; legs: Leg[] };
}

const legs = (r: WorkflowRun, re: RegExp) => r.record.legs.filter((l) => re.test(l.job));

// The real workflows on examples/service, through the built CLI (dist/), as a team runs its
// copy of the template: a push to the default branch (CI and CD, dry), then a pull request
// from a branch, whose plan and coverage gate restore the state the push saved (the cache's
// default-branch fallback), and whose ref is a real merge commit.
describe('shipline workflow run on the real workflows (examples/service)', () => {
  // Inside the checkout: the service's eslint.config.js resolves its plugins from shipline's
  // node_modules, as in the demo (a team's own repository has them from its install step).
  const base = mkdtempSync(join(ROOT, '.shipline-out', 'e2e-'));
  made.push(base);
  const out = join(base, 'out');
  let repo: string;
  let push: WorkflowRun;
  let pr: WorkflowRun;
  beforeAll(() => {
    repo = makeServiceRepo(join(base, 'repo'));
    push = runWorkflow(repo, out, ['--event', 'push']);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'ignore' });
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'NOTES.md'), 'a change on a branch\n');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'feature');
    pr = runWorkflow(repo, out, ['--event', 'pull_request']);
  }, 300_000);

  it('push to the default branch: CI passes, CD runs as dry runs, state is saved', () => {
    expect(push.code, push.text).toBe(0);
    expect(legs(push, /ci \/ test \(shard/).length).toBeGreaterThan(0);
    expect(legs(push, /cd \/ deploy$/)[0]).toMatchObject({ result: 'success', outputs: { result: 'dry-run' } });
    expect(push.text).toMatch(/Cache saved with key: shipline-state-main-/);
  });

  it('pull_request: restores the default branch state, builds the image without deploying, runs on the merge commit', () => {
    expect(pr.code, pr.text).toBe(0);
    expect(pr.text).toMatch(/Cache restored from key: shipline-state-main-.*\(scope refs\/heads\/main\)/);
    // Issue 21: a pull request builds the image (push: auto does not push it) and never deploys.
    expect(pr.text).toMatch(/✓ pipeline \/ cd \/ image build: success/);
    expect(pr.text).toMatch(/○ pipeline \/ cd \/ deploy: skipped/);
    expect(pr.text).toMatch(/on pull_request \(refs\/pull\/1\/merge @ /);
    const event = JSON.parse(readFileSync(join(out, 'work', 'event.json'), 'utf8'));
    const parents = execFileSync('git', ['rev-list', '--parents', '-n', '1', event.pull_request.merge_commit_sha], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(parents.trim().split(' ')).toHaveLength(3);
  });
});

describe('a failing test shard: the notify job tells the team (a local webhook receiver)', () => {
  const receiver = new WebhookReceiver();
  let result: { code: number; text: string };
  beforeAll(async () => {
    const url = await receiver.start();
    const base = mkdtempSync(join(ROOT, '.shipline-out', 'e2e-fail-'));
    made.push(base);
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
        env: { ...process.env, SHIPLINE_LOCAL: '1', PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
      },
    );
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
    result = { code, text };
    await receiver.close();
  }, 200_000);

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
