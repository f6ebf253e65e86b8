import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDistFresh } from '../helpers/dist.js';
import { runBase, runHome } from '../helpers/home.js';
import { ROOT } from './lib.js';
// @ts-expect-error: a plain .mjs script, no declarations
import { shellWords } from '../../bench/demo/cli-sequence.mjs';
// @ts-expect-error: a plain .mjs script, no declarations
import { runWorkflow } from '../../scripts/demo.mjs';

interface Leg {
  job: string;
  result: string;
  outputs: Record<string, string>;
}
interface WorkflowRun {
  code: number;
  text: string;
  record: { result: string; legs: Leg[] };
}
const legs = (r: WorkflowRun, re: RegExp) => r.record.legs.filter((l) => re.test(l.job));

interface StageRecord {
  name: string;
  status: 'passed' | 'dry' | 'failed' | 'not run' | 'skipped';
  seconds: number;
  detail: string;
}

describe("shellWords (the shard action's shell-quoted file list, read back)", () => {
  it.each([
    ['a.js b.js', ['a.js', 'b.js']],
    ["'with space.js' plain.js", ['with space.js', 'plain.js']],
    ["'it'\\''s.js'", ["it's.js"]],
    ["'$(touch pwned).js'", ['$(touch pwned).js']],
    ['', []],
  ])('%j', (text, words) => expect(shellWords(text)).toEqual(words));
});

// The demo's run is the push to the default branch of the real workflows on examples/service
// (pipeline.yml through the built CLI, as a team runs its copy of the template); the pull request
// after it runs on that repository and out folder, so its plan and coverage gate restore the
// state the push saved (the cache's default-branch fallback). One push run serves the demo's
// assertions and the workflow's (this file holds both: the pipeline runs once, not twice).
// The demo's folder (SHIPLINE_DEMO_OUT) is the suite's, in memory (runBase), not .shipline-out/demo.
const demoBase = runBase('demo');
const demoOut = join(demoBase, 'demo');
let run: SpawnSyncReturns<string>;
let record: { verdict: string; stages: StageRecord[] } = { verdict: '', stages: [] };
let push: WorkflowRun;
let pr: WorkflowRun;
let prEvent: { pull_request: { merge_commit_sha: string } };
const repo = join(demoOut, 'repo');
let HOME = '';
afterAll(() => {
  if (HOME) rmSync(HOME, { recursive: true, force: true });
  rmSync(demoBase, { recursive: true, force: true });
});
beforeAll(() => {
  assertDistFresh();
  // The runs' own HOME: their dependency cache step copies ~/.npm, not the host's (see runHome).
  // And the workflow's out folder as a fresh clone has it: no cache, artifact or run left by an
  // earlier run on this machine (an old dependency cache restored hundreds of MB in every job).
  HOME = runHome('demo');
  rmSync(join(demoOut, 'workflow'), { recursive: true, force: true });
  run = spawnSync(process.execPath, [join(ROOT, 'scripts/demo.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME, SHIPLINE_DEMO_OUT: demoOut },
    timeout: 600_000,
  });
  const summaryJson = join(demoOut, 'summary.json');
  if (existsSync(summaryJson)) record = JSON.parse(readFileSync(summaryJson, 'utf8'));
  const runJson = join(demoOut, 'workflow', 'run.json');
  push = {
    code: run.status ?? 1,
    text: run.stdout + run.stderr,
    record: existsSync(runJson) ? JSON.parse(readFileSync(runJson, 'utf8')) : { result: '', legs: [] },
  };
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, stdio: 'ignore' });
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'NOTES.md'), 'a change on a branch\n');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'feature');
  pr = runWorkflow(repo, join(demoOut, 'workflow'), ['--event', 'pull_request'], { HOME });
  prEvent = JSON.parse(readFileSync(join(demoOut, 'workflow', 'work', 'event.json'), 'utf8'));
}, 1_200_000);

describe('npm run demo', () => {
  const byName = (prefix: string) => record.stages.find((s) => s.name.startsWith(prefix)) as StageRecord;

  it('runs every stage, prints each result and time, and writes the combined summary', () => {
    expect(record.stages.map((s) => s.name.replace(/ \(.*$/, ''))).toEqual([
      'lint gate',
      'shard plan',
      'tests',
      'timings merged for the next plan',
      'coverage gate',
      'image build',
      'deploy',
      'notify',
    ]);
    for (const s of record.stages)
      expect(run.stdout).toMatch(new RegExp(`${s.name.replace(/[()]/g, '\\$&')}\\s+\\S.*\\d+\\.\\d s`));
    const md = readFileSync(join(demoOut, 'summary.md'), 'utf8');
    expect(md).toContain('| stage | result | seconds | detail |');
  });

  it('exits 0 exactly when the workflow concluded success, and every stage ran or was skipped by its if:', () => {
    expect(run.status, run.stdout + run.stderr).toBe(record.verdict.endsWith('concluded success') ? 0 : 1);
    expect(record.stages.filter((s) => s.status === 'not run')).toEqual([]);
    expect(record.stages.filter((s) => s.status === 'failed')).toEqual([]);
  });

  it("runs the example service's real tests in parallel shards, planned from measured timings", () => {
    expect(byName('tests')).toMatchObject({
      status: 'passed',
      detail: expect.stringMatching(/shard\(s\) in parallel/),
    });
    expect(byName('shard plan').detail).toMatch(/^\d+ shard\(s\) planned/);
    expect(byName('coverage gate').detail).toMatch(/^lines \d+(\.\d+)?%/);
  });

  it('keeps image build and deploy dry runs, and says so; notify runs only on failure', () => {
    expect(byName('image build')).toMatchObject({
      status: 'dry',
      detail: expect.stringMatching(/^dry run: would build ghcr\.io\/acme\/example-service:/),
    });
    expect(byName('deploy')).toMatchObject({ status: 'dry' });
    expect(byName('notify')).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/if: failure\(\)/) });
  });
});

describe('shipline workflow run on the real workflows (examples/service)', () => {
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
    const parents = execFileSync('git', ['rev-list', '--parents', '-n', '1', prEvent.pull_request.merge_commit_sha], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(parents.trim().split(' ')).toHaveLength(3);
  });
});
