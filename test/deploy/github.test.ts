// GitHub Deployments from the built action, against the GitHub Deployments simulator and the
// Kubernetes API simulator with the real kubectl.
import { afterEach, describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { GitHubDeploymentsSimulator } from './github-deployments.js';
import { hasKubectl, simulator } from './helpers.js';
import { runDeploy } from './run.js';

const it = needs('kubectl', hasKubectl);
const open: GitHubDeploymentsSimulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((g) => g.close()));
});

async function github(forbidden: string[] = []): Promise<GitHubDeploymentsSimulator> {
  const g = await new GitHubDeploymentsSimulator('acme/api', new Set(forbidden)).start();
  open.push(g);
  return g;
}

describe('GitHub Deployments', () => {
  it('records in_progress then success with the URLs, and marks the replaced deployment inactive', async () => {
    const gh = await github();
    const before = gh.seed('production', ['in_progress', 'success']);
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(
      sim,
      {
        deployments: 'api',
        image: 'ghcr.io/acme/api:v2',
        environment: 'production',
        'environment-url': 'https://api.acme.example',
        'github-token': 'ghs_deployments_token',
      },
      { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/api' },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    const mine = gh.deployments.find((d) => d.id !== before.id)!;
    expect(mine.environment).toBe('production');
    expect(mine.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(mine.statuses[1]).toMatchObject({
      environment_url: 'https://api.acme.example',
      log_url: 'https://github.com/acme/api/actions/runs/4242',
    });
    expect(before.statuses.map((s) => s.state)).toEqual(['in_progress', 'success', 'inactive']);
  });

  it('posts failure when the rollout fails', async () => {
    const gh = await github();
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(
      sim,
      { deployments: 'api', image: 'ghcr.io/acme/api:pullfail', environment: 'staging', 'github-token': 't' },
      { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/api' },
    );
    expect(r.exitCode).toBe(1);
    expect(gh.deployments[0].statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
  });

  it('is skipped in one line when the token may not write deployments, and the deploy goes on', async () => {
    const gh = await github(['read-only']);
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(
      sim,
      { deployments: 'api', image: 'ghcr.io/acme/api:v2', environment: 'production', 'github-token': 'read-only' },
      { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/api' },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('deployed');
    expect(r.stdout).toContain(
      'GitHub Deployments skipped: the token may not write deployments (403); grant permissions: deployments: write to record them',
    );
    expect(gh.deployments).toEqual([]);
  });
});
