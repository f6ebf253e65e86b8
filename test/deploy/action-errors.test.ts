// Preflight errors, the secret kubeconfig, dry runs, manifests and the CLI front door.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { ROOT, runBuiltCli } from '../helpers/runner.js';
import { hasKubectl, hasOpenssl, kubeEnv, simulator } from './helpers.js';
import type { K8sSimulator } from './k8s-simulator/server.js';
import { errors, runDeploy } from './run.js';

const it = needs('kubectl', hasKubectl);
const itTls = needs('kubectl and openssl', hasKubectl && hasOpenssl);
const fixtures = join(ROOT, 'test/fixtures/deploy');

const seedApi = (sim: K8sSimulator) =>
  sim.seed({
    name: 'api',
    replicas: 3,
    containers: [
      { name: 'app', image: 'ghcr.io/acme/api:v1' },
      { name: 'sidecar', image: 'ghcr.io/acme/proxy:v1' },
    ],
  });

/** One clear line, and no stack trace anywhere. */
function oneLineError(r: {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  annotations: Array<{ level: string; message: string }>;
}): string {
  expect(r.exitCode).toBe(1);
  const errs = errors(r as never);
  expect(errs).toHaveLength(1);
  expect(errs[0]).not.toContain('\n');
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return errs[0];
}

