import type { Inputs } from '../core/inputs.js';
import { checkGlob, insidePath, pathRoots } from '../core/paths.js';
import { defineTool, type ToolContext } from '../core/tool.js';
import { parseFlags } from './flag-input.js';
import type { CoverageOptions, Floors } from './types.js';
import { FORMAT_NAMES } from './types.js';

const pct = (inputs: Inputs, name: string) =>
  inputs.optional(name) === undefined ? undefined : inputs.number(name, 0, { min: 0, max: 100 });

function floors(value: unknown, where: string, inputs: Inputs): Floors {
  const bad = () =>
    inputs.fail(
      'thresholds',
      `${where} is not a percentage or {lines, branches, functions}`,
      'write `glob: 80` or `glob: {lines: 80, branches: 60}` with numbers from 0 to 100',
    );
  const check = (n: unknown) => {
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) throw bad();
    return n;
  };
  if (typeof value === 'number') return { lines: check(value) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad();
  const out: Floors = {};
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'lines' && k !== 'branches' && k !== 'functions')
      throw inputs.fail('thresholds', `${where} has unknown metric "${k}"`, 'use lines, branches or functions');
    out[k] = check(v);
  }
  return out;
}

function branchName(inputs: Inputs): string | undefined {
  const b = inputs.optional('baseline-branch');
  if (b !== undefined && (!/^[\w][\w./-]*$/.test(b) || b.includes('..') || b.endsWith('.lock') || b.endsWith('/')))
    throw inputs.fail('baseline-branch', `"${b}" is not a branch name`, 'use a plain name such as shipline-data');
  return b;
}

/** Parse the inputs once; every mistake is a one-line ConfigError naming the input. */
export async function parseCoverageInputs(inputs: Inputs, ctx: ToolContext): Promise<CoverageOptions> {
  const files = inputs.list('files');
  const roots = pathRoots(ctx, { temp: true });
  const postComment = inputs.optional('post-comment');
  if (postComment !== undefined) {
    // The workflow_run side of a fork's comment: nothing else is read.
    return {
      ...({} as CoverageOptions),
      files: [],
      postComment: insidePath('post-comment', postComment, roots),
      token: inputs.optional('token'),
    };
  }
  if (!files.length)
    throw inputs.fail(
      'files',
      'names no coverage report',
      'give globs of your reports, one a line (e.g. coverage/lcov.info)',
    );
  const rawThresholds = await inputs.yaml('thresholds');
  const thresholds: CoverageOptions['thresholds'] = [];
  if (rawThresholds !== undefined && rawThresholds !== null) {
    if (typeof rawThresholds !== 'object' || Array.isArray(rawThresholds))
      throw inputs.fail('thresholds', 'is not a YAML mapping', 'write one `glob: minimum` a line');
    for (const [glob, v] of Object.entries(rawThresholds))
      thresholds.push({ glob, floors: floors(v, `"${glob}"`, inputs) });
  }
  // Reports and outputs stay inside the workspace or the runner's temp folder (artifacts are
  // often downloaded there); a `../` path, an absolute path elsewhere or a symlink out is refused.
  for (const f of files) checkGlob('files', f, roots);
  const path = (name: string) => {
    const v = inputs.optional(name);
    return v === undefined ? undefined : insidePath(name, v, roots);
  };
  const token = inputs.optional('token');
  const maxDrop =
    inputs.optional('max-drop') === undefined ? undefined : inputs.number('max-drop', 0, { min: 0, max: 100 });
  const baseline = path('baseline');
  if (maxDrop !== undefined && !baseline)
    throw inputs.fail(
      'max-drop',
      'is set but there is no baseline to compare with',
      'set baseline to the file write-baseline wrote on the default branch',
    );
  return {
    files,
    format: inputs.enum('format', FORMAT_NAMES, 'auto'),
    exclude: inputs.list('exclude'),
    min: {
      lines: pct(inputs, 'min-lines'),
      branches: pct(inputs, 'min-branches'),
      functions: pct(inputs, 'min-functions'),
    },
    minFile: pct(inputs, 'min-file'),
    thresholds,
    minDiff: pct(inputs, 'min-diff'),
    base: inputs.optional('base'),
    baseline,
    writeBaseline: path('write-baseline'),
    baselineRequired: inputs.boolean('baseline-required', false),
    baselineBranch: branchName(inputs),
    maxDrop,
    mergedReport: insidePath('merged-report', inputs.string('merged-report', '.shipline/coverage/merged.lcov'), roots),
    mergedFormat: inputs.enum('merged-format', ['lcov', 'cobertura', 'both'] as const, 'lcov'),
    comment: inputs.boolean('comment', true),
    commentId: inputs.optional('comment-id'),
    token,
    badge: path('badge'),
    annotate: inputs.boolean('annotate', true),
    maxAnnotations: inputs.number('max-annotations', 20, { min: 0, max: 50, integer: true }),
    flags: parseFlags(await inputs.yaml('flags'), inputs),
    commentFile: path('comment-file'),
  };
}

