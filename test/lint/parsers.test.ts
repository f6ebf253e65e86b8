import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePath, parseOutput } from '../../src/lint/parse-output.js';
import {
  parseBanditJson,
  parseCheckstyle,
  parseEslintJson,
  parseGcc,
  parseTsc,
  ParseError,
} from '../../src/lint/parsers.js';
import { ROOT } from '../helpers/runner.js';

// Outputs of the real tools on test/fixtures/lint/samples (regenerate with generate.sh).
const out = (name: string) => readFileSync(join(ROOT, 'test/fixtures/lint/outputs', name), 'utf8');

describe('parsers on real tool output', () => {
  it('flake8 (gcc style): codes become rules, W codes warnings', () => {
    expect(parseGcc(out('flake8.txt'))).toEqual([
      { file: 'bad.py', line: 1, column: 1, rule: 'F401', message: "'os' imported but unused", severity: 'error' },
      {
        file: 'bad.py',
        line: 6,
        column: 5,
        rule: 'F841',
        message: "local variable 'count' is assigned to but never used",
        severity: 'error',
      },
    ]);
    expect(parseGcc('a.py:3:80: W291 trailing whitespace')[0]).toMatchObject({ rule: 'W291', severity: 'warning' });
  });

  it('mypy: error code in brackets', () => {
    expect(parseGcc(out('mypy.txt'))).toEqual([
      {
        file: 'bad.py',
        line: 6,
        column: 18,
        rule: 'assignment',
        message: 'Incompatible types in assignment (expression has type "str", variable has type "int")',
        severity: 'error',
      },
    ]);
    expect(parseGcc('bad.py:7: note: See https://example.org')[0]).toMatchObject({
      line: 7,
      column: undefined,
      severity: 'notice',
    });
  });

  it('shellcheck -f gcc: severity words and SC codes', () => {
    const f = parseGcc(out('shellcheck-gcc.txt'));
    expect(f.map((x) => [x.line, x.column, x.severity, x.rule])).toEqual([
      [2, 8, 'warning', 'SC2115'],
      [2, 8, 'notice', 'SC2086'],
      [3, 1, 'warning', 'SC2164'],
    ]);
    expect(f[2].message).toBe("Use 'cd ... || exit' or 'cd ... || return' in case cd fails.");
  });

  it('yamllint parsable: [level] and (rule)', () => {
    const f = parseGcc(out('yamllint.txt'));
    expect(f).toHaveLength(5);
    expect(f[0]).toEqual({
      file: 'bad.yml',
      line: 1,
      column: 1,
      rule: 'document-start',
      message: 'missing document start "---"',
      severity: 'warning',
    });
    expect(f[1]).toMatchObject({ line: 2, rule: 'key-duplicates', severity: 'error' });
  });

  it('ruff concise and golangci-lint line formats', () => {
    expect(parseGcc('app/x.py:1:8: F401 [*] `os` imported but unused')[0]).toEqual({
      file: 'app/x.py',
      line: 1,
      column: 8,
      rule: 'F401',
      message: '`os` imported but unused',
      severity: 'error',
    });
    expect(parseGcc('main.go:12:2: Error return value of `f` is not checked (errcheck)')[0]).toMatchObject({
      rule: 'errcheck',
      line: 12,
      column: 2,
    });
  });

  it('gcc style ignores lines that are not findings', () => {
    expect(parseGcc('Success: no issues found in 3 source files\n\nsome banner\n  indented:1:2: x')).toEqual([]);
  });

  it('tsc --pretty false, with continuation lines and global errors', () => {
    expect(parseTsc(out('tsc.txt'))).toEqual([
      {
        file: 'bad.ts',
        line: 2,
        column: 14,
        severity: 'error',
        rule: 'TS2322',
        message: "Type 'string' is not assignable to type 'number'.",
      },
    ]);
    const multi = parseTsc(
      "src/a.ts(1,1): error TS2345: Argument of type 'X' is not assignable.\n  Type 'X' is missing 'y'.\nerror TS5083: Cannot read file 'tsconfig.base.json'.\n",
    );
    expect(multi).toHaveLength(2);
    expect(multi[0].message).toBe("Argument of type 'X' is not assignable.\nType 'X' is missing 'y'.");
    expect(multi[1]).toEqual({ severity: 'error', rule: 'TS5083', message: "Cannot read file 'tsconfig.base.json'." });
  });

  it('eslint JSON: severity 2 is an error, ranges kept', () => {
    const f = parseEslintJson(out('eslint.json'));
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({
      file: '/project/bad.ts',
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 13,
      rule: '@typescript-eslint/no-unused-vars',
      severity: 'error',
    });
    expect(parseOutput('eslint-json', out('eslint.json'), '', 'eslint', '/project')[0].file).toBe('bad.ts');
  });

  it('bandit JSON: LOW is a warning, test id and name as the rule', () => {
    const f = parseBanditJson(out('bandit.json'));
    expect(f.map((x) => [x.line, x.severity, x.rule])).toEqual([
      [2, 'warning', 'B404 blacklist'],
      [7, 'error', 'B602 subprocess_popen_with_shell_equals_true'],
    ]);
    expect(f[1].message).toMatch(/shell=True.*severity high, confidence high/);
  });

  it('checkstyle XML (shellcheck -f checkstyle): entities decoded', () => {
    const f = parseCheckstyle(out('shellcheck-checkstyle.xml'));
    expect(f).toHaveLength(3);
    expect(f[0]).toEqual({
      file: 'bad.sh',
      line: 2,
      column: 8,
      rule: 'ShellCheck.SC2115',
      message: 'Use "${var:?}" to ensure this never expands to /* .',
      severity: 'warning',
    });
    expect(f[1].severity).toBe('notice');
  });

  it('SARIF 2.1.0: file URIs decoded, levels mapped', () => {
    const f = parseOutput('sarif', out('eslint.sarif'), '', 'eslint', '/project');
    expect(f).toEqual([
      {
        check: 'eslint',
        file: 'src/bad name.js',
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 13,
        rule: 'no-unused-vars',
        message: "'unused' is assigned a value but never used.",
        severity: 'error',
      },
      {
        check: 'eslint',
        file: 'src/other.js',
        line: 4,
        column: undefined,
        endLine: undefined,
        endColumn: undefined,
        rule: 'no-console',
        message: 'Unexpected console statement.',
        severity: 'warning',
      },
    ]);
  });

  it.each([
    ['eslint-json', 'Oops! Something went wrong'],
    ['bandit-json', '{"no": "results"}'],
    ['checkstyle', 'plain text'],
    ['sarif', '[1,2]'],
  ] as const)('%s: output that is not in the format is a ParseError, never a crash', (format, text) => {
    expect(() => parseOutput(format, text, '', 'x', '/')).toThrow(ParseError);
  });

  it('empty output means no findings in every format', () => {
    for (const format of ['eslint-json', 'tsc', 'gcc', 'bandit-json', 'checkstyle', 'sarif', 'text'] as const)
      expect(parseOutput(format, '', '', 'x', '/')).toEqual([]);
  });

  it('normalizePath makes paths workspace-relative', () => {
    expect(normalizePath('/ws/src/a.py', '/ws')).toBe('src/a.py');
    expect(normalizePath('./././-rf', '/ws')).toBe('-rf');
    expect(normalizePath('/elsewhere/a.py', '/ws')).toBe('/elsewhere/a.py');
  });
});
