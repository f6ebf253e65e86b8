import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { ConfigError, EXIT, UsageError, classify, describeThrown } from '../core/errors.js';
import { Masker } from '../core/mask.js';
import { buildEvent, repositoryName } from './events.js';
import { loadWorkflow, mapAt, type NodeMap } from './load.js';
import { preflight, runWorkflow, StartupFailure } from './engine.js';
import { callInputs } from './call.js';
import { pairs, secretFile, stubs } from './args.js';
import { nextAttempt } from './attempt.js';
import { concurrencyOf, enter } from './concurrency.js';
import { Semaphore, type Frame, type RunOptions, type RunState } from './types.js';
import type { Value } from './expr.js';

export const USAGE = `usage: shipline workflow run [-W|--workflow FILE] [--event NAME] [--event-file F]
       [--input NAME=VALUE]... [--secret NAME=VALUE]... [--secret-file F] [--var NAME=VALUE]...
       [--job ID] [--out DIR] [--repo OWNER/NAME=PATH]... [--repository OWNER/NAME]
       [--stub OWNER/ACTION=outputs.json]... [--stub-action-yml OWNER/ACTION=action.yml]... [--parallel N]
       [--rerun]

Runs a GitHub Actions workflow on this machine, without containers, with GitHub's semantics.
--rerun runs the last run in --out again as a new attempt (GitHub's "Re-run all jobs": same run id,
run_attempt + 1, the earlier attempts' artifacts kept).
Exit code: 0 when the workflow concluded success, 1 when it failed, 2 on a usage or workflow-file error.`;

/** `shipline workflow run ...`: returns the exit code. */
export async function workflowCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  print: (s: string) => void,
  cwd = process.cwd(),
): Promise<number> {
  if (argv[0] !== 'run' || argv.includes('--help') || argv.includes('-h')) {
    print(USAGE);
    return argv[0] === 'run' || argv.includes('--help') ? EXIT.ok : EXIT.usage;
  }
  const masker = new Masker();
  try {
    const { values: v } = (() => {
      try {
        return parseArgs({
          args: argv.slice(1),
          options: {
            workflow: { type: 'string', short: 'W' },
            event: { type: 'string' },
            'event-file': { type: 'string' },
            input: { type: 'string', multiple: true },
            secret: { type: 'string', multiple: true },
            'secret-file': { type: 'string' },
            var: { type: 'string', multiple: true },
            job: { type: 'string' },
            out: { type: 'string' },
            repo: { type: 'string', multiple: true },
            repository: { type: 'string' },
            stub: { type: 'string', multiple: true },
            'stub-action-yml': { type: 'string', multiple: true },
            parallel: { type: 'string' },
            cwd: { type: 'string' },
            rerun: { type: 'boolean' },
          },
          strict: true,
        });
      } catch (e) {
        throw new UsageError(`${describeThrown(e)}; run shipline workflow run --help`);
      }
    })();
    const root = resolve(cwd, v.cwd ?? '.');
    let top: string;
    try {
      top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim();
    } catch {
      throw new ConfigError(
        `${root} is not in a git repository: shipline workflow run runs in the caller's repository`,
      );
    }
    let wfPath = v.workflow;
    if (!wfPath) {
      const dir = join(top, '.github', 'workflows');
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
      if (files.length !== 1)
        throw new ConfigError(
          `--workflow: name the workflow file (${files.length ? files.join(', ') : 'no .github/workflows/*.yml'})`,
        );
      wfPath = join(dir, files[0]);
    }
    const secrets = { ...(v['secret-file'] ? secretFile(v['secret-file']) : {}), ...pairs(v.secret, 'secret') };
    // GitHub hands every job a token; without --secret GITHUB_TOKEN a placeholder (masked, and
    // good for nothing) stands in, so steps that require one see one.
    if (!secrets.GITHUB_TOKEN) secrets.GITHUB_TOKEN = `ghs_local${randomBytes(12).toString('hex')}`;
    for (const s of Object.values(secrets)) masker.add(s);
    const name = v.repository ?? repositoryName(top);
    const repos = Object.entries(pairs(v.repo, 'repo')).map(([n, p]) => ({ name: n, path: resolve(cwd, p) }));
    const out = resolve(cwd, v.out ?? join(top, '.shipline-out', 'workflow'));
    const opts: RunOptions = {
      repo: { name, path: top },
      workflowPath: resolve(cwd, wfPath),
      eventName: v.event ?? 'push',
      eventFile: v['event-file'],
      inputs: pairs(v.input, 'input'),
      secrets,
      vars: pairs(v.var, 'var'),
      jobFilter: v.job,
      out,
      repos,
      stubs: stubs(pairs(v.stub, 'stub'), pairs(v['stub-action-yml'], 'stub-action-yml')),
      parallel: Number(v.parallel ?? Math.max(2, availableParallelism())),
      real: env.SHIPLINE_LOCAL === '1',
      rerun: v.rerun === true,
      hostEnv: env,
      print: (s) => print(masker.mask(s)),
      masker,
    };
    return await runFromOptions(opts);
  } catch (e) {
    // The one exit-code policy (core/errors): usage and workflow-file errors 2, bugs with their stack.
    const verdict = classify(e, 'cli', 'workflow run');
    print(`error: ${masker.mask(verdict.message)}`);
    if (verdict.stack) print(masker.mask(verdict.stack));
    return verdict.exitCode;
  }
}

