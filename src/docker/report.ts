import type { Summary } from '../core/summary.js';
import { registryPage, type BuildSteps } from './build-log.js';
import type { Builder } from './commands.js';

const BUILDERS: Record<Builder, string> = {
  buildx: 'docker buildx build',
  buildkit: 'docker build with BuildKit (DOCKER_BUILDKIT=1)',
  docker: 'docker build',
};

/** What happened, collected as the run goes and rendered once into the job summary. */
export interface Report {
  image: string;
  /** Where the image lives, for links to the registry's web page (ghcr.io, Docker Hub). */
  registry: string;
  repository: string;
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
  /** The build's steps, cached or built, read from docker's output. */
  steps?: BuildSteps;
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
    ['tags', r.tags.map((t) => tagLink(r, t)).join(' ')],
  ];
  if (r.digest) rows.push(['digest', `\`${r.digest}\``], ['image-ref', `\`${r.image}@${r.digest}\``]);
  if (r.sizeBytes) rows.push(['size', formatBytes(r.sizeBytes)]);
  if (r.buildMs !== undefined) rows.push(['build time', `${(r.buildMs / 1000).toFixed(1)} s`]);
  if (r.totalMs !== undefined) rows.push(['total time', `${(r.totalMs / 1000).toFixed(1)} s`]);
  if (r.steps) rows.push(['steps', stepsLine(r.steps)]);
  if (r.builder) rows.push(['builder', BUILDERS[r.builder]]);
  rows.push(['push', r.push ? `yes (${r.pushReason})` : `no (${r.pushReason})`]);
  if (r.pushAttempts) rows.push(['push attempts', String(r.pushAttempts)]);
  if (r.retagged?.length) rows.push(['retagged', r.retagged.map((t) => `\`${t}\``).join(' ')]);
  if (r.dropped.length) rows.push(['tag templates skipped', r.dropped.map((t) => `\`${t}\``).join(' ')]);
  summary.table(['', ''], rows);
  if (r.steps && r.steps.cached.length + r.steps.built.length > 0)
    summary.details(
      'build steps',
      [...r.steps.built.map((s) => `- built: \`${s}\``), ...r.steps.cached.map((s) => `- cached: \`${s}\``)].join('\n'),
    );
  if (r.error) summary.paragraph(`**Error:** ${r.error}`);
  if (r.log) summary.details('docker output (last lines)', '```\n' + r.log.replace(/```/g, "'''") + '\n```');
  if (r.commands)
    summary
      .paragraph('Dry run: the commands a real run gives docker (the digest is only known after a push):')
      .code(r.commands.join('\n'), 'sh');
}

/** A tag, as a link to the registry's page when it has one and the tag was pushed. */
function tagLink(r: Report, tag: string): string {
  const url =
    r.push && r.result !== 'dry run' && r.result !== 'failed' ? registryPage(r.registry, r.repository, tag) : undefined;
  return url ? `[\`${tag}\`](${url})` : `\`${tag}\``;
}

function stepsLine(s: BuildSteps): string {
  const total = s.cached.length + s.built.length;
  return `${s.built.length} built, ${s.cached.length} from cache (of ${total})`;
}
