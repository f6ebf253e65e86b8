import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runActionLikeRunner, runBuiltCli } from '../helpers/runner.js';

const FIX = join(import.meta.dirname, '../fixtures/shard');

/** A workspace with test files and a vitest-style JUnit report for most of them. */
function workspace(opts: { files?: number; timed?: number; sub?: string } = {}): string {
  const ws = mkdtempSync(join(tmpdir(), 'shard-ws-'));
  const sub = opts.sub ?? '.';
  const n = opts.files ?? 12;
  const timed = opts.timed ?? n - 2;
  const cases: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = `test/${i % 3 ? 'unit' : 'e2e'}/f${String(i).padStart(2, '0')}.test.ts`;
    mkdirSync(dirname(join(ws, sub, f)), { recursive: true });
    writeFileSync(join(ws, sub, f), `// test ${i}\n`);
    const prefix = sub === '.' ? '' : `${sub}/`;
    if (i < timed)
      cases.push(
        `<testsuite name="${prefix}${f}" time="${(i + 1) * 3}"><testcase classname="${prefix}${f}" name="t${i}" time="${i + 1}"/></testsuite>`,
      );
  }
  mkdirSync(join(ws, 'reports'), { recursive: true });
  writeFileSync(
    join(ws, 'reports/junit.xml'),
    `<?xml version="1.0"?>\n<testsuites>\n${cases.join('\n')}\n</testsuites>\n`,
  );
  return ws;
}

interface Entry {
  shard: number;
  total: number;
  files?: string;
  quarantine: boolean;
}
const matrixOf = (json: string): Entry[] => (JSON.parse(json) as { include: Entry[] }).include;

