import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatFiles } from '../../src/shard/format.js';
import { available, needs } from '../helpers/real.js';
import { ROOT, loadWorkflow, type Step } from './lib.js';
import { runStep } from './steps.js';

// examples/python-service and examples/go-service, run by their templates' own commands
// through ci.yml's own install and test steps (real bash, real pytest, real go).

const ci = loadWorkflow('.github/workflows/ci.yml');
const step = (name: string) => (ci.jobs.test.steps ?? []).find((s) => s.name === name) as Step;
const template = (lang: string) => loadWorkflow(`workflows-templates/${lang}-service.yml`).jobs.pipeline.with ?? {};
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
type Case = { name: string; classname: string; failure?: unknown };
const cases = (file: string): Case[] =>
  [xml.parse(readFileSync(file, 'utf8')).testsuites?.testsuite ?? xml.parse(readFileSync(file, 'utf8')).testsuite]
    .flat()
    .flatMap((s: { testcase?: Case | Case[] }) => [s.testcase ?? []].flat());

/** A copy of the example, as a fresh repository of its kind would be checked out. */
function checkout(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `shipline-${name}-`));
  cpSync(join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

/** The template's install command, then its test command on these files, as ci.yml runs them. */
function shard(lang: string, dir: string, files: string[], env: Record<string, string> = {}) {
  const t = template(lang);
  const install = runStep(step('Install dependencies'), { INSTALL_COMMAND: String(t['install-command']), ...env }, dir);
  expect(install.status, install.out).toBe(0);
  return runStep(
    step("Run the shard's tests"),
    {
      TEST_COMMAND: String(t['test-command']),
      SHARD_FILES: formatFiles(files, 'shell'),
      TEST_IMAGE: '',
      WORKING_DIRECTORY: '.',
      RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'shipline-runner-temp-')),
      SHARD: '1',
      TOTAL: '1',
      ...env,
    },
    dir,
  );
}

function manifests(name: string) {
  const dir = join(ROOT, 'examples', name, 'k8s');
  return readdirSync(dir).flatMap(
    (f) => loadAll(readFileSync(join(dir, f), 'utf8')) as Array<{ kind: string; metadata: { name: string } }>,
  );
}

// Debian's python3 has python3-pytest and python3-pytest-cov (.ci/run installs them).
const DEBIAN_PY = { PATH: `/usr/bin:${process.env.PATH ?? ''}` };
const hasPytest = available('/usr/bin/python3', ['-c', 'import pytest, pytest_cov']);
const hasGo = available('go', ['version']) && available('gotestsum', ['--version']);

describe('examples/python-service with workflows-templates/python-service.yml', () => {
  needs('python3 with pytest and pytest-cov (Debian python3-pytest, python3-pytest-cov)', hasPytest)(
    'installs only what is there (no requirements.txt: nothing), and one shard writes JUnit and Cobertura',
    () => {
      const dir = checkout('python-service');
      expect(existsSync(join(dir, 'requirements.txt'))).toBe(false);
      const r = shard('python', dir, ['tests/test_pricing.py'], DEBIAN_PY);
      expect(r.status, r.out).toBe(0);
      const got = cases(join(dir, 'reports/junit.xml'));
      expect(got.map((c) => c.classname).every((c) => c.startsWith('tests.test_pricing'))).toBe(true);
      expect(got.length).toBe(6);
      expect(readFileSync(join(dir, 'coverage/coverage.xml'), 'utf8')).toContain('filename="app/pricing.py"');
    },
  );
  needs('python3 with pytest and pytest-cov', hasPytest)('a failing test fails the shard', () => {
    const dir = checkout('python-service');
    const r = shard('python', dir, ['tests/test_server.py'], { ...DEBIAN_PY });
    expect(r.status, r.out).toBe(0);
    cpSync(join(dir, 'tests/test_pricing.py'), join(dir, 'tests/test_broken.py'));
    const text = readFileSync(join(dir, 'tests/test_broken.py'), 'utf8').replace('1140', '1');
    writeFileSync(join(dir, 'tests/test_broken.py'), text);
    expect(shard('python', dir, ['tests/test_broken.py'], DEBIAN_PY).status).not.toBe(0);
  });
  it('has a Dockerfile and a Deployment and Service of one name', () => {
    expect(readFileSync(join(ROOT, 'examples/python-service/Dockerfile'), 'utf8')).toMatch(/^FROM python:/m);
    expect(
      manifests('python-service')
        .map((d) => `${d.kind}/${d.metadata.name}`)
        .sort(),
    ).toEqual(['Deployment/python-service', 'Service/python-service']);
  });
});

