// The shard tool's fault catalogue (issue 15): bad inputs, hostile contents, signals. Run
// in-process through the one error boundary; every case says what a user sees. Cases marked
// "issue 15 item N" failed before their fix.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tool } from '../../src/shard/tool.js';
import { localEnv, runInProcess } from '../helpers/in-process.js';

const shard = { ...tool, command: 'shard' };

/** A workspace with `n` pytest files under tests/, and a sibling folder outside it. */
function workspace(n = 4): { outer: string; ws: string } {
  const outer = mkdtempSync(join(tmpdir(), 'shard-fault-'));
  const ws = join(outer, 'ws');
  mkdirSync(join(ws, 'tests'), { recursive: true });
  for (let i = 1; i <= n; i++) writeFileSync(join(ws, 'tests', `test_${i}.py`), 'def test_x():\n    pass\n');
  mkdirSync(join(outer, 'other'));
  writeFileSync(join(outer, 'other', 'test_secret.py'), 'def test_y():\n    pass\n');
  return { outer, ws };
}

const planFiles = (outputs: Record<string, string>): string[] =>
  (JSON.parse(outputs.matrix) as { include: Array<{ files: string }> }).include.flatMap((e) =>
    e.files.split(' ').filter(Boolean),
  );

describe('shard: bad inputs (one line naming the input and the fix)', () => {
  it.each([
    [{ shards: '0' }, /--shards: "0" is neither auto nor a whole number from 1 to 256/],
    [{ shards: '257' }, /--shards: .*GitHub runs at most 256 jobs/],
    [{ index: '0' }, /--index: "0" is not a whole number from 1 to 257/],
    [{ strategy: 'fastest' }, /--strategy: "fastest" is not allowed; use one of: lpt, stable/],
    [{ tests: 'nothing/*.py' }, /--tests: no file matched 'nothing\/\*\.py'/],
    [{ 'target-seconds': '-1' }, /--target-seconds: "-1" is not a number of 0.001 or more/],
  ])('%j', async (extra, message) => {
    const { ws } = workspace();
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', ...extra });
    expect(r.exitCode, r.log).toBe(2);
    expect(r.log).toMatch(message);
    expect(r.log).not.toMatch(/\n\s+at /);
  });
});

describe('shard: paths stay inside the workspace (issue 15 item 15)', () => {
  it.each([
    [{ tests: '../other/*.py' }, /input 'tests': '..\/other\/\*\.py' reaches .*other, outside the workspace/],
    [{ 'working-directory': '..' }, /input 'working-directory': \.\. resolves to .*, outside the workspace/],
    [
      { 'plan-file': '../plan.json' },
      /input 'plan-file': \.\.\/plan\.json resolves to .*plan\.json, outside the workspace/,
    ],
    [{ timings: '/etc/passwd' }, /input 'timings': '\/etc\/passwd' reaches \/etc\/passwd, outside the workspace/],
    [
      { quarantine: '/etc/passwd' },
      /input 'quarantine': \/etc\/passwd resolves to \/etc\/passwd, outside the workspace/,
    ],
  ])('%j is refused before anything is read or written', async (extra, message) => {
    const { outer, ws } = workspace();
    // As an action: a workflow (which a pull request can edit) must not reach past the workspace.
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', ...extra }, { frontDoor: 'action' });
    expect(r.exitCode, r.log).toBe(1);
    expect(r.log).toMatch(message);
    expect(() => readFileSync(join(outer, 'plan.json'))).toThrow();
  });

  it('a symlink out of the workspace is not planned', async () => {
    const { outer, ws } = workspace(2);
    symlinkSync(join(outer, 'other'), join(ws, 'tests', 'escape'));
    const r = await runInProcess(shard, ws, { tests: 'tests/**/*.py', shards: '2' });
    expect(r.exitCode, r.log).toBe(0);
    expect(planFiles(r.outputs).sort()).toEqual(['tests/test_1.py', 'tests/test_2.py']);
    expect(r.log).toMatch(/1 match\(es\) lead outside the workspace through a symlink/);
  });

  it('the plan file may go to the runner temp folder (its default)', async () => {
    const { ws } = workspace(2);
    const env = localEnv();
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', shards: '2' }, { env });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs.plan).toBe(join(env.RUNNER_TEMP!, 'shipline-shard-plan.json'));
  });
});

describe('shard: hostile contents (issue 15 item 8)', () => {
  it('a symlink loop plans every file once', async () => {
    const { ws } = workspace(5);
    symlinkSync('..', join(ws, 'tests', 'loop'));
    const r = await runInProcess(shard, ws, { tests: 'tests/**/*.py', shards: '2' });
    expect(r.exitCode, r.log).toBe(0);
    const files = planFiles(r.outputs);
    expect(files.sort()).toEqual([1, 2, 3, 4, 5].map((i) => `tests/test_${i}.py`));
    expect(r.log).toMatch(/same file as another match through a symlink/);
  });

  it('a file name holding a newline is left out, not split into two bogus entries', async () => {
    const { ws } = workspace(2);
    writeFileSync(join(ws, 'tests', 'test_a\nb.py'), 'def test_z():\n    pass\n');
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', shards: '1', index: '1', format: 'lines' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs.files.split('\n')).toEqual(['tests/test_1.py', 'tests/test_2.py']);
    expect(r.log).toMatch(/hold a newline or another control character .*"tests\/test_a\\nb\.py"/);
  });

  it('time="1e308" in a JUnit report is a warning naming the line, not a crash', async () => {
    const { ws } = workspace(3);
    writeFileSync(
      join(ws, 'junit.xml'),
      '<testsuites><testsuite name="s">\n<testcase classname="tests.test_1" name="t" file="tests/test_1.py" time="1e308"/>\n<testcase classname="tests.test_2" name="t" file="tests/test_2.py" time="1e308"/>\n</testsuite></testsuites>\n',
    );
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', shards: '2', timings: 'junit.xml' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/junit\.xml: line 2: time="1e308" is not a number of seconds/);
    expect(Number(r.outputs['predicted-seconds'])).toBeLessThan(1e6);
  });

  it('a report that is not XML is a warning (already held)', async () => {
    const { ws } = workspace(2);
    writeFileSync(join(ws, 'junit.xml'), 'root:x:0:0:root:/root:/bin/bash\n');
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', shards: '2', timings: 'junit.xml' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/junit\.xml.*not XML/);
  });
});

describe('shard: signals', () => {
  it('cancelled before planning: stops, says so in the summary, writes no plan', async () => {
    const { ws } = workspace(2);
    const c = new AbortController();
    c.abort(new Error('cancelled by SIGTERM'));
    const env = localEnv();
    const r = await runInProcess(shard, ws, { tests: 'tests/*.py', shards: '2' }, { signal: c.signal, env });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/shard planning cancelled/);
    expect(r.summary).toMatch(/cancelled/);
    expect(() => readFileSync(join(env.RUNNER_TEMP!, 'shipline-shard-plan.json'))).toThrow();
  });
});
