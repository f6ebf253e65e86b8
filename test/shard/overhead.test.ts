import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/shard/gather.js';
import { asWallRecord, fitOverhead, mergeOverhead, wallPoints } from '../../src/shard/overhead.js';
import { planShards } from '../../src/shard/plan.js';
import { fileCost, learnFromRun } from '../../src/shard/filecost.js';
import { asTimingsFile, readReports } from '../../src/shard/timings.js';
import { available, needs } from '../helpers/real.js';
import { runBuiltCli } from '../helpers/runner.js';

describe('fitOverhead', () => {
  it('recovers the per-file and per-shard costs from shards of different sizes', () => {
    // rest = 0.8 + 0.25 × files, with ±0.02 s of noise
    const pts = [3, 7, 12, 5].map((files, i) => ({ files, rest: 0.8 + 0.25 * files + [0.02, -0.01, 0.01, -0.02][i] }));
    const fit = fitOverhead(pts);
    expect(fit?.perFile).toBeCloseTo(0.25, 2);
    expect(fit?.perShard).toBeCloseTo(0.8, 1);
  });

  it('keeps the previous per-file cost when every shard has as many files (the two cannot be told apart)', () => {
    const fit = fitOverhead(
      [
        { files: 4, rest: 2 },
        { files: 4, rest: 2.2 },
      ],
      0.3,
    );
    expect(fit?.perFile).toBe(0.3);
    expect(fit?.perShard).toBeCloseTo(2.1 - 1.2, 6);
  });

  it('never goes negative: JUnit time above the wall time means no overhead, not a credit', () => {
    const fit = fitOverhead([
      { files: 2, rest: -0.5 },
      { files: 6, rest: -0.1 },
    ]);
    expect(fit?.perFile).toBeGreaterThanOrEqual(0);
    expect(fit?.perShard).toBeGreaterThanOrEqual(0);
    expect(fitOverhead([])).toBeUndefined();
    // A falling line is clamped to a flat one.
    expect(
      fitOverhead([
        { files: 2, rest: 3 },
        { files: 8, rest: 1 },
      ]),
    ).toEqual({ perFile: 0, perShard: 2 });
  });

  it('smooths runs like file timings do', () => {
    const a = mergeOverhead(undefined, { perFile: 0.2, perShard: 1 }, 0.3);
    expect(a).toEqual({ perFile: 0.2, perShard: 1, runs: 1 });
    expect(mergeOverhead(a, { perFile: 0.4, perShard: 2 }, 0.3)).toEqual({ perFile: 0.26, perShard: 1.3, runs: 2 });
  });
});

describe('wall records', () => {
  it('are checked, and booked against the plan the shards ran', () => {
    expect(asWallRecord('{')).toMatch(/not valid JSON/);
    expect(asWallRecord('{"shipline":"shard-wall","shard":1,"total":2}')).toMatch(/"seconds"/);
    const plan = {
      total: 2,
      files: new Map([
        [1, ['a.py', 'b.py']],
        [2, ['c.py']],
        [3, ['q.py']],
      ]),
    };
    const seconds = new Map([
      ['a.py', 1],
      ['tests.b', 0],
      ['c.py', 2],
      ['q.py', 5],
    ]);
    const { points, skipped } = wallPoints(
      [
        { shipline: 'shard-wall', version: 1, shard: 1, total: 2, seconds: 3 },
        { shipline: 'shard-wall', version: 1, shard: 2, total: 2, seconds: 2.5 },
        { shipline: 'shard-wall', version: 1, shard: 3, total: 2, seconds: 5.5 },
        { shipline: 'shard-wall', version: 1, shard: 1, total: 4, seconds: 9 },
      ],
      plan,
      seconds,
    );
    expect(points).toEqual([
      { files: 2, rest: 2 },
      { files: 1, rest: 0.5 },
      { files: 1, rest: 0.5 },
    ]);
    expect(skipped).toEqual(['shard 1 of 4 is not in the plan (2 shards)']);
  });
});