describe('examples/go-service with workflows-templates/go-service.yml', () => {
  // Issue item 6: two files of one package in two shards each run only their own tests.
  needs('go and gotestsum (Debian golang-go, gotestsum)', hasGo)(
    "shards by file: each shard runs its files' tests once per package, never the whole package",
    () => {
      const dir = checkout('go-service');
      const one = shard('go', dir, ['internal/pricing/pricing_test.go']);
      expect(one.status, one.out).toBe(0);
      const names1 = cases(join(dir, 'reports/junit-internal_pricing.xml')).map((c) => c.name);
      expect(names1.sort()).toEqual(['TestPriceAddsUp', 'TestPriceBadQuantity', 'TestPriceUnknownSKU']);

      const dir2 = checkout('go-service');
      const two = shard('go', dir2, ['internal/pricing/discount_test.go', 'internal/api/handler_test.go']);
      expect(two.status, two.out).toBe(0);
      expect(
        cases(join(dir2, 'reports/junit-internal_pricing.xml'))
          .map((c) => c.name)
          .sort(),
      ).toEqual(['TestDiscountCapped', 'TestDiscountTiers']);
      expect(
        cases(join(dir2, 'reports/junit-internal_api.xml'))
          .map((c) => c.name)
          .sort(),
      ).toEqual(['TestHealthz', 'TestPrice', 'TestPriceBadRequest']);
      expect(readFileSync(join(dir2, 'coverage/internal_pricing.out'), 'utf8')).toMatch(/^mode: /);
    },
    60_000,
  );
  needs('go and gotestsum', hasGo)(
    'a failing test fails the shard',
    () => {
      const dir = checkout('go-service');
      const file = join(dir, 'internal/pricing/discount_test.go');
      writeFileSync(file, readFileSync(file, 'utf8').replace('10: 5,', '10: 6,'));
      expect(shard('go', dir, ['internal/pricing/discount_test.go']).status).toBe(1);
    },
    60_000,
  );
  it('has a Dockerfile and a Deployment and Service of one name', () => {
    expect(readFileSync(join(ROOT, 'examples/go-service/Dockerfile'), 'utf8')).toMatch(/^FROM golang:/m);
    expect(
      manifests('go-service')
        .map((d) => `${d.kind}/${d.metadata.name}`)
        .sort(),
    ).toEqual(['Deployment/go-service', 'Service/go-service']);
  });
});

describe('workflows-templates/node-service.yml picks the package manager by lock file', () => {
  // Stand-ins for npm, pnpm, yarn and corepack record how they were called: the template's
  // own install command, through ci.yml's install step, on a fresh repository of each kind.
  const shims = mkdtempSync(join(tmpdir(), 'shipline-pm-'));
  for (const tool of ['npm', 'pnpm', 'yarn', 'corepack'])
    writeFileSync(join(shims, tool), `#!/bin/sh\necho "${tool} $*" >> calls.txt\n`, { mode: 0o755 });
  it.each([
    ['pnpm-lock.yaml', ['corepack enable', 'pnpm install --frozen-lockfile']],
    ['yarn.lock', ['corepack enable', 'yarn install --frozen-lockfile']],
    ['package-lock.json', ['npm ci']],
    ['', ['npm install']],
  ])('%s', (lock, calls) => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-node-repo-'));
    writeFileSync(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
    if (lock) writeFileSync(join(dir, lock), '');
    const r = runStep(
      step('Install dependencies'),
      { INSTALL_COMMAND: String(template('node')['install-command']), PATH: `${shims}:${process.env.PATH ?? ''}` },
      dir,
    );
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(dir, 'calls.txt'), 'utf8').trim().split('\n')).toEqual(calls);
  });
  it('says that vitest coverage needs @vitest/coverage-v8, and asks for the v8 provider', () => {
    const text = readFileSync(join(ROOT, 'workflows-templates/node-service.yml'), 'utf8');
    expect(text).toContain('@vitest/coverage-v8');
    expect(String(template('node')['test-command'])).toContain('--coverage.provider=v8');
  });
});
