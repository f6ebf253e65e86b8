// Changed-line coverage on real git repositories, against hand-checked expectations.
import { describe, expect, it } from 'vitest';
import { readEventContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import { resolveDiffRange } from '../../src/core/git-range.js';
import { changedLines } from '../../src/core/git.js';
import { diffCoverage } from '../../src/coverage/diff.js';
import { CoverageReport } from '../../src/coverage/model.js';
import { parseChunks } from '../../src/coverage/parsers/index.js';
import { bufferChunks } from '../../src/coverage/parsers/chunks.js';
import { TestRepo } from '../helpers/git.js';

const lines = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `const ${tag}${i + 1} = ${i + 1};`).join('\n') + '\n';

/** main: a.js (10 lines). feature: a.js lines 3-4 edited, 11-14 added (12 blank); b.js new (5 lines); README changed. */
function makeRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = new TestRepo();
  repo.write('a.js', lines(10, 'a')).write('README.md', 'hello\n');
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  const a = lines(10, 'a').split('\n');
  a[2] = 'const a3 = 33;';
  a[3] = 'const a4 = 44;';
  repo.write('a.js', [...a.slice(0, 10), 'function added() {', '', '  return 1;', '}', ''].join('\n'));
  repo.write('b.js', lines(5, 'b')).write('README.md', 'hello again\n');
  const head = repo.commit('feature');
  return { repo, base, head };
}

// What the tests measured: a.js lines 1-11, 13, 14 (12 is blank: not measured); b.js 1-5.
const LCOV = [
  'SF:a.js',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14].map((l) => `DA:${l},${[4, 11, 13].includes(l) ? 0 : 1}`),
  'end_of_record',
  'SF:b.js',
  ...[1, 2, 3, 4, 5].map((l) => `DA:${l},${l <= 2 ? 3 : 0}`),
  'end_of_record',
  '',
].join('\n');

async function report(): Promise<CoverageReport> {
  return (await parseChunks('lcov', bufferChunks(LCOV), 'lcov.info')).report;
}

describe('changed-line coverage (real git)', () => {
  it("a pull request: diff-cover's definition, hand-checked", async () => {
    const { repo, base, head } = makeRepo();
    const event = {
      ...readEventContext({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/api' }),
      pullRequest: { number: 7, headSha: head, baseSha: base, headRef: 'feature', baseRef: 'main', fromFork: false },
    };
    const deps = { exec, cwd: repo.dir };
    const range = await resolveDiffRange({ event }, deps);
    const d = diffCoverage(await report(), await changedLines(range, deps), range);
    // a.js changed: 3, 4, 11, 12, 13, 14 (6); measured: 3, 4, 11, 13, 14 (5); covered: 3, 14.
    // b.js changed: 1-5 (5), all measured, covered 1-2. README.md: 1 changed, not measured.
    expect(d.files.map((f) => [f.path, f.changed, f.measured, f.covered])).toEqual([
      ['README.md', 1, 0, 0],
      ['a.js', 6, 5, 2],
      ['b.js', 5, 5, 2],
    ]);
    expect([d.changed, d.measured, d.covered, d.unmeasured]).toEqual([12, 10, 4, 2]);
    // Uncovered ranges: a.js 4 and 11-13 (blank 12 bridged); b.js 3-5.
    expect(d.files.find((f) => f.path === 'a.js')!.uncovered).toEqual([
      { start: 4, end: 4 },
      { start: 11, end: 13 },
    ]);
    expect(d.files.find((f) => f.path === 'b.js')!.uncovered).toEqual([{ start: 3, end: 5 }]);
  });

  it("an explicit base, run from a subdirectory, maps git's paths to the workspace", async () => {
    const repo = new TestRepo();
    repo.write('svc/a.js', lines(4, 'a'));
    const base = repo.commit('base');
    repo.write('svc/a.js', lines(6, 'a')).write('other/x.js', lines(2, 'x'));
    repo.commit('more');
    const { run } = await import('../../src/coverage/engine.js');
    const { createContext } = await import('../../src/core/host.js');
    const { MemoryLogger } = await import('../../src/core/logger.js');
    const { Masker } = await import('../../src/core/mask.js');
    repo.write('svc/cov.info', 'SF:a.js\nDA:1,1\nDA:5,1\nDA:6,0\nend_of_record\n');
    const masker = new Masker();
    const ctx = createContext({
      frontDoor: 'cli',
      env: {
        RUNNER_TEMP: repo.dir + '/.tmp',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_SHA: 'f00d',
      },
      logger: new MemoryLogger(),
      masker,
      cwd: `${repo.dir}/svc`,
    });
    const r = await run(
      {
        files: ['cov.info'],
        format: 'auto',
        exclude: [],
        min: {},
        thresholds: [],
        minDiff: 50,
        base,
        mergedReport: `${repo.dir}/svc/.out/m.lcov`,
        mergedFormat: 'lcov',
        comment: false,
        annotate: true,
        maxAnnotations: 20,
      },
      ctx,
    );
    // svc/a.js lines 5-6 changed (relative to svc/: a.js); 5 covered, 6 not: 50%.
    expect(r.outputs['diff-lines']).toBe('50.00');
    expect(r.failure).toBeUndefined();
    expect(ctx.annotations.all.map((a) => [a.file, a.line])).toEqual([['a.js', 6]]);
    // The changed file links to its lines at the head commit, from the top of the repository (svc/).
    expect(ctx.summary.toString()).toContain(
      '| [a.js](https://github.example/acme/api/blob/f00d/svc/a.js) | 50.00% (1/2) | 66.66% | [L6](https://github.example/acme/api/blob/f00d/svc/a.js#L6) |',
    );

    // Capped: with max-annotations 0 the range is only listed, and the summary says so.
    const capped = createContext({
      frontDoor: 'cli',
      env: { RUNNER_TEMP: repo.dir + '/.tmp' },
      logger: new MemoryLogger(),
      masker,
      cwd: `${repo.dir}/svc`,
    });
    const r2 = await run(
      {
        files: ['cov.info'],
        format: 'auto',
        exclude: [],
        min: {},
        thresholds: [],
        minDiff: 60,
        base,
        mergedReport: `${repo.dir}/svc/.out/m.lcov`,
        mergedFormat: 'lcov',
        comment: false,
        annotate: true,
        maxAnnotations: 0,
      },
      capped,
    );
    expect(capped.annotations.all).toHaveLength(0);
    expect(capped.summary.toString()).toMatch(
      /1 more uncovered changed range\(s\) were not annotated \(max-annotations 0\)/,
    );
    expect(r2.failure).toMatch(/changed lines 50\.00% \(1\/2\) is 10\.00 points below min-diff 60%/);
  });
});
