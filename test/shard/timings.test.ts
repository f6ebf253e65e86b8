import { describe, expect, it } from 'vitest';
import { addReport, asTimingsFile, emptyRun, mergeTimings, type RunTimings } from '../../src/shard/timings.js';
import { estimateUnknown } from '../../src/shard/estimate.js';
import { formatFiles } from '../../src/shard/format.js';

const run = (seconds: Record<string, number>, flaky: Record<string, string[]> = {}): RunTimings => ({
  ...emptyRun(),
  seconds: new Map(Object.entries(seconds)),
  flaky: new Map(Object.entries(flaky).map(([k, v]) => [k, new Set(v)])),
});

describe('mergeTimings', () => {
  it('smooths with an exponential moving average, so one noisy run moves the estimate 30%', () => {
    const first = mergeTimings(undefined, run({ 'a.test.ts': 10 }));
    expect(first.files['a.test.ts']).toEqual({ seconds: 10, last: 10, runs: 1 });
    const second = mergeTimings(first, run({ 'a.test.ts': 20 }));
    expect(second.files['a.test.ts']).toEqual({ seconds: 13, last: 20, runs: 2 });
    expect(second.note).toMatch(/smoothed/);
    expect(second.runs).toBe(2);
  });

  it('drops an entry missing from 5 runs in a row (the file was deleted)', () => {
    let t = mergeTimings(undefined, run({ 'gone.test.ts': 1, 'kept.test.ts': 1 }));
    for (let i = 0; i < 4; i++) t = mergeTimings(t, run({ 'kept.test.ts': 1 }));
    expect(t.files['gone.test.ts']?.missed).toBe(4);
    t = mergeTimings(t, run({ 'kept.test.ts': 1 }));
    expect(t.files['gone.test.ts']).toBeUndefined();
  });

  it('remembers flaky tests for 10 runs', () => {
    let t = mergeTimings(undefined, run({ 'a.test.ts': 1 }, { 'a.test.ts': ['retries'] }));
    expect(t.flaky['a.test.ts']).toEqual({ tests: ['retries'], age: 0 });
    for (let i = 0; i < 9; i++) t = mergeTimings(t, run({ 'a.test.ts': 1 }));
    expect(t.flaky['a.test.ts'].age).toBe(9);
    t = mergeTimings(t, run({ 'a.test.ts': 1 }));
    expect(t.flaky['a.test.ts']).toBeUndefined();
  });

  it('detects failed-then-passed reruns across reports of one run', () => {
    const r = emptyRun();
    const outcomes = new Map();
    addReport(
      r,
      '<testsuite name="a.test.ts"><testcase classname="a.test.ts" name="races" time="1"><failure/></testcase></testsuite>',
      'r1.xml',
      [],
      outcomes,
    );
    addReport(
      r,
      '<testsuite name="a.test.ts"><testcase classname="a.test.ts" name="races" time="1"/></testsuite>',
      'r2.xml',
      [],
      outcomes,
    );
    for (const o of outcomes.values()) if (o.failed && o.passed) r.flaky.set(o.key, new Set([o.name]));
    expect(r.seconds.get('a.test.ts')).toBe(2);
    expect([...(r.flaky.get('a.test.ts') ?? [])]).toEqual(['races']);
  });

  it.each([
    [null, /not a JSON object/],
    [{ files: {} }, /not a shipline timings file/],
    [{ shipline: 'timings', version: 2, files: {} }, /version 2/],
    [{ shipline: 'timings', version: 1, files: { a: { seconds: -1 } } }, /entry "a"/],
  ])('asTimingsFile rejects %j', (v, msg) => expect(asTimingsFile(v)).toMatch(msg));
});

describe('estimateUnknown', () => {
  it('gives unknown files the median of the known ones when sizes are alike', () => {
    const e = estimateUnknown(
      new Map([
        ['a', 1],
        ['b', 3],
        ['c', 100],
      ]),
      ['d'],
      () => 1000,
    );
    expect(e.seconds.get('d')).toBe(3);
  });
  it('scales by size when sizes differ a lot, within the known range', () => {
    const sizes: Record<string, number> = { a: 1000, b: 2000, c: 4000, big: 40_000, tiny: 10 };
    const e = estimateUnknown(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 4],
      ]),
      ['big', 'tiny'],
      (f) => sizes[f],
    );
    expect(e.seconds.get('big')).toBe(4);
    expect(e.seconds.get('tiny')).toBe(1);
    expect(e.method).toMatch(/per byte/);
  });
  it('is never zero, even with no timings at all', () => {
    const e = estimateUnknown(new Map(), ['a', 'b'], () => 0);
    expect([...e.seconds.values()].every((s) => s > 0)).toBe(true);
  });
});

describe('formatFiles', () => {
  const files = ['test/a.test.ts', "test/it's.test.ts", 'pkg/store/a_test.go', 'pkg/store/b_test.go'];
  it.each([
    ['lines', "test/a.test.ts\ntest/it's.test.ts\npkg/store/a_test.go\npkg/store/b_test.go"],
    ['json', JSON.stringify(files)],
    ['vitest', "test/a.test.ts 'test/it'\\''s.test.ts' pkg/store/a_test.go pkg/store/b_test.go"],
    ['jest', "--runTestsByPath test/a.test.ts 'test/it'\\''s.test.ts' pkg/store/a_test.go pkg/store/b_test.go"],
    [
      'playwright',
      "'test/a\\.test\\.ts$' 'test/it'\\''s\\.test\\.ts$' 'pkg/store/a_test\\.go$' 'pkg/store/b_test\\.go$'",
    ],
    ['go', './pkg/store ./test'],
  ] as const)('%s', (format, want) => expect(formatFiles(files, format)).toBe(want));
});
