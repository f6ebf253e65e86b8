import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Inputs } from '../core/inputs.js';
import { insidePath, pathRoots } from '../core/paths.js';
import { defineTool, type ToolContext } from '../core/tool.js';
import { CommandLineError, splitCommand } from '../core/command-line.js';
import { resolveDryRun } from '../core/dry-run.js';
import { CORRECTIONS, FORMATS, METRICS, type Override, type PerfOptions } from './types.js';

/** `5%`, `5` (percent) or `0.5%`: a fraction. */
export function parsePercent(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw.trim());
  return m ? Number(m[1]) / 100 : undefined;
}

/** `90s`, `15m`, `1h` or plain seconds: milliseconds. */
export function parseDuration(raw: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(raw.trim());
  if (!m) return undefined;
  const scale = ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[m[2] ?? 's'];
  return Number(m[1]) * scale;
}

function argv(inputs: Inputs, name: string): string[] | undefined {
  const raw = inputs.optional(name);
  if (raw === undefined) return undefined;
  try {
    const a = splitCommand(raw);
    if (a.length) return a;
  } catch (e) {
    if (!(e instanceof CommandLineError)) throw e;
    throw inputs.fail(name, e.message, "write one command without shell operators, or wrap it as bash -c '…'");
  }
  return undefined;
}

function overrides(inputs: Inputs): Override[] {
  return inputs.keyValues('overrides').map(([pattern, value]) => {
    const v = value.trim().toLowerCase();
    if (v === 'ignore') return { pattern, ignore: true };
    const t = parsePercent(v);
    if (t === undefined)
      throw inputs.fail('overrides', `"${pattern}=${value}" has no threshold`, 'write glob=10% or glob=ignore');
    return { pattern, threshold: t, ignore: false };
  });
}

