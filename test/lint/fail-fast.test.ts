import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/lint/report.js';
import { TestRepo } from '../helpers/git.js';
import { runLint } from './helpers.js';

/** A linter made of grep: `file:line: error: …` for each line holding "bad"; fails when it finds one. */
const grep = {
  name: 'grep',
  run: `sh -c 'grep -Hn bad "$@" | sed "s/:/: error: /2"; ! grep -q bad "$@"' grep`,
  files: ['*.txt'],
  format: 'gcc',
};
/** A check that outlasts grep, to see whether fail-fast cancelled it. */
const slow = (s: number) => ({ name: 'slow', run: `sleep ${s}` });

const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
const statuses = (r: { outputs: Record<string, string> }) => report(r).checks.map((c) => [c.name, c.status]);

/** main holds 2 old findings in a.txt; the branch edits line 1, which holds none. */
function repoWithDebt(): TestRepo {
  const r = new TestRepo();
  r.write('a.txt', 'one\nbad old 1\ntwo\nbad old 2\n').commit('base with debt');
  r.git('checkout', '-q', '-b', 'feature');
  r.write('a.txt', 'one (edited)\nbad old 1\ntwo\nbad old 2\n').commit('edit line 1');
  return r;
}

describe('fail-fast fires only on what fails the verdict', () => {
  it.each(['changed-lines', 'new'])(
    'fail-on %s: a check failing on old findings alone cancels nothing',
    async (failOn) => {
      const repo = repoWithDebt();
      const checks = dump([grep, slow(1)]);
      const r = await runLint(repo.dir, { checks, 'fail-fast': 'true', 'fail-on': failOn, parallel: '2' });
      expect(statuses(r)).toEqual([
        ['grep', 'failed'],
        ['slow', 'passed'],
      ]);
      expect(r.exitCode).toBe(0);
      expect(report(r).verdict.reason).toMatch(/^no (new findings|findings on changed lines); 2 /);
    },
  );

  it('fail-on new: a new finding cancels the rest, and the verdict counts it alone', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one (edited)\nbad old 1\ntwo\nbad old 2\nbad new\n').commit('add a finding');
    const r = await runLint(repo.dir, { checks: dump([grep, slow(30)]), 'fail-fast': 'true', parallel: '2' });
    expect(statuses(r)).toEqual([
      ['grep', 'failed'],
      ['slow', 'cancelled'],
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failing-findings']).toBe('1');
    expect(r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`)).toEqual(['a.txt:5']);
  });

  it('fail-on changed-lines: a finding on a changed line cancels the rest', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one bad (edited)\nbad old 1\ntwo\nbad old 2\n').commit('a finding on line 1');
    const r = await runLint(repo.dir, {
      checks: dump([grep, slow(30)]),
      'fail-fast': 'true',
      'fail-on': 'changed-lines',
      parallel: '2',
      annotate: 'changed-lines',
    });
    expect(statuses(r)).toEqual([
      ['grep', 'failed'],
      ['slow', 'cancelled'],
    ]);
    expect(r.outputs['failing-findings']).toBe('1');
  });
});
