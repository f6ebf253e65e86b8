import { resolve } from 'node:path';
import { resolveDryRun } from '../core/dry-run.js';
import type { Inputs } from '../core/inputs.js';
import { defineTool, type ToolContext } from '../core/tool.js';
import { FORMATS } from '../notify/types.js';
import { ON_BREACH, type StatsOptions, type Window } from './types.js';

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `30d`, `12h`, `2w`, or a date (2026-11-01, or a full ISO time); `last 200` for the last N runs. */
export function parseWindow(inputs: Inputs, now: number): Window {
  const raw = (inputs.optional('since') ?? '30d').trim();
  const fix = "use a duration like 30d, 12h or 2w, a date like 2026-11-01, or 'last 200' for the last N runs";
  const last = /^last\s+(\d+)$/i.exec(raw);
  if (last) {
    const count = Number(last[1]);
    if (count < 1 || count > 5000) throw inputs.fail('since', `'${raw}' asks for ${count} runs`, 'ask for 1 to 5000');
    return { kind: 'last', count, label: `last ${count} runs` };
  }
  const dur = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(raw);
  if (dur) {
    const ms = Number(dur[1]) * UNITS[dur[2].toLowerCase()];
    if (ms <= 0) throw inputs.fail('since', `'${raw}' is an empty window`, fix);
    return { kind: 'since', fromMs: now - ms, label: raw };
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    const t = Date.parse(raw);
    if (!Number.isNaN(t)) {
      if (t >= now) throw inputs.fail('since', `${raw} is in the future`, fix);
      return { kind: 'since', fromMs: t, label: `since ${raw}` };
    }
  }
  throw inputs.fail('since', `'${raw}' is neither a duration nor a date`, fix);
}

function parseRepository(inputs: Inputs, ctx: ToolContext): { owner: string; repo: string } {
  const raw = inputs.optional('repository') ?? ctx.event.repository;
  if (!raw)
    throw inputs.fail(
      'repository',
      'is not set and GITHUB_REPOSITORY is empty',
      'name the repository as owner/name (e.g. --repository acme/api)',
    );
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(raw.trim());
  if (!m) throw inputs.fail('repository', `'${raw}' is not owner/name`, 'write it as owner/name, e.g. acme/api');
  return { owner: m[1], repo: m[2] };
}

function parseWebhook(inputs: Inputs): URL | undefined {
  const raw = inputs.optional('webhook-url');
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // fall through to the one message
  }
  throw inputs.fail('webhook-url', 'is not an http(s) URL (value hidden: it is a secret)', 'set the full webhook URL');
}