describe('planning with the fixed cost', () => {
  it('counts a file’s fixed cost, so many small files stop piling onto one shard', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-oh-'));
    mkdirSync(join(ws, 'tests'));
    const files: Record<string, { seconds: number; last: number; runs: number }> = {};
    // One 2 s file and twelve files of 0.05 s test time, each costing 0.25 s to import.
    for (let i = 0; i < 13; i++) {
      const f = `tests/test_${String(i).padStart(2, '0')}.py`;
      writeFileSync(join(ws, f), '');
      const s = i === 0 ? 2 : 0.05;
      files[f] = { seconds: s, last: s, runs: 1 };
    }
    const timings = { shipline: 'timings', version: 1, note: '', alpha: 0.3, runs: 1, files, flaky: {} };
    writeFileSync(join(ws, 'plain.json'), JSON.stringify(timings));
    writeFileSync(
      join(ws, 'learned.json'),
      JSON.stringify({ ...timings, overhead: { perFile: 0.25, perShard: 0.5, runs: 3 } }),
    );
    const inputs = { tests: ['tests/*.py'], workingDirectory: ws, workspace: ws };
    const plain = await gather({ ...inputs, timings: ['plain.json'] });
    const learned = await gather({ ...inputs, timings: ['learned.json'] });
    expect(learned.overhead).toEqual({ perFile: 0.25, perShard: 0.5, runs: 3 });
    // What a shard really takes: its files' test time plus 0.25 s each.
    const truth = (shard: string[]) => shard.reduce((s, f) => s + files[f].seconds + 0.25, 0);
    const real = (items: typeof plain.items) => Math.max(...planShards(items, 2).shards.map((s) => truth(s.files)));
    // By JUnit time alone the twelve small files (0.6 s) all go beside nothing but each other,
    // and that shard really takes 12 × 0.3 = 3.6 s against 2.25 s for the big file's.
    expect(real(plain.items)).toBeCloseTo(3.6, 6);
    // With it: the big file takes two small ones (2.85 s), the other ten 3.0 s: the best split.
    expect(real(learned.items)).toBeCloseTo(3.0, 6);
    expect(asTimingsFile({ ...timings, overhead: { perFile: -1, perShard: 0, runs: 1 } })).toMatch(/overhead/);
  });

  it('shipline shard timings --walls --plan learns it from a run and writes it into the timings file', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-walls-'));
    mkdirSync(join(ws, 'r'));
    const shards = [
      ['tests/test_a.py'],
      ['tests/test_b.py', 'tests/test_c.py', 'tests/test_d.py', 'tests/test_e.py'],
      ['tests/test_f.py', 'tests/test_g.py'],
    ];
    writeFileSync(
      join(ws, 'plan.json'),
      JSON.stringify({
        shipline: 'shard-plan',
        version: 1,
        shards: shards.map((files, i) => ({ index: i + 1, files })),
      }),
    );
    shards.forEach((files, i) => {
      // pytest names files by module in classname; 1 s of tests per file.
      const cases = files.map((f) => `<testcase classname="${f.slice(0, -3).replace(/\//g, '.')}" name="t" time="1"/>`);
      writeFileSync(
        join(ws, `r/junit-${i + 1}.xml`),
        `<testsuites><testsuite>${cases.join('')}</testsuite></testsuites>`,
      );
      // Wall: 0.6 s start-up + (1 s + 0.2 s) per file.
      const wall = { shipline: 'shard-wall', version: 1, shard: i + 1, total: 3, seconds: 0.6 + 1.2 * files.length };
      writeFileSync(join(ws, `r/shipline-wall-${i + 1}.json`), JSON.stringify(wall));
    });
    const r = await runBuiltCli(
      [
        'shard',
        'timings',
        '--from',
        'r/*.xml',
        '--walls',
        'r/shipline-wall-*.json',
        '--plan',
        'plan.json',
        '--out',
        't.json',
      ],
      { cwd: ws },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const t = JSON.parse(readFileSync(join(ws, 't.json'), 'utf8')) as {
      overhead: { perFile: number; perShard: number };
    };
    expect(t.overhead.perFile).toBeCloseTo(0.2, 3);
    expect(t.overhead.perShard).toBeCloseTo(0.6, 3);
    expect(r.stdout + r.stderr).toMatch(/0\.200 s per file/);

    const missing = await runBuiltCli(
      ['shard', 'timings', '--from', 'r/*.xml', '--walls', 'r/*.json', '--out', 't.json'],
      {
        cwd: ws,
      },
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/--plan: is required with --walls/);
  });
});

