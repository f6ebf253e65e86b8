import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, describeThrown } from '../core/errors.js';
import type { ToolContext } from '../core/tool.js';
import { computePlan, shardFiles } from './engine.js';
import { FORMATS, formatFiles, type Format } from './format.js';
import { normalizePath } from './paths.js';
import { STRATEGIES, type Strategy } from './plan.js';
import { asTimingsFile, mergeTimings, readReports, type TimingsFile } from './timings.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with one-line errors that say how to get help. */
function parse(
  argv: string[],
  options: Options,
  verb: string,
): Record<string, string | boolean | string[] | undefined> {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' }, cwd: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values as never;
  } catch (e) {
    throw new ConfigError(
      `shipline shard ${verb}: ${describeThrown(e).split('\n')[0]}; run shipline shard ${verb} --help`,
    );
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function positiveInt(v: unknown, flag: string, verb: string): number {
  const s = str(v);
  if (s === undefined)
    throw new ConfigError(`shipline shard ${verb}: --${flag} is required; give a whole number of 1 or more`);
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`shipline shard ${verb}: --${flag} "${s}" is not a whole number of 1 or more; give one`);
  return n;
}

async function guard(ctx: ToolContext, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ConfigError) {
      ctx.logger.error(e.message);
      return 2;
    }
    ctx.logger.error(`shipline shard crashed (a bug, please report it): ${describeThrown(e)}`);
    return 1;
  }
}

const TIMINGS_HELP = `usage: shipline shard timings --from GLOB [--from GLOB ...] --out FILE [--previous FILE] [--alpha 0.3] [--working-directory DIR]
  Reads JUnit XML reports (all shards of one run), books each test's time on its file and
  smooths it into FILE (default previous: FILE itself when it exists).`;

/** `shipline shard timings`: many shards' JUnit reports → one small smoothed timings file. */
export function timingsCommand(argv: string[], ctx: ToolContext): Promise<number> {
  return guard(ctx, async () => {
    const v = parse(
      argv,
      {
        from: { type: 'string', multiple: true },
        out: { type: 'string' },
        previous: { type: 'string' },
        alpha: { type: 'string' },
        'working-directory': { type: 'string' },
      },
      'timings',
    );
    if (v.help) {
      process.stdout.write(TIMINGS_HELP + '\n');
      return 0;
    }
    const cwd = resolve(ctx.cwd, str(v.cwd) ?? '.');
    const from = ((v.from as string[] | undefined) ?? [])
      .flatMap((f) => f.split('\n'))
      .map((f) => f.trim())
      .filter(Boolean);
    if (!from.length)
      throw new ConfigError(
        'shipline shard timings: --from is required; give a glob of JUnit XML reports, e.g. --from "reports/**/*.xml"',
      );
    const outArg = str(v.out);
    if (!outArg)
      throw new ConfigError(
        'shipline shard timings: --out is required; give the timings file to write, e.g. --out .shipline/timings.json',
      );
    const out = resolve(cwd, outArg);
    const alpha = v.alpha === undefined ? undefined : Number(v.alpha);
    if (alpha !== undefined && !(alpha > 0 && alpha <= 1))
      throw new ConfigError(
        `shipline shard timings: --alpha "${String(v.alpha)}" is not a number above 0 and at most 1; use e.g. 0.3`,
      );
    const { glob } = await import('tinyglobby');
    const reports: string[] = [];
    for (const pattern of from) {
      const hits = await glob([pattern], {
        cwd,
        onlyFiles: true,
        absolute: true,
        expandDirectories: false,
        ignore: ['**/node_modules/**'],
      });
      if (!hits.length)
        throw new ConfigError(
          `shipline shard timings: --from '${pattern}' matched no file in ${cwd}; check the glob (it is relative to the current directory or --cwd)`,
        );
      reports.push(...hits);
    }
    reports.sort();
    const prevPath = str(v.previous) ? resolve(cwd, str(v.previous) as string) : out;
    let previous: TimingsFile | undefined;
    if (existsSync(prevPath)) {
      let parsed: TimingsFile | string;
      try {
        parsed = asTimingsFile(JSON.parse(readFileSync(prevPath, 'utf8')));
      } catch (e) {
        parsed = `is not valid JSON (${describeThrown(e)})`;
      }
      if (typeof parsed === 'string')
        ctx.logger.warning(`${relative(cwd, prevPath) || prevPath} ${parsed}; starting fresh timings`);
      else previous = parsed;
    } else if (str(v.previous))
      ctx.logger.warning(`--previous ${str(v.previous)} does not exist; starting fresh timings`);
    const wd = resolve(cwd, str(v['working-directory']) ?? '.');
    const run = readReports(reports, [wd, cwd], (p) => normalizePath(relative(cwd, p)));
    for (const w of run.warnings) ctx.logger.warning(w);
    if (run.seconds.size === 0)
      throw new ConfigError(
        `shipline shard timings: the ${reports.length} report(s) matched by --from name no test file (see the warnings above); configure the reporter to write file or classname attributes`,
      );
    const merged = mergeTimings(previous, run, alpha ?? previous?.alpha, new Date(ctx.now()).toISOString());
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(merged, null, 2) + '\n');
    ctx.logger.info(
      `wrote ${relative(cwd, out) || out}: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s) with ${run.cases} test case(s), run ${merged.runs}, smoothed with alpha ${merged.alpha}${Object.keys(merged.flaky).length ? `; ${Object.keys(merged.flaky).length} file(s) with flaky tests` : ''}`,
    );
    return 0;
  });
}