/** Pipeline health: duration, failure rate by stage, flakiness, rollbacks and the DORA keys. */
export const tool = defineTool<StatsOptions>({
  inputs: [
    {
      name: 'token',
      description: 'Token to read Actions runs and jobs (needs actions: read; deployments: read for the DORA keys).',
      default: '${{ github.token }}',
      cliDefault: '',
      secret: true,
      env: 'GITHUB_TOKEN',
    },
    {
      name: 'workflows',
      description: 'Workflows to report on, by name or file name (ci.yml), one a line; default every active workflow.',
      default: '',
      kind: 'list',
    },
    {
      name: 'since',
      description: "The window: a duration (30d, 12h, 2w), a date (2026-11-01), or 'last N' runs of each workflow.",
      default: '30d',
    },
    { name: 'branch', description: 'Only runs on this branch (default: every branch).', default: '' },
    {
      name: 'repository',
      description: 'owner/name; default this repository.',
      default: '${{ github.repository }}',
      cliDefault: '',
    },
    {
      name: 'cache-file',
      description:
        'The ETag cache (a versioned JSON file); restore and save it with actions/cache so a daily run costs few calls.',
      default: '.shipline/pipeline-health-cache.json',
    },
    {
      name: 'junit',
      description:
        'Folder of JUnit reports, one sub-folder per commit SHA (downloaded shard artifacts), for flaky tests.',
      default: '',
    },
    { name: 'report', description: 'Where to write the JSON report.', default: 'pipeline-health.json' },
    {
      name: 'quarantine',
      description:
        "Where to write the flaky tests in the shard tool's quarantine format (path::test a line); default none.",
      default: '',
    },
    {
      name: 'environment',
      description: 'Deployment environment for the DORA keys (GitHub Deployments); none skips deployments.',
      default: 'production',
    },
    {
      name: 'max-failure-rate',
      description: 'Breach when a stage (job) fails more than this percent of runs.',
      default: '',
    },
    {
      name: 'max-p90-increase',
      description: "Breach when a workflow's p90 duration rises more than this percent against the previous window.",
      default: '',
    },
    {
      name: 'fail-on-new-flaky',
      description: 'Breach when a test turns flaky that was not before.',
      default: 'false',
      kind: 'boolean',
    },
    {
      name: 'on-breach',
      description: 'fail (fail the step), alert (send the digest as an alert, step passes) or warn (a warning only).',
      default: 'fail',
    },
    {
      name: 'webhook-url',
      description: 'Send the digest here (a secret); default: no digest.',
      default: '',
      secret: true,
      env: 'SHIPLINE_WEBHOOK_URL',
    },
    {
      name: 'format',
      description: "Digest format: slack, teams, discord or json (notify's formats).",
      default: 'slack',
    },
    { name: 'timeout-seconds', description: 'Per-attempt timeout of each API request.', default: '20' },
    {
      name: 'dry-run',
      description: 'auto, true or false; a dry run prints the digest instead of sending it.',
      default: 'auto',
    },
  ],
  outputs: [
    { name: 'runs', description: 'Runs in the window.' },
    { name: 'success-rate', description: 'Percent of concluded runs that succeeded (empty when none concluded).' },
    { name: 'p90-duration-s', description: 'p90 run duration in seconds.' },
    { name: 'flaky-runs', description: 'Runs that failed and passed on a re-run of the same commit.' },
    { name: 'report', description: 'Path of the JSON report with every figure.' },
    { name: 'quarantine', description: 'Path of the quarantine file, when written.' },
    { name: 'breaches', description: 'JSON array of the thresholds breached, one line each.' },
  ],
  parse(inputs, ctx) {
    const dry = resolveDryRun(inputs.optional('dry-run'), ctx.env, inputs.frontDoor);
    const { owner, repo } = parseRepository(inputs, ctx);
    const token = inputs.optional('token');
    if (!token)
      throw inputs.fail(
        'token',
        'is empty',
        'pass a token with actions: read (in an action the default ${{ github.token }} works; on the CLI set GITHUB_TOKEN)',
      );
    const optNum = (name: string) =>
      inputs.optional(name) === undefined ? undefined : inputs.number(name, 0, { min: 0, max: 10_000 });
    const junit = inputs.optional('junit');
    const quarantine = inputs.optional('quarantine');
    return {
      token,
      owner,
      repo,
      workflows: inputs.list('workflows'),
      window: parseWindow(inputs, ctx.now()),
      branch: inputs.optional('branch'),
      cacheFile: resolve(ctx.cwd, inputs.string('cache-file', '.shipline/pipeline-health-cache.json')),
      junit: junit === undefined ? undefined : resolve(ctx.cwd, junit),
      reportFile: resolve(ctx.cwd, inputs.string('report', 'pipeline-health.json')),
      quarantineFile: quarantine === undefined ? undefined : resolve(ctx.cwd, quarantine),
      environment:
        inputs.optional('environment')?.toLowerCase() === 'none' ? undefined : inputs.optional('environment'),
      thresholds: {
        maxFailureRate: optNum('max-failure-rate'),
        maxP90Increase: optNum('max-p90-increase'),
        newFlakyTest: inputs.boolean('fail-on-new-flaky', false),
      },
      onBreach: inputs.enum('on-breach', ON_BREACH, 'fail'),
      webhookUrl: parseWebhook(inputs),
      format: inputs.enum('format', FORMATS, 'slack'),
      dryRun: dry.dry,
      dryReason: dry.reason,
      timeoutMs: inputs.number('timeout-seconds', 20, { min: 0.1, max: 300 }) * 1000,
      concurrency: 4,
    };
  },
  async run(options, ctx) {
    return (await import('./engine.js')).run(options, ctx);
  },
});