describe('actions/shard end to end (built dist, runner protocol)', () => {
  beforeAll(() => {
    if (
      !existsSync(join(import.meta.dirname, '../../dist/shard/index.mjs')) &&
      !existsSync(join(import.meta.dirname, '../../dist/shipline/cli.mjs'))
    )
      throw new Error('run npm run build first');
  });

  it('plans by measured time and emits matrix, files, plan, predicted and lower bound', async () => {
    const ws = workspace();
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', timings: 'reports/*.xml', shards: '3', index: '2' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const m = matrixOf(r.outputs.matrix);
    expect(m.map((e) => e.shard)).toEqual([1, 2, 3]);
    expect(m.every((e) => e.total === 3 && e.quarantine === false)).toBe(true);
    const all = m.flatMap((e) => (e.files as string).split(' '));
    expect(all.sort()).toEqual(
      Array.from(
        { length: 12 },
        (_, i) => `test/${i % 3 ? 'unit' : 'e2e'}/f${String(i).padStart(2, '0')}.test.ts`,
      ).sort(),
    );
    expect(r.outputs['shard-count']).toBe('3');
    expect(r.outputs.files).toBe(m[1].files);
    const plan = JSON.parse(readFileSync(r.outputs.plan, 'utf8')) as {
      shards: Array<{ predictedSeconds: number; files: string[] }>;
      estimated: { files: string[] };
    };
    expect(plan.shards.map((s) => s.files.join(' '))).toEqual(m.map((e) => e.files));
    // suite times 3..30 s for 10 files (165 s) + 2 estimated at the median (16.5 s each) = 198 s over 3 shards
    expect(Number(r.outputs['lower-bound-seconds'])).toBe(66);
    expect(Number(r.outputs['predicted-seconds'])).toBeGreaterThanOrEqual(66);
    expect(Number(r.outputs['predicted-seconds'])).toBeLessThanOrEqual(66 * 1.02);
    expect(plan.estimated.files).toEqual(['test/unit/f10.test.ts', 'test/unit/f11.test.ts']);
    expect(r.summary).toContain('Test shards: 3 shard(s)');
    expect(r.summary).toMatch(/█/);
    expect(r.summary).toContain('Files without timings (2)');
  });

  it('gives each runner the same files when it recomputes, whatever the glob order', async () => {
    const ws = workspace({ files: 30, timed: 25 });
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/unit/*.test.ts\ntest/e2e/*.test.ts', timings: 'reports/*.xml', shards: '4' },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const m = matrixOf(r.outputs.matrix);
    for (const e of m) {
      const c = await runBuiltCli(
        [
          'shard',
          'files',
          '--index',
          String(e.shard),
          '--total',
          '4',
          '--format',
          'vitest',
          '--tests',
          'test/e2e/*.test.ts',
          '--tests',
          'test/unit/*.test.ts',
          '--timings',
          'reports/*.xml',
        ],
        { cwd: ws },
      );
      expect(c.exitCode, c.stderr).toBe(0);
      expect(c.stdout.trim()).toBe(e.files);
      const fromPlan = await runBuiltCli(
        ['shard', 'files', '--index', String(e.shard), '--total', '4', '--plan', r.outputs.plan, '--format', 'json'],
        { cwd: ws },
      );
      expect(JSON.parse(fromPlan.stdout)).toEqual((e.files as string).split(' '));
    }
  });

  it('strategy stable: runners recomputing with --strategy stable get the matrix files', async () => {
    const ws = workspace({ files: 40, timed: 36 });
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', timings: 'reports/*.xml', shards: '3', strategy: 'stable' },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(r.outputs.plan, 'utf8')) as { strategy: string };
    expect(plan.strategy).toBe('stable');
    for (const e of matrixOf(r.outputs.matrix)) {
      const c = await runBuiltCli(
        [
          'shard',
          'files',
          '--index',
          String(e.shard),
          '--total',
          '3',
          '--strategy',
          'stable',
          '--format',
          'shell',
          '--tests',
          'test/**/*.test.ts',
          '--timings',
          'reports/*.xml',
        ],
        { cwd: ws },
      );
      expect(c.stdout.trim()).toBe(e.files);
    }
  });

  it('reads timings recorded at the repo root for a working-directory, and a timings JSON', async () => {
    const ws = workspace({ sub: 'packages/api' });
    const t = await runBuiltCli(['shard', 'timings', '--from', 'reports/*.xml', '--out', '.shipline/timings.json'], {
      cwd: ws,
    });
    expect(t.exitCode, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/wrote \.shipline\/timings\.json: 10 file\(s\) from 1 report\(s\)/);
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: {
        tests: 'test/**/*.test.ts',
        'working-directory': 'packages/api',
        timings: '.shipline/timings.json',
        shards: '2',
      },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.summary).not.toContain('match no test file');
    expect(r.summary).toContain('Files without timings (2)');
  });

  it('reports timing entries that match no file, with a hint', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'reports/old.xml'),
      '<testsuite name="src/f00.test.ts" time="9"><testcase classname="src/f00.test.ts" name="x" time="9"/></testsuite>',
    );
    writeFileSync(
      join(ws, 'reports/jest.xml'),
      '<testsuite name="math" time="1"><testcase classname="math adds" name="math adds" time="1"/></testsuite>',
    );
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', timings: 'reports/*.xml', shards: '2' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      "timings name 'src/f00.test.ts', tests have 'test/e2e/f00.test.ts': check working-directory",
    );
    expect(r.stdout).toContain(
      "timing entry 'math adds' matches no test file (this is a test title, not a file: make the reporter write file names",
    );
    expect(r.summary).toContain('Timing entries that match no test file (2)');
  });

  it('puts quarantined and flaky tests in their own shard', async () => {
    const ws = workspace();
    writeFileSync(
      join(ws, 'flaky.txt'),
      '# known flaky\ntest/unit/f01.test.ts\ntest/unit/f02.test.ts::retries forever\ntest/nothing.test.ts\n',
    );
    writeFileSync(
      join(ws, 'reports/rerun.xml'),
      '<testsuite name="test/unit/f04.test.ts"><testcase classname="test/unit/f04.test.ts" name="t4" time="1"><failure/></testcase></testsuite>',
    );
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: {
        tests: 'test/**/*.test.ts',
        timings: 'reports/*.xml',
        shards: '2',
        quarantine: 'flaky.txt',
        index: '3',
        format: 'lines',
      },
    });
    expect(r.exitCode, r.stdout).toBe(0);
    const m = matrixOf(r.outputs.matrix);
    expect(m.map((e) => [e.shard, e.total, e.quarantine])).toEqual([
      [1, 2, false],
      [2, 2, false],
      [3, 2, true],
    ]);
    expect(m[2].files).toBe('test/unit/f01.test.ts test/unit/f02.test.ts test/unit/f04.test.ts');
    expect(r.outputs.files).toBe('test/unit/f01.test.ts\ntest/unit/f02.test.ts\ntest/unit/f04.test.ts');
    expect(r.outputs['shard-count']).toBe('2');
    expect(r.stdout).toContain("flaky.txt:4: 'test/nothing.test.ts' matches no test file");
    expect(r.summary).toContain('flaky in JUnit history: t4');
  });

  it('plans fewer shards than asked when there are fewer files, never an empty one', async () => {
    const ws = workspace({ files: 3 });
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', shards: '5' },
    });
    expect(r.exitCode).toBe(0);
    expect(matrixOf(r.outputs.matrix).map((e) => e.files?.split(' ').length)).toEqual([1, 1, 1]);
    expect(r.stdout).toMatch(/only 3 test file\(s\) to split: planned 3 shard\(s\) instead of 5/);
  });

  it('shards: auto picks the fewest shards that meet target-seconds', async () => {
    const ws = workspace();
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', timings: 'reports/*.xml', 'target-seconds': '70' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['shard-count']).toBe('3'); // 198 s: 2 shards ≥ 99 s, 3 shards = 66 s
    expect(r.summary).toContain('chose the fewest shards');
  });

  it('drops file lists from a matrix past the size limit; runners recompute the same files', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-big-'));
    const long = 'a-rather-long-directory-name-for-realism/and-another-nested-level';
    mkdirSync(join(ws, long), { recursive: true });
    for (let i = 0; i < 3500; i++)
      writeFileSync(join(ws, long, `component-${String(i).padStart(5, '0')}.test.ts`), 'x'.repeat(i % 50));
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: '**/*.test.ts', shards: '8', index: '5', format: 'json' },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs.matrix.length).toBeLessThan(2000);
    const m = matrixOf(r.outputs.matrix);
    expect(m[0]).toEqual({ shard: 1, total: 8, quarantine: false });
    const c = await runBuiltCli(
      ['shard', 'files', '--index', '5', '--total', '8', '--tests', '**/*.test.ts', '--format', 'json'],
      { cwd: ws },
    );
    expect(c.exitCode, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout)).toEqual(JSON.parse(r.outputs.files));
  });

  it('warns about a malformed report by name and still plans', async () => {
    const ws = workspace();
    copyFileSync(join(FIX, 'bad/truncated.xml'), join(ws, 'reports/truncated.xml'));
    copyFileSync(join(FIX, 'bad/not-xml.xml'), join(ws, 'reports/notxml.xml'));
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', timings: 'reports/*.xml\nmissing/*.json', shards: '2' },
    });
    expect(r.exitCode).toBe(0);
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(
      warnings.some((w) => w.startsWith('timings report reports/truncated.xml: ') && w.includes('never closed')),
    ).toBe(true);
    expect(warnings).toContain('timings report reports/notxml.xml: is not XML (it does not start with "<")');
    expect(warnings.some((w) => w.includes("timings glob 'missing/*.json' matched no file"))).toBe(true);
  });

  it.each([
    [
      { shards: '0' },
      `input 'shards': "0" is neither auto nor a whole number from 1 to 256; set auto, or a whole number from 1 to 256`,
    ],
    [{ shards: 'many' }, `input 'shards': "many" is neither auto nor a whole number`],
    [{ shards: '257' }, `input 'shards': "257" is neither auto nor a whole number from 1 to 256`],
    [{ index: '9', shards: '2' }, "input 'index': 9 is out of range: the plan has 2 shard(s); use 1 to 2"],
    [{ tests: 'spec/**/*.rb' }, "input 'tests': no file matched 'spec/**/*.rb'"],
    [{ tests: '' }, "input 'tests': is empty"],
    [
      { format: 'xml' },
      `input 'format': "xml" is not allowed; use one of: shell, lines, json, jest, vitest, playwright, pytest, go`,
    ],
    [{ quarantine: 'nope.txt' }, "input 'quarantine': nope.txt cannot be read"],
    [{ 'working-directory': 'nope' }, "input 'working-directory':"],
  ])('bad input %j fails with one line', async (inputs, message) => {
    const ws = workspace();
    const r = await runActionLikeRunner('actions/shard', {
      workspace: ws,
      inputs: { tests: 'test/**/*.test.ts', ...inputs },
    });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.(m?js|ts):\d+/);
  });
});

