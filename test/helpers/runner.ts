import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { parseFileCommands } from '../../src/core/runner-files.js';
import { assertDistFresh } from './dist.js';
import { runnerCommands } from './workflow-commands.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunnerAnnotation {
  level: string;
  message: string;
  properties: Record<string, string>;
}

export interface RunnerResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: RunnerAnnotation[];
  /** Directories added to PATH through GITHUB_PATH. */
  path: string[];
  env: Record<string, string>;
  durationMs: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  /** Webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** GITHUB_WORKSPACE and the process cwd. */
  workspace?: string;
  timeoutMs?: number;
  /** Run a different entry file (default dist/<id>/index.mjs via the action.yml main). */
  entry?: string;
}

/** The annotations (error, warning, notice) the runner would make of a step's stdout. */
export function parseAnnotations(stdout: string): RunnerAnnotation[] {
  return runnerCommands(stdout)
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => ({ level: c.command, message: c.data, properties: c.properties }));
}

/** The action.yml of an action folder ('.' for the root action). */
export function actionManifest(dir: string): {
  inputs?: Record<string, { default?: unknown; required?: boolean; description?: string }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main: string };
} {
  return load(readFileSync(join(ROOT, dir, 'action.yml'), 'utf8')) as never;
}

/**
 * Run an action's built entry exactly as the runner does: node on runs.main, INPUT_* for
 * every input (action.yml defaults applied, as the runner applies them), and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_PATH / GITHUB_EVENT_PATH files.
 */
export async function runActionLikeRunner(actionDir: string, opts: RunOptions = {}): Promise<RunnerResult> {
  const manifest = actionManifest(actionDir);
  const tmp = mkdtempSync(join(tmpdir(), 'shipline-runner-'));
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary.md',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
    GITHUB_STATE: 'state',
  };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const [k, f] of Object.entries(files)) {
    env[k] = join(tmp, f);
    writeFileSync(env[k], '');
  }
  const eventPath = join(tmp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
  const workspace = opts.workspace ?? tmp;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: join(tmp, 'runner-temp'),
    RUNNER_OS: 'Linux',
  });
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    const v = opts.inputs?.[name] ?? (spec.default === undefined ? '' : String(spec.default));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = v;
  }
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in (manifest.inputs ?? {})))
      throw new Error(`test passes input '${name}' that ${actionDir}/action.yml does not declare`);
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const entry = opts.entry ?? join(ROOT, actionDir, manifest.runs.main);
  if (entry.startsWith(join(ROOT, 'dist'))) assertDistFresh();
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build`);
  const start = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let so = '';
      let se = '';
      child.stdout.on('data', (d) => (so += d));
      child.stderr.on('data', (d) => (se += d));
      const t = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
      child.on('close', (c) => {
        clearTimeout(t);
        resolve({ code: c, stdout: so, stderr: se });
      });
    },
  );
  const read = (k: keyof typeof files) => readFileSync(env[k], 'utf8');
  return {
    exitCode: code,
    stdout,
    stderr,
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    summary: read('GITHUB_STEP_SUMMARY'),
    annotations: parseAnnotations(stdout),
    path: read('GITHUB_PATH').split('\n').filter(Boolean),
    env: parseFileCommands(read('GITHUB_ENV')),
    durationMs: Math.round(performance.now() - start),
  };
}

/** Run the built CLI (`dist/shipline/cli.mjs`). */
export async function runBuiltCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {},
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  assertDistFresh();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')) env[k] = v;
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/shipline/cli.mjs'), ...args], {
      cwd: opts.cwd ?? ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end(opts.input ?? '');
    const t = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(t);
      resolve({ exitCode: code, stdout, stderr });
    });
  });
}
