import type { Summary } from '../core/summary.js';
import type { ShardOptions, ShardPlan } from './types.js';
import type { Overhead } from './overhead.js';

const BAR = 24;
const LIST = 50;

function secs(n: number): string {
  return n >= 120 ? `${(n / 60).toFixed(1)} min` : n < 10 ? `${n.toFixed(2)} s` : `${n.toFixed(1)} s`;
}

/** A bar of `BAR` cells, full at `max`. */
export function bar(value: number, max: number): string {
  const cells = max > 0 ? Math.round((value / max) * BAR * 2) : 0;
  return '█'.repeat(cells >> 1) + (cells & 1 ? '▌' : '');
}

function more(list: string[], n: number): string[] {
  return list.length > n ? [...list.slice(0, n), `…and ${list.length - n} more (see the plan file)`] : list;
}

/** The job summary: each shard as a bar, the bound and what sets it, and what lacked timings. */
export function renderSummary(s: Summary, p: ShardPlan, o: Pick<ShardOptions, 'shards' | 'targetSeconds'>): void {
  const { plan, gathered, quarantine } = p;
  const over = plan.lowerBound > 0 ? (plan.makespan / plan.lowerBound - 1) * 100 : 0;
  s.heading(`Test shards: ${plan.shards.length} shard(s), slowest ${secs(plan.makespan)}`);
  s.paragraph(
    `${gathered.items.length} test file(s), ${secs(plan.total)} in all. Lower bound ${secs(plan.lowerBound)} (max of total ÷ shards and the longest file); this plan is ${over.toFixed(1)}% over it (${plan.algorithm}).${gathered.overhead ? ` Each file counts ${secs(gathered.overhead.perFile)} beyond its JUnit time${ownCosts(gathered.overhead)} and each shard starts in ${secs(gathered.overhead.perShard)} (learned from shard wall times over ${gathered.overhead.runs} run(s)).` : ''}`,
  );
  const max = Math.max(plan.makespan, quarantine?.seconds ?? 0);
  const rows: Array<Array<string | number>> = plan.shards.map((sh, i) => [
    i + 1,
    sh.files.length,
    secs(sh.seconds),
    bar(sh.seconds, max),
  ]);
  if (quarantine)
    rows.push([
      `${plan.shards.length + 1} (quarantine)`,
      quarantine.files.length,
      secs(quarantine.seconds),
      bar(quarantine.seconds, max),
    ]);
  s.table(['shard', 'files', 'predicted', ''], rows);
  if (plan.shards.length < plan.requested)
    s.paragraph(
      `Only ${gathered.items.length} file(s): planned ${plan.shards.length} shard(s) instead of ${plan.requested}, so no shard is empty.`,
    );
  if (o.shards === 'auto')
    s.paragraph(
      p.targetMet
        ? `shards: auto chose the fewest shards that meet the ${secs(o.targetSeconds)} target.`
        : `shards: auto could not meet the ${secs(o.targetSeconds)} target.`,
    );
  const perShard = plan.total / plan.shards.length;
  if (plan.longest.seconds >= perShard && plan.shards.length > 1) {
    s.paragraph(
      `⚠️ \`${plan.longest.path}\` alone (${secs(plan.longest.seconds)}) sets the lower bound: more shards will not help. Split it into smaller test files.`,
    );
  } else s.paragraph(`Longest file: \`${plan.longest.path}\` (${secs(plan.longest.seconds)}).`);
  if (quarantine) {
    const items = quarantine.files.map((f) => `\`${f}\` (${gathered.quarantineReasons.get(f) ?? 'quarantine'})`);
    s.details(
      `Quarantined (${quarantine.files.length}): run in their own shard with continue-on-error`,
      more(items, LIST)
        .map((i) => `- ${i}`)
        .join('\n'),
    );
  }
  if (gathered.estimated.length) {
    s.details(
      `Files without timings (${gathered.estimated.length}): estimated by ${gathered.estimateMethod}`,
      more(
        gathered.estimated.map((f) => `\`${f}\``),
        LIST,
      )
        .map((i) => `- ${i}`)
        .join('\n'),
    );
  }
  if (gathered.unmatched.length) {
    s.details(
      `Timing entries that match no test file (${gathered.unmatched.length})`,
      more(
        gathered.unmatched.map((u) => `\`${u.key}\`${u.hint ? `: ${u.hint}` : ''}`),
        LIST,
      )
        .map((i) => `- ${i}`)
        .join('\n'),
    );
  }
  if (gathered.warnings.length)
    s.details(
      `Warnings (${gathered.warnings.length})`,
      more(gathered.warnings, LIST)
        .map((w) => `- ${w}`)
        .join('\n'),
    );
}

/** ", N file(s) their own (most: path s)" when files learned their own fixed cost. */
function ownCosts(o: Overhead): string {
  const own = Object.entries(o.files ?? {}).sort(([, a], [, b]) => b - a);
  return own.length ? ` (${own.length} file(s) their own, most ${own[0][0]} ${secs(own[0][1])})` : '';
}
