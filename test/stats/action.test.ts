import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionLikeRunner } from '../helpers/runner.js';
import { HistorySimulator } from './github-history.js';
import { smallHistory } from './helpers.js';

// The built action (dist/pipeline-health), run as the runner runs it, against the simulator.
const sim = new HistorySimulator();
beforeAll(async () => {
  await sim.start();
  smallHistory(sim);
  sim.forbiddenTokens.add('ghs_noactions');
});
afterAll(() => sim.close());

const run = (token: string) => {
  const workspace = mkdtempSync(join(tmpdir(), 'stats-action-'));
  return runActionLikeRunner('actions/pipeline-health', {
    inputs: { token, since: '2026-11-23T00:00:00Z', workflows: 'ci.yml', environment: 'none' },
    env: { GITHUB_API_URL: sim.base, GITHUB_REPOSITORY: sim.repository },
    workspace,
  }).then((r) => ({ ...r, workspace }));
};

describe('actions/pipeline-health as the runner runs it', () => {
  it('writes the outputs, the JSON report, the job summary and the cache file', async () => {
    const r = await run('ghs_reader');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ runs: '5', 'success-rate': '75', 'p90-duration-s': '600', 'flaky-runs': '2' });
    expect(r.outputs.report).toBe(join(r.workspace, 'pipeline-health.json'));
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8'))).toMatchObject({ version: 1, repository: 'acme/api' });
    expect(existsSync(join(r.workspace, '.shipline/pipeline-health-cache.json'))).toBe(true);
    expect(r.summary).toContain('## Pipeline health: acme/api (since 2026-11-23T00:00:00Z)');
    // The token is masked: it appears only in the runner's own ::add-mask:: command.
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_reader');
  });

  it('a token without actions: read: one ::error line naming the permission', async () => {
    const r = await run('ghs_noactions');
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('permissions: actions: read');
    expect(r.summary).toContain('Not seen:');
  });
});