/** The performance gate: base vs head benchmarks in randomised interleaved rounds on one runner. */
export const tool = defineTool<PerfOptions>({
  inputs: [
    {
      name: 'command',
      description:
        'The benchmark command (no shell; `{output}` stands for a report file the command writes, e.g. `pytest --benchmark-json={output}`). Runs once per side per round.',
      required: true,
    },
    {
      name: 'format',
      description: `Output format: ${FORMATS.join(', ')} (command times the process itself: wall and CPU).`,
      required: true,
    },
    {
      name: 'metric',
      description:
        'The clock compared: cpu (process or thread CPU time), wall, or auto: cpu where the format reports it (google-benchmark, hyperfine, command, pytest-benchmark run with --benchmark-timer=time.process_time, go benchmarks reporting cpu-ns/op), else wall.',
      default: 'auto',
    },
    { name: 'build', description: 'Optional build command, run once in each checkout before the rounds.', default: '' },
    {
      name: 'base',
      description: 'Ref or SHA to compare with. Empty: the pull request base, or the merge group base.',
      default: '',
    },
    {
      name: 'working-directory',
      description: 'Folder (in the repository) the commands run in, in both checkouts.',
      default: '.',
    },
    {
      name: 'rounds',
      description:
        'Most rounds; each runs base and head once, in a random order. The gate stops sooner once every benchmark is settled (unchanged or faster).',
      default: '12',
    },
    {
      name: 'time-budget',
      description: 'Start no new round after this long (builds included): 90s, 15m, 1h.',
      default: '20m',
    },
    {
      name: 'threshold',
      description: 'The smallest slowdown that matters; a benchmark fails only when its whole interval is above it.',
      default: '5%',
    },
    {
      name: 'overrides',
      description:
        'Per-benchmark thresholds by glob on the name, one `glob=10%` or `glob=ignore` a line; the first match wins.',
      default: '',
      kind: 'list',
    },
    {
      name: 'alpha',
      description: 'Error rate across all benchmarks together (family-wise for holm, false-discovery for bh).',
      default: '0.05',
    },
    { name: 'correction', description: `Multiple-comparison control: ${CORRECTIONS.join(', ')}.`, default: 'holm' },
    {
      name: 'duet',
      description: 'Run base and head at the same time on separate cores (needs 2 CPUs).',
      default: 'false',
      kind: 'boolean',
    },
    { name: 'seed', description: 'Seed of the random round order (empty: random; always in the report).', default: '' },
    { name: 'report-path', description: 'Where to write the JSON report.', default: '' },
    {
      name: 'fail-on-missing',
      description: 'Fail when a benchmark of base no longer runs on head.',
      default: 'false',
      kind: 'boolean',
    },
    { name: 'run-timeout', description: 'Kill one benchmark run after this long.', default: '10m' },
    {
      name: 'comment',
      description: 'On pull requests, post the report as one sticky comment, updated in place (needs token).',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'token',
      description: 'GitHub token for the pull request comment (pull-requests: write or issues: write).',
      default: '${{ github.token }}',
      cliDefault: '',
      secret: true,
      env: 'GITHUB_TOKEN',
    },
    {
      name: 'dry-run',
      description: 'auto, true or false: a dry run writes no PR comment (auto: dry under a local act run).',
      default: 'auto',
    },
  ],
  outputs: [
    { name: 'result', description: 'passed, failed or cancelled.' },
    { name: 'regressions', description: 'JSON array of the names of the benchmarks that regressed.' },
    { name: 'report', description: 'Path of the JSON report (every round, every benchmark, the intervals).' },
  ],
  parse(inputs: Inputs, ctx: ToolContext): PerfOptions {
    inputs.required('format', `set the format the command prints: ${FORMATS.join(', ')}`);
    const command = argv(inputs, 'command');
    if (!command)
      throw inputs.fail('command', 'is required but empty', 'set the benchmark command, e.g. go test -bench=. -run=^$');
    const duration = (name: string) => {
      const v = parseDuration(inputs.string(name, ''));
      if (v === undefined || v <= 0)
        throw inputs.fail(name, `"${inputs.optional(name)}" is not a duration`, 'write e.g. 90s, 15m or 1h');
      return v;
    };
    const threshold = parsePercent(inputs.string('threshold', '5%'));
    if (threshold === undefined)
      throw inputs.fail('threshold', `"${inputs.optional('threshold')}" is not a percentage`, 'write e.g. 5%');
    const seedRaw = inputs.optional('seed');
    const seed = seedRaw === undefined ? randomInt(2 ** 31) : inputs.number('seed', 0, { integer: true, min: 0 });
    const report = inputs.optional('report-path');
    const format = inputs.enum('format', FORMATS, 'command');
    const metric = inputs.enum('metric', METRICS, 'auto');
    if (metric === 'cpu' && (format === 'tinybench' || format === 'benchmarkjs'))
      throw inputs.fail('metric', `is cpu but ${format} reports wall time only`, 'set metric to wall or auto');
    // The benchmark runs in, and the report is written to, the workspace (the report may also
    // go to the runner temp folder): a `../`, absolute or symlinked path out is refused.
    const workingDirectory = inputs.string('working-directory', '.');
    insidePath('working-directory', workingDirectory, pathRoots(ctx));
    return {
      command,
      format,
      metric,
      build: argv(inputs, 'build'),
      base: inputs.optional('base'),
      workingDirectory,
      rounds: inputs.number('rounds', 12, { integer: true, min: 2, max: 1000 }),
      timeBudgetMs: duration('time-budget'),
      threshold,
      overrides: overrides(inputs),
      alpha: inputs.number('alpha', 0.05, { min: 0.0001, max: 0.5 }),
      correction: inputs.enum('correction', CORRECTIONS, 'holm'),
      duet: inputs.boolean('duet', false),
      seed,
      reportPath: report
        ? insidePath('report-path', report, pathRoots(ctx, { temp: true }))
        : join(ctx.tempDir, `shipline-perf-${Date.now()}.json`),
      failOnMissing: inputs.boolean('fail-on-missing', false),
      runTimeoutMs: duration('run-timeout'),
      comment: inputs.boolean('comment', true),
      token: inputs.optional('token'),
      dryRun: resolveDryRun(inputs.optional('dry-run'), ctx.env, inputs.frontDoor).dry,
    };
  },
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
});