describe('per-file fixed costs from real pytest shard walls', () => {
  needs('pytest (python3-pytest)', available('python3', ['-m', 'pytest', '--version']))(
    'finds the file whose import JUnit does not see, and plans it apart',
    () => {
      const ws = mkdtempSync(join(tmpdir(), 'shard-filecost-'));
      mkdirSync(join(ws, 'tests'));
      const files = Array.from({ length: 7 }, (_, i) => `tests/test_${i}.py`);
      const SLOW = files[3];
      // test_3 spends ~1 s of CPU importing (a heavy module, a large collection): JUnit times only
      // its test. The legs' times here are CPU (user + sys of the shard's processes), not wall: on
      // a loaded machine wall times swing by seconds, and the learner is the same for either.
      files.forEach((f) =>
        writeFileSync(
          join(ws, f),
          `${f === SLOW ? 'import time\nt = time.process_time()\nwhile time.process_time() - t < 1.0:\n    pass\n' : ''}def test_ok():\n    assert 1 + 1 == 2\n`,
        ),
      );
      /** Run one shard as a test leg does: pytest on its files, timed, JUnit beside it. */
      const runShard = (shard: string[], n: number) => {
        const junit = join(ws, `junit-${n}.xml`);
        const cmd = `python3 -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml=${junit} ${shard.join(' ')} >&2; s=$?; times; exit $s`;
        const r = spawnSync('bash', ['-c', cmd], { cwd: ws, encoding: 'utf8' });
        const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stdout.trim()) as RegExpExecArray;
        const cpu = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
        expect(r.status, r.stdout + r.stderr).toBe(0);
        const junitSeconds = [...readReports([junit], [ws]).seconds.values()].reduce((a, b) => a + b, 0);
        return { files: shard, rest: cpu - junitSeconds };
      };
      // Three runs that grouped the files differently (as plans do while timings change).
      let o = learnFromRun(undefined, [files.slice(0, 3), files.slice(3, 5), files.slice(5)].map(runShard));
      o = learnFromRun(
        o,
        [
          [files[0], files[3], files[6]],
          [files[1], files[4]],
          [files[2], files[5]],
        ].map(runShard),
      );
      o = learnFromRun(
        o,
        [
          [files[1], files[3]],
          [files[0], files[2], files[4]],
          [files[5], files[6]],
        ].map(runShard),
      );
      const others = files.filter((f) => f !== SLOW).map((f) => fileCost(o, f));
      expect(fileCost(o, SLOW), JSON.stringify(o)).toBeGreaterThan(0.7);
      expect(fileCost(o, SLOW) - Math.max(...others), JSON.stringify(o)).toBeGreaterThan(0.5);
      // Planned with what was learned, the slow file's shard holds the fewest files.
      const plan = planShards(
        files.map((f) => ({ path: f, seconds: 0.01 + fileCost(o, f) })),
        3,
      ).shards;
      const slowShard = plan.find((s) => s.files.includes(SLOW));
      expect(slowShard?.files.length).toBe(Math.min(...plan.map((s) => s.files.length)));
    },
    180_000,
  );
});
