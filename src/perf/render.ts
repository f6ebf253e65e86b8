import { Summary } from '../core/summary.js';
import type { BenchmarkResult, PerfReport } from './types.js';

/** `1.084 [1.061, 1.109]` style, as a percentage change: `+8.4% [+6.1%, +10.9%]`. */
export function pct(ratio: number): string {
  if (!Number.isFinite(ratio)) return ratio > 0 ? '+∞' : ratio < 0 ? '−∞' : '–';
  const v = (ratio - 1) * 100;
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
}

export function interval(b: BenchmarkResult): string {
  if (b.status === 'ignored') return '–';
  return `[${pct(b.low)}, ${pct(b.high)}]`;
}

/** Seconds per operation in the unit that reads best. */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds >= 1) return `${seconds.toFixed(3)} s`;
  if (seconds >= 1e-3) return `${(seconds * 1e3).toFixed(3)} ms`;
  if (seconds >= 1e-6) return `${(seconds * 1e6).toFixed(3)} µs`;
  return `${(seconds * 1e9).toFixed(2)} ns`;
}

function detectable(b: BenchmarkResult): string {
  if (b.status === 'ignored' || Number.isNaN(b.minDetectable)) return '–';
  return Number.isFinite(b.minDetectable) ? `${(b.minDetectable * 100).toFixed(1)}%` : 'none (too few rounds)';
}

const ICON: Record<BenchmarkResult['status'], string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  unchanged: 'unchanged',
  inconclusive: '❔ inconclusive',
  ignored: 'ignored',
};

/** One line for the log and the failure message. */
export function verdictLine(report: PerfReport): string {
  const n = report.benchmarks.length;
  if (report.regressions.length) {
    const worst = report.benchmarks
      .filter((b) => b.status === 'regression')
      .sort((a, b) => b.ratio - a.ratio)
      .map((b) => `${b.name} ${pct(b.ratio)} ${interval(b)}`);
    return `${report.regressions.length} of ${n} benchmarks slower than base beyond the threshold: ${worst.slice(0, 3).join('; ')}${worst.length > 3 ? '; …' : ''}`;
  }
  if (report.result === 'failed') return `benchmarks missing on head: ${report.onlyBase.join(', ')}`;
  return `no regression beyond the threshold in ${n} benchmarks over ${report.rounds} rounds`;
}

/** The job summary: verdict, regressions and improvements first, then every benchmark. */
export function renderSummary(report: PerfReport, s: Summary): void {
  s.heading(`Performance gate: ${report.result === 'passed' ? '✅ passed' : '❌ failed'}`);
  s.paragraph(verdictLine(report));
  s.paragraph(
    `Base \`${report.base.ref}\` (${report.base.sha.slice(0, 12)}) vs head ${report.head.sha.slice(0, 12)}: ` +
      `${report.rounds} randomised interleaved rounds${report.duet ? ' (duet: both at once)' : ''}, ` +
      `${report.metric === 'cpu' ? 'CPU' : 'wall'} time compared, ` +
      `threshold ${(report.threshold * 100).toFixed(1)}%, ${report.correction === 'bh' ? 'false-discovery rate' : 'family-wise error'} ${report.alpha} (${report.correction}), seed ${report.seed}. ` +
      'Change is head/base − 1 (Hodges–Lehmann on the paired log-ratios); a benchmark regresses only when its whole interval lies above the threshold.',
  );
  const flagged = report.benchmarks.filter((b) => b.status === 'regression' || b.status === 'improvement');
  flagged.sort((a, b) => (a.status === b.status ? b.ratio - a.ratio : a.status === 'regression' ? -1 : 1));
  if (flagged.length) {
    s.heading('Regressions and improvements', 3);
    s.table(
      ['benchmark', 'verdict', 'change', 'interval', 'confidence'],
      flagged.map((b) => [b.name, ICON[b.status], pct(b.ratio), interval(b), `${(b.confidence * 100).toFixed(1)}%`]),
    );
  }
  const noisy = report.benchmarks.filter((b) => b.status !== 'ignored' && !(b.minDetectable <= b.threshold * 2));
  if (noisy.length)
    s.paragraph(
      `⚠️ ${noisy.length} benchmark(s) too noisy for these rounds to catch twice the threshold: raise rounds, or lengthen each benchmark.`,
    );
  if (report.onlyBase.length || report.onlyHead.length)
    s.paragraph(
      `Only on base: ${report.onlyBase.join(', ') || 'none'}. Only on head: ${report.onlyHead.join(', ') || 'none'}.`,
    );
  const rows = report.benchmarks.map((b) => [
    b.name,
    ICON[b.status],
    duration(b.base),
    duration(b.head),
    b.status === 'ignored' ? '–' : pct(b.ratio),
    interval(b),
    `${(b.threshold * 100).toFixed(1)}%`,
    detectable(b),
    b.rounds,
  ]);
  s.details(
    `All ${report.benchmarks.length} benchmarks`,
    new Summary()
      .table(
        ['benchmark', 'verdict', 'base', 'head', 'change', 'interval', 'threshold', 'detectable (80%)', 'rounds'],
        rows,
      )
      .toString(),
  );
}
