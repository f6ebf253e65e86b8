import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { ROOT } from '../helpers/runner.js';

export { ROOT };

/** A workflow file as parsed YAML (loosely typed: tests probe its shape). */
export interface Workflow {
  name?: string;
  on?: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
  [k: string]: unknown;
}
export interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string> | string;
  'timeout-minutes'?: number | string;
  env?: Record<string, string>;
  steps?: Step[];
  [k: string]: unknown;
}
export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  [k: string]: unknown;
}
export interface CallInput {
  description?: string;
  type: 'string' | 'number' | 'boolean';
  required?: boolean;
  default?: unknown;
}

export const REUSABLE = ['ci.yml', 'cd.yml', 'pipeline.yml'];

function yamlFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every workflow this repository ships: its own, the reusable ones and the templates. */
export function workflowFiles(): string[] {
  return [...yamlFiles('.github/workflows'), ...yamlFiles('workflows-templates')];
}

export function templateFiles(): string[] {
  return yamlFiles('workflows-templates');
}

/** The service templates: those that call the reusable pipeline (not the pipeline-health report or the fork comment poster). */
export function serviceTemplateFiles(): string[] {
  return templateFiles().filter((f) => !f.endsWith('/pipeline-health.yml') && !f.endsWith('/coverage-comment.yml'));
}

/** Every action.yml: the root setup action and actions/<id>. */
export function actionFiles(): string[] {
  const ids = readdirSync(join(ROOT, 'actions')).filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')));
  return ['action.yml', ...ids.sort().map((d) => `actions/${d}/action.yml`)];
}

export function readText(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}

export function loadWorkflow(rel: string): Workflow {
  return load(readText(rel)) as Workflow;
}

/** `on:` as a mapping whatever form it was written in. */
export function triggers(wf: Workflow): Record<string, unknown> {
  const on = wf.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [e, null]));
  return on ?? {};
}

export function callInputs(wf: Workflow): Record<string, CallInput> {
  const call = triggers(wf).workflow_call as { inputs?: Record<string, CallInput> } | null | undefined;
  return call?.inputs ?? {};
}

export function callSecrets(wf: Workflow): Record<string, { required?: boolean }> {
  const call = triggers(wf).workflow_call as { secrets?: Record<string, { required?: boolean }> } | null | undefined;
  return call?.secrets ?? {};
}

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** The ids of shipline's own actions (folders under actions/). */
export function actionIds(): string[] {
  return readdirSync(join(ROOT, 'actions'))
    .filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')))
    .sort();
}

export function rel(abs: string): string {
  return relative(ROOT, abs);
}

/** Every step of every job, with where it is. */
export function allSteps(wf: Workflow): Array<{ jobId: string; job: Job; index: number; step: Step }> {
  return Object.entries(wf.jobs).flatMap(([jobId, job]) =>
    (job.steps ?? []).map((step, index) => ({ jobId, job, index, step })),
  );
}

/** `actions/<id>` for a step that runs one of shipline's own actions, else undefined. */
export function shiplineActionOf(uses: string | undefined): string | undefined {
  const m = /^(?:\.\/(?:\.shipline-action\/)?|[\w.-]+\/shipline\/)actions\/([\w-]+)(?:@[\w./-]+)?$/.exec(uses ?? '');
  return m?.[1];
}

/** The reusable workflow file a job-level uses: names, when it is one of shipline's. */
export function calledShiplineWorkflow(uses: string | undefined): string | undefined {
  const m = /^(?:\.\/|[\w.-]+\/shipline\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@[\w./-]+)?$/.exec(uses ?? '');
  return m ? `.github/workflows/${m[1]}` : undefined;
}
