import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCost, fitFileCosts, HISTORY_RUNS, learnFromRun } from '../../src/shard/filecost.js';
import { gather } from '../../src/shard/gather.js';
import { planShards } from '../../src/shard/plan.js';
import { asTimingsFile } from '../../src/shard/timings.js';

const files = Array.from({ length: 12 }, (_, i) => `tests/test_${String(i).padStart(2, '0')}.py`);
const SLOW = files[5];
/** What JUnit leaves out of a shard: 1.5 s start-up, 0.1 s a file, and 4 s more for SLOW's collection. */
const rest = (shard: string[]) => 1.5 + 0.1 * shard.length + (shard.includes(SLOW) ? 4 : 0);
const slices = (order: string[], n: number) =>
  Array.from({ length: n }, (_, i) => order.filter((_, j) => j % n === i)).map((s) => ({ files: s, rest: rest(s) }));

describe('fitFileCosts', () => {
  it('keeps one run at the uniform cost: four shards cannot say which file was slow', () => {
    const o = learnFromRun(undefined, slices(files, 4));
    expect(o.runs).toBe(1);
    expect(o.files?.[SLOW] ?? o.perFile).toBeLessThan(2);
  });

  it('finds the one file in every slow shard once runs have grouped the files differently', () => {
    let o = learnFromRun(undefined, slices(files, 4));
    o = learnFromRun(o, slices([...files].reverse(), 4));
    o = learnFromRun(o, slices([...files.slice(6), ...files.slice(0, 6)], 3));
    o = learnFromRun(o, slices([...files].sort((a, b) => (a.slice(-4) < b.slice(-4) ? -1 : 1)).reverse(), 5));
    expect(fileCost(o, SLOW)).toBeGreaterThan(3.5);
    expect(fileCost(o, SLOW)).toBeLessThan(4.5);
    for (const f of files) if (f !== SLOW) expect(fileCost(o, f)).toBeLessThan(0.5);
    expect(o.perShard).toBeGreaterThan(1);
    // The plan now gives the slow file a shard nearly to itself.
    const items = files.map((f) => ({ path: f, seconds: 0.2 + fileCost(o, f) }));
    const slowShard = planShards(items, 4).shards.find((s) => s.files.includes(SLOW));
    expect(slowShard?.files.length).toBeLessThanOrEqual(2);
  });

  it('forgets runs older than HISTORY_RUNS and never goes below zero', () => {
    let o = learnFromRun(undefined, [{ files: ['a', 'b'], rest: -3 }]);
    expect(o.perShard).toBeGreaterThanOrEqual(0);
    expect(fileCost(o, 'a')).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < HISTORY_RUNS + 2; k++) o = learnFromRun(o, slices(files, 3));
    expect(new Set(o.history?.map((s) => s.run))).toEqual(
      new Set(Array.from({ length: HISTORY_RUNS }, (_, i) => o.runs - i)),
    );
    expect(fitFileCosts([], { perFile: 0.1, perShard: 1 })).toMatchObject({ perFile: 0.1, perShard: 1 });
    expect(fileCost(undefined, 'a')).toBe(0);
  });

  it('is carried and checked in the timings file', () => {
    const t = { shipline: 'timings', version: 1, files: {} };
    const o = learnFromRun(undefined, slices(files, 3));
    expect(asTimingsFile(JSON.parse(JSON.stringify({ ...t, overhead: o })))).toMatchObject({ overhead: o });
    expect(asTimingsFile({ ...t, overhead: { ...o, files: { a: -1 } } })).toMatch(/"files"/);
    expect(asTimingsFile({ ...t, overhead: { ...o, history: [{ run: 1, files: 'a', rest: 1 }] } })).toMatch(
      /"history"/,
    );
  });
});

describe('planning with per-file costs', () => {
  it('adds a file its own learned cost, and the others the common one', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-filecost-'));
    mkdirSync(join(ws, 'tests'));
    for (const f of ['tests/test_a.py', 'tests/test_b.py']) writeFileSync(join(ws, f), '');
    const timings = {
      shipline: 'timings',
      version: 1,
      files: {
        'tests/test_a.py': { seconds: 1, last: 1, runs: 3 },
        'tests/test_b.py': { seconds: 1, last: 1, runs: 3 },
      },
      overhead: { perFile: 0.1, perShard: 1, runs: 3, files: { 'tests/test_b.py': 4 }, history: [] },
    };
    writeFileSync(join(ws, 't.json'), JSON.stringify(timings));
    const g = await gather({ tests: ['tests/*.py'], timings: ['t.json'], workingDirectory: ws, workspace: ws });
    expect(Object.fromEntries(g.items.map((i) => [i.path, i.seconds]))).toEqual({
      'tests/test_a.py': 1.1,
      'tests/test_b.py': 5,
    });
  });
});
