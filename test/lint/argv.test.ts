import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../src/core/exec.js';
import { batches, buildArgv, CommandLineError, fileArg, splitCommand } from '../../src/lint/argv.js';

describe('splitCommand: a command line into argv, with no shell', () => {
  it.each([
    ['flake8', ['flake8']],
    ['  eslint   --format json  ', ['eslint', '--format', 'json']],
    [`mypy --config-file 'my config.ini' .`, ['mypy', '--config-file', 'my config.ini', '.']],
    [`grep -e "a \\"b\\" c" x`, ['grep', '-e', 'a "b" c', 'x']],
    [`echo it\\'s`, ['echo', "it's"]],
    [`a ''`, ['a', '']],
    [`a "x"'y'z`, ['a', 'xyz']],
    [`ruff check {files}`, ['ruff', 'check', '{files}']],
    [`a 'semi;colon|pipe'`, ['a', 'semi;colon|pipe']],
  ])('%s', (line, argv) => {
    expect(splitCommand(line)).toEqual(argv);
  });

  it.each([
    `eslint . | tee out`,
    `a && b`,
    `a; b`,
    `a > out`,
    `a $(touch pwned)`,
    'a `id`',
    `a $HOME`,
    `a "$(id)"`,
    `a 'unterminated`,
    `a "unterminated`,
  ])('rejects shell syntax or bad quoting: %s', (line) => {
    expect(() => splitCommand(line)).toThrow(CommandLineError);
  });

  it('property: any argv, quoted for display, splits back to itself', () => {
    // formatCommand single-quotes anything unusual: the exact shell-word rules we implement.
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\0]/.test(s)),
          { minLength: 1, maxLength: 6 },
        ),
        (argv) => {
          expect(splitCommand(formatCommand(argv))).toEqual(argv);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buildArgv: where the files go', () => {
  it('appends files as separate entries, ./-prefixing names that look like options', () => {
    expect(buildArgv(['flake8', '--max-line-length', '100'], ['a.py', '-rf', '$(touch pwned).py'], false)).toEqual({
      command: 'flake8',
      args: ['--max-line-length', '100', 'a.py', './-rf', '$(touch pwned).py'],
    });
  });
  it('puts files where {files} stands', () => {
    expect(buildArgv(['tool', '{files}', '--after'], ['a b.py'], false)).toEqual({
      command: 'tool',
      args: ['a b.py', '--after'],
    });
  });
  it('whole-project runs get no files and lose the placeholder', () => {
    expect(buildArgv(['tsc', '--noEmit'], undefined, false)).toEqual({ command: 'tsc', args: ['--noEmit'] });
  });
  it('shell: true passes files as "$@", never in the script text', () => {
    const r = buildArgv(['flake8 {files} | tee out.txt'], ['$(touch pwned).py'], true);
    expect(r).toEqual({
      command: 'sh',
      args: ['-c', 'flake8 "$@" | tee out.txt', 'shipline-lint', '$(touch pwned).py'],
    });
    expect(buildArgv(['x'], ['a'], true).args[1]).toBe('x "$@"');
  });
  it('fileArg leaves ordinary names alone', () => {
    expect(fileArg('src/-x.py')).toBe('src/-x.py');
    expect(fileArg('--help')).toBe('./--help');
  });
});

describe('batches: stay under the OS argv limit', () => {
  it('property: batches keep order, lose nothing and respect the byte limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 200 }),
        fc.integer({ min: 50, max: 500 }),
        (files, max) => {
          const b = batches(files, max);
          expect(b.flat()).toEqual(files);
          for (const group of b) {
            expect(group.length).toBeGreaterThan(0);
            if (group.length > 1)
              expect(group.reduce((n, f) => n + Buffer.byteLength(f) + 1, 0)).toBeLessThanOrEqual(max);
          }
        },
      ),
    );
  });
});
