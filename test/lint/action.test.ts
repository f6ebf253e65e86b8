import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git.js';
import { available, needs } from '../helpers/real.js';
import { ROOT, runActionLikeRunner, runBuiltCli } from '../helpers/runner.js';
import type { GateReport } from '../../src/lint/report.js';

const python = available('flake8') && available('mypy', ['--version']) && available('bandit', ['--version']);

/**
 * The seed gate: a small Python app on main, and a pull request that adds a shell-running
 * helper and a badly typed function. app/calc.py line 1 has an unused import from before the PR.
 */
function pythonPr(): { repo: TestRepo; base: string; head: string } {
  const repo = new TestRepo();
  repo.write('.gitignore', '.mypy_cache/\n__pycache__/\n');
  repo.write('mypy.ini', '[mypy]\nignore_missing_imports = True\n');
  repo.write('app/__init__.py', '');
  repo.write('app/calc.py', 'import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n');
  repo.write('app/legacy.py', 'import sys\n');
  repo.write(
    '.shipline/lint.yml',
    [
      'checks:',
      '  - name: flake8',
      '    run: flake8',
      "    files: ['**/*.py']",
      '    format: gcc',
      '  - name: mypy',
      '    run: mypy --show-column-numbers --no-error-summary --no-color-output .',
      "    files: ['**/*.py']",
      '    pass-files: false',
      '    format: gcc',
      '  - name: bandit',
      '    run: bandit --format json --quiet',
      "    files: ['**/*.py']",
      '    format: bandit-json',
      '',
    ].join('\n'),
  );
  const base = repo.commit('app');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write(
    'app/calc.py',
    'import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\ndef half(n: int) -> int:\n    unused = 1\n    return n / 2\n',
  );
  repo.write(
    'app/shell.py',
    'import subprocess\n\n\ndef run(cmd: str) -> int:\n    return subprocess.call(cmd, shell=True)\n',
  );
  const head = repo.commit('feature');
  return { repo, base, head };
}

function prEvent(base: string, head: string, fork = true) {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: head, ref: 'feature', repo: { full_name: fork ? 'contributor/api' : 'acme/api' } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/api' } },
    },
    repository: { full_name: 'acme/api', default_branch: 'main' },
  };
}

