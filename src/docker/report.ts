import type { Summary } from '../core/summary.js';
import type { Builder } from './commands.js';

/** What happened, collected as the run goes and rendered once into the job summary. */
export interface Report {
  image: string;
  tags: string[];
  shaTag: string;
  push: boolean;
  pushReason: string;
  result: 'built' | 'skipped' | 'dry run' | 'failed';
  builder?: Builder;
  digest?: string;
  imageId?: string;
  sizeBytes?: number;
  buildMs?: number;
  totalMs?: number;
  pushAttempts?: number;
  retagged?: string[];
  dropped: string[];
  commands?: string[];
  error?: string;
  /** The tail of docker's output when it failed. */
  log?: string;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

const ICON: Record<Report['result'], string> = { built: '✅', skipped: '⏭️', 'dry run': '🧪', failed: '❌' };

export function renderSummary(summary: Summary, r: Report): void {
  summary.heading(`${ICON[r.result]} docker-build: ${r.image}:${r.shaTag} ${r.result}`, 3);
  const rows: Array<[string, string]> = [
    [
      'result',
      r.result === 'skipped' ? 'skipped: the SHA tag already exists in the registry, nothing was built' : r.result,
    ],
    ['tags', r.tags.map((t) => `\`${t}\``).join(' ')],
  ];
  if (r.digest) rows.push(['digest', `\`${r.digest}\``], ['image-ref', `\`${r.image}@${r.digest}\``]);
  if (r.sizeBytes) rows.push(['size', formatBytes(r.sizeBytes)]);
  if (r.buildMs !== undefined) rows.push(['build time', `${(r.buildMs / 1000).toFixed(1)} s`]);
  if (r.totalMs !== undefined) rows.push(['total time', `${(r.totalMs / 1000).toFixed(1)} s`]);
  if (r.builder) rows.push(['builder', r.builder === 'buildx' ? 'docker buildx build' : 'docker build']);
  rows.push(['push', r.push ? `yes (${r.pushReason})` : `no (${r.pushReason})`]);
  if (r.pushAttempts) rows.push(['push attempts', String(r.pushAttempts)]);
  if (r.retagged?.length) rows.push(['retagged', r.retagged.map((t) => `\`${t}\``).join(' ')]);
  if (r.dropped.length) rows.push(['tag templates skipped', r.dropped.map((t) => `\`${t}\``).join(' ')]);
  summary.table(['', ''], rows);
  if (r.error) summary.paragraph(`**Error:** ${r.error}`);
  if (r.log) summary.details('docker output (last lines)', '```\n' + r.log.replace(/```/g, "'''") + '\n```');
  if (r.commands)
    summary
      .paragraph('Dry run: the commands a real run gives docker (the digest is only known after a push):')
      .code(r.commands.join('\n'), 'sh');
}
