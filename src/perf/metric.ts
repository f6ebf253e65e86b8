import { ConfigError } from '../core/errors.js';
import { GO_CPU_UNIT } from './formats/go.js';
import type { Measures } from './formats/index.js';
import type { Clock, Format, Metric } from './types.js';

/** Why a format's output has no CPU time, and how to get one. */
function noCpu(format: Format): [problem: string, fix: string] {
  switch (format) {
    case 'go':
      return [
        'is cpu but go test -bench prints wall time only (ns/op)',
        `report CPU time from each benchmark with b.ReportMetric(cpuNs/float64(b.N), "${GO_CPU_UNIT}"), or set metric to wall or auto`,
      ];
    case 'pytest-benchmark':
      return [
        'is cpu but pytest-benchmark measured wall time (its default timer, perf_counter)',
        'add --benchmark-timer=time.process_time to the command, or set metric to wall or auto',
      ];
    default:
      return [`is cpu but the ${format} output has no CPU time`, 'set metric to wall or auto'];
  }
}

/**
 * The clock of one run's measures for the metric asked for. `auto` takes CPU time when every
 * benchmark has it (user + system time does not grow when another process takes the core, so it
 * is far steadier on a shared runner), else wall time. A clock the output lacks is one line
 * naming input 'metric'.
 */
export function pickClock(
  format: Format,
  m: Measures,
  metric: Metric,
): { clock: Clock; values: Map<string, number[]> } {
  const names = new Set([...m.wall.keys(), ...m.cpu.keys()]);
  const clock: Clock =
    metric !== 'auto' ? metric : m.cpu.size > 0 && m.cpu.size === names.size ? 'cpu' : m.wall.size ? 'wall' : 'cpu';
  if (clock === 'cpu' && m.cpu.size === 0 && m.wall.size > 0) throw ConfigError.forInput('metric', ...noCpu(format));
  if (clock === 'wall' && m.wall.size === 0 && m.cpu.size > 0)
    throw ConfigError.forInput(
      'metric',
      `is wall but the ${format} output has CPU time only${format === 'pytest-benchmark' ? ' (--benchmark-timer=time.process_time)' : ''}`,
      'set metric to cpu or auto',
    );
  return { clock, values: m[clock] };
}