describe('shipline shard CLI subcommands', () => {
  it('the plan itself runs from the CLI, with the same outputs and --flag errors', async () => {
    const ws = workspace();
    const ok = await runBuiltCli(
      [
        'shard',
        '--tests',
        'test/unit/*.test.ts',
        '--tests',
        'test/e2e/*.test.ts',
        '--timings',
        'reports/*.xml',
        '--shards',
        '2',
        '--index',
        '1',
        '--format',
        'lines',
        '--plan-file',
        'plan.json',
      ],
      { cwd: ws },
    );
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^matrix=\{"include":\[\{"shard":1,"total":2,/m);
    expect(ok.stdout).toContain('shard-count=2');
    expect(existsSync(join(ws, 'plan.json'))).toBe(true);
    const bad = await runBuiltCli(['shard', '--tests', 'test/**/*.test.ts', '--shards', '0'], { cwd: ws });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'error: --shards: "0" is neither auto nor a whole number from 1 to 256; set auto, or a whole number from 1 to 256 (GitHub runs at most 256 jobs from one matrix)',
    );
  });

  it("timings merges every shard's reports and smooths over runs", async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-t-'));
    mkdirSync(join(ws, 'r'));
    writeFileSync(
      join(ws, 'r/1.xml'),
      '<testsuite name="a.test.ts" time="10"><testcase classname="a.test.ts" name="x" time="10"/></testsuite>',
    );
    writeFileSync(
      join(ws, 'r/2.xml'),
      '<testsuite name="b.test.ts" time="4"><testcase classname="b.test.ts" name="y" time="4"/></testsuite>',
    );
    const first = await runBuiltCli(['shard', 'timings', '--from', 'r/*.xml', '--out', 't.json'], { cwd: ws });
    expect(first.exitCode, first.stderr).toBe(0);
    writeFileSync(
      join(ws, 'r/1.xml'),
      '<testsuite name="a.test.ts" time="20"><testcase classname="a.test.ts" name="x" time="20"/></testsuite>',
    );
    const second = await runBuiltCli(['shard', 'timings', '--from', 'r/*.xml', '--out', 't.json'], { cwd: ws });
    expect(second.exitCode).toBe(0);
    const t = JSON.parse(readFileSync(join(ws, 't.json'), 'utf8')) as {
      files: Record<string, { seconds: number; last: number }>;
      note: string;
      runs: number;
    };
    expect(t.files['a.test.ts']).toEqual({ seconds: 13, last: 20, runs: 2 });
    expect(t.runs).toBe(2);
    expect(t.note).toMatch(/smoothed over recent runs/);
  });

  it('timings from the real fixture reports', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'shard-real-'));
    const r = await runBuiltCli(['shard', 'timings', '--from', join(FIX, 'real/*.xml'), '--out', 't.json'], {
      cwd: ws,
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const t = JSON.parse(readFileSync(join(ws, 't.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(t.files)).toContain('tests.test_options');
    expect(Object.keys(t.files).some((k) => k.startsWith('test/shard/'))).toBe(true);
  });

  // Subcommands parse their flags from specs, through the same boundary as every tool: the
  // messages name the flag as every CLI error does (`--flag: problem; fix`).
  it.each([
    [['timings', '--from', 'nothing/*.xml', '--out', 'x.json'], "--from: 'nothing/*.xml' matched no file"],
    [['timings', '--out', 'x.json'], '--from: is required'],
    [['timings', '--from', 'a', '--bogus'], "Unknown option '--bogus'; run shipline shard timings --help"],
    [['files', '--index', '0', '--total', '2', '--tests', 'x'], '--index: "0" is not a whole number of 1 or more'],
    [
      ['files', '--index', '1', '--total', '2'],
      '--tests: is empty and there is no --plan; give --plan FILE, or --tests GLOB',
    ],
    [['files', '--index', '1', '--total', '2', '--tests', 'x', '--format', 'xml'], '--format: "xml" is not allowed'],
    [['nope'], 'unknown subcommand "nope" of shipline shard'],
  ])('%j fails with one line', async (args, message) => {
    const r = await runBuiltCli(['shard', ...args], { cwd: mkdtempSync(join(tmpdir(), 'shard-e-')) });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('files --total that disagrees with the files here says so', async () => {
    const ws = workspace({ files: 3 });
    const r = await runBuiltCli(['shard', 'files', '--index', '1', '--total', '4', '--tests', 'test/**/*.test.ts'], {
      cwd: ws,
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--total 4 but only 3 test file\(s\) here/);
  });
});
