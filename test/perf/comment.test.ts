// The perf report as a sticky pull request comment, against the GitHub API simulator in test/
// (not GitHub): its own marker beside the coverage gate's, updated in place, and a fork's
// read-only token falling back to the job summary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, runTool, specInputs } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { COMMENT_MARKER as COVERAGE_MARKER } from '../../src/coverage/render.js';
import { COMMENT_MARKER, renderComment } from '../../src/perf/comment.js';
import { makeReport } from '../../src/perf/engine.js';
import { tool } from '../../src/perf/tool.js';
import type { PerfOptions, Round } from '../../src/perf/types.js';
import { GitHubSim } from '../coverage/github-sim.js';
import { repo } from './helpers.js';

const sim = new GitHubSim();
beforeAll(() => sim.start());
afterAll(() => sim.stop());

/** Run the gate as an action on a pull_request event whose API is the simulator. */
async function gate(cwd: string, pr: number, inputs: Record<string, string>, fork = false) {
  const temp = mkdtempSync(join(tmpdir(), 'shipline-perf-comment-'));
  const eventPath = join(temp, 'event.json');
  const head = { sha: 'h', ref: 'topic', repo: { full_name: fork ? 'mallory/api' : 'acme/api' } };
  const base = { sha: 'b', ref: 'main', repo: { full_name: 'acme/api' } };
  writeFileSync(eventPath, JSON.stringify({ number: pr, pull_request: { number: pr, head, base } }));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'ACT' && k !== 'CI') env[k] = v;
  Object.assign(env, {
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: sim.url,
    GITHUB_RUN_ID: '77',
  });
  const masker = new Masker();
  const logger = new MemoryLogger(masker);
  const ctx = createContext({ frontDoor: 'action', env, logger, masker, cwd });
  const all: Record<string, string> = {
    command: 'node bench.mjs',
    format: 'go',
    rounds: '4',
    seed: '3',
    token: sim.token,
    ...inputs,
  };
  const outcome = await runTool(
    tool as never,
    specInputs(tool.inputs, (n) => all[n], 'action', masker),
    ctx,
    undefined,
  );
  return { exitCode: outcome.exitCode, summary: ctx.summary.toString(), log: logger.lines.join('\n') };
}

const costs = { BenchmarkParse: 1000, BenchmarkRender: 5000 };

describe('perf gate: the sticky PR comment', () => {
  it("posts the report once, updates it in place, and never touches the coverage gate's comment", async () => {
    const { r, base } = repo(costs, costs);
    const coverage = sim.seed(21, `${COVERAGE_MARKER}\ncoverage 91%`, 'github-actions[bot]');
    const first = await gate(r.dir, 21, { base });
    expect(first.exitCode).toBe(0);
    const ours = () => sim.comments.get(21)!.filter((c) => c.body.includes(COMMENT_MARKER));
    expect(ours()).toHaveLength(1);
    const body = ours()[0].body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/## Performance gate: ✅ passed/);
    expect(body).toMatch(/\| BenchmarkParse \|/);
    expect(body).toMatch(/\[run 77\]/);
    await gate(r.dir, 21, { base, seed: '4' });
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toMatch(/seed 4/);
    expect(sim.requests.filter((q) => q.method === 'PATCH' && q.path.endsWith(`/${ours()[0].id}`))).toHaveLength(1);
    expect(coverage.body).toBe(`${COVERAGE_MARKER}\ncoverage 91%`);
    expect(sim.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/${coverage.id}`))).toBe(false);
  });

  it('a fork whose token cannot write: the verdict stands and the summary says there is no comment', async () => {
    const { r, base } = repo(costs, { ...costs, BenchmarkRender: 7000 });
    sim.forbidden = true;
    try {
      const res = await gate(r.dir, 22, { base, rounds: '8' }, true);
      expect(res.exitCode).toBe(1); // the 40% slowdown still fails the gate
      expect(res.summary).toMatch(
        /No PR comment: GitHub answered 403 to creating the comment: this pull request comes from a fork, whose token cannot write comments\. The gate result stands; this summary has everything the comment would\./,
      );
      expect(res.summary).toMatch(/BenchmarkRender/);
      expect(sim.comments.get(22) ?? []).toEqual([]);
    } finally {
      sim.forbidden = false;
    }
  });

  it('a dry run or comment: false writes nothing', async () => {
    const { r, base } = repo(costs, costs);
    const before = sim.requests.length;
    const dry = await gate(r.dir, 23, { base, rounds: '2', 'dry-run': 'true' });
    expect(dry.summary).toMatch(/No PR comment: dry run\./);
    await gate(r.dir, 23, { base, rounds: '2', comment: 'false' });
    expect(sim.requests.length).toBe(before);
  });
});

describe('renderComment', () => {
  it("cuts a huge report to GitHub's limit at a line, saying where the rest is", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `BenchmarkVeryLongName${i}/with/sub/benchmarks`);
    const rounds: Round[] = Array.from({ length: 6 }, (_, i) => ({
      index: i + 1,
      order: ['base', 'head'],
      base: new Map(names.map((n) => [n, 1 + i * 0.01])),
      head: new Map(names.map((n) => [n, 1 + i * 0.01])),
    }));
    const options = { threshold: 0.05, overrides: [], alpha: 0.05, correction: 'holm', format: 'go', seed: 1 };
    const report = makeReport(rounds, options as unknown as PerfOptions, {
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
      headSha: 'h'.repeat(40),
      elapsedMs: 1,
      duet: false,
      clock: 'cpu',
    });
    const body = renderComment(report, 'https://github.com/acme/api/actions/runs/9', '9');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatch(/cut to GitHub's comment limit; the job summary and the JSON report have every benchmark/);
    expect(body).toMatch(/CPU time compared/);
    expect(renderComment({ ...report, benchmarks: report.benchmarks.slice(0, 2) }).length).toBeLessThan(5000);
  });
});
