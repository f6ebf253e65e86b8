import { Summary } from '../core/summary.js';
import type { DiffRange } from '../core/git.js';
import type { BaseInfo } from './newness.js';
import type { CheckResult, CheckSource, CheckStatus, FailLevel, FailOn, Finding } from './types.js';
import type { Verdict } from './verdict.js';

export interface GateReport {
  version: 1;
  result: 'passed' | 'failed' | 'cancelled';
  /** Why the gate passed or failed, and under which rules. */
  verdict: {
    failOn: FailOn;
    failLevel: FailLevel;
    reason: string;
    failing: number;
    notCounted: number;
    /** Checks judged by their exit code alone, and why. */
    wholeChecks: Array<{ name: string; why: string }>;
    /** For fail-on new: where the base findings came from and what it cost. */
    base?: BaseInfo;
    /** What became of the pull request review (review: true). */
    review?: string;
  };
  durationMs: number;
  /** What "changed" meant, or null when every file was linted. */
  range: { kind: string; description: string; base: string; head?: string } | null;
  changedOnly: boolean;
  /** Files checks were given (changed ones, or all); null when no check picks files by glob (none listed). */
  changedFiles: number | null;
  source: { kind: CheckSource['kind']; file?: string; detections?: CheckSource['detections'] };
  checks: Array<Omit<CheckResult, 'findings' | 'output'> & { findings: number }>;
  /** `verdict`: failing, below (the fail level), not-counted (existing, or outside the changed lines/files). */
  findings: Array<Finding & { annotated: boolean; verdict: 'failing' | 'below' | 'not-counted'; new?: boolean }>;
}

const ICON: Record<CheckStatus, string> = {
  passed: '✅ passed',
  warned: '⚠️ warned',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  'timed-out': '⏱️ timed out',
  'over-budget': '⏱️ over budget',
  cancelled: '🚫 cancelled',
  error: '❌ error',
};

export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export function buildReport(o: {
  result: GateReport['result'];
  verdict: Verdict;
  fresh?: Set<Finding>;
  base?: BaseInfo;
  review?: string;
  durationMs: number;
  range?: DiffRange;
  changedOnly: boolean;
  changedFiles: number | null;
  source: CheckSource;
  results: CheckResult[];
  annotated: Set<Finding>;
}): GateReport {
  const failing = new Set(o.verdict.failing);
  const below = new Set(o.verdict.below);
  return {
    version: 1,
    result: o.result,
    verdict: {
      failOn: o.verdict.failOn,
      failLevel: o.verdict.failLevel,
      reason: o.verdict.reason,
      failing: o.verdict.failing.length,
      notCounted: o.verdict.notCounted.length,
      wholeChecks: o.verdict.whole,
      base: o.base,
      review: o.review,
    },
    durationMs: o.durationMs,
    range: o.range
      ? { kind: o.range.kind, description: o.range.description, base: o.range.base, head: o.range.head }
      : null,
    changedOnly: o.changedOnly,
    changedFiles: o.changedFiles,
    source: { kind: o.source.kind, file: o.source.file, detections: o.source.detections },
    checks: o.results.map(({ findings, output: _output, ...rest }) => ({ ...rest, findings: findings.length })),
    findings: o.results.flatMap((r) =>
      r.findings.map((f) => ({
        ...f,
        annotated: o.annotated.has(f),
        verdict: failing.has(f) ? ('failing' as const) : below.has(f) ? ('below' as const) : ('not-counted' as const),
        ...(o.fresh ? { new: o.fresh.has(f) } : {}),
      })),
    ),
  };
}

