import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { available } from '../helpers/real.js';
import { ROOT } from './lib.js';
// @ts-expect-error: a plain .mjs script, no declarations
import { shellWords } from '../../scripts/demo.mjs';

interface StageRecord {
  name: string;
  status: 'passed' | 'dry' | 'failed' | 'not built' | 'skipped';
  ms: number;
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

  it('exits 1 when a built stage failed, 3 when stages are not built yet, 0 otherwise', () => {
    const statuses = record.stages.map((s) => s.status);
    const want = statuses.includes('failed') ? 1 : statuses.includes('not built') ? 3 : 0;
    expect(run.status, run.stdout + run.stderr).toBe(want);
  });

  it("runs the example service's real tests in parallel shards, and they pass", () => {
    expect(byName('tests').status).toBe('passed');
    expect(byName('tests').detail).toMatch(/^42 tests passed/);
  });

  it('builds the image only when a Docker engine answers, and says it is a dry run otherwise', () => {
    const s = byName('image build');
    if (s.status === 'not built') return;
    if (available('docker', ['info'])) expect(s).toMatchObject({ status: 'passed' });
    else expect(s).toMatchObject({ status: 'dry', detail: expect.stringMatching(/no Docker engine is running/) });
  });
});
