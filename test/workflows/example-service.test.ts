import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { available, needs } from '../helpers/real.js';
import { ROOT } from './lib.js';

// examples/service: the service the demo and the templates run the pipeline on.
const service = join(ROOT, 'examples/service');
const testFiles = readdirSync(join(service, 'test'))
  .filter((f) => f.endsWith('.test.js'))
  .sort()
  .map((f) => `test/${f}`);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
type Case = { name: string; file: string; time: string };
const cases = (text: string): Case[] => {
  const suites = [xml.parse(text).testsuites.testsuite].flat();
  return suites.flatMap((s: { testcase: Case | Case[] }) => [s.testcase].flat());
};

describe('examples/service', () => {
  it('has zero runtime npm dependencies; its devDependencies are what the Node template asks, one version', () => {
    const pkg = JSON.parse(readFileSync(join(service, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    // workflows-templates/node-service.yml: vitest and @vitest/coverage-v8, the same version.
    expect(Object.keys(pkg.devDependencies ?? {}).sort()).toEqual(['@vitest/coverage-v8', 'vitest']);
    expect(pkg.devDependencies.vitest).toBe(pkg.devDependencies['@vitest/coverage-v8']);
    const lock = JSON.parse(readFileSync(join(service, 'package-lock.json'), 'utf8'));
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
  });

  it('has committed timings from a real run naming every test file, with times that differ enough to balance', () => {
    const all = cases(readFileSync(join(service, 'timings/junit.xml'), 'utf8'));
    const byFile = new Map<string, number>();
    for (const c of all) byFile.set(c.file, (byFile.get(c.file) ?? 0) + Number(c.time));
    expect([...byFile.keys()].sort()).toEqual(testFiles);
    const times = [...byFile.values()].sort((a, b) => a - b);
    expect(times[times.length - 1] / Math.max(times[0], 0.001)).toBeGreaterThan(20);
  });

  it("its JUnit reporter records each test case's file (Node 20's built-in one does not)", () => {
    const out = join(mkdtempSync(join(tmpdir(), 'shipline-junit-')), 'junit.xml');
    const r = spawnSync(
      process.execPath,
      [
        '--test',
        '--test-reporter=./reporters/junit.mjs',
        `--test-reporter-destination=${out}`,
        'test/validate.test.js',
        'test/pricing.test.js',
      ],
      { cwd: service, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const got = cases(readFileSync(out, 'utf8'));
    expect(new Set(got.map((c) => c.file))).toEqual(new Set(['test/validate.test.js', 'test/pricing.test.js']));
    expect(got.length).toBeGreaterThan(20);
  });

  it('has a Deployment and a Service that select the same pods, with the image the pipeline substitutes', () => {
    const docs = readdirSync(join(service, 'k8s')).flatMap(
      (f) => loadAll(readFileSync(join(service, 'k8s', f), 'utf8')),
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kubernetes objects, probed field by field
    ) as Array<Record<string, any>>;
    const deploy = docs.find((d) => d.kind === 'Deployment');
    const svc = docs.find((d) => d.kind === 'Service');
    expect(deploy?.apiVersion).toBe('apps/v1');
    expect(deploy?.spec.selector.matchLabels).toEqual(deploy?.spec.template.metadata.labels);
    expect(svc?.spec.selector).toEqual(deploy?.spec.selector.matchLabels);
    const app = deploy?.spec.template.spec.containers.find((c: { name: string }) => c.name === 'app');
    expect(app.image).toMatch(/^ghcr\.io\/acme\/example-service[:@]/);
    expect(app.ports.map((p: { name: string }) => p.name)).toContain(svc?.spec.ports[0].targetPort);
    expect(app.readinessProbe.httpGet.path).toBe('/healthz');
  });

  needs('docker engine', available('docker', ['info']))(
    'its Dockerfile builds FROM scratch here, with only package.json and src/',
    () => {
      const tag = `shipline-example-test:${process.pid}`;
      const build = spawnSync('docker', ['build', '-q', '--build-arg', 'BASE_IMAGE=scratch', '-t', tag, '.'], {
        cwd: service,
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(build.status, build.stderr).toBe(0);
      try {
        const create = spawnSync('docker', ['create', tag], { encoding: 'utf8' });
        expect(create.status, create.stderr).toBe(0);
        const id = create.stdout.trim();
        const list = spawnSync('sh', ['-c', `docker export ${id} | tar -t`], { encoding: 'utf8' });
        spawnSync('docker', ['rm', id]);
        const files = list.stdout.split('\n').filter((f) => f && !f.endsWith('/'));
        expect(files).toContain('app/src/app.js');
        expect(files).toContain('app/package.json');
        expect(files.some((f) => f.startsWith('app/test/'))).toBe(false);
      } finally {
        spawnSync('docker', ['rmi', '-f', tag]);
      }
    },
  );
});
