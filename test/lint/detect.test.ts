import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../src/core/exec.js';
import { detectChecks } from '../../src/lint/detect.js';
import { ROOT } from '../helpers/runner.js';
import { available, needs } from '../helpers/real.js';
import { TestRepo } from '../helpers/git.js';

function repo(files: Record<string, string>, nodeModules = false): string {
  const r = new TestRepo();
  for (const [p, c] of Object.entries(files)) r.write(p, c);
  if (nodeModules) symlinkSync(join(ROOT, 'node_modules'), join(r.dir, 'node_modules'));
  r.write('.gitignore', 'node_modules\n');
  r.commit('init');
  return r.dir;
}

/** PATH holding only the Debian linters' folder plus git: what a real runner image has. */
const env = { ...process.env, PATH: '/usr/bin:/bin' };
const pyLinters = available('flake8') && available('mypy', ['--version']) && available('bandit', ['--version']);

describe('zero-config detection', () => {
  needs('flake8, mypy and bandit (Debian)', pyLinters)(
    'a Python app gets flake8, mypy and bandit; ruff is reported absent',
    async () => {
      const dir = repo({ 'app/main.py': 'print(1)\n', 'mypy.ini': '[mypy]\n' });
      const { checks, detections } = await detectChecks(dir, env, exec);
      expect(checks.map((c) => c.name)).toEqual(['flake8', 'mypy', 'bandit']);
      const why = Object.fromEntries(detections.map((d) => [d.tool, d]));
      expect(why.ruff).toEqual({
        tool: 'ruff',
        picked: false,
        reason: 'the repository has Python files, but ruff is not installed (not in node_modules/.bin or on PATH)',
      });
      expect(why.mypy.reason).toMatch(/^mypy\.ini configures it, and mypy is installed \(\/usr\/bin\/mypy\)$/);
      expect(why.eslint).toMatchObject({ picked: false, reason: 'nothing in the repository calls for it' });
      expect(checks[1]).toMatchObject({ passFiles: false, format: 'mypy' });
    },
  );

  it('tools that are not installed are never picked, and detection says why', async () => {
    const dir = repo({
      Dockerfile: 'FROM scratch\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'go.mod': 'module x\n',
      'biome.json': '{}\n',
      'a.ts': '',
    });
    const { checks, detections } = await detectChecks(dir, { ...process.env, PATH: '/nonexistent' }, exec);
    expect(checks).toEqual([]);
    const why = Object.fromEntries(detections.map((d) => [d.tool, d.reason]));
    expect(why.hadolint).toBe('Dockerfile exists, but hadolint is not installed (not in node_modules/.bin or on PATH)');
    expect(why.actionlint).toBe(
      '.github/workflows has workflows, but actionlint is not installed (not in node_modules/.bin or on PATH)',
    );
    expect(why['golangci-lint']).toBe(
      'go.mod exists, but golangci-lint is not installed (not in node_modules/.bin or on PATH)',
    );
    expect(why.biome).toBe('biome.json exists, but biome is not installed (not in node_modules/.bin or on PATH)');
  });

  it("eslint and tsc come from the project's node_modules/.bin", async () => {
    const dir = repo(
      { 'eslint.config.js': 'export default [];\n', 'tsconfig.json': '{}\n', 'src/a.ts': 'export {};\n' },
      true,
    );
    const { checks, detections } = await detectChecks(dir, { ...process.env, PATH: '/nonexistent' }, exec);
    expect(checks.map((c) => c.name)).toEqual(['eslint', 'tsc']);
    expect(detections.find((d) => d.tool === 'eslint')!.reason).toContain(join(dir, 'node_modules/.bin/eslint'));
  });

  it('a ruff on PATH replaces flake8, which detection reports', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'fake-bin-'));
    for (const t of ['ruff', 'flake8']) {
      mkdirSync(dirname(join(bin, t)), { recursive: true });
      writeFileSync(join(bin, t), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    }
    const dir = repo({ 'a.py': '' });
    const { checks, detections } = await detectChecks(dir, { ...process.env, PATH: bin }, exec);
    expect(checks.map((c) => c.name)).toEqual(['ruff']);
    expect(detections.find((d) => d.tool === 'flake8')).toEqual({
      tool: 'flake8',
      picked: false,
      reason: 'ruff is installed and covers the same rules',
    });
  });

  needs('shellcheck and yamllint (Debian)', available('shellcheck') && available('yamllint'))(
    "yamllint runs relaxed without a config, with the repo's config otherwise",
    async () => {
      const a = await detectChecks(repo({ 'x.yml': 'a: 1\n', 'run.sh': 'echo\n' }), env, exec);
      expect(a.checks.map((c) => c.name)).toEqual(['shellcheck', 'yamllint']);
      expect(a.checks[1].run).toEqual(['yamllint', '--format', 'parsable', '-d', 'relaxed']);
      const b = await detectChecks(repo({ 'x.yml': 'a: 1\n', '.yamllint': 'extends: default\n' }), env, exec);
      expect(b.checks[0].run).toEqual(['yamllint', '--format', 'parsable']);
    },
  );
});
