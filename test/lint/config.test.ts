import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { parseDuration, validateChecks } from '../../src/lint/config.js';
import { runLint } from './helpers.js';

const FILE = '.shipline/lint.yml';

function fails(text: string, doc: unknown): ConfigError {
  try {
    validateChecks(doc, text, FILE, FILE);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('validateChecks', () => {
  it('fills the defaults: pass-files follows files, format text, severity error', () => {
    const [a, b] = validateChecks(
      {
        checks: [
          { name: 'flake8', run: 'flake8 --max-line-length 100', files: '**/*.py', format: 'gcc' },
          { name: 'tsc', run: ['tsc', '--noEmit'], timeout: '2m', severity: 'warning', fix: 'x --fix' },
        ],
      },
      '',
      FILE,
    );
    expect(a).toEqual({
      name: 'flake8',
      run: ['flake8', '--max-line-length', '100'],
      shell: false,
      files: ['**/*.py'],
      passFiles: true,
      format: 'gcc',
      timeoutMs: undefined,
      severity: 'error',
      fix: undefined,
    });
    expect(b).toMatchObject({
      run: ['tsc', '--noEmit'],
      passFiles: false,
      format: 'text',
      timeoutMs: 120_000,
      severity: 'warning',
      fix: ['x', '--fix'],
    });
  });

  it('shell: true keeps the script whole', () => {
    expect(validateChecks([{ name: 's', run: 'a | b', shell: true }], '', FILE)[0].run).toEqual(['a | b']);
  });

  const text = [
    'checks:',
    '  - name: lint',
    '    run: flake8',
    '  - name: types',
    '    run: mypy .',
    '    format: pylint',
    '    timeout: soon',
    '',
  ].join('\n');
  it('an unknown format names the check and key, at the file and line', () => {
    const e = fails(text, {
      checks: [
        { name: 'lint', run: 'flake8' },
        { name: 'types', run: 'mypy .', format: 'pylint' },
      ],
    });
    expect(e.message).toBe(
      `${FILE}: check 2 'types' key 'format': "pylint" is not a known format; use one of: eslint-json, tsc, gcc, mypy, bandit-json, checkstyle, sarif, biome-json, rdjson, oxlint-json, prettier-check, pylint-json, diff-check, ruff-json, golangci-json, hadolint-json, actionlint-json, npm-audit-json, pip-audit-json, govulncheck-json, text`,
    );
    expect(e.location).toEqual({ file: FILE, line: 6 });
  });

  it.each([
    [[{ name: 'a' }], /key 'run': is missing/],
    [[{ run: 'x' }], /key 'name': is missing/],
    [
      [
        { name: 'a', run: 'x' },
        { name: 'a', run: 'y' },
      ],
      /'a' is used twice/,
    ],
    [[{ name: 'a', run: 'x', colour: 'red' }], /key 'colour': is not a known key/],
    [[{ name: 'a', run: 'eslint . | tee out' }], /key 'run': shell operator \| .*set `shell: true`/],
    [[{ name: 'a', run: 'x', timeout: 'soon' }], /key 'timeout': "soon" is not a duration/],
    [[{ name: 'a', run: 'x', severity: 'fatal' }], /use error or warning/],
    [[{ name: 'a', run: 'x', files: [1] }], /key 'files': must be a glob/],
    [[{ name: 'a', run: 'x', 'pass-files': 'yes' }], /key 'pass-files': "yes" is not a boolean/],
    [[], /has no checks/],
    [{ checks: 'flake8' }, /has no checks/],
    [['flake8'], /is not a mapping/],
  ])('rejects %j', (doc, message) => {
    expect(fails('', doc).message).toMatch(message);
  });

  it.each([
    [30, 30_000],
    ['30', 30_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['250ms', 250],
    ['0', undefined],
    ['-1', undefined],
    ['x', undefined],
  ])('parseDuration(%j) = %j', (v, ms) => {
    expect(parseDuration(v)).toBe(ms);
  });
});

describe('loading the checks through the tool', () => {
  const ws = () => mkdtempSync(join(tmpdir(), 'lint-cfg-'));

  it('malformed YAML in the config file is one error annotated at the file and line', async () => {
    const dir = ws();
    mkdirSync(join(dir, '.shipline'));
    writeFileSync(join(dir, FILE), 'checks:\n  - name: a\n    run: [unclosed\n  - name: b\n');
    const r = await runLint(dir, {});
    expect(r.exitCode).toBe(2); // an input error on the CLI
    const err = r.logger.lines.find((l) => l.startsWith('error:'))!;
    expect(err).toMatch(/^error: \.shipline\/lint\.yml:\d+(:\d+)?: \.shipline\/lint\.yml is not valid YAML \(line \d+/);
    expect(r.logger.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('a config file named but missing is a ConfigError naming the flag', async () => {
    const r = await runLint(ws(), { config: 'ci/lint.yml' });
    expect(r.logger.text).toMatch(/error: --config: ci\/lint\.yml does not exist; create it/);
    expect(r.exitCode).toBe(2); // an input error on the CLI
  });

  it('inline checks in the action name the input', async () => {
    const r = await runLint(ws(), { checks: '- name: x\n  run: x\n  format: nope\n' }, { frontDoor: 'action' });
    expect(r.logger.text).toMatch(/error: input 'checks': check 1 'x' key 'format': "nope" is not a known format/);
  });

  it.each([
    [{ 'changed-only': 'sometimes' }, /--changed-only: "sometimes" is not allowed; use one of: auto, true, false/],
    [{ budget: '0' }, /--budget: "0" is not a number from 1/],
    [{ parallel: '1.5' }, /--parallel: "1.5" is not a whole number/],
    [{ annotate: 'some' }, /--annotate: "some" is not allowed/],
    [{ staged: 'true', all: 'true' }, /--all: cannot be combined with --staged/],
  ])('bad input %j is one line naming the flag', async (inputs, message) => {
    const r = await runLint(ws(), { checks: '- name: x\n  run: "true"\n', ...inputs });
    expect(r.exitCode).toBe(2); // an input error on the CLI, like an unknown flag
    expect(r.logger.text).toMatch(message);
  });
});
