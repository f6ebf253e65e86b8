// Fork pull requests in two stages: the gate on a fork's pull request writes its comment to a
// file (the workflow uploads it as an artifact); a workflow_run workflow with write access posts
// it, against the GitHub API simulator, only to the pull request whose head that run tested.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { run } from '../../src/coverage/engine.js';
import type { CoverageOptions } from '../../src/coverage/types.js';
import { TestRepo } from '../helpers/git.js';
import { GitHubSim } from './github-sim.js';

const sim = new GitHubSim();
beforeAll(async () => {
  await sim.start();
});
afterAll(async () => {
  await sim.stop();
});

function ctxFor(dir: string, eventName: string, payload: unknown) {
  const path = join(dir, `.event-${eventName}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return createContext({
    frontDoor: 'cli',
    env: {
      RUNNER_TEMP: dir + '/.tmp',
      GITHUB_API_URL: sim.url,
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: path,
    },
    logger: new MemoryLogger(),
    masker: new Masker(),
    cwd: dir,
  });
}

describe('fork pull requests: the two-stage comment', () => {
  it('the fork run writes the comment; the workflow_run run posts it to that pull request only', async () => {
    const repo = new TestRepo();
    repo.write('src/a.js', 'a\nb\n').write('lcov.info', 'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
    const base = repo.commit('base');
    repo.write('src/a.js', 'a\nb2\n');
    const head = repo.commit('change');
    const pr = {
      number: 21,
      pull_request: {
        number: 21,
        head: { sha: head, ref: 'feature', repo: { full_name: 'someone/api' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/api' } },
      },
    };
    const file = join(repo.dir, '.shipline/coverage/comment.json');
    const o: CoverageOptions = {
      files: ['lcov.info'],
      format: 'auto',
      exclude: [],
      min: {},
      thresholds: [],
      minDiff: 10,
      mergedReport: join(repo.dir, '.out/m.lcov'),
      mergedFormat: 'lcov',
      comment: true,
      token: sim.token,
      annotate: false,
      maxAnnotations: 0,
      commentFile: file,
    };
    // Stage 1, on the fork's pull request: no call to GitHub, the comment goes to the file.
    const before = sim.requests.length;
    const fork = ctxFor(repo.dir, 'pull_request', pr);
    const r1 = await run(o, fork);
    expect(r1.outputs['comment-file']).toBe(file);
    expect(sim.requests.length).toBe(before);
    const handoff = JSON.parse(readFileSync(file, 'utf8'));
    expect(handoff).toMatchObject({ format: 'shipline-coverage-comment', version: 1, pr: 21, headSha: head });
    expect(handoff.body).toMatch(/^<!-- shipline:coverage-gate -->\n## ❌ Changed lines: 0\.00% covered \(0\/1\)/);
    expect(fork.summary.toString()).toMatch(/for the workflow_run workflow to post/);

    // Stage 2, workflow_run in the base repository: the pull request's head is the tested commit.
    sim.pulls.set(21, { head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } });
    const wr = { workflow_run: { id: 99, event: 'pull_request', head_sha: head } };
    const post = (ctx = ctxFor(repo.dir, 'workflow_run', wr)) => run({ ...o, postComment: file }, ctx);
    expect((await post()).outputs.posted).toBe('true');
    expect((await post()).outputs.posted).toBe('true');
    const comments = sim.comments.get(21)!;
    expect(comments).toHaveLength(1); // the second post updated the first
    expect(comments[0].body).toBe(handoff.body);
    // The template downloads every call's artifact into one folder: each file there is posted.
    const dir = join(repo.dir, '.shipline-comment');
    mkdirSync(join(dir, 'api-coverage-comment'), { recursive: true });
    mkdirSync(join(dir, 'web-coverage-comment'), { recursive: true });
    writeFileSync(join(dir, 'api-coverage-comment/comment.json'), JSON.stringify(handoff));
    const web = '<!-- shipline:coverage-gate:web -->';
    writeFileSync(
      join(dir, 'web-coverage-comment/comment.json'),
      JSON.stringify({ ...handoff, marker: web, body: handoff.body.replace(/^.*\n/, web + '\n') }),
    );
    const both = await run({ ...o, postComment: dir }, ctxFor(repo.dir, 'workflow_run', wr));
    expect([both.outputs.posted, both.failure]).toEqual(['true', undefined]);
    expect(sim.comments.get(21)!.map((c) => c.body.split('\n')[0])).toEqual(['<!-- shipline:coverage-gate -->', web]);

    // A comment aimed at another pull request (whose head is not the tested commit) is not posted.
    sim.pulls.set(22, { head: { sha: base, ref: 'other' }, base: { sha: base, ref: 'main' } });
    writeFileSync(file, JSON.stringify({ ...handoff, pr: 22 }));
    const aimed = await post();
    expect(aimed.outputs.posted).toBe('false');
    expect(sim.comments.get(22)).toBeUndefined();
    // A file claiming another commit than the triggering run tested fails, naming both.
    writeFileSync(file, JSON.stringify({ ...handoff, headSha: base }));
    expect((await post()).failure).toMatch(
      new RegExp(`describes ${base.slice(0, 7)} but the triggering run tested ${head.slice(0, 7)}`),
    );
    // A body without the marker is not ours to post.
    writeFileSync(file, JSON.stringify({ ...handoff, body: '@everyone hello' }));
    expect((await post()).failure).toMatch(/does not start with its marker/);
    expect(sim.comments.get(21)).toHaveLength(2);
  });
});
