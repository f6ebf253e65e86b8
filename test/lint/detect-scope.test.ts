import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../src/core/exec.js';
import { detectChecks } from '../../src/lint/detect.js';
import { planJobs } from '../../src/lint/plan.js';
import type { GateReport } from '../../src/lint/report.js';
import { TestRepo } from '../helpers/git.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';
import { runLint } from './helpers.js';

const env = { ...process.env, PATH: '/usr/bin:/bin' };
function repo(files: Record<string, string>, nodeModules = false): string {
  const r = new TestRepo();
  for (const [p, c] of Object.entries(files)) r.write(p, c);
  if (nodeModules) symlinkSync(join(ROOT, 'node_modules'), join(r.dir, 'node_modules'));
  r.write('.gitignore', 'node_modules\n');
  r.commit('init');
  return r.dir;
}
const LOCK = JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/prettier': { version: '3.10.1' } } });

describe('zero-config scope', () => {
  needs('bandit (Debian)', available('bandit', ['--version']))(
    'bandit: -ll and test folders left out, unless the project configures it',
    async () => {
      const files = ['app/main.py', 'tests/test_main.py', 'app/main_test.py', 'conftest.py'];
      const dir = repo(Object.fromEntries(files.map((f) => [f, 'assert True\n'])));
      const bandit = (await detectChecks(dir, env, exec)).checks.find((c) => c.name === 'bandit')!;
      expect(bandit.run).toEqual(['bandit', '--format', 'json', '--quiet', '-ll']);
      expect((await planJobs([bandit], files, true)).jobs[0].files).toEqual(['app/main.py']);
      const own = repo({ 'app/main.py': '', 'pyproject.toml': '[tool.bandit]\nskips = ["B101"]\n' });
      const configured = (await detectChecks(own, env, exec)).checks.find((c) => c.name === 'bandit')!;
      expect(configured.run).toEqual(['bandit', '--format', 'json', '--quiet', '-c', 'pyproject.toml']);
      expect(configured.exclude).toBeUndefined();
    },
  );

  needs('pylint, black, isort (Debian)', available('pylint', ['--version']) && available('black', ['--version']))(
    'pylint, black and isort are picked where the project configures them, with parsed formats',
    async () => {
      const dir = repo({
        'a.py': 'x = 1\n',
        'pyproject.toml':
          '[tool.black]\nline-length = 100\n\n[tool.isort]\nprofile = "black"\n\n[tool.pylint.main]\njobs = 1\n',
      });
      const { checks } = await detectChecks(dir, env, exec);
      const by = Object.fromEntries(checks.map((c) => [c.name, c]));
      expect(by.pylint).toMatchObject({ run: ['pylint', '--output-format=json'], format: 'pylint-json' });
      expect(by.black).toMatchObject({ run: ['black', '--check', '--diff'], format: 'diff-check' });
      expect(by.isort).toMatchObject({ run: ['isort', '--check-only', '--diff'], format: 'diff-check' });
      // Not configured: not picked (they would flag every file of a project that never used them).
      expect((await detectChecks(repo({ 'a.py': '' }), env, exec)).checks.map((c) => c.name)).not.toContain('black');
    },
  );

  needs('mypy (Debian)', available('mypy', ['--version']))('mypy with files= in its config gets no path', async () => {
    const dir = repo({ 'a.py': '', 'setup.cfg': '[mypy]\nfiles = a.py\n' });
    const mypy = (await detectChecks(dir, env, exec)).checks.find((c) => c.name === 'mypy')!;
    expect(mypy.run.at(-1)).toBe('--no-color-output');
  });

  it('a tool pinned in package-lock.json but not installed is not taken from PATH', async () => {
    const dir = repo({ '.prettierrc': '{}\n', 'a.ts': '', 'package-lock.json': LOCK });
    const { checks, detections } = await detectChecks(
      dir,
      { ...process.env, PATH: join(ROOT, 'node_modules/.bin') },
      exec,
    );
    expect(checks.map((c) => c.name)).not.toContain('prettier');
    expect(detections.find((d) => d.tool === 'prettier')!.reason).toMatch(
      /package-lock\.json pins prettier@3\.10\.1, but it is not installed \(run npm ci first\)/,
    );
  });

  it('prettier: .prettierignore respected, lock files and changelogs not checked, one finding per file', async () => {
    const ugly = 'const   a =  {b:1}\n';
    const dir = repo(
      {
        '.prettierrc': '{}\n',
        '.prettierignore': 'ignored/\n',
        'package-lock.json': LOCK,
        'src/a.ts': ugly,
        'ignored/b.ts': ugly,
        'CHANGELOG.md': '#   Changes\n*  one\n',
      },
      true,
    );
    const r = await runLint(dir, { all: 'true' });
    const rep = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
    expect(rep.source.detections?.find((d) => d.tool === 'prettier')?.reason).toMatch(
      /prettier@3\.10\.1 as package-lock\.json pins it/,
    );
    expect(rep.findings.filter((f) => f.check === 'prettier').map((f) => f.file)).toEqual(['src/a.ts']);
  });
});
