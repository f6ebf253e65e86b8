// The CLI as an npm package: published to a real registry (verdaccio) with the real npm
// client, installed into a fresh project from there, and run as `npx shipline`.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalRegistry } from '../helpers/verdaccio.js';
import { ROOT } from '../helpers/runner.js';

const run = promisify(execFile);
const registry = new LocalRegistry();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/shipline/cli.mjs'))) throw new Error('build dist/ first: npm run build');
  await registry.start();
  env = {
    ...process.env,
    npm_config_userconfig: registry.npmrc(),
    npm_config_cache: join(registry.dir, 'cache'),
    npm_config_registry: registry.url,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // Provenance needs a CI's OIDC identity; the release workflow has one, this test does not.
    npm_config_provenance: 'false',
  };
}, 60_000);
afterAll(() => registry.stop());

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

describe('npm package', () => {
  it('publishes only what runs, installs from the registry and runs as npx shipline', async () => {
    await run('npm', ['publish', '--ignore-scripts', '--provenance=false'], { cwd: ROOT, env });
    const view = JSON.parse((await run('npm', ['view', 'shipline', '--json'], { env })).stdout) as {
      version: string;
      dependencies?: unknown;
    };
    expect(view.version).toBe(pkg.version);
    expect(view.dependencies).toBeUndefined();

    const project = mkdtempSync(join(tmpdir(), 'shipline-consumer-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = await run('npm', ['install', '--save-dev', 'shipline'], { cwd: project, env });
    expect(install.stderr).not.toMatch(/EBADENGINE/);
    // Only what runs was published: the bundle, the bin, the README and package.json.
    const root = join(project, 'node_modules/shipline');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath, d.name)));
    expect(files.filter((f) => !f.startsWith('dist/shipline/')).sort()).toEqual(['README.md', 'package.json']);
    expect(files).toContain(pkg.bin.shipline);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/shipline/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(pkg.version);

    const help = await run('npx', ['shipline', '--help'], { cwd: project, env });
    expect(help.stdout).toMatch(new RegExp(`^shipline ${pkg.version.replace(/\./g, '\\.')}: `));
    expect(help.stdout).toMatch(/coverage\s+merge coverage reports/);

    // One real tool from the installed package: the coverage gate on a real vitest report.
    cpSync(join(ROOT, 'test/fixtures/coverage/vitest/lcov.info'), join(project, 'lcov.info'));
    const gate = await run('npx', ['shipline', 'coverage', '--files', 'lcov.info', '--min-lines', '1'], {
      cwd: project,
      env,
    });
    expect(gate.stdout).toMatch(/[\d.]+% lines/);
  }, 120_000);
});
