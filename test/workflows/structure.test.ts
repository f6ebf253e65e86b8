import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  actionIds,
  allSteps,
  loadWorkflow,
  needsOf,
  shiplineActionOf,
  templateFiles,
  workflowFiles,
} from './lib.js';

// What no validator catches: where uses: may point, that shipline steps pass inputs the
// action declares and read outputs it sets, and that job outputs exist where they are read.

const JOB_USES =
  /^(\.\/\.github\/workflows\/[\w.-]+\.ya?ml|[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w.-]+\.ya?ml@[\w./-]+)$/;
const STEP_USES = /^(\.\/[\w./-]*|[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+)$/;

interface Manifest {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, unknown>;
}
const manifest = (id: string): Manifest =>
  load(readFileSync(join(ROOT, 'actions', id, 'action.yml'), 'utf8')) as Manifest;

describe.each(workflowFiles())('%s', (file) => {
  const wf = loadWorkflow(file);

  it('roots every job-level uses: in .github/workflows/', () => {
    for (const [id, job] of Object.entries(wf.jobs))
      if (job.uses !== undefined) expect(job.uses, `job ${id}`).toMatch(JOB_USES);
  });

  it('points every step-level uses: at ./… or owner/repo[/path]@ref, and local ones exist', () => {
    for (const { jobId, step } of allSteps(wf)) {
      if (step.uses === undefined) continue;
      expect(step.uses, `${jobId}: ${step.uses}`).toMatch(STEP_USES);
      if (step.uses.startsWith('./')) {
        // Inside reusable workflows ./.shipline-action is shipline's own checkout (same-ref.test.ts).
        const local = step.uses.replace(/^\.\/\.shipline-action(\/|$)/, './');
        expect(existsSync(join(ROOT, local, 'action.yml')), `${jobId}: ${step.uses} has no action.yml`).toBe(true);
      }
    }
  });

  it('reads only job outputs that the needed job declares', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      const text = JSON.stringify(job);
      for (const m of text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(needsOf(job), `job ${id} reads needs.${m[1]} without needing it`).toContain(m[1]);
        const declared = Object.keys((wf.jobs[m[1]]?.outputs as Record<string, string> | undefined) ?? {});
        if (wf.jobs[m[1]]?.uses === undefined) expect(declared, `job ${m[1]} has no output ${m[2]}`).toContain(m[2]);
      }
    }
  });

  it('reads only step outputs of steps earlier in the same job', () => {
    for (const [id, job] of Object.entries(wf.jobs)) {
      const steps = job.steps ?? [];
      const text = JSON.stringify(job);
      for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
        expect(
          steps.some((s) => s.id === m[1]),
          `job ${id} reads steps.${m[1]}`,
        ).toBe(true);
    }
  });

  const used = [
    ...new Set(
      allSteps(wf)
        .map(({ step }) => shiplineActionOf(step.uses))
        .filter((x): x is string => !!x),
    ),
  ];
  if (used.length > 0) {
    it.each(used)('passes %s only inputs it declares, every required one, and reads only its outputs', (id) => {
      const m = manifest(id);
      for (const { jobId, step } of allSteps(wf).filter(({ step }) => shiplineActionOf(step.uses) === id)) {
        const given = Object.keys(step.with ?? {});
        for (const name of given) expect(Object.keys(m.inputs ?? {}), `${jobId}: input ${name}`).toContain(name);
        for (const [name, spec] of Object.entries(m.inputs ?? {}))
          if (spec.required && spec.default === undefined)
            expect(given, `${jobId}: required input ${name}`).toContain(name);
        if (step.id) {
          for (const o of JSON.stringify(wf).matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g')))
            expect(Object.keys(m.outputs ?? {}), `${jobId}: output ${o[1]}`).toContain(o[1]);
        }
      }
    });
  }
});

describe('templates', () => {
  it('exist for Node, Python and Go services, plus the pipeline-health report and the fork coverage comment', () => {
    expect(templateFiles().map((f) => f.replace('workflows-templates/', ''))).toEqual([
      'coverage-comment.yml',
      'go-service.yml',
      'node-service.yml',
      'pipeline-health.yml',
      'python-service.yml',
    ]);
  });
  it.each(templateFiles())('%s has a .properties.json for organisation template pickers', (file) => {
    const props = JSON.parse(readFileSync(join(ROOT, file.replace(/\.ya?ml$/, '.properties.json')), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(typeof props.name).toBe('string');
    expect(typeof props.description).toBe('string');
    expect(props.iconName).toMatch(/^octicon [\w-]+$/);
    expect(Array.isArray(props.categories) && (props.categories as unknown[]).length).toBeTruthy();
    expect(Array.isArray(props.filePatterns) && (props.filePatterns as unknown[]).length).toBeTruthy();
    for (const p of props.filePatterns as string[]) expect(() => new RegExp(p)).not.toThrow();
  });
  it('every shipline action id exists', () => {
    expect(actionIds()).toEqual([
      'coverage-gate',
      'docker-build',
      'k8s-deploy',
      'lint-gate',
      'notify',
      'perf-gate',
      'pipeline-health',
      'shard',
    ]);
  });
});
