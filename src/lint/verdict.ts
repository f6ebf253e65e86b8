import { inRanges, type LineRange } from '../core/git.js';
import type { CheckResult, FailLevel, FailOn, Finding, LintCheck } from './types.js';

const RANK: Record<Finding['severity'], number> = { error: 3, warning: 2, notice: 1 };

/** A check judged by its exit code alone: it failed, and its output gave no findings to judge. */
export interface WholeCheck {
  name: string;
  why: string;
}

export interface Verdict {
  result: 'passed' | 'failed';
  failOn: FailOn;
  failLevel: FailLevel;
  /** The findings that fail the gate (each becomes an annotation). */
  failing: Finding[];
  /** Findings in the verdict's scope (new, on changed lines, …) below the fail level. */
  below: Finding[];
  /** Findings outside the scope: existing ones, or off the changed lines/files. */
  notCounted: Finding[];
  /** Checks that failed as a whole (unparsed output, crashed, timed out, over budget). */
  whole: WholeCheck[];
  /** The verdict's reason, one line: the summary leads with it. */
  reason: string;
}

export interface VerdictInput {
  results: CheckResult[];
  checks: LintCheck[];
  failOn: FailOn;
  failLevel: FailLevel;
  /** Changed lines by file (paths as findings name them); undefined when every file counts. */
  lines?: Map<string, LineRange[]>;
  /** Changed files (paths as findings name them). */
  changed?: Set<string>;
  /** For fail-on new: the findings with no counterpart at the base. */
  fresh?: Set<Finding>;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function levels(fs: Finding[]): string {
  const e = fs.filter((f) => f.severity === 'error').length;
  const w = fs.filter((f) => f.severity === 'warning').length;
  const n = fs.length - e - w;
  const parts = [e && plural(e, 'error'), w && plural(w, 'warning'), n && plural(n, 'notice')].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Whether a finding is in the verdict's scope (new, on a changed line, in a changed file, or any). */
export function inScope(f: Finding, v: Pick<VerdictInput, 'failOn' | 'lines' | 'changed' | 'fresh'>): boolean {
  switch (v.failOn) {
    case 'any':
      return true;
    case 'changed-files':
      return !v.changed || (!!f.file && v.changed.has(f.file));
    case 'changed-lines':
      return !v.lines || (!!f.file && f.line !== undefined && inRanges(v.lines.get(f.file), f.line));
    case 'new':
      return !v.fresh || v.fresh.has(f);
  }
}

/** Why a check can only pass or fail as a whole, or undefined when its findings judge it. */
function wholeReason(r: CheckResult, check: LintCheck | undefined): string | undefined {
  if (r.status === 'error' || r.status === 'timed-out' || r.status === 'over-budget') return `${r.detail ?? r.status}`;
  if (r.status !== 'failed') return undefined;
  if (check?.format === 'text' && !check.builtin)
    return `${r.detail ?? 'failed'}; its output is not parsed into findings (format: text), so it passes or fails as a whole`;
  if (r.parseError) return `${r.detail ?? 'failed'}; ${r.parseError}`;
  if (r.findings.length === 0) return `${r.detail ?? 'failed'} with no findings parsed from its output (see the log)`;
  return undefined;
}

const NOUN: Record<FailOn, string> = {
  new: 'new',
  'changed-lines': 'on changed lines',
  'changed-files': 'in changed files',
  any: '',
};

/** Count `n` findings with the verdict's noun: "2 new findings", "3 findings on changed lines". */
function counted(n: number, failOn: FailOn): string {
  if (failOn === 'new') return `${n} new ${n === 1 ? 'finding' : 'findings'}`;
  const w = plural(n, 'finding');
  return NOUN[failOn] ? `${w} ${NOUN[failOn]}` : w;
}

/** The gate's verdict: which findings fail it under fail-on and fail-level, and why, in one line. */
export function decide(v: VerdictInput): Verdict {
  const byName = new Map(v.checks.map((c) => [c.name, c]));
  const failing: Finding[] = [];
  const below: Finding[] = [];
  const notCounted: Finding[] = [];
  const whole: WholeCheck[] = [];
  for (const r of v.results) {
    const check = byName.get(r.name);
    const why = wholeReason(r, check);
    if (why) whole.push({ name: r.name, why });
    // A `severity: warning` check is advisory: its findings are reported, never failing.
    const advisory = check?.severity === 'warning';
    for (const f of r.findings) {
      if (!inScope(f, v)) notCounted.push(f);
      else if (!advisory && RANK[f.severity] >= RANK[v.failLevel]) failing.push(f);
      else below.push(f);
    }
  }
  const parts: string[] = [];
  const onLines =
    v.failOn === 'new' && v.lines
      ? failing.filter((f) => f.file && f.line !== undefined && inRanges(v.lines!.get(f.file), f.line)).length
      : undefined;
  if (failing.length)
    parts.push(
      `${counted(failing.length, v.failOn)}${levels(failing)}${onLines !== undefined ? `, ${onLines} on changed lines` : ''}`,
    );
  else if (!whole.length || below.length || notCounted.length)
    parts.push(`no ${v.failOn === 'new' ? 'new findings' : `findings${NOUN[v.failOn] ? ` ${NOUN[v.failOn]}` : ''}`}`);
  if (below.length) parts.push(`${plural(below.length, 'finding')} below fail-level ${v.failLevel} not counted`);
  if (notCounted.length) {
    const what =
      v.failOn === 'new' ? 'existing' : v.failOn === 'changed-lines' ? 'off the changed lines' : 'in unchanged files';
    const touched = v.changed ? notCounted.filter((f) => f.file && v.changed!.has(f.file)).length : 0;
    parts.push(
      `${v.failOn === 'new' ? `${notCounted.length} existing ${notCounted.length === 1 ? 'finding' : 'findings'}` : `${plural(notCounted.length, 'finding')} ${what}`}${touched && v.failOn === 'new' ? ` (${touched} in touched files)` : ''} not counted`,
    );
  }
  for (const w of whole) parts.push(`${w.name} failed as a whole: ${w.why}`);
  const result = failing.length || whole.length ? 'failed' : 'passed';
  return {
    result,
    failOn: v.failOn,
    failLevel: v.failLevel,
    failing,
    below,
    notCounted,
    whole,
    reason: `${parts.join('; ')} (fail-on: ${v.failOn}, fail-level: ${v.failLevel})`,
  };
}
