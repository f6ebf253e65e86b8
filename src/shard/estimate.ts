/** Nothing is ever planned at zero seconds: a zero would pile files onto one shard. */
export const MIN_SECONDS = 0.001;
/** Sizes "differ a lot" when the middle 80% of files span more than this factor. */
export const SIZE_SPREAD = 4;

export interface Estimate {
  seconds: Map<string, number>;
  /** How the unknown files were estimated, for the summary. */
  method: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];
}

/**
 * Seconds for files without timings: the median of the known files, scaled by file size
 * when sizes differ a lot (a 40 KB test file is rarely as quick as a 2 KB one), clamped to
 * the range of the known files. With no timings at all, size alone sets the weights.
 */
export function estimateUnknown(
  known: Map<string, number>,
  unknown: string[],
  sizeOf: (path: string) => number,
): Estimate {
  const seconds = new Map<string, number>();
  if (!unknown.length) return { seconds, method: 'none needed' };
  const knownSecs = [...known.values()].filter((s) => s > 0);
  const sizes = new Map<string, number>();
  for (const f of [...known.keys(), ...unknown]) sizes.set(f, Math.max(1, sizeOf(f)));
  const allSizes = [...sizes.values()].sort((a, b) => a - b);
  const spread = quantile(allSizes, 0.9) / quantile(allSizes, 0.1);
  const bySize = spread > SIZE_SPREAD;
  if (!knownSecs.length) {
    const mid = median(allSizes);
    for (const f of unknown) seconds.set(f, bySize ? Math.max(MIN_SECONDS, (sizes.get(f) as number) / mid) : 1);
    return {
      seconds,
      method: bySize ? 'no timings: weighted by file size (median-sized file = 1 s)' : 'no timings: 1 s each',
    };
  }
  const med = median(knownSecs);
  if (!bySize) {
    for (const f of unknown) seconds.set(f, Math.max(MIN_SECONDS, med));
    return { seconds, method: `median of known files (${med.toFixed(2)} s)` };
  }
  const perByte = median([...known].filter(([, s]) => s > 0).map(([f, s]) => s / (sizes.get(f) as number)));
  const lo = Math.min(...knownSecs);
  const hi = Math.max(...knownSecs);
  for (const f of unknown)
    seconds.set(f, Math.max(MIN_SECONDS, Math.min(hi, Math.max(lo, perByte * (sizes.get(f) as number)))));
  return { seconds, method: `median seconds per byte of known files × file size (sizes differ ${spread.toFixed(0)}×)` };
}