const FILES_HELP = `usage: shipline shard files --index N --total T [--format ${FORMATS.join('|')}]
         (--plan PLAN.json | --tests GLOB ... [--timings GLOB ...] [--quarantine FILE] [--strategy lpt|stable] [--working-directory DIR])
  Prints shard N's files. With --plan, from the plan file; otherwise it recomputes the plan
  from the same inputs as the plan job, which gives the same files on every runner.`;

/** `shipline shard files`: one shard's files, in the form a test runner wants. */
export function filesCommand(argv: string[], ctx: ToolContext): Promise<number> {
  return guard(ctx, async () => {
    const v = parse(
      argv,
      {
        index: { type: 'string' },
        total: { type: 'string' },
        format: { type: 'string' },
        plan: { type: 'string' },
        tests: { type: 'string', multiple: true },
        timings: { type: 'string', multiple: true },
        quarantine: { type: 'string' },
        strategy: { type: 'string' },
        'working-directory': { type: 'string' },
      },
      'files',
    );
    if (v.help) {
      process.stdout.write(FILES_HELP + '\n');
      return 0;
    }
    const index = positiveInt(v.index, 'index', 'files');
    const total = positiveInt(v.total, 'total', 'files');
    const format = (str(v.format) ?? 'lines') as Format;
    if (!FORMATS.includes(format))
      throw new ConfigError(
        `shipline shard files: --format "${format}" is not known; use one of ${FORMATS.join(', ')}`,
      );
    const strategy = (str(v.strategy) ?? 'lpt') as Strategy;
    if (!STRATEGIES.includes(strategy))
      throw new ConfigError(
        `shipline shard files: --strategy "${strategy}" is not known; use ${STRATEGIES.join(' or ')} (the same as the plan step)`,
      );
    const cwd = resolve(ctx.cwd, str(v.cwd) ?? '.');
    let files: string[];
    if (str(v.plan)) files = fromPlanFile(resolve(cwd, str(v.plan) as string), index, total);
    else {
      const tests = ((v.tests as string[] | undefined) ?? [])
        .flatMap((t) => t.split('\n'))
        .map((t) => t.trim())
        .filter(Boolean);
      if (!tests.length)
        throw new ConfigError(
          'shipline shard files: give --plan FILE, or --tests GLOB (with the same --timings and --quarantine as the plan job) to recompute the plan',
        );
      const timings = ((v.timings as string[] | undefined) ?? [])
        .flatMap((t) => t.split('\n'))
        .map((t) => t.trim())
        .filter(Boolean);
      const p = await computePlan({
        tests,
        timings,
        quarantine: str(v.quarantine),
        workspace: cwd,
        workingDirectory: resolve(cwd, str(v['working-directory']) ?? '.'),
        shards: total,
        targetSeconds: 1,
        maxShards: total,
        strategy,
      });
      for (const w of p.gathered.warnings) ctx.logger.warning(w);
      if (p.plan.shards.length !== total)
        throw new ConfigError(
          `shipline shard files: --total ${total} but only ${p.gathered.items.length} test file(s) here, so the plan has ${p.plan.shards.length} shard(s); the plan job saw different files: check out the same commit and pass the same --tests`,
        );
      files = shardFiles(p, index, 'shipline shard files: --index');
    }
    const text = formatFiles(files, format);
    process.stdout.write(text + (text ? '\n' : ''));
    return 0;
  });
}

function fromPlanFile(path: string, index: number, total: number): string[] {
  let doc: { shipline?: string; shards?: Array<{ files: string[] }>; quarantine?: { files: string[] } | null };
  try {
    doc = JSON.parse(readFileSync(path, 'utf8')) as typeof doc;
  } catch (e) {
    throw new ConfigError(
      `shipline shard files: --plan ${path} cannot be read as JSON (${describeThrown(e)}); pass the plan output of the shard step`,
    );
  }
  if (doc.shipline !== 'shard-plan' || !Array.isArray(doc.shards))
    throw new ConfigError(
      `shipline shard files: --plan ${path} is not a shipline shard plan; pass the plan output of the shard step`,
    );
  const n = doc.shards.length;
  if (n !== total)
    throw new ConfigError(
      `shipline shard files: --total ${total} but the plan ${path} has ${n} shard(s); pass the total from the same plan`,
    );
  if (index >= 1 && index <= n) return doc.shards[index - 1].files;
  if (index === n + 1 && doc.quarantine) return doc.quarantine.files;
  throw new ConfigError(
    `shipline shard files: --index ${index} is out of range: the plan has ${n} shard(s)${doc.quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (doc.quarantine ? 1 : 0)}`,
  );
}
