import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  callInputs,
  callSecrets,
  calledShiplineWorkflow,
  loadWorkflow,
  templateFiles,
  workflowFiles,
  type CallInput,
} from './lib.js';

// Templates and callers stay in step with the reusable workflows: every input passed exists
// with the right type, required ones are passed, and pipeline.yml forwards ci.yml's and
// cd.yml's inputs under the same names, types and defaults.

const isExpression = (v: unknown) => typeof v === 'string' && /^\$\{\{.*\}\}$/s.test(v.trim());

function typeOk(value: unknown, spec: CallInput): boolean {
  if (isExpression(value)) return true;
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === 'string';
  }
}

const callers = workflowFiles().flatMap((file) =>
  Object.entries(loadWorkflow(file).jobs)
    .filter(([, job]) => calledShiplineWorkflow(job.uses))
    .map(([jobId, job]) => ({
      name: `${file} job ${jobId} → ${calledShiplineWorkflow(job.uses)}`,
      job,
      callee: calledShiplineWorkflow(job.uses) as string,
    })),
);

describe('every call of a shipline reusable workflow', () => {
  it('exists in the templates, the pipeline and the self-test', () => {
    expect(callers.length).toBeGreaterThanOrEqual(6);
  });
  it.each(callers)('$name passes known inputs of the right type, and every required one', ({ job, callee }) => {
    const inputs = callInputs(loadWorkflow(callee));
    for (const [name, value] of Object.entries(job.with ?? {})) {
      expect(Object.keys(inputs), `unknown input ${name}`).toContain(name);
      expect(typeOk(value, inputs[name]), `input ${name}: ${JSON.stringify(value)} is not a ${inputs[name].type}`).toBe(
        true,
      );
    }
    for (const [name, spec] of Object.entries(inputs))
      if (spec.required) expect(Object.keys(job.with ?? {}), `required input ${name}`).toContain(name);
  });
  it.each(callers)('$name passes only secrets the callee declares, and every required one', ({ job, callee }) => {
    const secrets = callSecrets(loadWorkflow(callee));
    expect(job.secrets).not.toBe('inherit');
    const given = Object.keys((job.secrets as Record<string, unknown> | undefined) ?? {});
    for (const name of given) expect(Object.keys(secrets), `unknown secret ${name}`).toContain(name);
    for (const [name, spec] of Object.entries(secrets))
      if (spec.required) expect(given, `required secret ${name}`).toContain(name);
  });
});

describe('pipeline.yml forwards ci.yml and cd.yml unchanged', () => {
  const pipeline = loadWorkflow('.github/workflows/pipeline.yml');
  const mine = callInputs(pipeline);
  it.each(['ci', 'cd'])('every %s input is a pipeline input of the same type and default, passed through', (jobId) => {
    const job = pipeline.jobs[jobId];
    const callee = callInputs(loadWorkflow(calledShiplineWorkflow(job.uses) as string));
    for (const [name, spec] of Object.entries(callee)) {
      expect(mine[name], `pipeline lacks ${name}`).toBeDefined();
      expect(mine[name].type, name).toBe(spec.type);
      // image is the one exception: optional in the pipeline (empty = no CD).
      if (name !== 'image') {
        expect(mine[name].default, `default of ${name}`).toEqual(spec.default);
        expect(Boolean(mine[name].required), `required ${name}`).toBe(Boolean(spec.required));
      }
      expect(job.with?.[name], `${jobId} with ${name}`).toBe(`\${{ inputs.${name} }}`);
    }
  });
  it('has no input that reaches neither', () => {
    const forwarded = new Set(['ci', 'cd'].flatMap((j) => Object.keys(pipeline.jobs[j].with ?? {})));
    expect(Object.keys(mine).filter((n) => !forwarded.has(n))).toEqual([]);
  });
  it('runs CD only after CI, on a push to the default branch, with an image named', () => {
    const cd = pipeline.jobs.cd;
    expect(cd.needs).toBe('ci');
    expect(cd.if).toContain("github.event_name == 'push'");
    expect(cd.if).toContain('github.ref_name == github.event.repository.default_branch');
    expect(cd.if).toContain("inputs.image != ''");
  });
});

describe.each(templateFiles())('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const pipeline = loadWorkflow('.github/workflows/pipeline.yml');
  it('shows every pipeline input and secret, set or commented', () => {
    for (const name of [...Object.keys(callInputs(pipeline)), ...Object.keys(callSecrets(pipeline))]) {
      expect(text, `${name} is neither set nor shown`).toMatch(new RegExp(`^\\s*(# )?${name}:`, 'm'));
    }
  });
  it('passes one repository secret, SHIPLINE_WEBHOOK_URL (the kubeconfig is an environment secret)', () => {
    const set = [...text.matchAll(/^\s+[\w-]+: \$\{\{ secrets\.([A-Z_]+) \}\}/gm)].map((m) => m[1]).sort();
    expect(set).toEqual(['SHIPLINE_WEBHOOK_URL']);
  });
});
