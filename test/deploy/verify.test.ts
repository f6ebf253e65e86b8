// Verification of a rolling deploy, both ways a URL is reached: from the runner (an http URL,
// here an HTTP stand-in) and through the API server's service proxy (a path, on the live Service).
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasKubectl, simulator } from './helpers.js';
import { runDeploy } from './run.js';
import { standIn } from './standins.js';

const it = needs('kubectl', hasKubectl);

describe('verify after a rolling deploy', () => {
  it('from the runner: a failing public URL rolls the deployment back', async () => {
    const site = await standIn(502, 'bad gateway');
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    const r = await runDeploy(sim, {
      deployments: 'api',
      image: 'ghcr.io/acme/api:v2',
      'verify-url': `${site.url}/healthz`,
      'verify-timeout': '2',
      'verify-interval': '0.5',
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('rolled-back');
    expect(r.outputs.reason).toMatch(
      /^verification failed: http:\/\/127\.0\.0\.1:\d+\/healthz did not answer 3 times in a row within 2 s \(last: status 502, want 200: bad gateway\); rolled back to revision 1, 2\/2 ready$/,
    );
    expect(site.hits).toBeGreaterThanOrEqual(3);
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
    expect(r.summary).toContain('from the runner');
  });

  it('through the cluster: a path is checked on the live Service through the service proxy', async () => {
    const v2 = await standIn(200, 'version 2');
    const sim = await simulator({ readyDelayMs: 300, backends: { 'ghcr.io/acme/api:v2': v2.url } });
    sim.seed({ name: 'api', replicas: 2, containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }] });
    sim.seedService('api', { app: 'api' });
    const r = await runDeploy(sim, {
      deployments: 'api',
      image: 'ghcr.io/acme/api:v2',
      'verify-url': '/version',
      'verify-body': '^version 2$',
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.result).toBe('deployed');
    expect(v2.hits).toBe(3);
    expect(sim.requests.some((q) => q.path === '/api/v1/namespaces/default/services/api/proxy/version')).toBe(true);
    expect(r.summary).toContain("/version on service/api (the live Service) through the API server's service proxy");
  });
});
