import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { Inputs, parseYaml, splitList } from '../../src/core/inputs.js';
import { resolveDryRun } from '../../src/core/dry-run.js';
import { specInputs } from '../../src/core/host.js';
import { Masker } from '../../src/core/mask.js';

const inputs = (values: Record<string, string>, door: 'action' | 'cli' = 'action') =>
  new Inputs((n) => values[n], door);

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('Inputs', () => {
  it('required throws naming the input; optional treats blank as unset', () => {
    expect(inputs({ a: '  x ' }).required('a')).toBe('x');
    expect(inputs({ a: '   ' }).optional('a')).toBeUndefined();
    const e = errorOf(() => inputs({}).required('image', 'set it to e.g. ghcr.io/acme/api'));
    expect(e.message).toBe("input 'image': is required but empty; set it to e.g. ghcr.io/acme/api");
  });

  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['false', false],
  ])('boolean %s → %s', (raw, want) => {
    expect(inputs({ b: raw }).boolean('b', !want)).toBe(want);
  });

  it('a bad boolean lists the allowed values', () => {
    expect(errorOf(() => inputs({ push: 'yes please' }).boolean('push', false)).message).toBe(
      `input 'push': "yes please" is not a boolean; use true or false`,
    );
  });

  it.each([
    ['4', { integer: true, min: 1 }, 4],
    ['2.5', {}, 2.5],
  ])('number %s', (raw, opts, want) => {
    expect(inputs({ n: raw }).number('n', 0, opts)).toBe(want);
  });

  it.each([
    ['0', { integer: true, min: 1 }, '"0" is not a whole number of 1 or more'],
    ['1.5', { integer: true }, '"1.5" is not a whole number'],
    ['abc', {}, '"abc" is not a number'],
    ['99', { min: 1, max: 64 }, '"99" is not a number from 1 to 64'],
  ])('number %s is rejected', (raw, opts, msg) => {
    expect(errorOf(() => inputs({ shards: raw }).number('shards', 1, opts)).message).toContain(msg);
  });

  it('enum is case-insensitive and lists the allowed values', () => {
    expect(inputs({ f: 'SLACK' }).enum('f', ['slack', 'teams'] as const, 'slack')).toBe('slack');
    expect(
      errorOf(() => inputs({ format: 'irc' }).enum('format', ['slack', 'teams', 'discord', 'json'] as const, 'slack'))
        .message,
    ).toBe(`input 'format': "irc" is not allowed; use one of: slack, teams, discord, json`);
  });

  it('CLI errors name the flag', () => {
    expect(errorOf(() => inputs({ format: 'irc' }, 'cli').enum('format', ['slack'] as const, 'slack')).message).toMatch(
      /^--format: /,
    );
  });

  it('lists drop blanks and comments; key=value lines are checked', () => {
    expect(splitList('a\n\n # c\n b \n')).toEqual(['a', 'b']);
    expect(inputs({ l: 'a,b\nc' }).list('l', { commas: true })).toEqual(['a', 'b', 'c']);
    expect(inputs({ kv: 'A=1\nB=x=y' }).keyValues('kv')).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
    ]);
    expect(errorOf(() => inputs({ 'build-args': 'A=1\nNOPE' }).keyValues('build-args')).message).toBe(
      `input 'build-args': line 2 "NOPE" is not KEY=value; write one KEY=value a line`,
    );
  });

  it('YAML errors give the line and the file', async () => {
    await expect(parseYaml('a: 1\nb: [\n', 'lint config', '.shipline/lint.yml')).rejects.toMatchObject({
      name: 'ConfigError',
      location: { file: '.shipline/lint.yml', line: 3 },
    });
    expect(await inputs({ checks: '- name: x\n  run: y' }).yaml('checks')).toEqual([{ name: 'x', run: 'y' }]);
  });

  it('specInputs applies defaults per front door and masks secrets as they are read', () => {
    const masker = new Masker();
    const specs = [
      { name: 'token', description: 'd', default: '${{ github.token }}', cliDefault: '', secret: true },
      { name: 'format', description: 'd', default: 'slack' },
    ];
    const a = specInputs(specs, () => undefined, 'action', masker);
    expect(a.optional('format')).toBe('slack');
    const c = specInputs(specs, (n) => (n === 'token' ? 'ghp_secretvalue123' : undefined), 'cli', masker);
    expect(c.optional('token')).toBe('ghp_secretvalue123');
    expect(masker.mask('token is ghp_secretvalue123')).toBe('token is ***');
  });
});

describe('dry-run', () => {
  it.each([
    ['auto', { ACT: 'true' }, true],
    ['auto', {}, false],
    [undefined, { ACT: 'true' }, true],
    ['true', {}, true],
    ['false', { ACT: 'true' }, false],
  ])('%s with %o → dry=%s', (setting, env, dry) => {
    expect(resolveDryRun(setting, env).dry).toBe(dry);
  });
  it('rejects anything else naming the allowed values', () => {
    expect(() => resolveDryRun('maybe', {})).toThrow(
      `input 'dry-run': "maybe" is not one of auto, true, false; use auto (dry under act), true or false`,
    );
  });
});

describe('runner-evaluated defaults', () => {
  it('a raw ${{ … }} default (not under a runner) reads as unset and is never masked', () => {
    const masker = new Masker();
    const i = specInputs(
      [{ name: 'token', description: 'd', default: '${{ github.token }}', secret: true }],
      () => undefined,
      'action',
      masker,
    );
    expect(i.optional('token')).toBeUndefined();
    expect(masker.size).toBe(0);
  });
});