const where = (f: Finding) =>
  f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}` : '';

/** Last lines of a failed check's output, when nothing could be parsed from it. */
function tail(output: string, lines = 30): string {
  const all = output.split('\n');
  return (all.length > lines ? [`… ${all.length - lines} lines above, in the log`, ...all.slice(-lines)] : all)
    .join('\n')
    .slice(-8000);
}

/** The job summary: one row per check, the slowest named, and every finding not annotated. */
export function gateSummary(report: GateReport, results: CheckResult[], findingsLimit = 500): Summary {
  const s = new Summary();
  s.heading(
    `Lint gate: ${report.result === 'passed' ? '✅ passed' : report.result === 'cancelled' ? '🚫 cancelled' : '❌ failed'}`,
    2,
  );
  // The verdict's reason leads: what failed (or why nothing did) and under which rules.
  s.paragraph(`**${report.verdict.reason}**`);
  if (report.verdict.review) s.paragraph(report.verdict.review + '.');
  const b = report.verdict.base;
  if (b && b.source !== 'not needed')
    s.paragraph(
      b.source === 'baseline'
        ? `Existing findings: from the baseline \`${b.file}\`.`
        : `Existing findings: the base ${b.commit?.slice(0, 7)} was linted in a git worktree (${b.checks.map((c) => c.name).join(', ') || 'no check'}; ${seconds(b.durationMs)}). Commit a baseline with \`shipline lint baseline\` to skip this.`,
    );
  const ran = results.filter((r) => r.status !== 'skipped' && r.durationMs > 0);
  const slowest = ran.sort((a, b) => b.durationMs - a.durationMs)[0];
  const scope =
    report.changedFiles === null
      ? `the whole project (no check picks files${report.range ? `; changes: ${report.range.description}` : ''})`
      : report.changedOnly
        ? `${report.changedFiles} changed file(s) (${report.range?.description ?? 'working tree'})`
        : 'every file';
  s.paragraph(
    `${results.length} check(s) on ${scope}, in ${seconds(report.durationMs)}${slowest ? `; slowest: **${slowest.name}** (${seconds(slowest.durationMs)})` : ''}.`,
  );
  s.table(
    ['check', 'status', 'duration', 'files', 'findings', 'note'],
    results.map((r) => [
      r.name,
      ICON[r.status],
      r.status === 'skipped' ? '' : seconds(r.durationMs),
      r.files,
      r.findings.length,
      [r.detail, r.parseError].filter(Boolean).join('; '),
    ]),
  );
  if (report.source.kind === 'detected') {
    const d = report.source.detections ?? [];
    s.details(
      `Checks detected from the repository (no config): ${
        d
          .filter((x) => x.picked)
          .map((x) => x.tool)
          .join(', ') || 'none'
      }`,
      d.map((x) => `- ${x.picked ? '✅' : '—'} **${x.tool}**: ${x.reason}`).join('\n'),
    );
  } else
    s.paragraph(
      `Checks from ${report.source.kind === 'config' ? `\`${report.source.file}\`` : 'the inline `checks` input'}.`,
    );
  for (const r of results) {
    if ((r.status === 'failed' || r.status === 'warned') && r.findings.length === 0 && r.output)
      s.details(`${r.name}: output (no findings parsed)`, '```\n' + tail(r.output).replace(/```/g, "'''") + '\n```');
  }
  const hidden = report.findings.filter((f) => !f.annotated);
  if (hidden.length) {
    s.heading(`Findings not annotated (${hidden.length}): not counted by the verdict`, 3);
    s.table(
      ['level', 'where', 'check', 'rule', 'message'],
      hidden.slice(0, findingsLimit).map((f) => [f.severity, where(f), f.check, f.rule ?? '', f.message]),
    );
    if (hidden.length > findingsLimit) s.paragraph(`…and ${hidden.length - findingsLimit} more in the report file.`);
  }
  return s;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** SARIF 2.1.0, one run per check, for github/codeql-action/upload-sarif. Paths from the repo root (`prefix` = cwd within it). */
export function toSarif(results: CheckResult[], prefix = ''): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: results
      .filter((r) => r.status !== 'skipped')
      .map((r) => ({
        tool: {
          driver: {
            name: r.name,
            informationUri: 'https://github.com/shipline/shipline',
            rules: [...new Set(r.findings.map((f) => f.rule).filter(Boolean))].map((id) => ({ id })),
          },
        },
        automationDetails: { id: `shipline-lint/${r.name}/` },
        results: r.findings.map((f) => ({
          ruleId: f.rule ?? `${r.name}`,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message || '(no message)' },
          ...(f.file
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: {
                        uri: (prefix && !f.file.startsWith('/') ? `${prefix}/${f.file}` : f.file)
                          .split('/')
                          .map(encodeURIComponent)
                          .join('/'),
                        uriBaseId: '%SRCROOT%',
                      },
                      ...(f.line
                        ? {
                            region: {
                              startLine: f.line,
                              ...(f.column ? { startColumn: f.column } : {}),
                              ...(f.endLine ? { endLine: f.endLine } : {}),
                              ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                            },
                          }
                        : {}),
                    },
                  },
                ],
              }
            : {}),
        })),
      })),
  };
}