export const tool = defineTool<CoverageOptions>({
  inputs: [
    {
      name: 'files',
      description:
        'Globs of coverage reports, one a line (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON or json-summary, Go coverprofile, coverage.py JSON). Every match is merged.',
      default: '',
      kind: 'list',
    },
    {
      name: 'format',
      description:
        'Report format, or auto to detect each file from its content: auto, lcov, cobertura, jacoco, clover, istanbul-json, istanbul-summary, go, coveragepy-json.',
      default: 'auto',
    },
    {
      name: 'exclude',
      description: 'Globs of source files to leave out of every total, one a line (e.g. **/*.generated.ts).',
      default: '',
      kind: 'list',
    },
    {
      name: 'min-lines',
      description: 'Fail when total line coverage (percent) is below this. Empty: no gate.',
      default: '',
    },
    {
      name: 'min-branches',
      description: 'Fail when total branch coverage (percent) is below this. Empty: no gate.',
      default: '',
    },
    {
      name: 'min-functions',
      description: 'Fail when total function coverage (percent) is below this. Empty: no gate.',
      default: '',
    },
    {
      name: 'min-file',
      description: "Fail when any single file's line coverage (percent) is below this. Empty: no gate.",
      default: '',
    },
    {
      name: 'thresholds',
      description:
        'YAML mapping of glob to a minimum for the files it matches together (per-package floors): `src/core/**: 90` or `src/api/**: {lines: 80, branches: 60}`.',
      default: '',
    },
    {
      name: 'flags',
      description:
        "Monorepo parts (codecov's flags and components), a YAML mapping: `api: {paths: [services/api/**], reports: [coverage/api/*], lines: 80, diff: 90, carryforward: true}`. Each gets its own floors and row in the summary; carryforward keeps a flag's last coverage (from the baseline) when this run read none of its reports.",
      default: '',
    },
    {
      name: 'min-diff',
      description:
        'Fail when coverage of the changed lines (against base) is below this percent. Only changed lines the report measures count.',
      default: '',
    },
    {
      name: 'base',
      description:
        'Branch, tag or SHA to diff against for changed-line coverage. Empty: the pull request base, the pushed range, or the merge-base with the default branch.',
      default: '',
    },
    {
      name: 'baseline',
      description: 'A baseline JSON (written by write-baseline on the default branch) to compute the delta against.',
      default: '',
    },
    {
      name: 'baseline-required',
      description:
        'Fail when the baseline file is missing (a mistyped path, an evicted cache) instead of skipping the delta and max-drop with a warning.',
      default: 'false',
      kind: 'boolean',
    },
    {
      name: 'baseline-branch',
      description:
        "Keep the baseline on this branch of origin (e.g. shipline-data) instead of only in the Actions cache, which evicts it: baseline is fetched from the branch, and write-baseline commits and pushes there (needs contents: write and the checkout's credentials). Empty: the file only.",
      default: '',
    },
    {
      name: 'write-baseline',
      description:
        "Write this run's totals to this JSON file, as the baseline for later runs (do it on the default branch).",
      default: '',
    },
    {
      name: 'max-drop',
      description:
        'Fail when line coverage dropped by more than this many points against the baseline. Empty: no gate.',
      default: '',
    },
    {
      name: 'merged-report',
      description:
        'Where to write the merged coverage (LCOV; with merged-format cobertura or both, also Cobertura XML next to it).',
      default: '.shipline/coverage/merged.lcov',
    },
    { name: 'merged-format', description: 'Format of the merged report: lcov, cobertura or both.', default: 'lcov' },
    {
      name: 'comment',
      description: 'On pull requests, post the coverage summary as one sticky comment, updated in place (needs token).',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'comment-id',
      description:
        'Names the sticky comment, so two calls on one pull request (a monorepo, one call per service) keep one comment each. Empty: the one shipline coverage comment.',
      default: '',
    },
    {
      name: 'comment-file',
      description:
        "Fork pull requests: when the token cannot comment (a fork's), write the comment and the pull request number to this file; upload it as an artifact and post it from a workflow_run workflow with post-comment (see docs/coverage-gate.md). Empty: no file.",
      default: '',
    },
    {
      name: 'post-comment',
      description:
        "Post mode, for a workflow_run workflow with pull-requests: write: post the comment file a fork pull request's run wrote (downloaded from its artifact) to that pull request, if its head is still the commit that run tested. No report is read.",
      default: '',
    },
    {
      name: 'token',
      description: 'GitHub token for the pull request comment (pull-requests: write or issues: write).',
      default: '${{ github.token }}',
      cliDefault: '',
      secret: true,
      env: 'GITHUB_TOKEN',
    },
    { name: 'badge', description: 'Write an SVG line-coverage badge to this path. Empty: no badge.', default: '' },
    { name: 'annotate', description: 'Annotate uncovered changed line ranges.', default: 'true', kind: 'boolean' },
    {
      name: 'max-annotations',
      description: 'At most this many uncovered-range annotations (the rest are listed in the summary).',
      default: '20',
    },
  ],
  outputs: [
    { name: 'lines', description: 'Total line coverage, percent with two decimals (empty when nothing is measured).' },
    { name: 'branches', description: 'Total branch coverage, percent (empty when the reports have no branch data).' },
    {
      name: 'functions',
      description: 'Total function coverage, percent (empty when the reports have no function data).',
    },
    {
      name: 'diff-lines',
      description:
        'Coverage of the changed lines the reports measure, percent (empty when not computed or none measured).',
    },
    { name: 'delta', description: "Line coverage minus the baseline's, in points (empty without a baseline)." },
    { name: 'passed', description: 'true when every gate held.' },
    { name: 'merged-report', description: 'Path of the merged LCOV report.' },
    { name: 'posted', description: 'Post mode: true when the comment file was posted.' },
    {
      name: 'comment-file',
      description:
        'Path of the comment file written for a workflow_run workflow to post (empty when none was written).',
    },
  ],
  parse: (inputs, ctx) => parseCoverageInputs(inputs, ctx),
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
});
