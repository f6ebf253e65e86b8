import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistFresh } from '../helpers/dist.js';
import { ROOT } from './lib.js';
// @ts-expect-error: a plain .mjs script, no declarations
import { shellWords } from '../../bench/demo/cli-sequence.mjs';

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

describe('npm run demo', () => {
  // One real run of the whole demo through the built CLI (dist/), as a new user runs it.
  let run: SpawnSyncReturns<string>;
  let record: { verdict: string; stages: StageRecord[] } = { verdict: '', stages: [] };
  beforeAll(() => {
    assertDistFresh();
    run = spawnSync(process.execPath, [join(ROOT, 'scripts/demo.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 240_000,
    });
    const summaryJson = join(ROOT, '.shipline-out/demo/summary.json');
    if (existsSync(summaryJson)) record = JSON.parse(readFileSync(summaryJson, 'utf8'));
  }, 250_000);
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
    const md = readFileSync(join(ROOT, '.shipline-out/demo/summary.md'), 'utf8');
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
