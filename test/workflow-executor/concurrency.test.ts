import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowCommand } from '../../src/workflow/command.js';
import { leg, repo, run } from './lib.js';

// GitHub's concurrency groups ("Control the concurrency of workflows and jobs"): at most one
// running and one pending per group; a newly queued one cancels the pending one and takes its
// place; cancel-in-progress also cancels the running one. And re-runs (GitHub's "Re-run all
// jobs"): the same run id, run_attempt + 1, the first attempt's artifacts still in the run.

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'shipline-conc-'));
  made.push(d);
  return d;
};
const wf = (body: string) => {
  const d = repo({ '.github/workflows/w.yml': body });
  made.push(d);
  return d;
};

/** A run started in this process, its printed lines readable while it goes on. */
function start(dir: string, out: string, args: string[] = []) {
  const lines: string[] = [];
  const done = workflowCommand(
    ['run', '--out', out, ...args],
    { PATH: process.env.PATH, HOME: process.env.HOME },
    (s) => lines.push(s),
    dir,
  );
  return { lines, done, text: () => lines.join('\n') };
}
/** Wait (polling the printed lines, no clock in any assertion) until a line matches. */
async function until(lines: string[], re: RegExp): Promise<void> {
  for (let i = 0; i < 3000 && !lines.some((l) => re.test(l)); i++) await new Promise((r) => setTimeout(r, 10));
  if (!lines.some((l) => re.test(l))) throw new Error(`no line matched ${re}:\n${lines.join('\n')}`);
}
const record = (out: string) => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));

describe('job concurrency groups in one run', () => {
  it('one running, one pending: a newer job cancels the pending one, which never runs', async () => {
    const marks = scratch();
    const dir = wf(`on: push
jobs:
${['a', 'b', 'c']
  .map(
    (j) => `  ${j}:
    runs-on: ubuntu-latest
    concurrency: Deploy-\${{ github.ref }}
    steps:
      - run: ${j === 'a' ? '' : `test -f ${marks}/a && `}touch ${marks}/${j}`,
  )
  .join('\n')}
`);
    const r = await run(dir, ['--parallel', '4']);
    expect(r.code, r.text).toBe(1);
    expect(leg(r, 'a')?.result).toBe('success');
    expect(leg(r, 'b')?.result).toBe('cancelled');
    // c waited for a (its step found a's mark) and ran; b never ran.
    expect(leg(r, 'c')?.result).toBe('success');
    expect(existsSync(join(marks, 'b'))).toBe(false);
    expect(r.text).toMatch(/b: Canceling since a higher priority waiting request for Deploy-refs\/heads\/main exists/);
  });

  it('cancel-in-progress: the newer job cancels the running one (its step is stopped)', async () => {
    const marks = scratch();
    const dir = wf(`on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 1
    concurrency: { group: deploy, cancel-in-progress: false }
    steps:
      - run: while ! test -f ${marks}/go; do sleep 0.05; done; touch ${marks}/slow
  fast:
    runs-on: ubuntu-latest
    concurrency:
      group: deploy
      cancel-in-progress: \${{ github.event_name == 'push' }}
    steps:
      - run: touch ${marks}/go
`);
    const r = await run(dir, ['--parallel', '4']);
    expect(r.code, r.text).toBe(1);
    expect(leg(r, 'slow')?.result).toBe('cancelled');
    expect(leg(r, 'fast')?.result).toBe('success');
    expect(existsSync(join(marks, 'slow'))).toBe(false);
  });

  it('different groups (the matrix in the group) run side by side', async () => {
    const dir = wf(`on: push
jobs:
  leg:
    runs-on: ubuntu-latest
    strategy: { matrix: { n: [1, 2, 3] } }
    concurrency: deploy-\${{ matrix.n }}
    steps:
      - run: echo \${{ matrix.n }}
`);
    const r = await run(dir, ['--parallel', '4']);
    expect(r.code, r.text).toBe(0);
    expect(r.legs.map((l) => l.result)).toEqual(['success', 'success', 'success']);
  });
});

