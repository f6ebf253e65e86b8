import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEventContext } from '../../src/core/context.js';
import { ROOT } from './lib.js';

// The payloads shipped for `act -e`: shaped like GitHub's, and read by core the same way.
describe('.github/act events', () => {
  it('event.json is a push to the default branch (so act -n shows the CD jobs too)', () => {
    const payload = JSON.parse(readFileSync(join(ROOT, '.github/act/event.json'), 'utf8'));
    expect(payload.ref).toBe(`refs/heads/${payload.repository.default_branch}`);
    const ctx = readEventContext({
      GITHUB_EVENT_PATH: join(ROOT, '.github/act/event.json'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: payload.repository.full_name,
      ACT: 'true',
    });
    expect(ctx.isAct).toBe(true);
    expect(ctx.defaultBranch).toBe('main');
  });
  it('pull_request.json is a same-repository pull request', () => {
    const ctx = readEventContext({
      GITHUB_EVENT_PATH: join(ROOT, '.github/act/pull_request.json'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'shipline/shipline',
    });
    expect(ctx.pullRequest?.number).toBe(1);
    expect(ctx.pullRequest?.fromFork).toBe(false);
    expect(ctx.pullRequest?.baseRef).toBe('main');
  });
  it('carries no made-up commit SHAs (docs/templates.md says how to fill in real ones)', () => {
    for (const f of ['event.json', 'pull_request.json']) {
      const text = readFileSync(join(ROOT, '.github/act', f), 'utf8');
      // All zeros is GitHub's own "no previous commit"; any other repeated digit is made up.
      expect(text, f).not.toMatch(/\b([1-9a-f])\1{39}\b/);
    }
    const pr = JSON.parse(readFileSync(join(ROOT, '.github/act/pull_request.json'), 'utf8')).pull_request;
    expect(pr.head.sha).toBeUndefined();
    expect(pr.base.sha).toBeUndefined();
    expect(readFileSync(join(ROOT, 'docs/templates.md'), 'utf8')).toContain('.pull_request.base.sha=');
  });
});