export async function runFromOptions(opts: RunOptions): Promise<number> {
  const shown = relative(opts.repo.path, opts.workflowPath);
  const wf = await loadWorkflow(opts.workflowPath, shown.startsWith('..') ? opts.workflowPath : shown);
  const on = wf.root.on;
  const events =
    typeof on === 'string' ? [on] : Array.isArray(on) ? (on as string[]) : Object.keys(mapAt(wf.root, 'on') ?? {});
  if (!events.includes(opts.eventName))
    throw new ConfigError(
      `${wf.file}:1: the workflow does not run on ${opts.eventName} (on: ${events.join(', ')}); choose one with --event${events.includes('workflow_call') ? ', or call this reusable workflow from a workflow' : ''}`,
    );
  mkdirSync(opts.out, { recursive: true });
  const { runNumber, runId, attempt } = nextAttempt(opts.out, opts.rerun === true);
  const workDir = join(opts.out, 'work');
  const logsDir = join(opts.out, 'logs');
  rmSync(workDir, { recursive: true, force: true });
  rmSync(logsDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const dispatch = mapAt(mapAt(mapAt(wf.root, 'on') ?? {}, 'workflow_dispatch') ?? {}, 'inputs') ?? {};
  const ev = buildEvent(opts.repo.path, opts.eventName, opts.repo.name, opts.inputs, opts.eventFile);
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: opts.repo.path, encoding: 'utf8' }).trim();
  const [owner] = opts.repo.name.split('/');
  const refName = ev.ref.replace(/^refs\/(heads|tags)\//, '');
  const github: Record<string, Value> = {
    event_name: ev.name,
    event: ev.payload,
    sha: ev.sha,
    ref: ev.ref,
    ref_name: ev.ref.startsWith('refs/pull/') ? ev.ref.slice(10) : refName,
    ref_type: ev.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: false,
    head_ref: ev.headRef,
    base_ref: ev.baseRef,
    repository: opts.repo.name,
    repository_owner: owner,
    repositoryUrl: `git://github.com/${opts.repo.name}.git`,
    run_id: runId,
    run_number: String(runNumber),
    run_attempt: String(attempt),
    actor: (ev.payload.sender as Record<string, Value> | undefined)?.login ?? 'local',
    triggering_actor: 'local',
    workflow: typeof wf.root.name === 'string' ? wf.root.name : shown,
    workflow_ref: `${opts.repo.name}/${shown}@${ev.ref}`,
    workflow_sha: sha,
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    graphql_url: 'https://api.github.com/graphql',
    token: opts.secrets.GITHUB_TOKEN ?? '',
    workspace: '',
    action: '',
    retention_days: '90',
    secret_source: 'Actions',
  };
  writeFileSync(join(workDir, 'event.json'), JSON.stringify(ev.payload, null, 2));
  const state: RunState = {
    opts,
    runId,
    runNumber,
    event: { name: ev.name, payload: ev.payload },
    github,
    artifactsDir: join(opts.out, 'artifacts', `run-${runNumber}`),
    cacheDir: join(opts.out, 'cache'),
    logsDir,
    workDir,
    summaries: [],
    legs: [],
    cancel: new AbortController(),
    seq: 0,
    slots: new Semaphore(opts.parallel),
    repoPath: (n) =>
      n.toLowerCase() === opts.repo.name.toLowerCase()
        ? opts.repo.path
        : opts.repos.find((r) => r.name.toLowerCase() === n.toLowerCase())?.path,
  };
  const frame: Frame = {
    wf,
    repoName: opts.repo.name,
    repoPath: opts.repo.path,
    sha,
    ref: ev.ref,
    filePath: shown,
    inputs:
      ev.name === 'workflow_dispatch'
        ? callInputs(dispatch as NodeMap, opts.inputs, { file: wf.file, contexts: { github } }, '--input', wf.file)
        : {},
    secrets: { ...opts.secrets, GITHUB_TOKEN: opts.secrets.GITHUB_TOKEN ?? '' },
    prefix: '',
    granted: null,
    depth: 0,
  };
  opts.print(
    `shipline workflow run: ${wf.file} on ${ev.name} (${github.ref} @ ${String(ev.sha).slice(0, 12)}) in ${opts.repo.name}; run ${runNumber}${attempt > 1 ? ` attempt ${attempt}` : ''}, out ${opts.out}`,
  );
  if (opts.secrets.GITHUB_TOKEN?.startsWith('ghs_local'))
    opts.print('github.token is a placeholder: pass --secret GITHUB_TOKEN=... for steps that call the GitHub API');
  if (!opts.real)
    opts.print(
      'local run: ACT=true for the steps, so dry-run: auto stays dry (SHIPLINE_LOCAL=1 for real pushes and deploys)',
    );
  try {
    await preflight(state, frame);
  } catch (e) {
    if (e instanceof StartupFailure) {
      opts.print(`✗ startup failure: ${e.message}`);
      return EXIT.failure;
    }
    throw e;
  }
  const onSignal = () => state.cancel.abort();
  process.once('SIGINT', onSignal);
  const started = Date.now();
  // The workflow's concurrency group, shared with every run this process makes.
  const group = concurrencyOf(wf.root, { file: wf.file, contexts: { github, inputs: frame.inputs, vars: opts.vars } });
  const ticket = group ? enter(group, (line) => opts.print(line)) : undefined;
  ticket?.signal.addEventListener('abort', onSignal, { once: true });
  if (ticket?.pending) opts.print(`pending: concurrency group ${group?.group} has a run in progress`);
  const run =
    ticket && (await ticket.ready) === 'cancelled'
      ? { result: 'cancelled' as const, jobs: {} }
      : await runWorkflow(state, frame, opts.jobFilter).finally(() => ticket?.release());
  process.removeListener('SIGINT', onSignal);
  const summary = state.summaries.map((s) => `<!-- ${s.job} -->\n${s.text.trim()}\n`).join('\n');
  writeFileSync(join(opts.out, 'summary.md'), summary);
  writeFileSync(
    join(opts.out, 'run.json'),
    JSON.stringify(
      {
        workflow: wf.file,
        event: ev.name,
        run: runNumber,
        result: run.result,
        jobs: run.jobs,
        legs: state.legs,
        seconds: (Date.now() - started) / 1000,
      },
      null,
      2,
    ),
  );
  opts.print(
    `${run.result === 'success' ? '✓' : '✗'} workflow ${basename(wf.file)}: ${run.result} in ${((Date.now() - started) / 1000).toFixed(1)} s; summary ${join(opts.out, 'summary.md')}, logs ${logsDir}`,
  );
  return run.result === 'success' ? EXIT.ok : EXIT.failure;
}