describe('workflow concurrency across runs of one executor process', () => {
  const body = (marks: string, cancel: string) => `on: push
concurrency:
  group: \${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: ${cancel}
jobs:
  j:
    runs-on: ubuntu-latest
    timeout-minutes: 1
    steps:
      - run: |
          n=$(cat ${marks}/count 2>/dev/null || echo 0); echo $((n + 1)) > ${marks}/count
          test "$(cat ${marks}/count)" != 1 || while ! test -f ${marks}/go; do sleep 0.05; done
          touch ${marks}/ran-$(cat ${marks}/count)
`;

  it('a third run replaces the pending second one; the first finishes, then the third runs', async () => {
    const marks = scratch();
    const dir = wf(body(marks, 'false'));
    const first = start(dir, scratch());
    await until(first.lines, /^● j$/);
    const second = start(dir, scratch());
    await until(second.lines, /^pending: concurrency group /);
    const third = start(dir, scratch());
    await until(
      second.lines,
      /Canceling since a higher priority waiting request for .*w\.yml-refs\/heads\/main exists/,
    );
    await until(third.lines, /^pending: /);
    writeFileSync(join(marks, 'go'), '');
    expect(await first.done, first.text()).toBe(0);
    expect(await second.done, second.text()).toBe(1);
    expect(await third.done, third.text()).toBe(0);
    expect(second.text()).toMatch(/✗ workflow w\.yml: cancelled/);
    expect(second.text()).not.toMatch(/● j/);
    // Two jobs ran, the first and then the third: never two at once, the second never.
    expect(readFileSync(join(marks, 'count'), 'utf8').trim()).toBe('2');
  });

  it('cancel-in-progress: the second run cancels the first while its job runs', async () => {
    const marks = scratch();
    const dir = wf(body(marks, "${{ github.event_name == 'push' }}"));
    const outs = [scratch(), scratch()];
    const first = start(dir, outs[0]);
    await until(first.lines, /^● j$/);
    const second = start(dir, outs[1]);
    expect(await first.done, first.text()).toBe(1);
    expect(await second.done, second.text()).toBe(0);
    expect(record(outs[0]).result).toBe('cancelled');
    expect(first.text()).toMatch(/Canceling since a higher priority waiting request for/);
    expect(existsSync(join(marks, 'ran-1'))).toBe(false);
    expect(existsSync(join(marks, 'ran-2'))).toBe(true);
  });
});

describe('--rerun: the run again as attempt 2 (GitHub: Re-run all jobs)', () => {
  const body = `on: push
jobs:
  up:
    runs-on: ubuntu-latest
    outputs:
      id: \${{ github.run_id }}
      attempt: \${{ github.run_attempt }}
    steps:
      - run: mkdir -p r && echo "$GITHUB_RUN_ATTEMPT" > r/a.txt
      - uses: actions/upload-artifact@v4
        with: { name: plan, path: r, overwrite: true }
      - uses: actions/upload-artifact@v4
        with: { name: plain, path: r }
`;

  it('keeps run id and artifacts; overwrite: true uploads again, an upload without it fails with 409', async () => {
    const dir = wf(body);
    const out = scratch();
    const first = await run(dir, [], out);
    expect(first.code, first.text).toBe(0);
    expect(leg(first, 'up')?.outputs.attempt).toBe('1');
    const again = await run(dir, ['--rerun'], out);
    expect(again.code, again.text).toBe(1);
    expect(again.text).toMatch(/run 1 attempt 2/);
    const steps = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).legs[0].steps;
    expect(steps.map((s: { outcome: string }) => s.outcome)).toEqual(['success', 'success', 'failure']);
    expect(again.text).toMatch(/\(409\) Conflict: an artifact with this name already exists on the workflow run/);
    // The overwritten artifact holds attempt 2's file; the run id is the first attempt's.
    expect(readFileSync(join(out, 'artifacts', 'run-1', 'plan', 'files', 'a.txt'), 'utf8').trim()).toBe('2');
    expect(readFileSync(join(out, 'runs.json'), 'utf8')).toContain(`"runId":"${leg(first, 'up')?.outputs.id}"`);
  });

  it('says what to do when there is no run to re-run', async () => {
    const r = await run(wf(body), ['--rerun'], scratch());
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/--rerun: no earlier run in .* to re-run; run once without --rerun/);
  });
});
