// The action end to end from the built dist/, as the runner runs it: reports from the real
// tools in a real git checkout, the sticky comment against the GitHub API simulator.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/coverage/parsers/index.js';
import { ROOT, runActionLikeRunner, runBuiltCli } from '../helpers/runner.js';
import { TestRepo } from '../helpers/git.js';
import { GitHubSim } from './github-sim.js';

const FIX = join(ROOT, 'test/fixtures/coverage');
const sim = new GitHubSim();
beforeAll(async () => {
  await sim.start();
});
afterAll(async () => {
  await sim.stop();
});

/** A checkout holding the fixture projects; a feature branch changes js-sample/src/text.js. */
function workspace(): { repo: TestRepo; base: string; head: string } {
  const repo = new TestRepo();
  cpSync(FIX, repo.dir, { recursive: true });
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  const text = readFileSync(join(repo.dir, 'js-sample/src/text.js'), 'utf8').split('\n');
  text[9] = text[9] + ' // changed'; // line 10: covered (pad's fill)
  text[14] = text[14] + ' // changed'; // line 15: not covered (truncate)
  writeFileSync(join(repo.dir, 'js-sample/src/text.js'), text.join('\n'));
  const head = repo.commit('feature');
  return { repo, base, head };
}

function prEvent(base: string, head: string, fork = false) {
  return {
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: head, ref: 'feature', repo: { full_name: fork ? 'someone/api' : 'acme/api' } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/api' } },
    },
    repository: { full_name: 'acme/api', default_branch: 'main' },
  };
}

const ALL = ['vitest/lcov.info', 'coveragepy-branch/coverage.xml', 'go/cover-count.out', 'jacoco/jacoco.xml'].join(
  '\n',
);

