// Property tests (fast-check): merging is commutative and associative, LCOV round-trips,
// and every parser throws only CoverageParseError whatever bytes it is fed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoverageParseError } from '../../src/coverage/errors.js';
import { CoverageReport } from '../../src/coverage/model.js';
import { bufferChunks } from '../../src/coverage/parsers/chunks.js';
import { FORMATS, parseChunks } from '../../src/coverage/parsers/index.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';
import { writeLcov } from '../../src/coverage/parsers/lcov-writer.js';

const fileArb = fc.record({
  path: fc.constantFrom('src/a.ts', 'src/b.ts', 'lib/c d.py', 'x/ü.go'),
  lines: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 5000 })), { maxLength: 30 }),
  branches: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 50 }),
    ),
    { maxLength: 10 },
  ),
  // LCOV ties FNDA to FN by name, so within one file names are unique (as the writers make them).
  functions: fc.uniqueArray(
    fc.tuple(
      fc.constantFrom('main', 'helper', '(anonymous_1)', 'a,b'),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 0, max: 9 }),
    ),
    { maxLength: 4, selector: (t) => t[0] },
  ),
});
const reportArb = fc.uniqueArray(fileArb, { maxLength: 4, selector: (f) => f.path }).map((files) => {
  const r = new CoverageReport();
  for (const f of files) {
    const fc = r.file(f.path);
    for (const [l, h] of f.lines) fc.addLine(l, h);
    for (const [l, b, i, h] of f.branches) fc.addBranch(l, b, i, h);
    for (const [n, l, h] of f.functions) fc.addFunction(n, l, h);
  }
  return r;
});

/** A canonical, order-free view of a report. */
function canon(r: CoverageReport): unknown {
  return [...r.files.values()]
    .map((f) => ({
      path: f.path,
      lines: [...f.lines()],
      branches: [...f.branches.values()]
        .map((b) => [`${b.line}:${b.block}:${b.index}`, b.hits])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      functions: [...f.functions.values()]
        .map((fn) => [`${fn.line}:${fn.name}`, fn.hits])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
const merged = (...rs: CoverageReport[]) => rs.reduce((acc, r) => acc.merge(r), new CoverageReport());

describe('merge', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        expect(canon(merged(a, b))).toEqual(canon(merged(b, a)));
      }),
    );
  });
  it('is associative', () => {
    fc.assert(
      fc.property(reportArb, reportArb, reportArb, (a, b, c) => {
        expect(canon(merged(merged(a, b), c))).toEqual(canon(merged(a, merged(b, c))));
      }),
    );
  });
  it('adds line hits and never loses a measured line', () => {
    fc.assert(
      fc.property(reportArb, reportArb, (a, b) => {
        const m = merged(a, b);
        for (const f of m.files.values()) {
          for (const [line, hits] of f.lines())
            expect(hits).toBe((a.files.get(f.path)?.lineHits(line) ?? 0) + (b.files.get(f.path)?.lineHits(line) ?? 0));
        }
      }),
    );
  });
});

describe('LCOV round trip', () => {
  it('parsing what the writer wrote gives back the same coverage', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, fc.integer({ min: 1, max: 64 }), async (r, chunk) => {
        if (r.files.size === 0) return;
        const text = [...writeLcov(r)].join('');
        // Tiny chunks too: records and lines split across chunk boundaries.
        const back = await parseLcov(bufferChunks(text, chunk), 'round-trip.info');
        expect(canon(back)).toEqual(canon(r));
      }),
    );
  });
});

describe('parsers on random input', () => {
  const mutated = fc
    .tuple(
      fc.constantFrom(
        'TN:\nSF:a.ts\nFN:1,f\nFNDA:1,f\nDA:1,1\nBRDA:1,0,0,-\nend_of_record\n',
        '<?xml version="1.0"?><coverage><packages><package><classes><class filename="a"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>',
        '{"a.ts":{"path":"a.ts","statementMap":{"0":{"start":{"line":1}}},"s":{"0":1}}}',
        'mode: set\na.go:1.1,2.2 1 1\n',
      ),
      fc.integer({ min: 0, max: 200 }),
      fc.string({ maxLength: 8 }),
    )
    .map(([s, at, ins]) => s.slice(0, at % (s.length + 1)) + ins + s.slice(at % (s.length + 1)));
  const input = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((u) => Buffer.from(u)),
    mutated,
  );
  it.each(FORMATS)('%s throws only CoverageParseError', async (format) => {
    await fc.assert(
      fc.asyncProperty(input, async (data) => {
        try {
          await parseChunks(format, bufferChunks(data, 7), 'random');
        } catch (e) {
          if (!(e instanceof CoverageParseError))
            throw new Error(`${format} threw ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
        }
      }),
      { numRuns: 300 },
    );
  });
});
