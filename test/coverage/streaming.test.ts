// An LCOV file larger than V8's longest string must parse in bounded memory: the input streams
// through the parser from a generator, never held whole. Past buffer.constants.MAX_STRING_LENGTH
// (about 512 MiB) a parser that joins its input into one string throws; and the peak RSS growth
// must stay under a bound that is a fraction of the input, so one that keeps the bytes (Buffers,
// not a string) fails too. The time of the full 2.2 GB parse is a bench figure, not a test's.
import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { lcovBlock } from '../../bench/coverage/generate.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';

/** The RSS growth allowed: the model (500 files) plus a chunk, not the input. */
const BOUND = 150 * 1024 * 1024;

describe('streaming', () => {
  it('parses LCOV past the longest string V8 can hold, with bounded memory, and counts every record', async () => {
    const block = lcovBlock(500, 200); // ~1.3 MB: 500 files of 200 lines
    const repeats = Math.ceil((constants.MAX_STRING_LENGTH + 1) / block.length);
    const one = await parseLcov(
      (async function* () {
        yield block;
      })(),
      'one.info',
    );
    const startRss = process.memoryUsage().rss;
    let peak = startRss;
    async function* stream() {
      for (let i = 0; i < repeats; i++) {
        // Split each block unevenly so records and lines straddle chunk boundaries.
        yield block.subarray(0, 777_777);
        yield block.subarray(777_777);
        if (i % 16 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
    const r = await parseLcov(stream(), 'big.info');
    const total = repeats * block.length;
    // More bytes than any one string can hold, and over three times the memory bound.
    expect(total).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(total).toBeGreaterThan(3 * BOUND);
    expect(() => 'x'.repeat(total)).toThrow(RangeError); // (thrown before anything is allocated)
    // Same files and lines, every record's hits added.
    expect(r.totals().lines).toEqual(one.totals().lines);
    const f = [...one.files.values()][7];
    const [line, hits] = [...f.lines()].find(([, h]) => h > 0)!;
    expect(r.files.get(f.path)!.lineHits(line)).toBe(hits * repeats);
    // Memory: the model plus a chunk, not the input.
    expect(peak - startRss).toBeLessThan(BOUND);
  }, 600_000);
});