describe('k8s-deploy: clear errors before anything changes', () => {
  it('a bad kubeconfig', async () => {
    const r = await runDeploy(undefined, {
      kubeconfig: 'this is not a kubeconfig',
      deployments: 'api',
      image: 'ghcr.io/acme/api:v2',
    });
    expect(oneLineError(r)).toMatch(
      /^input 'kubeconfig': kubectl could not read it \(error loading config file the file: couldn't get version\/kind.*\); pass the whole kubeconfig file content/,
    );
    expect(r.stdout).not.toContain('error: error');
    expect(r.outputs.result).toBe('failed');
  });

  it('an unreachable cluster', async () => {
    const sim = await simulator();
    const kubeconfig = sim.kubeconfig().replace(sim.url, 'http://127.0.0.1:1');
    const r = await runDeploy(undefined, { kubeconfig, deployments: 'api', image: 'ghcr.io/acme/api:v2' });
    expect(oneLineError(r)).toMatch(
      /^the cluster in the kubeconfig input is unreachable: The connection to the server 127\.0\.0\.1:1 was refused/,
    );
  });

  it('a dry run with no cluster prints the commands, says they were not validated, and passes; dry-run: server still fails', async () => {
    const sim = await simulator();
    const kubeconfig = sim.kubeconfig().replace(sim.url, 'http://127.0.0.1:1');
    const r = await runDeploy(undefined, {
      kubeconfig,
      deployments: 'api/app',
      image: 'ghcr.io/acme/api:v2',
      'dry-run': 'true',
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.result).toBe('dry-run');
    expect(r.outputs.reason).toMatch(/^not validated: the cluster in the kubeconfig input is unreachable/);
    expect(r.stdout).toContain('set image deployment/api app=ghcr.io/acme/api:v2');
    expect(r.annotations.find((a) => a.level === 'warning')?.message).toMatch(/NOT validated by a server/);
    expect(r.summary).toContain('not validated');
    const strict = await runDeploy(undefined, {
      kubeconfig,
      deployments: 'api/app',
      image: 'ghcr.io/acme/api:v2',
      'dry-run': 'server',
    });
    expect(oneLineError(strict)).toMatch(/is unreachable/);
  });

  itTls('credentials the cluster rejects', async () => {
    const sim = await simulator({ token: 'the-right-token' });
    seedApi(sim);
    const r = await runDeploy(undefined, {
      kubeconfig: sim.kubeconfig('default', 'a-wrong-token'),
      deployments: 'api',
      image: 'ghcr.io/acme/api:v2',
    });
    expect(oneLineError(r)).toBe(
      'the cluster rejected the credentials in the kubeconfig input (Unauthorized); refresh its token or certificate',
    );
  });

  it('a user that may not patch deployments', async () => {
    const sim = await simulator({ deny: ['patch deployments'] });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2' });
    expect(oneLineError(r)).toBe(
      "not allowed to patch deployments.apps (kubectl auth can-i patch deployments.apps said no); grant it in the deploy user's Role",
    );
  });

  it('an unknown deployment', async () => {
    const sim = await simulator();
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app\nnope', image: 'ghcr.io/acme/api:v2' });
    expect(oneLineError(r)).toBe(
      "deployment/nope not found in namespace default; check the name in input 'deployments' and the namespace (kubectl get deployments -n default)",
    );
    expect(sim.revision('api')).toBe(1);
    expect(sim.requests.some((q) => q.method === 'PATCH')).toBe(false);
  });

  it('a missing container names the ones there are', async () => {
    const sim = await simulator();
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/web', image: 'ghcr.io/acme/api:v2' });
    expect(oneLineError(r)).toBe("container 'web' not found in deployment/api; it has: app, sidecar");
    const bare = await runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2' });
    expect(oneLineError(bare)).toBe(
      "deployment/api has 2 containers (app, sidecar); name the one to update in input 'deployments', e.g. api/app",
    );
  });

  it('a context the kubeconfig does not define', async () => {
    const sim = await simulator();
    const r = await runDeploy(sim, { deployments: 'api', image: 'ghcr.io/acme/api:v2', context: 'production' });
    expect(oneLineError(r)).toBe(
      'input \'context\': error: context "production" does not exist; use a context defined in the kubeconfig input',
    );
  });

  it('input mistakes are ConfigErrors naming the input', async () => {
    const r = await runDeploy(undefined, { deployments: 'api', image: 'GHCR.io/Acme:v2' });
    expect(oneLineError(r)).toMatch(/^input 'image': "GHCR.io\/Acme:v2" is not a valid image reference; use/);
    const t = await runDeploy(undefined, { deployments: 'api', image: 'ghcr.io/acme/api:v2', timeout: 'soon' });
    expect(oneLineError(t)).toMatch(/^input 'timeout': "soon" is not a duration/);
  });
});

describe('k8s-deploy: the kubeconfig is a secret', () => {
  itTls('appears nowhere in stdout, stderr, the summary or the outputs, and its file is removed', async () => {
    const token = 'kc-t0ken-7f3a9b2c4d5e6f708192a3b4c5d6e7f8';
    const sim = await simulator({ token, readyDelayMs: 400 });
    seedApi(sim);
    const kubeconfig = sim.kubeconfig('default', token);
    const runs = [
      await runDeploy(undefined, { kubeconfig, deployments: 'api/app', image: 'ghcr.io/acme/api:v2' }),
      await runDeploy(undefined, { kubeconfig, deployments: 'api/app', image: 'ghcr.io/acme/api:crash' }),
      await runDeploy(undefined, {
        kubeconfig: `${kubeconfig}\n  broken: [`,
        deployments: 'api/app',
        image: 'ghcr.io/acme/api:v3',
      }),
    ];
    expect(runs.map((r) => r.exitCode)).toEqual([0, 1, 1]);
    const secretLines = kubeconfig.split('\n').filter((l) => l.trim().length >= 12);
    for (const r of runs) {
      // `::add-mask::` lines are commands the runner consumes (they are how it learns the secret), never shown.
      const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      expect(shown.length).toBeGreaterThan(3);
      const seen = [...shown, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
      expect(seen).not.toContain(token);
      expect(seen).not.toContain(Buffer.from(kubeconfig).toString('base64'));
      for (const line of secretLines) expect(seen).not.toContain(line.trim());
      expect(readdirSync(r.runnerTemp).filter((f) => f.startsWith('kubeconfig'))).toEqual([]);
    }
    // It was used: the simulator saw the bearer token on every request.
    expect(sim.requests.length).toBeGreaterThan(10);
  });
});

describe('k8s-deploy: the kubeconfig file', () => {
  it('is written 0600 for kubectl and removed afterwards (a recording stand-in for kubectl)', async () => {
    // A stand-in kubectl that records the mode of the file it is given, then fails like a broken binary.
    const bin = mkdtempSync(join(tmpdir(), 'fake-kubectl-'));
    const log = join(bin, 'modes');
    writeFileSync(
      join(bin, 'kubectl'),
      `#!/bin/sh\nprev=\nfor a in "$@"; do [ "$prev" = --kubeconfig ] && stat -c '%a %n' "$a" >> '${log}'; prev="$a"; done\necho 'kubectl: simulated crash' >&2\nexit 3\n`,
    );
    chmodSync(join(bin, 'kubectl'), 0o755);
    const r = await runDeploy(
      undefined,
      { kubeconfig: 'apiVersion: v1\nkind: Config\n', deployments: 'api', image: 'ghcr.io/acme/api:v2' },
      { PATH: `${bin}:/usr/bin:/bin` },
    );
    expect(oneLineError(r)).toBe('kubectl does not run: kubectl: simulated crash');
    const [mode, file] = readFileSync(log, 'utf8').trim().split(' ');
    expect(mode).toBe('600');
    expect(file.startsWith(r.runnerTemp)).toBe(true);
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });

  it('a runner without kubectl gets told to install it', async () => {
    const r = await runDeploy(
      undefined,
      { kubeconfig: 'apiVersion: v1\n', deployments: 'api', image: 'ghcr.io/acme/api:v2' },
      { PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) },
    );
    expect(oneLineError(r)).toBe(
      'kubectl is not installed on this runner (not found on PATH); install it first, e.g. with azure/setup-kubectl',
    );
    expect(readdirSync(r.runnerTemp)).toEqual([]);
  });
});

describe('k8s-deploy: dry run', () => {
  it('prints the commands and validates them with --dry-run=server, changing nothing', async () => {
    const sim = await simulator();
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v2', 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ result: 'dry-run', revision: '2', 'previous-revision': '1', reason: '' });
    expect(r.stdout).toContain(
      "kubectl --kubeconfig '$RUNNER_TEMP/kubeconfig' set image deployment/api app=ghcr.io/acme/api:v2",
    );
    expect(r.stdout).toContain('on failure: kubectl');
    expect(r.stdout).toContain('validated with --dry-run=server');
    expect(sim.requests.filter((q) => q.method === 'PATCH').every((q) => q.query.includes('dryRun=All'))).toBe(true);
    expect(sim.requests.some((q) => q.method === 'PATCH')).toBe(true);
    expect(sim.revision('api')).toBe(1);
    expect(sim.deployment('api').spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v1');
  });

  it('falls back to client dry run where the cluster refuses server dry runs; `server` insists', async () => {
    const sim = await simulator({ serverDryRun: false });
    seedApi(sim);
    const r = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v2', 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain('validated with --dry-run=client');
    expect(r.annotations.find((a) => a.level === 'warning')?.message).toMatch(
      /refused a server-side dry run .*does not support dry run/,
    );
    const strict = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v2', 'dry-run': 'server' });
    expect(oneLineError(strict)).toMatch(
      /^dry run: kubectl .* annotate deployment\/api .* was rejected: .*does not support dry run/,
    );
    expect(sim.revision('api')).toBe(1);
  });

  it('auto is dry under act (ACT=true) and real otherwise', async () => {
    const sim = await simulator({ readyDelayMs: 300 });
    seedApi(sim);
    const act = await runDeploy(
      sim,
      { deployments: 'api/app', image: 'ghcr.io/acme/api:v2', 'dry-run': 'auto' },
      { ACT: 'true' },
    );
    expect(act.outputs.result).toBe('dry-run');
    expect(act.stdout).toContain('dry-run is auto and ACT=true');
    expect(sim.revision('api')).toBe(1);
    const real = await runDeploy(sim, { deployments: 'api/app', image: 'ghcr.io/acme/api:v2', 'dry-run': 'auto' });
    expect(real.outputs.result).toBe('deployed');
    expect(sim.revision('api')).toBe(2);
  });
});

describe('k8s-deploy: manifests', () => {
  it('applies them server-side with images substituted, then rolls a bad image back', async () => {
    const sim = await simulator({ readyDelayMs: 400 });
    const first = await runDeploy(
      sim,
      { manifests: 'k8s/*.yaml', images: 'ghcr.io/acme/web=ghcr.io/acme/web:v1' },
      {},
      fixtures,
    );
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs).toMatchObject({ result: 'deployed', revision: '1', 'previous-revision': '' });
    expect(sim.requests.some((q) => q.method === 'PATCH' && q.contentType === 'application/apply-patch+yaml')).toBe(
      true,
    );
    expect(sim.readyImages('web')).toEqual(['web=ghcr.io/acme/web:v1', 'web=ghcr.io/acme/web:v1']);
    const bad = await runDeploy(
      sim,
      { manifests: 'k8s/*.yaml', images: 'ghcr.io/acme/web=ghcr.io/acme/web:pullfail' },
      {},
      fixtures,
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.reason).toMatch(
      /^deployment\/web: (ErrImagePull|ImagePullBackOff) on web-\S+ \(image ghcr\.io\/acme\/web:pullfail not found\); rolled back to revision 1, 2\/2 ready$/,
    );
    expect(sim.readyImages('web')).toEqual(['web=ghcr.io/acme/web:v1', 'web=ghcr.io/acme/web:v1']);
  });

  it("watches a Deployment in the manifest's own namespace", async () => {
    const sim = await simulator({ readyDelayMs: 300 });
    const r = await runDeploy(
      sim,
      { manifests: 'k8s-staging/*.yaml', images: 'ghcr.io/acme/worker=ghcr.io/acme/worker:v7' },
      {},
      fixtures,
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(sim.readyImages('worker', 'staging')).toEqual(['worker=ghcr.io/acme/worker:v7']);
    expect(
      sim.requests.some((q) => q.path === '/apis/apps/v1/namespaces/staging/deployments/worker' && q.method === 'GET'),
    ).toBe(true);
  });

  it('a dry run applies nothing but has the server validate the apply', async () => {
    const sim = await simulator();
    const r = await runDeploy(
      sim,
      { manifests: 'k8s/web.yaml', images: 'ghcr.io/acme/web=ghcr.io/acme/web:v1', 'dry-run': 'true' },
      {},
      fixtures,
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ result: 'dry-run', revision: '1', 'previous-revision': '' });
    expect(r.stdout).toMatch(
      /apply --server-side --field-manager=shipline --force-conflicts --validate=false -f \S+manifests-\w+\.yaml/,
    );
    expect(
      sim.requests.some((q) => q.contentType === 'application/apply-patch+yaml' && q.query.includes('dryRun=All')),
    ).toBe(true);
    expect(sim.deployment('web')).toBeUndefined();
  });

  it('a failed first deploy has nothing to roll back to, and says so', async () => {
    const sim = await simulator();
    const r = await runDeploy(
      sim,
      { manifests: 'k8s/web.yaml', images: 'ghcr.io/acme/web=ghcr.io/acme/web:crash' },
      {},
      fixtures,
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.outputs.reason).toMatch(/; nothing to roll back deployment\/web to: it did not exist before this run$/);
  });
});

describe('shipline deploy (CLI)', () => {
  it('takes the kubeconfig from SHIPLINE_KUBECONFIG and deploys in --namespace', async () => {
    const sim = await simulator({ readyDelayMs: 300 });
    sim.seed({
      name: 'api',
      namespace: 'prod',
      replicas: 2,
      containers: [{ name: 'app', image: 'ghcr.io/acme/api:v1' }],
    });
    const r = await runBuiltCli(
      ['deploy', '--deployments', 'api', '--image', 'ghcr.io/acme/api:v2', '--dry-run', 'false', '--namespace', 'prod'],
      { env: { ...kubeEnv(), SHIPLINE_KUBECONFIG: sim.kubeconfig() }, cwd: mkdtempSync(join(tmpdir(), 'cli-')) },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('result=deployed');
    expect(r.stdout).toContain('revision=2');
    expect(r.stdout + r.stderr).not.toContain('simulator-token');
    expect(sim.revision('api', 'prod')).toBe(2);
    expect(sim.requests.filter((q) => q.method === 'PATCH').every((q) => q.path.includes('/namespaces/prod/'))).toBe(
      true,
    );
  });
});
