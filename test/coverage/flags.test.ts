// Monorepo flags: a part per service with its own floors and row, carry-forward of a service
// whose reports this run did not produce, and one comment per set of flags. Reports are the
// committed ones made by vitest/istanbul (js-sample) and coverage.py (py-sample).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { run } from '../../src/coverage/engine.js';
import { parseFile } from '../../src/coverage/parsers/index.js';
import type { CoverageOptions, Flag } from '../../src/coverage/types.js';
import { TestRepo } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';
import { GitHubSim } from './github-sim.js';

const FIX = join(ROOT, 'test/fixtures/coverage');
const sim = new GitHubSim();
beforeAll(async () => {
  await sim.start();
});
afterAll(async () => {
  await sim.stop();
});

const FLAGS: Flag[] = [
  { name: 'web', paths: ['js-sample/**'], reports: ['reports/web/**'], min: { lines: 50 }, carryforward: false },
  { name: 'py', paths: ['py-sample/**'], reports: ['reports/py/**'], min: { lines: 99 }, carryforward: true },
];

function workspace() {
  const repo = new TestRepo();
  for (const d of ['js-sample/src', 'py-sample/shop'])
    cpSync(join(FIX, d), join(repo.dir, d), { recursive: true, filter: (p) => !p.includes('node_modules') });
  mkdirSync(join(repo.dir, 'reports/web'), { recursive: true });
  mkdirSync(join(repo.dir, 'reports/py'), { recursive: true });
  cpSync(join(FIX, 'vitest/lcov.info'), join(repo.dir, 'reports/web/lcov.info'));
  // coverage.py names files from py-sample/: rewrite them as the repository sees them.
  const py = readFileSync(join(FIX, 'coveragepy-branch/coverage.lcov'), 'utf8').replace(/^SF:/gm, 'SF:py-sample/');
  writeFileSync(join(repo.dir, 'reports/py/coverage.lcov'), py);
  repo.commit('base');
  return repo;
}

function ctxFor(dir: string, env: Record<string, string> = {}) {
  return createContext({
    frontDoor: 'cli',
    env: { RUNNER_TEMP: dir + '/.tmp', ...env },
    logger: new MemoryLogger(),
    masker: new Masker(),
    cwd: dir,
  });
}
const opts = (dir: string, o: Partial<CoverageOptions>): CoverageOptions => ({
  files: ['reports/**/*'],
  format: 'auto',
  exclude: [],
  min: {},
  thresholds: [],
  mergedReport: `${dir}/.out/m.lcov`,
  mergedFormat: 'lcov',
  comment: false,
  annotate: false,
  maxAnnotations: 0,
  flags: FLAGS,
  ...o,
});

describe('flags', () => {
  it('gate each part on its own floors, and carry a part forward when its reports are missing', async () => {
    const repo = workspace();
    const py = (await parseFile(join(repo.dir, 'reports/py/coverage.lcov'), 'py')).report.totals().lines;
    const first = ctxFor(repo.dir);
    const r1 = await run(opts(repo.dir, { writeBaseline: `${repo.dir}/.out/baseline.json` }), first);
    // py is below its own 99% floor; web holds its 50%: the failure names the flag.
    expect(r1.failure).toMatch(/py: lines [\d.]+% \(\d+\/\d+\) is [\d.]+ points below min-lines 99%/);
    expect(r1.failure).not.toMatch(/web:/);
    const s1 = first.summary.toString();
    expect(s1).toContain('### Flags');
    expect(s1).toMatch(new RegExp(`\\| py \\| [\\d.]+% \\(${py.covered}/${py.total}\\) \\|`));

    // Second run: only web's tests ran. py is carried forward from the baseline, with its numbers.
    rmSync(join(repo.dir, 'reports/py'), { recursive: true });
    const second = ctxFor(repo.dir);
    const r2 = await run(opts(repo.dir, { baseline: `${repo.dir}/.out/baseline.json` }), second);
    const s2 = second.summary.toString();
    expect(s2).toMatch(
      new RegExp(`\\| py \\| [\\d.]+% \\(${py.covered}/${py.total}\\) \\| .* \\| carried forward \\|`),
    );
    expect(s2).toMatch(
      /Flag py: no report in this run \(reports\/py\/\*\*\); carried forward 2 file\(s\) from the baseline/,
    );
    expect(r2.outputs.lines).toBe(r1.outputs.lines);
    // coverage.py measured branches: the carried files keep their branch counts, so the total holds.
    expect(r1.outputs.branches).toMatch(/^\d/);
    expect(r2.outputs.branches).toBe(r1.outputs.branches);
    const saved = JSON.parse(readFileSync(`${repo.dir}/.out/baseline.json`, 'utf8'));
    expect(Object.keys(saved.detail).some((p) => p.startsWith('py-sample/'))).toBe(true);
    expect(s2).toMatch(/carried forward 2 file\(s\) from the baseline \(totals only\)/);
    // Without carryforward the part would be empty, and the total would move.
    const third = ctxFor(repo.dir);
    const r3 = await run(
      opts(repo.dir, {
        baseline: `${repo.dir}/.out/baseline.json`,
        flags: [FLAGS[0], { ...FLAGS[1], carryforward: false }],
      }),
      third,
    );
    expect(r3.outputs.lines).not.toBe(r1.outputs.lines);
    expect(r3.failure).toMatch(/py: lines: the reports measure no lines/);
  });

  it('two calls with different flags keep a comment each on the pull request', async () => {
    const repo = workspace();
    const head = repo.git('rev-parse', 'HEAD');
    const event = {
      number: 11,
      pull_request: {
        number: 11,
        head: { sha: head, ref: 'f', repo: { full_name: 'acme/api' } },
        base: { sha: head, ref: 'main', repo: { full_name: 'acme/api' } },
      },
    };
    const env = {
      GITHUB_API_URL: sim.url,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(repo.dir, '.tmp-event.json'),
    };
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event));
    for (const flags of [[FLAGS[0]], [FLAGS[1]], [FLAGS[0]]])
      await run(
        opts(repo.dir, { flags, files: ['reports/**/*'], comment: true, token: sim.token }),
        ctxFor(repo.dir, env),
      );
    expect((sim.comments.get(11) ?? []).map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- shipline:coverage-gate:flags:web -->',
      '<!-- shipline:coverage-gate:flags:py -->',
    ]);
  });
});
