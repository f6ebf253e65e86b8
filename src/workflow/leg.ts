import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Value } from './expr.js';
import type { Frame, RunState } from './types.js';
import { CommandReader, readStepFiles, type FileResults, type StepFiles } from './commands.js';
import { exec } from '../core/exec.js';

export interface StepRecord {
  outputs: Record<string, string>;
  outcome: string;
  conclusion: string;
}

/** One running job (one matrix leg): its workspace, environment and steps so far. */
export interface Leg {
  state: RunState;
  frame: Frame;
  jobId: string;
  name: string;
  workspace: string;
  temp: string;
  logDir: string;
  /** The env context from workflow and job `env:` (strings). */
  env: Record<string, string>;
  /** GITHUB_ENV additions, seen by the steps after the one that wrote them. */
  exported: Record<string, string>;
  path: string[];
  steps: Record<string, StepRecord>;
  failed: boolean;
  signal: AbortSignal;
  contexts: Record<string, Value>;
  post: { name: string; run: () => Promise<boolean> }[];
  summary: string[];
  defaults: { shell?: string; workingDirectory?: string };
  stepSeq: number;
  /** Each step as it ended (the run record). */
  stepLog: { name: string; outcome: string; seconds: number }[];
}

/** The process environment of a step: host basics, the runner's variables, env and GITHUB_ENV. */
export function stepEnv(leg: Leg, stepEnvs: Record<string, string>, files: StepFiles | undefined): NodeJS.ProcessEnv {
  const host = leg.state.opts.hostEnv;
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(host))
    if (!/^(GITHUB_|RUNNER_|INPUT_|STATE_|ACT$|ACTIONS_)/.test(k) && v !== undefined) base[k] = v;
  const g = leg.contexts.github as Record<string, Value>;
  const s = (v: Value | undefined) => (v === null || v === undefined ? '' : String(v));
  Object.assign(base, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    SHIPLINE_EXECUTOR: '1',
    GITHUB_WORKSPACE: leg.workspace,
    GITHUB_EVENT_NAME: s(g.event_name),
    GITHUB_EVENT_PATH: join(leg.state.workDir, 'event.json'),
    GITHUB_SHA: s(g.sha),
    GITHUB_REF: s(g.ref),
    GITHUB_REF_NAME: s(g.ref_name),
    GITHUB_REF_TYPE: s(g.ref_type),
    GITHUB_HEAD_REF: s(g.head_ref),
    GITHUB_BASE_REF: s(g.base_ref),
    GITHUB_REPOSITORY: s(g.repository),
    GITHUB_REPOSITORY_OWNER: s(g.repository_owner),
    GITHUB_RUN_ID: s(g.run_id),
    GITHUB_RUN_NUMBER: s(g.run_number),
    GITHUB_RUN_ATTEMPT: s(g.run_attempt),
    GITHUB_ACTOR: s(g.actor),
    GITHUB_TRIGGERING_ACTOR: s(g.actor),
    GITHUB_WORKFLOW: s(g.workflow),
    GITHUB_WORKFLOW_REF: s(g.workflow_ref),
    GITHUB_WORKFLOW_SHA: s(g.workflow_sha),
    GITHUB_JOB: leg.jobId,
    GITHUB_SERVER_URL: s(g.server_url),
    GITHUB_API_URL: s(g.api_url),
    GITHUB_GRAPHQL_URL: s(g.graphql_url),
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'shipline-local',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: leg.temp,
    RUNNER_TOOL_CACHE: join(leg.state.workDir, 'tool-cache'),
    RUNNER_DEBUG: host.RUNNER_DEBUG ?? '',
  });
  if (!leg.state.opts.real) base.ACT = 'true';
  Object.assign(base, leg.exported, leg.env, stepEnvs);
  if (files) Object.assign(base, files);
  if (leg.path.length) base.PATH = [...[...leg.path].reverse(), base.PATH ?? ''].join(delimiter);
  return base;
}

export function newStepFiles(leg: Leg, n: number): StepFiles {
  const dir = join(leg.temp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const f = (name: string) => {
    const p = join(dir, `${name}_${n}`);
    writeFileSync(p, '');
    return p;
  };
  return {
    GITHUB_OUTPUT: f('set_output'),
    GITHUB_ENV: f('set_env'),
    GITHUB_PATH: f('add_path'),
    GITHUB_STEP_SUMMARY: f('step_summary'),
    GITHUB_STATE: f('save_state'),
  };
}

export interface ProcessResult {
  ok: boolean;
  exitCode: number | null;
  timedOut: boolean;
  files: FileResults;
  errors: string[];
}

/** Run one process of a step (a shell script, a node action), logging its output. */
export async function runProcess(
  leg: Leg,
  argv: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; files: StepFiles; log: string; timeoutMs?: number },
): Promise<ProcessResult> {
  const masker = leg.state.opts.masker;
  const reader = new CommandReader(masker, (l) => leg.state.opts.print(`      ${l}`));
  const log = (l: string) => appendFileSync(o.log, masker.mask(l) + '\n');
  log(`$ ${argv.join(' ')}`);
  let r;
  try {
    r = await exec(argv[0], argv.slice(1), {
      cwd: o.cwd,
      env: o.env,
      signal: leg.signal,
      timeoutMs: o.timeoutMs,
      maxOutputBytes: 1024 * 1024,
      onLine: (line) => {
        const shown = reader.line(line);
        if (shown !== undefined) log(masker.mask(shown));
      },
    });
  } catch (e) {
    const msg = `cannot start ${argv[0]}: ${e instanceof Error ? e.message : String(e)}`;
    log(msg);
    return { ok: false, exitCode: null, timedOut: false, files: readStepFiles(o.files), errors: [msg] };
  }
  for (const a of reader.annotations) log(`${a.level}: ${a.message}`);
  const errors = reader.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  if (r.timedOut) errors.push(`the step timed out and its process group was killed`);
  else if (r.aborted) errors.push('the operation was canceled');
  else if (r.exitCode !== 0) errors.push(`Process completed with exit code ${r.exitCode ?? r.signal}.`);
  log(`(exit ${r.exitCode ?? r.signal}, ${r.durationMs} ms)`);
  return { ok: r.exitCode === 0, exitCode: r.exitCode, timedOut: r.timedOut, files: readStepFiles(o.files), errors };
}

/** Apply what a step wrote to GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY. */
export function applyFiles(leg: Leg, f: FileResults): void {
  Object.assign(leg.exported, f.env);
  leg.path.push(...f.path);
  if (f.summary.trim()) leg.summary.push(leg.state.opts.masker.mask(f.summary));
}
