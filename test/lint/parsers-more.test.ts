import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutput } from '../../src/lint/parse-output.js';
import {
  parseActionlintJson,
  parseBiomeJson,
  parseDiffCheck,
  parseGolangciJson,
  parseHadolintJson,
  parseMypy,
  parseOxlintJson,
  parsePrettierCheck,
  parsePylintJson,
  parseRuffJson,
} from '../../src/lint/parsers-more.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';

const fx = (...p: string[]) => readFileSync(join(ROOT, 'test/fixtures/lint', ...p), 'utf8');
const at = (fs: Array<{ file?: string; line?: number; rule?: string }>) =>
  fs.map((f) => `${f.file}:${f.line ?? '-'} ${f.rule ?? ''}`);

describe('parsers on real tool output (test/fixtures/lint/generate.sh)', () => {
  it('mypy: note: lines fold into the finding they follow and are not counted', () => {
    const f = parseMypy(fx('outputs', 'mypy-notes.txt'));
    expect(at(f)).toEqual(['notes.py:1 import', 'notes.py:6 return-value', 'notes.py:13 arg-type']);
    expect(f[0].message).toContain('\nSee https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports');
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('mypy: a note with no finding before it stays a notice of its own', () => {
    expect(parseMypy('a.py:3: note: Revealed type is "builtins.int"')).toEqual([
      {
        file: 'a.py',
        line: 3,
        column: undefined,
        severity: 'notice',
        rule: undefined,
        message: 'Revealed type is "builtins.int"',
      },
    ]);
  });

  it('biome --reporter=json', () => {
    const f = parseBiomeJson(fx('outputs', 'biome.json'));
    expect(at(f).sort()).toEqual([
      'bad.js:2 lint/suspicious/noDebugger',
      'bad.js:3 lint/suspicious/noDoubleEquals',
      'bad.js:4 lint/correctness/noUnusedVariables',
      'bad.js:4 lint/style/useConst',
    ]);
    expect(f.filter((x) => x.severity === 'error')).toHaveLength(2);
  });

  it('oxlint -f json', () => {
    const f = parseOxlintJson(fx('outputs', 'oxlint.json'));
    expect(at(f).sort()).toEqual(['bad.js:2 eslint(no-debugger)', 'bad.js:4 eslint(no-unused-vars)']);
    expect(f[0]).toMatchObject({ column: expect.any(Number), severity: 'warning' });
  });

  it('prettier --check: one finding per unformatted file, not the summary line', () => {
    expect(at(parsePrettierCheck(fx('outputs', 'prettier-check.txt')))).toEqual([
      'bad.js:- prettier',
      'bad.yml:- prettier',
    ]);
    expect(parsePrettierCheck('[error] a.ts: SyntaxError: Unexpected token (3:5)')).toMatchObject([
      { file: 'a.ts', line: 3, column: 5, severity: 'error' },
    ]);
  });

  it('pylint --output-format=json: 1-based columns, id and symbol as the rule', () => {
    const f = parsePylintJson(fx('outputs', 'pylint.json'));
    expect(f.length).toBeGreaterThan(3);
    const multi = f.find((x) => x.rule === 'C0410 multiple-imports')!;
    expect(multi).toMatchObject({ file: 'fmt.py', line: 2, column: 1, severity: 'warning' });
    expect(f.every((x) => x.file && x.line)).toBe(true);
  });

  it('black --check --diff: a finding per file at the first changed line', () => {
    expect(parseDiffCheck(fx('outputs', 'black.txt'), 'black')).toMatchObject([
      { file: 'fmt.py', line: 6, rule: 'black' },
    ]);
  });

  it('isort --check --diff: a finding per file at the first changed line', () => {
    const f = parseDiffCheck(fx('outputs', 'isort.txt'), 'isort');
    expect(at(f).sort()).toEqual(['/project/fmt.py:1 isort', '/project/notes.py:1 isort']);
  });
});

describe('parsers on documented formats (tools not runnable here: test/fixtures/lint/documented)', () => {
  it('ruff JSON, with a whole-line fix kept for suggested changes', () => {
    const f = parseRuffJson(fx('documented', 'ruff.json'));
    expect(at(f)).toEqual(['/project/app.py:1 F401', '/project/app.py:5 E711']);
    expect(f[0].fix).toEqual({ line: 1, endLine: 1, text: '' });
    expect(f[1].fix).toBeUndefined();
  });
  it('golangci-lint JSON', () => {
    expect(at(parseGolangciJson(fx('documented', 'golangci.json')))).toEqual([
      'main.go:14 errcheck',
      'cmd/run.go:7 govet',
    ]);
    expect(parseGolangciJson('{"Issues":null,"Report":{}}')).toEqual([]);
  });
  it('hadolint JSON', () => {
    const f = parseHadolintJson(fx('documented', 'hadolint.json'));
    expect(at(f)).toEqual(['Dockerfile:1 DL3006', 'Dockerfile:3 DL3008', 'Dockerfile:5 SC2086']);
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning', 'notice']);
  });
  it('actionlint JSON', () => {
    expect(at(parseActionlintJson(fx('documented', 'actionlint.json')))).toEqual([
      '.github/workflows/lint.yml:27 shellcheck',
      '.github/workflows/ci.yml:12 expression',
    ]);
  });
});

/** The samples copied to a temp project (with the repo's node_modules) for live runs. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-parsers-'));
  cpSync(join(ROOT, 'test/fixtures/lint/samples'), dir, { recursive: true });
  return dir;
}
/** stdout, and stderr when the tool exits non-zero (as the gate gets them). */
const run = (dir: string, cmd: string, args: string[]): [string, string] => {
  try {
    return [execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), ''];
  } catch (e) {
    const x = e as { stdout: string; stderr: string };
    return [x.stdout, x.stderr];
  }
};
const bin = (n: string) => join(ROOT, 'node_modules/.bin', n);

describe('live: the real tools, parsed through the check formats', () => {
  needs('biome (npm)', available(bin('biome')))('biome', () => {
    const dir = project();
    const f = parseOutput('biome-json', ...run(dir, bin('biome'), ['lint', '--reporter=json', 'bad.js']), 'biome', dir);
    expect(f.length).toBeGreaterThan(1);
    expect(f.every((x) => x.file === 'bad.js' && x.line)).toBe(true);
  });
  needs('oxlint (npm)', available(bin('oxlint')))('oxlint', () => {
    const dir = project();
    const f = parseOutput('oxlint-json', ...run(dir, bin('oxlint'), ['-f', 'json', 'bad.js']), 'oxlint', dir);
    expect(f.some((x) => x.rule === 'eslint(no-debugger)' && x.line === 2)).toBe(true);
  });
  needs('pylint (Debian)', available('pylint', ['--version']))('pylint', () => {
    const dir = project();
    const f = parseOutput('pylint-json', ...run(dir, 'pylint', ['--output-format=json', 'fmt.py']), 'pylint', dir);
    expect(f.some((x) => x.rule === 'C0410 multiple-imports' && x.line === 2)).toBe(true);
  });
  needs('black (Debian)', available('black', ['--version']))('black', () => {
    const dir = project();
    const out = run(dir, 'black', ['--check', '--diff', 'fmt.py']);
    expect(parseOutput('diff-check', ...out, 'black', dir)).toMatchObject([{ file: 'fmt.py', line: 6 }]);
  });
  needs('isort (Debian)', available('isort', ['--version']))('isort', () => {
    const dir = project();
    const out = run(dir, 'isort', ['--check', '--diff', 'fmt.py']);
    expect(parseOutput('diff-check', ...out, 'isort', dir)).toMatchObject([{ file: 'fmt.py', line: 1 }]);
  });
  needs('mypy (Debian)', available('mypy', ['--version']))('mypy with notes', () => {
    const dir = project();
    const out = run(dir, 'mypy', [
      '--show-column-numbers',
      '--no-error-summary',
      '--no-pretty',
      '--no-incremental',
      'notes.py',
    ]);
    const f = parseOutput('mypy', ...out, 'mypy', dir);
    expect(f).toHaveLength(3);
    expect(f.some((x) => x.severity === 'notice')).toBe(false);
  });
});

describe('eslint fix ranges become whole-line suggested changes', () => {
  needs('eslint (npm)', available(bin('eslint'), ['--version']))('prefer-const fix, from the real eslint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-eslint-fix-'));
    writeFileSync(join(dir, 'eslint.config.js'), "export default [{ rules: { 'prefer-const': 'error' } }];\n");
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'a.js'), 'let x = 1;\nconsole.log(x);\n');
    const f = parseOutput('eslint-json', ...run(dir, bin('eslint'), ['--format', 'json', 'a.js']), 'eslint', dir);
    expect(f).toMatchObject([
      { file: 'a.js', line: 1, rule: 'prefer-const', fix: { line: 1, endLine: 1, text: 'const x = 1;' } },
    ]);
    expect(f[0].fixRange).toBeUndefined();
  });
});
