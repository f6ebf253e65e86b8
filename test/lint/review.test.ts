import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/lint/report.js';
import { GitHubSim } from '../coverage/github-sim.js';
import { TestRepo } from '../helpers/git.js';
import { cleanEnv, runLint } from './helpers.js';

/** "bad" lines are findings (grep); a "fixme" line gets a finding with a ruff-style fix replacing the line. */
const FIXER = `import { readFileSync } from 'node:fs';
const out = [];
for (const f of process.argv.slice(2))
  readFileSync(f, 'utf8').split('\\n').forEach((l, i) => {
    if (l !== 'fixme') return;
    const at = (row) => ({ row, column: 1 });
    out.push({ code: 'X1', message: 'fixme left', filename: f, location: at(i + 1), end_location: { row: i + 1, column: 6 },
      fix: { applicability: 'safe', edits: [{ content: 'fixed\\n', location: at(i + 1), end_location: at(i + 2) }] } });
  });
console.log(JSON.stringify(out));
`;
const CHECKS = dump([
  {
    name: 'grep',
    run: `sh -c 'grep -Hn bad "$@" | sed "s/:/: error: /2"; ! grep -q bad "$@"' grep`,
    files: ['*.txt'],
    format: 'gcc',
  },
  { name: 'fixer', run: 'node fixer.mjs', files: ['*.txt'], format: 'ruff-json' },
]);

let sim: GitHubSim;
beforeEach(async () => {
  sim = await new GitHubSim().start();
});
afterEach(() => sim.stop());

function pr(fork = false) {
  const repo = new TestRepo();
  repo.write('a.txt', 'one\nbad old\ntwo\n').write('fixer.mjs', FIXER).commit('base');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('a.txt', 'one\nbad old\ntwo\nbad new\nfixme\n').commit('work');
  const head = repo.git('rev-parse', 'HEAD').trim();
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: head, ref: 'feature', repo: { full_name: fork ? 'contributor/api' : 'acme/api' } },
      base: { sha: base, ref: 'main', repo: { full_name: 'acme/api' } },
    },
    repository: { full_name: 'acme/api', default_branch: 'main' },
  };
  const eventPath = join(mkdtempSync(join(tmpdir(), 'lint-event-')), 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const env = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_API_URL: sim.url,
    GITHUB_SHA: head,
  });
  return { repo, head, env };
}

describe('pull request review comments (review: true) against a GitHub API simulator', () => {
  it('one review, a comment per new finding on changed lines, a suggested change where the tool gives a fix', async () => {
    const { repo, head, env } = pr();
    sim.diffLines = new Map([['a.txt', new Set([4, 5])]]);
    const r = await runLint(
      repo.dir,
      { checks: CHECKS, review: 'true', token: sim.token, 'dry-run': 'false' },
      { env, frontDoor: 'action' },
    );
    expect(r.exitCode).toBe(1);
    const reviews = sim.reviews.get(7)!;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ commit_id: head, event: 'COMMENT' });
    expect(reviews[0].body).toContain('2 new findings');
    expect(reviews[0].comments.map((c) => [c.path, c.line, c.side])).toEqual([
      ['a.txt', 4, 'RIGHT'],
      ['a.txt', 5, 'RIGHT'],
    ]);
    expect(reviews[0].comments[1].body).toBe('**fixer X1** (error): fixme left\n\n```suggestion\nfixed\n```');
    const rep = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
    expect(rep.verdict.review).toBe('review posted with 2 comment(s)');
  });

  it("a fork's read-only token: no review, the findings stay annotations, and the log says so", async () => {
    const { repo, env } = pr(true);
    sim.forbidden = true;
    const r = await runLint(
      repo.dir,
      { checks: CHECKS, review: 'true', token: sim.token, 'dry-run': 'false' },
      { env, frontDoor: 'action' },
    );
    expect(r.exitCode).toBe(1);
    expect(sim.reviews.size).toBe(0);
    expect(r.logger.text).toMatch(
      /warning: review comments not posted \(GitHub answered 403: a pull request from a fork gets a read-only token\); the findings are annotations instead/,
    );
    expect(r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`)).toEqual(['a.txt:4', 'a.txt:5']);
  });

  it('dry-run: nothing is posted', async () => {
    const { repo, env } = pr();
    const r = await runLint(repo.dir, { checks: CHECKS, review: 'true', token: sim.token, 'dry-run': 'true' }, { env });
    expect(sim.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
    expect(r.logger.text).toMatch(/review comments: dry run, 2 comment\(s\) not posted/);
  });
});
