import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { hasTools, repo, run, template, type Doc } from './templates-run.js';

// The templates and pipeline.yml run end to end on their example services through the local
// executor (`shipline workflow run`, GitHub's semantics, no containers): a fresh repository of
// each kind with nothing but the template's documented edits, on push, pull_request and
// merge_group, and a monorepo calling the pipeline twice in one run. The Node template:
// run-node-template.test.ts (its own file, so it runs beside this one).

describe('the templates through shipline workflow run', () => {
  needs('the built CLI, Debian pytest/pytest-cov, go and gotestsum', hasTools)(
    'python-service.yml on examples/python-service, push to main with CD on: green, the check `shipline / ci` passes',
    () => {
      const dir = repo(
        {
          '.github/workflows/pipeline.yml': template(
            'python',
            (d) => (d.jobs.pipeline.with.image = 'ghcr.io/Acme/Python-Service'),
          ),
        },
        { 'python-service': '.' },
      );
      const r = run(dir, 'push');
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['shipline / ci']).toBe('success');
      expect(r.jobs['shipline / ci / test (shard 1/1)']).toBe('success');
      expect(r.jobs['shipline / cd / deploy']).toBe('success');
      expect(r.record).toContain('ghcr.io/acme/python-service:'); // lower-cased
      expect(r.record).not.toContain('ghcr.io/Acme');
    },
    180_000,
  );

  needs('the built CLI, go and gotestsum', hasTools)(
    'go-service.yml on examples/go-service, merge_group, from a CI-only caller granting contents: read alone',
    () => {
      const dir = repo(
        {
          '.github/workflows/pipeline.yml': template('go', (d) => (d.jobs.pipeline.permissions = { contents: 'read' })),
        },
        { 'go-service': '.' },
      );
      const out = mkdtempSync(join(tmpdir(), 'shipline-e2e-out-'));
      const r = run(dir, 'merge_group', { out });
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['shipline / ci']).toBe('success');
      expect(r.jobs['shipline / cd']).toBe('skipped');
      // Issue 21 item 16: re-run (attempt 2 of the same run, attempt 1's artifacts still there):
      // every upload says overwrite: true, so none fails on the first attempt's artifact.
      const again = run(dir, 'merge_group', { out, extra: ['--rerun'] });
      rmSync(out, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      expect(again.code, again.out).toBe(0);
      expect(again.out).toMatch(/; run 1 attempt 2, out /);
      expect(again.jobs['shipline / ci']).toBe('success');
      expect(again.artifacts).toEqual(r.artifacts);
      expect(again.artifacts).toEqual(expect.arrayContaining(['shipline-plan', 'shipline-junit-1']));
    },
    180_000,
  );

  needs('the built CLI, Debian pytest/pytest-cov, go and gotestsum', hasTools)(
    'a monorepo calling the pipeline once per service (id), on a pull request: both calls succeed',
    () => {
      const call = (lang: string, id: string) => {
        const doc = load(template(lang)) as Doc;
        const job = doc.jobs.pipeline;
        Object.assign(job.with, { id, 'working-directory': `services/${id}`, 'coverage-comment': false });
        job.name = id;
        return job;
      };
      const caller = load(template('python')) as Doc;
      caller.jobs = { api: call('python', 'api'), worker: call('go', 'worker') };
      const dir = repo(
        { '.github/workflows/pipeline.yml': dump(caller, { lineWidth: -1 }) },
        { 'python-service': 'services/api', 'go-service': 'services/worker' },
      );
      const r = run(dir, 'pull_request');
      expect(r.code, r.out).toBe(0);
      expect(r.jobs['api / ci']).toBe('success');
      expect(r.jobs['worker / ci']).toBe('success');
      expect(r.artifacts).toEqual(
        expect.arrayContaining([
          'shipline-api-plan',
          'shipline-worker-plan',
          'shipline-api-junit-1',
          'shipline-worker-junit-1',
        ]),
      );
    },
    240_000,
  );
});