describe('the lint-gate action, run from dist/ as the runner runs it', () => {
  needs('flake8, mypy and bandit (Debian)', python)(
    'seed gate on a fork pull request: findings, annotations on changed lines, outputs, summary',
    async () => {
      const { repo, base, head } = pythonPr();
      const r = await runActionLikeRunner('actions/lint-gate', {
        workspace: repo.dir,
        eventName: 'pull_request',
        event: prEvent(base, head),
        env: { GITHUB_SHA: head, GITHUB_REF: 'refs/pull/7/merge', GITHUB_TOKEN: undefined },
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(1);
      expect(r.outputs.result).toBe('failed');
      expect(JSON.parse(r.outputs['failed-checks'])).toEqual(['flake8', 'mypy', 'bandit']);
      expect(Number(r.outputs['duration-ms'])).toBeGreaterThan(0);

      const rep = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
      expect(rep.range).toMatchObject({ kind: 'pull_request', base });
      expect(rep.checks.map((c) => [c.name, c.status, c.files])).toEqual([
        ['flake8', 'failed', 2],
        ['mypy', 'failed', 2],
        ['bandit', 'failed', 2],
      ]);
      const found = rep.findings
        .map((f) => `${f.check} ${f.file}:${f.line} ${f.rule} ${f.annotated ? 'annotated' : 'summary-only'}`)
        .sort();
      expect(found).toEqual([
        'bandit app/shell.py:1 B404 blacklist annotated',
        'bandit app/shell.py:5 B602 subprocess_popen_with_shell_equals_true annotated',
        'flake8 app/calc.py:1 F401 summary-only',
        'flake8 app/calc.py:9 F841 annotated',
        'mypy app/calc.py:10 return-value annotated',
      ]);
      expect(r.outputs.findings).toBe('5');
      // legacy.py was not changed: flake8 never saw it.
      expect(rep.findings.some((f) => f.file === 'app/legacy.py')).toBe(false);

      const ann = r.annotations
        .filter((a) => a.properties.file)
        .map((a) => `${a.level} ${a.properties.file}:${a.properties.line} ${a.properties.title}`)
        .sort();
      expect(ann).toEqual([
        'error app/calc.py:10 mypy: return-value',
        'error app/calc.py:9 flake8: F841',
        'error app/shell.py:5 bandit: B602 subprocess_popen_with_shell_equals_true',
        'warning app/shell.py:1 bandit: B404 blacklist',
      ]);
      expect(r.annotations.find((a) => a.level === 'error' && !a.properties.file)?.message).toMatch(
        // fail-on new (a pull request): calc.py's old F401 is reported, not counted.
        /^lint gate failed: 4 new findings \(3 errors, 1 warning\), 4 on changed lines; 1 existing finding \(1 in touched files\) not counted \(fail-on: new, fail-level: warning\)$/,
      );

      expect(r.summary).toContain('## Lint gate: ❌ failed');
      expect(r.summary).toMatch(
        /3 check\(s\) on 2 changed file\(s\) \(pull request #7: .*\), in [\d.]+ s; slowest: \*\*(flake8|mypy|bandit)\*\*/,
      );
      expect(r.summary).toMatch(/\| flake8 \| ❌ failed \| [\d.]+ s \| 2 \| 2 \| exit code 1 \|/);
      expect(r.summary).toContain('Checks from `.shipline/lint.yml`');
      expect(r.summary).toMatch(
        /Findings not annotated \(1\): not counted by the verdict[\s\S]*app\/calc\.py:1:1 \| flake8 \| F401/,
      );
      // The log groups each check with its raw output.
      expect(r.stdout).toMatch(/::group::mypy: failed in/);
    },
    120_000,
  );

  needs('flake8, mypy and bandit (Debian)', python)(
    'on the merge commit actions/checkout makes for a pull request, the same changed lines count',
    async () => {
      const { repo, base, head } = pythonPr();
      repo.git('checkout', '-q', '--detach', base);
      repo.git(
        '-c',
        'user.email=gh@example.com',
        '-c',
        'user.name=GitHub',
        'merge',
        '-q',
        '--no-ff',
        '-m',
        'Merge feature into main',
        head,
      );
      const merge = repo.head();
      const r = await runActionLikeRunner('actions/lint-gate', {
        workspace: repo.dir,
        eventName: 'pull_request',
        event: prEvent(base, head, false),
        env: { GITHUB_SHA: merge, GITHUB_REF: 'refs/pull/7/merge' },
      });
      const rep = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
      expect(rep.range?.description).toMatch(/merge commit .* against its base parent/);
      expect(
        r.annotations
          .filter((a) => a.properties.file)
          .map((a) => `${a.properties.file}:${a.properties.line}`)
          .sort(),
      ).toEqual(['app/calc.py:10', 'app/calc.py:9', 'app/shell.py:1', 'app/shell.py:5']);
    },
    120_000,
  );

  it('a hanging check is killed when the budget runs out, and the step names it', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', 'x\n').commit('c');
    const t0 = Date.now();
    const r = await runActionLikeRunner('actions/lint-gate', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      inputs: { checks: '- name: hang\n  run: sleep 60\n- name: ok\n  run: "true"\n', budget: '1', parallel: '1' },
    });
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-checks']).toBe('["hang","ok"]');
    expect(r.annotations.find((a) => a.level === 'error')!.message).toBe(
      "lint gate failed: hang failed as a whole: killed: the gate's budget ran out; ok failed as a whole: not started: the gate's budget ran out (fail-on: any, fail-level: warning)",
    );
    expect(r.summary).toMatch(/\| hang \| ⏱️ over budget \|/);
  });

  needs('flake8, mypy and bandit (Debian)', python)(
    'zero-config on a push: detection in the summary, a clean change passes',
    async () => {
      const repo = new TestRepo();
      repo.write('app/a.py', 'def f(x: int) -> int:\n    return x\n');
      const before = repo.commit('one');
      repo.write('app/b.py', 'def g(y: str) -> str:\n    return y\n');
      const after = repo.commit('two');
      const r = await runActionLikeRunner('actions/lint-gate', {
        workspace: repo.dir,
        eventName: 'push',
        event: { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } },
        env: { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: after },
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs.result).toBe('passed');
      expect(r.outputs['failed-checks']).toBe('[]');
      expect(r.summary).toMatch(/Checks detected from the repository \(no config\): flake8, mypy, bandit/);
      expect(r.summary).toContain('**ruff**: the repository has Python files, but ruff is not installed');
      expect(r.summary).toMatch(/on 1 changed file\(s\) \(push /);
    },
    120_000,
  );

  it('malformed config YAML: one error annotated at the file and line', async () => {
    const repo = new TestRepo();
    repo.write('.shipline/lint.yml', 'checks:\n  - name: a\n    run: x\n   bad: indent\n').commit('c');
    const r = await runActionLikeRunner('actions/lint-gate', { workspace: repo.dir, eventName: 'push' });
    expect(r.exitCode).toBe(1);
    const err = r.annotations.filter((a) => a.level === 'error');
    expect(err).toHaveLength(1);
    expect(err[0].properties).toMatchObject({ file: '.shipline/lint.yml', line: '4' });
    expect(err[0].message).toMatch(/^\.shipline\/lint\.yml is not valid YAML \(line 4/);
    expect(r.stdout + r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('an unknown format is annotated at its line', async () => {
    const repo = new TestRepo();
    repo
      .write('.shipline/lint.yml', 'checks:\n  - name: a\n    run: x\n  - name: b\n    run: y\n    format: junit\n')
      .commit('c');
    const r = await runActionLikeRunner('actions/lint-gate', { workspace: repo.dir, eventName: 'push' });
    const err = r.annotations.find((a) => a.level === 'error')!;
    expect(err.properties).toMatchObject({ file: '.shipline/lint.yml', line: '6' });
    expect(err.message).toMatch(/check 2 'b' key 'format': "junit" is not a known format/);
  });

  it('a missing linter binary is one clear line in the step', async () => {
    const repo = new TestRepo();
    repo.write('a.js', 'x\n').commit('c');
    const r = await runActionLikeRunner('actions/lint-gate', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      inputs: { checks: '- name: eslint\n  run: eslint .\n' },
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')!.message).toBe(
      'lint gate failed: eslint failed as a whole: eslint not found: add it to devDependencies or remove the check (fail-on: any, fail-level: warning)',
    );
    expect(r.summary).toMatch(/\| eslint \| ❌ error \|/);
  });
});

describe('the shipline lint CLI', () => {
  it('real eslint and tsc, detected from the project, on the local diff', async () => {
    const repo = new TestRepo();
    symlinkSync(join(ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
    repo.write('.gitignore', 'node_modules\n');
    repo.write('package.json', '{ "type": "module" }\n');
    repo.write(
      'eslint.config.js',
      "import js from '@eslint/js';\nimport tseslint from 'typescript-eslint';\nexport default tseslint.config(js.configs.recommended, ...tseslint.configs.recommended);\n",
    );
    repo.write(
      'tsconfig.json',
      '{ "compilerOptions": { "strict": true, "noEmit": true, "types": [], "skipLibCheck": true }, "include": ["src"] }\n',
    );
    repo.write('src/ok.ts', 'export const one: number = 1;\n').commit('base');
    repo.git('checkout', '-q', '-b', 'work');
    repo.write('src/bad.ts', "const unused = 1;\nexport const n: number = 'two';\n");
    const r = await runBuiltCli(['lint', '--json'], { cwd: repo.dir });
    expect(r.exitCode, r.stderr).toBe(1);
    const rep = JSON.parse(r.stdout) as GateReport;
    expect(rep.source.kind).toBe('detected');
    expect(rep.checks.map((c) => [c.name, c.status])).toEqual([
      ['eslint', 'failed'],
      ['tsc', 'failed'],
    ]);
    expect(rep.findings.map((f) => `${f.check} ${f.file}:${f.line} ${f.rule}`)).toEqual([
      'eslint src/bad.ts:1 @typescript-eslint/no-unused-vars',
      'tsc src/bad.ts:2 TS2322',
    ]);
    expect(rep.range?.kind).toBe('local');
  }, 120_000);

  it('the one-line pre-commit hook from docs/lint-gate.md blocks a bad commit', async () => {
    const doc = readFileSync(join(ROOT, 'docs/lint-gate.md'), 'utf8');
    const line = /<!-- hook -->\n```sh\n(.+)\n```/.exec(doc)![1];
    const repo = new TestRepo();
    repo
      .write(
        '.shipline/lint.yml',
        "- name: no-todo\n  run: sh -c '! grep -Hn TODO \"$@\"' no-todo\n  files: ['*.txt']\n  format: gcc\n",
      )
      .write('a.txt', 'fine\n')
      .commit('base');
    execFileSync('sh', ['-c', line], { cwd: repo.dir });
    // `shipline` on PATH, as the root setup action or `npm i -D` would provide it.
    const bin = mkdtempSync(join(tmpdir(), 'bin-'));
    writeFileSync(
      join(bin, 'shipline'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/shipline/cli.mjs')}" "$@"\n`,
    );
    chmodSync(join(bin, 'shipline'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    repo.write('a.txt', 'fine\nTODO: later\n').write('b.txt', 'TODO unstaged, not part of the commit\n');
    repo.git('add', 'a.txt');
    const bad = spawnSync('git', ['commit', '-m', 'bad'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: a\.txt:2:\d*:? ?no-todo: .*TODO: later/);
    expect(bad.stderr).not.toContain('b.txt');
    repo.write('a.txt', 'fine\ndone\n');
    repo.git('add', 'a.txt');
    const good = spawnSync('git', ['commit', '-m', 'good'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(good.status, good.stdout + good.stderr).toBe(0);
  }, 60_000);

  it('--help lists the CLI-only flags', async () => {
    const r = await runBuiltCli(['lint', '--help']);
    for (const f of ['--staged', '--all', '--fix', '--json', '--budget', '--fail-fast']) expect(r.stdout).toContain(f);
  });

  it('--all and a config: outputs printed as name=value, summary to the terminal', async () => {
    const repo = new TestRepo();
    mkdirSync(join(repo.dir, '.shipline'));
    repo.write('.shipline/lint.yml', "- name: noop\n  run: 'true'\n").commit('c');
    const r = await runBuiltCli(['lint', '--all'], { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^result=passed$/m);
    expect(r.stdout).toMatch(/^failed-checks=\[\]$/m);
    expect(r.stdout).toContain('## Lint gate: ✅ passed');
    expect(existsSync(r.stdout.match(/^report=(.+)$/m)![1])).toBe(true);
  });
});
