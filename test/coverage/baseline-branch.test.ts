// The baseline on a branch survives cache eviction: written with real git to a real (bare)
// remote by a default-branch run, read back by a later run in a fresh clone with no file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { run } from '../../src/coverage/engine.js';
import type { CoverageOptions } from '../../src/coverage/types.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

function clone(remote: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cov-bb-clone-'));
  git(dir, 'clone', '-q', remote, '.');
  return dir;
}
const ctxFor = (dir: string) =>
  createContext({
    frontDoor: 'cli',
    env: { RUNNER_TEMP: dir + '/.tmp', GITHUB_SHA: git(dir, 'rev-parse', 'HEAD') },
    logger: new MemoryLogger(),
    masker: new Masker(),
    cwd: dir,
  });
const opts = (dir: string, o: Partial<CoverageOptions>): CoverageOptions => ({
  files: ['lcov.info'],
  format: 'auto',
  exclude: [],
  min: {},
  thresholds: [],
  mergedReport: join(dir, '.out/m.lcov'),
  mergedFormat: 'lcov',
  comment: false,
  annotate: false,
  maxAnnotations: 0,
  baselineBranch: 'shipline-data',
  ...o,
});

describe('baseline on a branch', () => {
  it('a default-branch run pushes it; a later run in a fresh clone reads it; the branch keeps history', async () => {
    const remote = mkdtempSync(join(tmpdir(), 'cov-bb-remote-'));
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const seed = mkdtempSync(join(tmpdir(), 'cov-bb-seed-'));
    git(seed, 'init', '-q', '-b', 'main');
    writeFileSync(join(seed, 'a.js'), 'a\nb\nc\nd\n');
    writeFileSync(join(seed, 'lcov.info'), 'SF:a.js\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nend_of_record\n');
    git(seed, 'add', '.');
    git(seed, 'commit', '-qm', 'base');
    git(seed, 'remote', 'add', 'origin', remote);
    git(seed, 'push', '-q', 'origin', 'main');

    // Run 1, on the default branch: 75%, written and pushed to shipline-data.
    const first = clone(remote);
    const b = '.shipline/coverage-baseline.json';
    const r1 = await run(opts(first, { writeBaseline: join(first, b) }), ctxFor(first));
    expect(r1.failure).toBeUndefined();
    expect(JSON.parse(git(remote, 'show', `shipline-data:${b}`)).lines).toEqual({ total: 4, covered: 3 });
    expect(git(remote, 'rev-parse', 'main')).toBe(git(first, 'rev-parse', 'HEAD')); // main untouched
    expect(git(first, 'status', '--porcelain', '--untracked-files=no')).toBe(''); // work tree untouched

    // Run 2, a pull request in a fresh clone (the cache evicted: no file): coverage fell to 50%.
    const second = clone(remote);
    writeFileSync(join(second, 'lcov.info'), 'SF:a.js\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,0\nend_of_record\n');
    expect(existsSync(join(second, b))).toBe(false);
    const r2 = await run(
      opts(second, { baseline: join(second, b), maxDrop: 5, baselineRequired: true }),
      ctxFor(second),
    );
    expect(r2.outputs.delta).toBe('-25.00');
    expect(r2.failure).toMatch(/lines dropped 25\.00 points \(75\.00% → 50\.00%\), more than max-drop 5/);

    // Run 3, the default branch again: a second commit on top of the first.
    const third = clone(remote);
    writeFileSync(join(third, 'lcov.info'), 'SF:a.js\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,1\nend_of_record\n');
    await run(opts(third, { baseline: join(third, b), writeBaseline: join(third, b) }), ctxFor(third));
    expect(git(remote, 'rev-list', '--count', 'shipline-data')).toBe('2');
    expect(JSON.parse(git(remote, 'show', `shipline-data:${b}`)).lines).toEqual({ total: 4, covered: 4 });
  });
});
