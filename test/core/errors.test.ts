import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/core/git.js';
import { ConfigError, EXIT, ExternalError, UsageError, classify, inputLabel } from '../../src/core/errors.js';
import { resolveDryRun } from '../../src/core/dry-run.js';

describe('the one exit-code policy (classify)', () => {
  it.each([
    ['a usage error', new UsageError("Unknown option '--x'"), 'usage', EXIT.usage, EXIT.failure],
    [
      'an input error',
      ConfigError.forInput('shards', '"0" is not allowed', 'use 1'),
      'config',
      EXIT.usage,
      EXIT.failure,
    ],
    ['an environmental failure', new ExternalError('kubectl: connection refused'), 'external', 1, 1],
    ['a git failure', new GitError('fatal: bad revision'), 'external', 1, 1],
    ['a bug', new TypeError('x is undefined'), 'bug', EXIT.bug, EXIT.bug],
    ['a non-Error thrown', 'oops', 'bug', EXIT.bug, EXIT.bug],
  ])('%s', (_what, thrown, kind, cli, action) => {
    const onCli = classify(thrown, 'cli', 'lint');
    expect(onCli.kind).toBe(kind);
    expect(onCli.exitCode).toBe(cli);
    expect(classify(thrown, 'action', 'lint').exitCode).toBe(action);
    expect(onCli.message.split('\n')).toHaveLength(1);
    expect(onCli.message.includes('crashed'), onCli.message).toBe(kind === 'bug');
    expect(onCli.stack !== undefined).toBe(kind === 'bug' && thrown instanceof Error);
  });

  it('names an input as the user wrote it, on both front doors', () => {
    expect(inputLabel('dry-run', 'cli')).toBe('--dry-run');
    expect(inputLabel('dry-run', 'action')).toBe("input 'dry-run'");
    expect(() => resolveDryRun('maybe', {}, 'cli')).toThrow(/^--dry-run: "maybe" is not one of auto, true, false/);
    expect(() => resolveDryRun('maybe', {}, 'action')).toThrow(/^input 'dry-run': "maybe"/);
  });
});
