import { join, resolve } from 'node:path';
import { defineTool } from '../core/tool.js';
import type { ShardOptions } from './types.js';
import { FORMATS } from './format.js';
import { files, timings } from './subcommands.js';

/** GitHub runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;

/** Test shards: a job matrix balanced by measured time. Light: the engine loads in `run`. */
export const tool = defineTool<ShardOptions>({
  inputs: [
    {
      name: 'tests',
      description: 'Globs of test files, one a line, relative to working-directory (`!glob` excludes).',
      default: '',
      kind: 'list',
    },
    {
      name: 'working-directory',
      description: 'Folder the test globs are relative to, and the paths the plan prints.',
      default: '.',
    },
    {
      name: 'shards',
      description: 'Number of shards (1 to 256), or auto: the fewest shards whose predicted time meets target-seconds.',
      default: 'auto',
    },
    {
      name: 'target-seconds',
      description: 'For shards: auto, the predicted seconds the slowest shard should stay under.',
      default: '300',
    },
    { name: 'max-shards', description: 'For shards: auto, the most shards to plan.', default: '16' },
    {
      name: 'timings',
      description:
        'Globs (relative to the workspace) of JUnit XML reports and/or a shipline timings JSON (from shipline shard timings). Files without timings get an estimate.',
      default: '',
      kind: 'list',
    },
    {
      name: 'index',
      description:
        "A 1-based shard index: sets the files output to that shard's files (shards + 1 is the quarantine shard).",
      default: '',
    },
    {
      name: 'quarantine',
      description:
        'A file (relative to the workspace) listing known-flaky tests, one test file, glob or path::test a line: they run in their own shard.',
      default: '',
    },
    {
      name: 'strategy',
      description:
        'lpt: longest files first, then moves and swaps (the tightest plans). stable: files start on the shard their path hashes to and are balanced to within 1% of the lower bound, so adding a file moves few others (falls back to lpt when it cannot).',
      default: 'lpt',
    },
    { name: 'format', description: `How the files output lists files: ${FORMATS.join(', ')}.`, default: 'shell' },
    {
      name: 'plan-file',
      description: 'Where to write the JSON plan (default: shipline-shard-plan.json in the runner temp folder).',
      default: '',
    },
  ],
  outputs: [
    {
      name: 'matrix',
      description:
        'The job matrix as JSON for strategy.matrix: fromJSON(...): {"include":[{"shard":1,"total":4,"files":"...","quarantine":false}]}. Without files when too large: each runner then runs shipline shard files.',
    },
    { name: 'shard-count', description: 'The number of shards planned (not counting the quarantine shard).' },
    { name: 'files', description: 'The files of the shard given by index, in the format given by format.' },
    { name: 'plan', description: "Path of the JSON plan: each shard's files and predicted seconds." },
    { name: 'predicted-seconds', description: 'Predicted seconds of the slowest shard.' },
    { name: 'lower-bound-seconds', description: 'max(total seconds / shards, longest file): no plan can be faster.' },
  ],
  parse(inputs, ctx) {
    const shardsRaw = inputs.string('shards', 'auto');
    const n = Number(shardsRaw);
    if (shardsRaw.toLowerCase() !== 'auto' && !(Number.isInteger(n) && n >= 1 && n <= MAX_SHARDS)) {
      throw inputs.fail(
        'shards',
        `"${shardsRaw}" is neither auto nor a whole number from 1 to ${MAX_SHARDS}`,
        `set auto, or a whole number from 1 to ${MAX_SHARDS} (GitHub runs at most ${MAX_SHARDS} jobs from one matrix)`,
      );
    }
    const shards = shardsRaw.toLowerCase() === 'auto' ? 'auto' : n;
    const index =
      inputs.optional('index') === undefined
        ? undefined
        : inputs.number('index', 1, { integer: true, min: 1, max: MAX_SHARDS + 1 });
    return {
      tests: inputs.list('tests'),
      workingDirectory: resolve(ctx.cwd, inputs.string('working-directory', '.')),
      workspace: ctx.cwd,
      shards,
      targetSeconds: inputs.number('target-seconds', 300, { min: 0.001 }),
      maxShards: inputs.number('max-shards', 16, { integer: true, min: 1, max: MAX_SHARDS }),
      timings: inputs.list('timings'),
      index,
      quarantine: inputs.optional('quarantine'),
      format: inputs.enum('format', FORMATS, 'shell'),
      strategy: inputs.enum('strategy', ['lpt', 'stable'] as const, 'lpt'),
      planFile: resolve(ctx.cwd, inputs.optional('plan-file') ?? join(ctx.tempDir, 'shipline-shard-plan.json')),
    };
  },
  async run(options, ctx) {
    return (await import('./engine.js')).run(options, ctx);
  },
  subcommands: { timings, files },
});
