import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
  const base = mkdtempSync(join(tmpdir(), 'shipline-e2e-'));
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

  it('pull_request: restores the default branch state, skips CD, runs on the merge commit', () => {
    expect(pr.code, pr.text).toBe(0);
    expect(pr.text).toMatch(/Cache restored from key: shipline-state-main-.*\(scope refs\/heads\/main\)/);
    expect(pr.text).toMatch(/○ pipeline \/ cd: skipped/);
    expect(pr.text).toMatch(/on pull_request \(refs\/pull\/1\/merge @ /);
    const event = JSON.parse(readFileSync(join(out, 'work', 'event.json'), 'utf8'));
    const parents = execFileSync('git', ['rev-list', '--parents', '-n', '1', event.pull_request.merge_commit_sha], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(parents.trim().split(' ')).toHaveLength(3);
  });
});
