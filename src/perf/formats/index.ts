import type { Format } from '../types.js';
import { parseBenchmarkJs } from './benchmarkjs.js';
import { parseGo } from './go.js';
import { parseGoogleBenchmark, parseHyperfine, parsePytestBenchmark, parseTinybench, type Measures } from './json.js';

export type { Measures } from './json.js';

export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/**
 * Find a JSON document in a command's output: the whole text, or the first line starting a
 * top-level `{`/`[` through the end (tools often print progress before the report).
 */
function parseJson(text: string): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch {
    const lines = t.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (!/^[[{]/.test(lines[i])) continue;
      try {
        return JSON.parse(lines.slice(i).join('\n'));
      } catch {
        /* keep looking */
      }
    }
  }
  throw new FormatError('the output is not JSON');
}

const wallOnly = (wall: Map<string, number[]>): Measures => ({ wall, cpu: new Map() });

/** Parse one run's output in `format` into benchmark → observations (seconds per op), per clock. */
export function parseMeasures(format: Exclude<Format, 'command'>, text: string): Measures {
  switch (format) {
    case 'go':
      return parseGo(text);
    case 'benchmarkjs':
      return wallOnly(parseBenchmarkJs(text));
    case 'pytest-benchmark':
      return parsePytestBenchmark(parseJson(text));
    case 'google-benchmark':
      return parseGoogleBenchmark(parseJson(text));
    case 'hyperfine':
      return parseHyperfine(parseJson(text));
    case 'tinybench':
      return wallOnly(parseTinybench(parseJson(text)));
  }
}

/** One clock of one run's output: benchmark → observations (seconds per op). */
export function parseOutput(
  format: Exclude<Format, 'command'>,
  text: string,
  clock: 'wall' | 'cpu' = 'wall',
): Map<string, number[]> {
  return parseMeasures(format, text)[clock];
}
