import { resolve } from 'node:path';
import { defineSubcommand } from '../core/tool.js';
import { FORMATS } from './format.js';
import type { FilesCommandOptions, TimingsCommandOptions } from './types.js';

/** `shipline shard timings`: many shards' JUnit reports → one small smoothed timings file. */
export const timings = defineSubcommand<TimingsCommandOptions>({
  summary: 'merge JUnit reports into a small smoothed timings file (--from GLOB ... --out FILE)',
  inputs: [
    {
      name: 'from',
      description: 'Globs of JUnit XML reports (all shards of one run), relative to the current directory.',
      kind: 'list',
      required: true,
    },
    { name: 'out', description: 'The timings file to write, e.g. .shipline/timings.json.', required: true },
    { name: 'previous', description: 'The timings file to smooth into (default: --out itself when it exists).' },
    {
      name: 'alpha',
      description: 'Smoothing weight of this run, above 0 and at most 1 (default: the previous file’s, else 0.3).',
    },
    { name: 'working-directory', description: 'Folder test file paths in the reports are relative to.', default: '.' },
    {
      name: 'walls',
      description:
        "Globs of shard wall records (shipline-wall-<shard>.json, written around each shard's test command): the per-file and per-shard costs JUnit leaves out are learned from them.",
      kind: 'list',
    },
    {
      name: 'plan',
      description: "The plan file those shards ran (required with --walls: it names each shard's files).",
    },
  ],
  outputs: [{ name: 'timings-file', description: 'Path of the timings file written.' }],
  parse(inputs, ctx) {
    const from = inputs.list('from');
    if (!from.length)
      throw inputs.fail('from', 'is required', 'give a glob of JUnit XML reports, e.g. --from "reports/**/*.xml"');
    const out = inputs.required('out', 'give the timings file to write, e.g. --out .shipline/timings.json');
    const alpha = inputs.optional('alpha') === undefined ? undefined : Number(inputs.optional('alpha'));
    if (alpha !== undefined && !(alpha > 0 && alpha <= 1))
      throw inputs.fail('alpha', `"${inputs.optional('alpha')}" is not a number above 0 and at most 1`, 'use e.g. 0.3');
    const previous = inputs.optional('previous');
    const walls = inputs.list('walls');
    const plan = inputs.optional('plan');
    if (walls.length && plan === undefined)
      throw inputs.fail(
        'plan',
        'is required with --walls',
        'pass the plan file the shards ran (the plan output of the shard step)',
      );
    return {
      walls,
      plan: plan === undefined ? undefined : resolve(ctx.cwd, plan),
      from,
      out: resolve(ctx.cwd, out),
      previous: previous === undefined ? undefined : resolve(ctx.cwd, previous),
      alpha,
      workingDirectory: resolve(ctx.cwd, inputs.string('working-directory', '.')),
    };
  },
  run: async (options, ctx) => (await import('./commands.js')).timingsCommand(options, ctx),
});

/** `shipline shard files`: one shard's files, in the form a test runner wants. */
export const files = defineSubcommand<FilesCommandOptions>({
  summary: `print one shard's files for a test runner (--index N --total T --format ${FORMATS.join('|')})`,
  inputs: [
    { name: 'index', description: 'The shard, 1-based (the quarantine shard is total + 1).', required: true },
    { name: 'total', description: 'The number of shards in the plan.', required: true },
    { name: 'format', description: `How to print the files: ${FORMATS.join(', ')}.`, default: 'lines' },
    { name: 'plan', description: 'The plan file of the shard step; without it the plan is recomputed from --tests.' },
    { name: 'tests', description: 'Globs of test files, as the plan step had them.', kind: 'list' },
    { name: 'timings', description: 'Timings globs, as the plan step had them.', kind: 'list' },
    { name: 'quarantine', description: 'The quarantine file, as the plan step had it.' },
    { name: 'strategy', description: 'lpt or stable, as the plan step had it.', default: 'lpt' },
    { name: 'working-directory', description: 'Folder the test globs are relative to.', default: '.' },
  ],
  outputs: [{ name: 'files', description: "The shard's files in the chosen format (printed on the CLI)." }],
  parse(inputs, ctx) {
    const plan = inputs.optional('plan');
    const tests = inputs.list('tests');
    if (plan === undefined && !tests.length)
      throw inputs.fail(
        'tests',
        'is empty and there is no --plan',
        'give --plan FILE, or --tests GLOB (with the same --timings and --quarantine as the plan job) to recompute the plan',
      );
    const whole = (name: string) => {
      inputs.required(name, 'give a whole number of 1 or more');
      return inputs.number(name, 1, { integer: true, min: 1 });
    };
    return {
      index: whole('index'),
      total: whole('total'),
      format: inputs.enum('format', FORMATS, 'lines'),
      plan: plan === undefined ? undefined : resolve(ctx.cwd, plan),
      tests,
      timings: inputs.list('timings'),
      quarantine: inputs.optional('quarantine'),
      strategy: inputs.enum('strategy', ['lpt', 'stable'] as const, 'lpt'),
      workingDirectory: resolve(ctx.cwd, inputs.string('working-directory', '.')),
    };
  },
  run: async (options, ctx) => (await import('./commands.js')).filesCommand(options, ctx),
});
