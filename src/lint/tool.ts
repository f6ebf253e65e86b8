import { availableParallelism } from 'node:os';
import { resolveDryRun } from '../core/dry-run.js';
import { insidePath, pathRoots } from '../core/paths.js';
import { defineTool, type ToolSpec } from '../core/tool.js';
import { baselineCommand } from './baseline-command.js';
import { FAIL_ON, type LintOptions } from './types.js';

/**
 * The lint gate's spec and input parsing. Kept light: `shipline lint --help` loads this file,
 * so config reading and the engine load lazily inside parse/run.
 */
export const tool = defineTool<LintOptions>({
  inputs: [
    {
      name: 'config',
      description:
        'Path of the lint config file (checks: name, run or builtin, files, pass-files, format, timeout, severity, fix). Missing default file: the inline checks or zero-config detection are used.',
      default: '.shipline/lint.yml',
    },
    { name: 'checks', description: 'Inline YAML list of checks; takes precedence over the config file.' },
    {
      name: 'changed-only',
      description: 'Lint only changed files: auto (on pull requests, pushes and locally), true or false.',
      default: 'auto',
    },
    { name: 'base', description: "Git ref or SHA to compare with instead of the event's base." },
    { name: 'parallel', description: "How many checks run at once (default: the machine's cores)." },
    {
      name: 'budget',
      description: 'Seconds the whole gate may take; checks still running then are killed and named.',
      default: '90',
    },
    {
      name: 'fail-fast',
      description: 'Cancel the remaining checks at the first check that fails the verdict (old findings do not).',
      default: 'false',
      kind: 'boolean',
    },
    {
      name: 'fail-on',
      description:
        'Which findings fail the gate: new (not at the base, matched by fingerprint so moved lines stay old), changed-lines, changed-files or any. auto: any on the default branch and with --all, new otherwise.',
      default: 'auto',
    },
    {
      name: 'fail-level',
      description: 'The lowest severity that fails: error, warning or notice.',
      default: 'warning',
    },
    {
      name: 'baseline',
      description:
        'Committed baseline of existing findings (written by `shipline lint baseline`), used by fail-on new instead of linting the base when the file exists.',
      default: '.shipline/lint-baseline.json',
    },
    {
      name: 'review',
      description:
        "On pull requests, post one review with a comment per new finding on changed lines, with suggested changes where the tool gives a fix (needs token with pull-requests: write; a fork's pull request falls back to annotations).",
      default: 'false',
      kind: 'boolean',
    },
    {
      name: 'token',
      description: 'GitHub token for the review comments.',
      default: '${{ github.token }}',
      cliDefault: '',
      secret: true,
      env: 'GITHUB_TOKEN',
    },
    {
      name: 'dry-run',
      description: 'auto (dry under a local run), true or false: whether the review is really posted.',
      default: 'auto',
    },
    {
      name: 'annotate',
      description: 'Which findings become annotations: changed-lines, changed-files, all or none.',
      default: 'changed-lines',
    },
    {
      name: 'report',
      description: 'Path of the JSON report of every finding (default: a file in the runner temp folder).',
    },
    { name: 'sarif', description: 'Also write the findings as SARIF 2.1.0 to this path (for code scanning upload).' },
    { name: 'staged', description: 'Lint the staged changes (for a pre-commit hook).', kind: 'boolean', cliOnly: true },
    { name: 'all', description: 'Lint every file, not only changed ones.', kind: 'boolean', cliOnly: true },
    { name: 'fix', description: "Run each check's fix command first, then the gate.", kind: 'boolean', cliOnly: true },
    {
      name: 'json',
      description: 'Print the JSON report on stdout instead of the summary.',
      kind: 'boolean',
      cliOnly: true,
    },
  ],
  outputs: [
    { name: 'result', description: 'passed, failed or cancelled.' },
    { name: 'failed-checks', description: 'JSON array of the names of the checks that failed.' },
    { name: 'findings', description: 'Number of findings of every check.' },
    { name: 'failing-findings', description: 'Number of findings that fail the gate under fail-on and fail-level.' },
    { name: 'duration-ms', description: 'Wall time of the gate in milliseconds.' },
    { name: 'report', description: 'Path of the JSON report file.' },
  ],
  parse: async (inputs, ctx) => {
    const staged = inputs.boolean('staged', false);
    const all = inputs.boolean('all', false);
    if (staged && all) throw inputs.fail('all', 'cannot be combined with --staged', 'use one of them');
    let changedOnly = inputs.enum('changed-only', ['auto', 'true', 'false'] as const, 'auto');
    if (all) changedOnly = 'false';
    if (staged) changedOnly = 'true';
    // The config is read, the reports written, inside the workspace or the runner temp folder:
    // a pull request must not point the gate at files elsewhere (`../`, absolute, a symlink out).
    const roots = pathRoots(ctx, { temp: true });
    const path = (name: string) => {
      const v = inputs.optional(name);
      return v === undefined ? undefined : insidePath(name, v, roots);
    };
    if (inputs.optional('checks') === undefined) path('config');
    // The baseline is read (and written by `shipline lint baseline`) in the repository: checked, kept as given.
    const baseline = inputs.string('baseline', '.shipline/lint-baseline.json');
    insidePath('baseline', baseline, roots);
    const { loadChecks } = await import('./config.js');
    const source = await loadChecks(inputs, ctx);
    return {
      source,
      changedOnly,
      base: inputs.optional('base'),
      staged,
      parallel: inputs.number('parallel', availableParallelism(), { min: 1, max: 64, integer: true }),
      budgetMs: inputs.number('budget', 90, { min: 1, max: 6 * 3600 }) * 1000,
      failFast: inputs.boolean('fail-fast', false),
      failOn: all ? 'any' : inputs.enum('fail-on', ['auto', ...FAIL_ON] as const, 'auto'),
      failLevel: inputs.enum('fail-level', ['error', 'warning', 'notice'] as const, 'warning'),
      baseline,
      review: inputs.boolean('review', false),
      token: inputs.optional('token'),
      dryRun: resolveDryRun(inputs.optional('dry-run'), ctx.env, inputs.frontDoor).dry,
      annotate: inputs.enum('annotate', ['changed-lines', 'changed-files', 'all', 'none'] as const, 'changed-lines'),
      report: path('report'),
      sarif: path('sarif'),
      fix: inputs.boolean('fix', false),
      json: inputs.boolean('json', false),
    };
  },
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
  subcommands: { baseline: baselineCommand((): ToolSpec<LintOptions> => tool) },
});
