import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeThrown } from '../core/errors.js';
import { evalNode, evalText, toText, type Scope, type Value } from './expr.js';
import { lineOf, mapAt, type NodeMap } from './load.js';
import type { Leg } from './leg.js';
import { envOf, runSteps, scopeOf, slug, type StepScope } from './steps.js';
import type { Frame, JobOutcome, RunState } from './types.js';

export interface LegSpec {
  jobId: string;
  job: NodeMap;
  name: string;
  matrix: Value;
  strategy: Value;
  needs: Value;
  /** Cancelled by fail-fast of the matrix. */
  signal: AbortSignal;
}

/** Run one job (or one matrix leg) on this machine: fresh workspace, steps, post steps, outputs. */
export async function runLeg(state: RunState, frame: Frame, spec: LegSpec): Promise<JobOutcome & { failed: boolean }> {
  const n = ++state.seq;
  const workspace = join(state.workDir, `job-${n}`, 'workspace');
  const temp = join(state.workDir, `job-${n}`, 'temp');
  const logDir = join(state.logsDir, `${String(n).padStart(2, '0')}-${slug(`${frame.prefix}${spec.name}`)}`);
  for (const d of [workspace, temp, logDir]) mkdirSync(d, { recursive: true });
  const file = frame.wf.file;
  const timeoutMin = Number(spec.job['timeout-minutes'] === undefined ? 360 : 0);
  const ac = new AbortController();
  const onCancel = () => ac.abort();
  spec.signal.addEventListener('abort', onCancel, { once: true });
  state.cancel.signal.addEventListener('abort', onCancel, { once: true });
  if (spec.signal.aborted || state.cancel.signal.aborted) ac.abort();
  const leg: Leg = {
    state,
    frame,
    jobId: spec.jobId,
    name: spec.name,
    workspace,
    temp,
    logDir,
    env: {},
    exported: {},
    path: [],
    steps: {},
    failed: false,
    signal: ac.signal,
    contexts: {
      github: {
        ...state.github,
        job: spec.jobId,
        workflow_ref: `${frame.repoName}/${frame.filePath}@${frame.ref}`,
        workflow_sha: frame.sha,
      },
      needs: spec.needs,
      matrix: spec.matrix,
      strategy: spec.strategy,
      secrets: { ...frame.secrets, GITHUB_TOKEN: frame.secrets.GITHUB_TOKEN ?? '' },
      vars: state.opts.vars,
      runner: {
        os: 'Linux',
        arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
        name: 'shipline-local',
        temp,
        tool_cache: join(state.workDir, 'tool-cache'),
        debug: '',
        environment: 'self-hosted',
      },
      job: {
        status: 'success',
        workflow_repository: frame.repoName,
        workflow_sha: frame.sha,
        workflow_ref: `${frame.repoName}/${frame.filePath}@${frame.ref}`,
        workflow_file_path: frame.filePath,
        container: { network: '' },
        services: {},
      },
    },
    post: [],
    summary: [],
    defaults: {},
    stepSeq: 0,
    stepLog: [],
  };
  const sc: StepScope = { file, steps: leg.steps, inputs: frame.inputs, env: {}, failed: false, indent: '    ' };
  const started = performance.now();
  const label = `${frame.prefix}${spec.name}`;
  state.opts.print(`● ${label}`);
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let error: string | undefined;
  const outputs: Record<string, string> = {};
  try {
    const base: Scope = scopeOf(leg, sc);
    leg.env = { ...envOf(frame.wf.root.env, base) };
    leg.env = { ...leg.env, ...envOf(spec.job.env, scopeOf(leg, sc)) };
    const wfRun = mapAt(mapAt(frame.wf.root, 'defaults') ?? {}, 'run') ?? {};
    const jobRun = mapAt(mapAt(spec.job, 'defaults') ?? {}, 'run') ?? {};
    const shell = jobRun.shell ?? wfRun.shell;
    const wd = jobRun['working-directory'] ?? wfRun['working-directory'];
    if (shell !== undefined) leg.defaults.shell = evalText(shell, scopeOf(leg, sc));
    if (wd !== undefined) leg.defaults.workingDirectory = evalText(wd, scopeOf(leg, sc));
    const minutes =
      spec.job['timeout-minutes'] !== undefined
        ? Number(evalNode(spec.job['timeout-minutes'], scopeOf(leg, sc)))
        : timeoutMin || 360;
    timer = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, minutes * 60_000);
    timer.unref();
    const envName = spec.job.environment !== undefined ? evalNode(spec.job.environment, scopeOf(leg, sc)) : undefined;
    if (envName)
      state.opts.print(
        `    environment: ${toText(typeof envName === 'object' && envName && !Array.isArray(envName) ? envName.name : envName)} (recorded, not enforced locally)`,
      );
    const steps = (Array.isArray(spec.job.steps) ? spec.job.steps : []) as NodeMap[];
    await runSteps(leg, steps, sc);
    for (const p of leg.post.reverse()) {
      try {
        if (!(await p.run())) sc.failed = true;
      } catch (e) {
        sc.failed = true;
        state.opts.print(`    ✗ ${p.name}: ${describeThrown(e)}`);
      }
    }
    const outs = mapAt(spec.job, 'outputs') ?? {};
    for (const [k, v] of Object.entries(outs)) {
      const text = evalText(v, scopeOf(leg, sc));
      // GitHub drops outputs that hold a secret.
      if (state.opts.masker.mask(text) === text) outputs[k] = text;
      else state.opts.print(`    warning: skip output '${k}' since it may contain secret`);
    }
  } catch (e) {
    sc.failed = true;
    error = describeThrown(e);
  } finally {
    if (timer) clearTimeout(timer);
    spec.signal.removeEventListener('abort', onCancel);
    state.cancel.signal.removeEventListener('abort', onCancel);
  }
  const failed = sc.failed || leg.failed || timedOut;
  const cancelled = !timedOut && ac.signal.aborted;
  const coe =
    spec.job['continue-on-error'] !== undefined &&
    toText(evalNode(spec.job['continue-on-error'], scopeOf(leg, sc))) === 'true';
  const result = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  if (timedOut)
    state.opts.print(`    The job running on runner shipline-local has exceeded the maximum execution time.`);
  if (error) state.opts.print(`    ${state.opts.masker.mask(error)}`);
  const mark = result === 'success' ? '✓' : result === 'cancelled' ? '⊘' : '✗';
  state.opts.print(
    `${mark} ${label}: ${result}${result === 'failure' && coe ? ' (continue-on-error)' : ''} in ${secs} s (logs: ${logDir})`,
  );
  state.legs.push({
    job: label,
    result: result === 'failure' && coe ? 'failure (continue-on-error)' : result,
    seconds: Number(secs),
    outputs,
    steps: leg.stepLog,
  });
  if (leg.summary.length) state.summaries.push({ job: label, text: leg.summary.join('\n') });
  writeFileSync(
    join(logDir, 'job.json'),
    JSON.stringify({ name: label, result, outputs, line: lineOf(spec.job) }, null, 2),
  );
  return { result: result === 'failure' && coe ? 'success' : result, outputs, failed: result !== 'success' && !coe };
}
