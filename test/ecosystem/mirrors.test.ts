// A private or internal mirror of shipline: every checkout of shipline in the reusable
// workflows reads it with a GitHub App token minted in that job, or a token secret, or the
// caller's GITHUB_TOKEN, in that order; pipeline.yml forwards both ways to ci.yml and cd.yml.
import { describe, expect, it } from 'vitest';
import { loadWorkflow, type Step } from '../workflows/lib.js';

const REUSABLE = ['.github/workflows/ci.yml', '.github/workflows/cd.yml'];
const TOKEN = '${{ steps.shipline-app.outputs.token || secrets.shipline-token || github.token }}';

describe.each(REUSABLE)('%s', (file) => {
  const wf = loadWorkflow(file);
  const jobs = Object.entries(wf.jobs).filter(([, j]) =>
    (j.steps ?? []).some((s) => s.with?.path === '.shipline-action'),
  );
  it('checks shipline out in the jobs that run it', () => {
    expect(jobs.length).toBeGreaterThan(0);
  });
  it.each(jobs.map(([id]) => id))(
    'job %s: mints the App token first and reads shipline with the first token set',
    (id) => {
      const steps = wf.jobs[id].steps as Step[];
      const checkout = steps.findIndex((s) => s.with?.path === '.shipline-action');
      const mint = steps.findIndex((s) => s.id === 'shipline-app');
      expect(mint).toBeGreaterThanOrEqual(0);
      expect(mint).toBeLessThan(checkout);
      expect(steps[mint].uses).toMatch(/^actions\/create-github-app-token@/);
      // Minted exactly when the checkout runs (its own guard: notify also needs locate to have
      // succeeded) and an App is configured.
      expect(steps[mint].if).toBe(`${steps[checkout].if} && inputs.shipline-app-id != ''`);
      expect(steps[checkout].if).toMatch(/needs\.locate\.outputs\.local != 'true'$/);
      expect(steps[mint].with).toEqual({
        'app-id': '${{ inputs.shipline-app-id }}',
        'private-key': '${{ secrets.shipline-app-private-key }}',
      });
      expect(steps[checkout].with?.token).toBe(TOKEN);
      expect(steps[checkout].with?.['persist-credentials']).toBe(false);
    },
  );
  it('declares both ways as optional', () => {
    const call = (
      wf.on as {
        workflow_call: {
          inputs: Record<string, { default?: unknown }>;
          secrets: Record<string, { required?: boolean }>;
        };
      }
    ).workflow_call;
    expect(call.inputs['shipline-app-id'].default).toBe('');
    expect(call.secrets['shipline-token'].required).toBe(false);
    expect(call.secrets['shipline-app-private-key'].required).toBe(false);
  });
});

describe('pipeline.yml', () => {
  const wf = loadWorkflow('.github/workflows/pipeline.yml');
  it.each(['ci', 'cd'])('forwards the mirror token and App to %s', (id) => {
    const job = wf.jobs[id];
    expect(job.with?.['shipline-app-id']).toBe('${{ inputs.shipline-app-id }}');
    expect(job.secrets).toMatchObject({
      'shipline-token': '${{ secrets.shipline-token }}',
      'shipline-app-private-key': '${{ secrets.shipline-app-private-key }}',
    });
  });
});
