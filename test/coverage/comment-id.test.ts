// Two calls of the pipeline on one pull request (a monorepo) keep one sticky comment each:
// the coverage-gate action from the built dist/, against the GitHub API simulator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionLikeRunner } from '../helpers/runner.js';
import { TestRepo } from '../helpers/git.js';
import { GitHubSim } from './github-sim.js';

const sim = new GitHubSim();
beforeAll(async () => {
  await sim.start();
});
afterAll(async () => {
  await sim.stop();
});

describe('coverage-gate comment-id', () => {
  it('keeps one comment per id on a pull request, each updated in place, the default one untouched', async () => {
    const repo = new TestRepo();
    mkdirSync(join(repo.dir, 'src'), { recursive: true });
    writeFileSync(join(repo.dir, 'src/a.js'), 'a\nb\n');
    writeFileSync(join(repo.dir, 'lcov.info'), 'SF:src/a.js\nDA:1,1\nDA:2,0\nend_of_record\n');
    const base = repo.commit('base');
    const event = {
      number: 9,
      pull_request: {
        number: 9,
        head: { sha: base, ref: 'feature', repo: { full_name: 'acme/api' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/api' } },
      },
      repository: { full_name: 'acme/api', default_branch: 'main' },
    };
    const gate = (id: string) =>
      runActionLikeRunner('actions/coverage-gate', {
        inputs: { files: 'lcov.info', token: sim.token, 'comment-id': id, annotate: 'false' },
        env: { GITHUB_API_URL: sim.url },
        event,
        eventName: 'pull_request',
        workspace: repo.dir,
      });
    sim.seed(9, '<!-- shipline:coverage-gate -->\nthe single-service comment');
    for (const id of ['api', 'worker', 'api']) expect((await gate(id)).exitCode).toBe(0);
    const bodies = (sim.comments.get(9) ?? []).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([
      '<!-- shipline:coverage-gate -->',
      '<!-- shipline:coverage-gate:api -->',
      '<!-- shipline:coverage-gate:worker -->',
    ]);
    expect(sim.comments.get(9)?.[0].body).toContain('the single-service comment');
  });
});