describe('coverage-gate action (dist, runner protocol)', () => {
  it("merges four tools' reports, gates, comments once and then updates that comment", async () => {
    const { repo, base, head } = workspace();
    const env = { GITHUB_API_URL: sim.url };
    const inputs = {
      files: ALL,
      'min-lines': '60',
      'min-diff': '40',
      token: sim.token,
      badge: 'out/badge.svg',
      'merged-format': 'both',
      'merged-report': 'out/merged.lcov',
    };
    const r = await runActionLikeRunner('actions/coverage-gate', {
      inputs,
      env,
      event: prEvent(base, head),
      eventName: 'pull_request',
      workspace: repo.dir,
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    // The merged totals are the sum of each tool's own totals (each checked in fixtures.test.ts).
    let covered = 0;
    let total = 0;
    for (const f of ALL.split('\n')) {
      const t = (await parseFile(join(FIX, f), f)).report.totals().lines;
      covered += t.covered;
      total += t.total;
    }
    expect(r.outputs.lines).toBe((Math.floor((covered / total) * 10000 + 1e-9) / 100).toFixed(2));
    // Changed lines: text.js 10 (covered) and 15 (not): 50%.
    expect(r.outputs['diff-lines']).toBe('50.00');
    expect(r.outputs.passed).toBe('true');
    expect(r.annotations.map((a) => [a.properties.file, a.properties.line, a.message])).toEqual([
      ['js-sample/src/text.js', '15', 'Changed line 15 is not covered by tests.'],
    ]);
    // The comment leads with the change: its changed-line coverage, then its files with links to the uncovered lines.
    expect(r.summary.split('\n')[0]).toBe('## ✅ Changed lines: 50.00% covered (1/2) · ✅ min-diff 40% held');
    const blob = `https://github.com/acme/api/blob/${head}/js-sample/src/text.js`;
    expect(r.summary).toMatch(
      new RegExp(
        `\\| \\[js-sample/src/text\\.js\\]\\(${blob}\\) \\| 50\\.00% \\(1/2\\) \\| [\\d.]+% \\| \\[L15\\]\\(${blob}#L15\\) \\|`,
      ),
    );
    // Paths from four tools and another machine all landed on the checkout's files.
    const merged = await parseFile(r.outputs['merged-report'], 'merged');
    expect([...merged.report.files.keys()].sort()).toEqual([
      'go-sample/calc/calc.go',
      'go-sample/strs/strs.go',
      'java-sample/src/com/acme/shop/Cart.java',
      'java-sample/src/com/acme/shop/Main.java',
      'js-sample/src/math.js',
      'js-sample/src/text.js',
      'js-sample/src/util/list.js',
      'py-sample/shop/__init__.py',
      'py-sample/shop/cart.py',
      'py-sample/shop/discount.py',
    ]);
    expect(existsSync(join(repo.dir, 'out/merged.cobertura.xml'))).toBe(true);
    expect(readFileSync(join(repo.dir, 'out/badge.svg'), 'utf8')).toContain(
      `${r.outputs.lines.replace(/\.?0+$/, '')}%`,
    );
    const comments = sim.comments.get(7)!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- shipline:coverage-gate -->');

    // Second run: the same comment is updated in place.
    sim.seed(7, 'an unrelated review comment');
    const again = await runActionLikeRunner('actions/coverage-gate', {
      inputs: { ...inputs, 'min-lines': '99' },
      env,
      event: prEvent(base, head),
      eventName: 'pull_request',
      workspace: repo.dir,
    });
    expect(again.exitCode).toBe(1);
    expect(again.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /coverage gate failed: lines [\d.]+% \(\d+\/\d+\) is [\d.]+ points below min-lines 99%/,
    );
    expect(sim.comments.get(7)).toHaveLength(2);
    expect(sim.comments.get(7)![0].body).toMatch(/❌ 1 of 2 gate\(s\) failed/);
    expect(sim.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    // The token was registered for masking first (the runner consumes ::add-mask:: lines and
    // never shows them), and appears nowhere else: log, summary, outputs, the comment.
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${sim.token}`);
    const shown = (s: string) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
    for (const text of [
      shown(r.stdout),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      shown(again.stdout),
      again.summary,
      JSON.stringify([...sim.comments.values()]),
    ])
      expect(text).not.toContain(sim.token);
  });

  it('a fork PR whose token cannot write: says so in the summary and does not fail', async () => {
    const { repo, base, head } = workspace();
    sim.forbidden = true;
    try {
      const r = await runActionLikeRunner('actions/coverage-gate', {
        inputs: { files: 'vitest/lcov.info', token: sim.token },
        env: { GITHUB_API_URL: sim.url },
        event: prEvent(base, head, true),
        eventName: 'pull_request',
        workspace: repo.dir,
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.summary).toMatch(
        /No PR comment: GitHub answered 403 to (creating|updating) the comment: this pull request comes from a fork/,
      );
    } finally {
      sim.forbidden = false;
    }
  });

  it('baseline: written on the default branch, then a drop past max-drop fails with the figures', async () => {
    const { repo } = workspace();
    const push = {
      eventName: 'push',
      workspace: repo.dir,
      event: { repository: { full_name: 'acme/api', default_branch: 'main' } },
    };
    const w = await runActionLikeRunner('actions/coverage-gate', {
      inputs: { files: 'coveragepy-branch/coverage.xml', 'write-baseline': '.shipline/baseline.json' },
      ...push,
    });
    expect(w.exitCode, w.stdout).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, '.shipline/baseline.json'), 'utf8')).lines).toEqual({
      total: 29,
      covered: 24,
    });
    // The Go profile covers less (9/16 = 56.25%) than the baseline (24/29 = 82.75%).
    const r = await runActionLikeRunner('actions/coverage-gate', {
      inputs: { files: 'go/cover-set.out', baseline: '.shipline/baseline.json', 'max-drop': '1' },
      ...push,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.delta).toBe((56.25 - (24 / 29) * 100).toFixed(2));
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /lines dropped 26\.51 points \(82\.75% → 56\.25%\), more than max-drop 1 allows by 25\.51/,
    );
  });

  it.each([
    [{ files: 'nothing/*.info' }, /input 'files': no file matches "nothing\/\*\.info"/],
    [{ files: 'bad.info' }, /coverage report bad\.info:2: "garbage here" is not an LCOV line/],
    [
      { files: 'outside.info' },
      /coverage report outside\.info names \/opt\/elsewhere\/x\.js, which is outside the repository/,
    ],
    [{ files: 'vitest/lcov.info', 'min-lines': 'lots' }, /input 'min-lines': "lots" is not a number from 0 to 100/],
    [{ files: 'vitest/lcov.info', thresholds: 'src/**: [1' }, /input 'thresholds' is not valid YAML/],
    [{ files: 'vitest/lcov.info', 'max-drop': '2' }, /input 'max-drop': is set but there is no baseline/],
    [
      { files: 'vitest/lcov.info', flags: 'api: {paths: [svc/**], carryforward: true}' },
      /input 'flags': flag "api" sets carryforward but not reports/,
    ],
    [{ files: 'vitest/lcov.info', flags: 'api: {path: svc/**}' }, /input 'flags': flag "api" has unknown key "path"/],
  ])('bad input %j: one clear line, no stack', async (inputs, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'cov-ws-'));
    cpSync(FIX, dir, { recursive: true });
    writeFileSync(join(dir, 'bad.info'), 'SF:js-sample/src/math.js\ngarbage here\nend_of_record\n');
    writeFileSync(join(dir, 'outside.info'), 'SF:/opt/elsewhere/x.js\nDA:1,1\nend_of_record\n');
    const r = await runActionLikeRunner('actions/coverage-gate', { inputs, workspace: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stdout).not.toMatch(/crashed|at .*\.js:\d+/);
    expect(r.outputs.lines).toBeUndefined();
  });

  it('exclude leaves files out of every total (vitest printed 71.42% lines for src/ without src/util/)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cov-ws-'));
    cpSync(FIX, dir, { recursive: true });
    const printed = /^ src\s+\|[^|]+\|[^|]+\|[^|]+\|\s*([\d.]+)/m.exec(
      readFileSync(join(FIX, 'vitest/vitest-stdout.txt'), 'utf8'),
    )![1];
    for (const files of ['vitest/lcov.info', 'vitest/coverage-final.json']) {
      const r = await runActionLikeRunner('actions/coverage-gate', {
        inputs: { files, exclude: '**/util/**' },
        workspace: dir,
      });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs.lines, files).toBe(Number(printed).toFixed(2));
    }
    const none = await runActionLikeRunner('actions/coverage-gate', {
      inputs: { files: 'vitest/lcov.info', exclude: '**/*.js' },
      workspace: dir,
    });
    expect(none.exitCode).toBe(1);
    expect(none.stdout).toMatch(/input 'exclude': leaves no file: all 3 file\(s\) in the reports are excluded/);
  });

  it('the CLI runs the same tool', async () => {
    const r = await runBuiltCli(
      [
        'coverage',
        '--files',
        'vitest/lcov.info',
        '--files',
        'go/cover-set.out',
        '--min-functions',
        '50',
        '--merged-report',
        join(mkdtempSync(join(tmpdir(), 'cov-cli-')), 'm.lcov'),
      ],
      { cwd: FIX },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/functions [\d.]+% ≥ 50%/);
    expect(r.stdout).toMatch(/^passed=true$/m);
  });
});
