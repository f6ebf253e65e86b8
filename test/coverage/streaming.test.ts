// A 2 GB LCOV file must parse in bounded memory: 2.2 GB (past V8's largest string and
// Buffer.toString) streamed through the parser from a generator, never held whole.
import { describe, expect, it } from 'vitest';
import { lcovBlock } from '../../bench/coverage/generate.js';
import { parseLcov } from '../../src/coverage/parsers/lcov.js';

describe('streaming', () => {
  it('parses 2.2 GB of LCOV with bounded memory and counts every record', async () => {
    const block = lcovBlock(500, 200); // ~1.3 MB: 500 files of 200 lines
    const repeats = Math.ceil(2.2e9 / block.length);
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
        if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
    const r = await parseLcov(stream(), 'big.info');
    expect(repeats * block.length).toBeGreaterThan(2 ** 31);
    // Same files and lines, every record's hits added.
    expect(r.totals().lines).toEqual(one.totals().lines);
    const f = [...one.files.values()][7];
    const [line, hits] = [...f.lines()].find(([, h]) => h > 0)!;
    expect(r.files.get(f.path)!.lineHits(line)).toBe(hits * repeats);
    // Memory: the model (500 files) plus a chunk, not the 2.2 GB.
    expect(peak - startRss).toBeLessThan(150 * 1024 * 1024);
  }, 600_000);
});
