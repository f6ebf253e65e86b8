// The coverage gate's fault catalogue (issue 15): bad inputs, hostile contents, signals and
// server faults, run in-process through the one error boundary. Cases marked "issue 15 item N"
// failed before their fix; the rest already held and are kept so they keep holding.
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventContext } from '../../src/core/context.js';
import { upsertComment } from '../../src/core/pr-comment.js';
import { COMMENT_MARKER } from '../../src/coverage/render.js';
import { tool } from '../../src/coverage/tool.js';
import { GitHubSim } from '../coverage/github-sim.js';
import { runInProcess } from '../helpers/in-process.js';

const coverage = { ...tool, command: 'coverage' };
const FIXTURES = join(import.meta.dirname, '../fixtures/coverage');

/** A workspace holding one small LCOV report (2 of 3 lines covered), and a folder beside it. */
function workspace(): { outer: string; ws: string } {
  const outer = mkdtempSync(join(tmpdir(), 'cov-fault-'));
  const ws = join(outer, 'ws');
  mkdirSync(join(ws, 'src'), { recursive: true });
  writeFileSync(join(ws, 'src/a.ts'), 'a\nb\nc\n');
  writeFileSync(join(ws, 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n');
  mkdirSync(join(outer, 'other'));
  writeFileSync(join(outer, 'other', 'lcov.info'), 'SF:src/a.ts\nDA:1,1\nend_of_record\n');
  return { outer, ws };
}

const base = { files: 'lcov.info', comment: 'false' };

describe('coverage: bad inputs (one line naming the input and the fix)', () => {
  it.each([
    [{ files: '' }, /--files: names no coverage report/],
    [{ files: 'nothing/*.info' }, /input 'files': no file matches "nothing\/\*\.info"|--files: no file matches/],
    [{ 'min-lines': '101' }, /--min-lines: "101" is not a number from 0 to 100/],
    [{ thresholds: 'src/**: [' }, /--thresholds.* is not valid YAML/],
    [{ thresholds: 'src/**: {lines: 80, bogus: 1}' }, /--thresholds: "src\/\*\*" has unknown metric "bogus"/],
    [{ 'max-drop': '1' }, /--max-drop: is set but there is no baseline/],
    [{ 'merged-format': 'xml' }, /--merged-format: "xml" is not allowed/],
  ])('%j', async (extra, message) => {
    const { ws } = workspace();
    const r = await runInProcess(coverage, ws, { ...base, ...extra });
    expect(r.exitCode, r.log).toBe(2);
    expect(r.log).toMatch(message);
    expect(r.log).not.toMatch(/\n\s+at /);
  });
});

describe('coverage: outputs and the baseline (issue 15 item 9)', () => {
  it('an unwritable merged-report is a one-line error naming the input, not a stack trace', async () => {
    const { ws } = workspace();
    writeFileSync(join(ws, 'blocker'), 'a file, not a folder\n');
    const r = await runInProcess(coverage, ws, { ...base, 'merged-report': 'blocker/merged.lcov' });
    expect(r.exitCode, r.log).toBe(2);
    expect(r.log).toMatch(/--merged-report: blocker\/merged\.lcov cannot be written \((EEXIST|ENOTDIR)/);
    expect(r.log).not.toMatch(/crashed|\n\s+at /);
  });

  it('a mistyped baseline path is said in the log and an annotation, and max-drop says it is not checked', async () => {
    const { ws } = workspace();
    const r = await runInProcess(coverage, ws, { ...base, baseline: 'baseline.jsn', 'max-drop': '1' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/warning: No baseline at baseline\.jsn: max-drop is not checked/);
    expect(r.annotations.map((a) => a.title)).toContain('coverage baseline missing');
  });

  it('under baseline-required: true a missing baseline fails', async () => {
    const { ws } = workspace();
    const r = await runInProcess(coverage, ws, {
      ...base,
      baseline: 'baseline.jsn',
      'max-drop': '1',
      'baseline-required': 'true',
    });
    expect(r.exitCode, r.log).toBe(2);
    expect(r.log).toMatch(/--baseline: baseline\.jsn does not exist, and baseline-required is true/);
  });
});

describe('coverage: paths stay inside the workspace (issue 15 item 15)', () => {
  it.each([
    [{ files: '../other/*.info' }, /input 'files': '..\/other\/\*\.info' reaches .*other, outside the workspace/],
    [{ files: '/etc/passwd' }, /input 'files': '\/etc\/passwd' reaches \/etc\/passwd, outside the workspace/],
    [{ baseline: '/etc/passwd' }, /input 'baseline': \/etc\/passwd resolves to \/etc\/passwd, outside the workspace/],
    [{ 'merged-report': '../merged.lcov' }, /input 'merged-report': \.\.\/merged\.lcov resolves to .*, outside/],
    [{ 'write-baseline': '../b.json' }, /input 'write-baseline': \.\.\/b\.json resolves to .*, outside the workspace/],
    [{ badge: '/tmp/../etc/badge.svg' }, /input 'badge': .* resolves to \/etc\/badge\.svg, outside the workspace/],
  ])('%j is refused before anything is read or written', async (extra, message) => {
    const { outer, ws } = workspace();
    // As an action: a workflow (which a pull request can edit) must not reach past the workspace.
    const r = await runInProcess(coverage, ws, { ...base, ...extra }, { frontDoor: 'action' });
    expect(r.exitCode, r.log).toBe(1);
    expect(r.log).toMatch(message);
    expect(existsSync(join(outer, 'merged.lcov'))).toBe(false);
  });

  it('a report reached through a symlink out of the workspace is refused', async () => {
    const { outer, ws } = workspace();
    mkdirSync(join(ws, 'reports'));
    symlinkSync(join(outer, 'other', 'lcov.info'), join(ws, 'reports', 'lcov.info'));
    const r = await runInProcess(coverage, ws, { ...base, files: 'reports/*.info' }, { frontDoor: 'action' });
    expect(r.exitCode, r.log).toBe(1);
    expect(r.log).toMatch(/input 'files': reports\/lcov\.info leads outside the workspace .* through a symlink/);
  });

  it('reports downloaded to the runner temp folder are read (already held)', async () => {
    const { ws } = workspace();
    const r0 = await runInProcess(coverage, ws, base);
    const tmp = r0.ctx.tempDir;
    writeFileSync(join(tmp, 'shard.info'), 'SF:src/a.ts\nDA:3,1\nend_of_record\n');
    const r = await runInProcess(
      coverage,
      ws,
      { ...base, files: `lcov.info\n${join(tmp, 'shard.info')}` },
      {
        env: r0.ctx.env,
      },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs.lines).toBe('100.00');
  });

  it('a report naming a source outside the repository is refused (already held)', async () => {
    const { ws } = workspace();
    writeFileSync(join(ws, 'lcov.info'), 'SF:../../../../etc/passwd\nDA:1,1\nend_of_record\n');
    const r = await runInProcess(coverage, ws, base);
    expect(r.exitCode, r.log).toBe(2);
    expect(r.log).toMatch(/names .*passwd, which is outside the repository/);
  });
});

describe('coverage: one run in two formats is counted once (issue 15 item 6)', () => {
  it('vitest lcov.info + cobertura-coverage.xml of one run: the totals of one report, and a note', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cov-twins-'));
    cpSync(join(FIXTURES, 'js-sample'), ws, { recursive: true });
    mkdirSync(join(ws, 'coverage'));
    for (const f of ['lcov.info', 'cobertura-coverage.xml'])
      cpSync(join(FIXTURES, 'vitest', f), join(ws, 'coverage', f));
    const r = await runInProcess(coverage, ws, { ...base, files: 'coverage/*', 'min-branches': '50' });
    expect(r.exitCode, r.log).toBe(0);
    // vitest printed "Branches : 54.16% ( 13/24 )" (test/fixtures/coverage/vitest/vitest-stdout.txt).
    expect(r.outputs.branches).toBe('54.16');
    expect(r.outputs.lines).toBe('75.00');
    expect(r.summary).toMatch(/read as the same run in another format and counted once/);
  });

  it('shards of one format that overlap still add up (already held)', async () => {
    const { ws } = workspace();
    writeFileSync(join(ws, 'shard2.info'), 'SF:src/a.ts\nDA:1,0\nDA:2,0\nDA:3,4\nend_of_record\n');
    const r = await runInProcess(coverage, ws, { ...base, files: '*.info' });
    expect(r.outputs.lines).toBe('100.00');
  });
});

describe('coverage: signals', () => {
  it('cancelled: stops before changed lines and the comment, still writes the summary and fails', async () => {
    const { ws } = workspace();
    const c = new AbortController();
    c.abort(new Error('cancelled by SIGINT'));
    const r = await runInProcess(coverage, ws, { ...base, 'min-diff': '80' }, { signal: c.signal });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/coverage gate cancelled/);
    expect(r.summary).toMatch(/the run was cancelled/);
    expect(r.log).not.toMatch(/git/);
  });
});

describe('coverage: the PR comment (issue 15 item 14) and server faults', () => {
  const sim = new GitHubSim();
  beforeAll(() => sim.start());
  afterAll(() => sim.stop());
  const event = (pr: number): EventContext =>
    ({
      eventName: 'pull_request',
      owner: 'acme',
      repo: 'api',
      apiUrl: sim.url,
      pullRequest: { number: pr, headSha: 'h', baseSha: 'b', headRef: 'x', baseRef: 'main', fromFork: false },
    }) as unknown as EventContext;
  const deps = { logger: undefined } as never;

  it("another user's comment carrying the marker is left alone; the gate writes its own", async () => {
    const theirs = sim.seed(7, `${COMMENT_MARKER}\nall green, trust me`, 'mallory');
    const out = await upsertComment(event(7), sim.token, `${COMMENT_MARKER}\nreal summary`, deps, COMMENT_MARKER);
    expect(out.kind).toBe('created');
    expect(theirs.body).toBe(`${COMMENT_MARKER}\nall green, trust me`);
    const again = await upsertComment(event(7), sim.token, `${COMMENT_MARKER}\nsecond run`, deps, COMMENT_MARKER);
    expect(again.kind).toBe('updated');
    const mine = sim.comments.get(7)!.filter((c) => c.user.login === 'github-actions[bot]');
    expect(mine.map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nsecond run`]);
    expect(sim.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/${theirs.id}`))).toEqual([]);
  });

  it('a personal token: GET /user names the author whose comment is updated', async () => {
    sim.identity = 'release-bot';
    try {
      sim.seed(8, `${COMMENT_MARKER}\nold`, 'github-actions[bot]');
      const mine = sim.seed(8, `${COMMENT_MARKER}\nold`, 'release-bot');
      const out = await upsertComment(event(8), sim.token, `${COMMENT_MARKER}\nnew`, deps, COMMENT_MARKER);
      expect(out).toMatchObject({ kind: 'updated', id: mine.id });
    } finally {
      sim.identity = undefined;
    }
  });

  it('a fork token answered 403 is reported, not thrown (already held)', async () => {
    sim.forbidden = true;
    try {
      const out = await upsertComment(event(9), sim.token, `${COMMENT_MARKER}\nx`, deps, COMMENT_MARKER);
      expect(out.kind).toBe('forbidden');
    } finally {
      sim.forbidden = false;
    }
  });

  it('a bad token answered 401 is reported, not thrown (already held)', async () => {
    const out = await upsertComment(event(10), 'wrong', `${COMMENT_MARKER}\nx`, deps, COMMENT_MARKER);
    expect(out.kind).toBe('forbidden');
  });
});
