// Every format, parsed from output the real tool produced just now (tiny suites, a few ms per
// benchmark). The tools come from Debian (golang-go, python3-pytest-benchmark, libbenchmark-dev,
// hyperfine) and npm (tinybench, benchmark), installed by .ci/run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeasures, parseOutput } from '../../src/perf/formats/index.js';
import { available, needs } from '../helpers/real.js';

const require = createRequire(import.meta.url);
const dir = () => mkdtempSync(join(tmpdir(), 'shipline-perf-fmt-'));
const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });

/** Every benchmark has observations, all positive seconds per op below `max`. */
function expectTimes(m: Map<string, number[]>, names: string[], max = 1) {
  expect([...m.keys()].sort()).toEqual([...names].sort());
  for (const obs of m.values()) for (const v of obs) expect(v > 0 && v < max).toBe(true);
}

const pytestOk = available('python3', ['-c', 'import pytest_benchmark']);
const googleOk =
  available('g++', ['--version']) && available('sh', ['-c', 'test -f /usr/include/benchmark/benchmark.h']);

describe('formats from the real tools', () => {
  needs('go (golang-go)', available('go', ['version']))('go test -bench with -count and -benchmem', () => {
    const d = dir();
    writeFileSync(join(d, 'go.mod'), 'module example.com/fmt\n\ngo 1.19\n');
    writeFileSync(
      join(d, 'x_test.go'),
      `package fmtx
import ("testing"; "strings")
func BenchmarkJoin(b *testing.B) { for i := 0; i < b.N; i++ { _ = strings.Repeat("ab", 50) } }
func BenchmarkSplit(b *testing.B) { for i := 0; i < b.N; i++ { _ = strings.Split("a,b,c,d", ",") } }
func BenchmarkSub(b *testing.B) { b.Run("small", func(b *testing.B) { for i := 0; i < b.N; i++ { _ = strings.ToUpper("x") } }) }
`,
    );
    const out = run('go', ['test', '-run', '^$', '-bench', '.', '-benchtime', '2000x', '-count', '3', '-benchmem'], d, {
      GOFLAGS: '-mod=mod',
      GOCACHE: join(tmpdir(), 'shipline-perf-gocache'),
    });
    const m = parseOutput('go', out);
    expectTimes(m, ['BenchmarkJoin', 'BenchmarkSplit', 'BenchmarkSub/small'], 1e-3);
    expect(m.get('BenchmarkJoin')).toHaveLength(3); // -count 3: three observations
  });

  needs('pytest-benchmark (python3-pytest-benchmark)', pytestOk)('pytest-benchmark --benchmark-json', () => {
    const d = dir();
    writeFileSync(
      join(d, 'test_x.py'),
      'def test_sort(benchmark):\n    benchmark(sorted, list(range(200, 0, -1)))\n\n' +
        'def test_join(benchmark):\n    benchmark(lambda: ",".join(["a"] * 100))\n',
    );
    run(
      'python3',
      [
        '-m',
        'pytest',
        '-q',
        '-p',
        'no:cacheprovider',
        '--benchmark-json=out.json',
        '--benchmark-max-time=0.005',
        '--benchmark-min-rounds=3',
      ],
      d,
    );
    const m = parseOutput('pytest-benchmark', readFileSync(join(d, 'out.json'), 'utf8'));
    expectTimes(m, ['test_x.py::test_join', 'test_x.py::test_sort'], 1e-2);
    // The default timer (perf_counter) is wall time: no CPU time in this run.
    expect(parseMeasures('pytest-benchmark', readFileSync(join(d, 'out.json'), 'utf8')).cpu.size).toBe(0);
  });

  needs('pytest-benchmark (python3-pytest-benchmark)', pytestOk)(
    'pytest-benchmark with --benchmark-timer=time.process_time is CPU time',
    () => {
      const d = dir();
      // Each call spins ~2 ms of CPU, then sleeps 20 ms: elapsed time, mostly not CPU time.
      writeFileSync(
        join(d, 'test_s.py'),
        'import time\ndef spin_sleep():\n    end = time.process_time() + 0.002\n    while time.process_time() < end: pass\n    time.sleep(0.02)\n' +
          'def test_sleep(benchmark):\n    benchmark(spin_sleep)\n',
      );
      const args = [
        '-m',
        'pytest',
        '-q',
        '-p',
        'no:cacheprovider',
        '--benchmark-min-rounds=3',
        '--benchmark-max-time=0',
      ];
      run('python3', [...args, '--benchmark-json=wall.json'], d);
      run('python3', [...args, '--benchmark-timer=time.process_time', '--benchmark-json=cpu.json'], d);
      const wall = parseMeasures('pytest-benchmark', readFileSync(join(d, 'wall.json'), 'utf8'));
      const cpu = parseMeasures('pytest-benchmark', readFileSync(join(d, 'cpu.json'), 'utf8'));
      expect(cpu.wall.size).toBe(0);
      expect(wall.wall.get('test_s.py::test_sleep')![0]).toBeGreaterThan(0.019);
      expect(cpu.cpu.get('test_s.py::test_sleep')![0]).toBeGreaterThan(0.0015);
      expect(cpu.cpu.get('test_s.py::test_sleep')![0]).toBeLessThan(0.015);
    },
  );

  needs('Google Benchmark (libbenchmark-dev, g++)', googleOk)(
    'google benchmark --benchmark_format=json with repetitions',
    () => {
      const d = dir();
      writeFileSync(
        join(d, 'b.cc'),
        `#include <benchmark/benchmark.h>
static void BM_Sum(benchmark::State& s) { for (auto _ : s) { int x = 0; for (int i = 0; i < 100; i++) benchmark::DoNotOptimize(x += i); } }
BENCHMARK(BM_Sum);
static void BM_Arg(benchmark::State& s) { for (auto _ : s) { int x = 0; for (int i = 0; i < s.range(0); i++) benchmark::DoNotOptimize(x += i); } }
BENCHMARK(BM_Arg)->Arg(8)->Arg(64);
BENCHMARK_MAIN();
`,
      );
      run('g++', ['-O2', 'b.cc', '-o', 'b', '-lbenchmark', '-lpthread'], d);
      const out = run(
        join(d, 'b'),
        ['--benchmark_format=json', '--benchmark_min_time=0.002', '--benchmark_repetitions=2'],
        d,
      );
      const m = parseOutput('google-benchmark', out);
      expectTimes(m, ['BM_Arg/64', 'BM_Arg/8', 'BM_Sum'], 1e-3);
      expect(m.get('BM_Sum')).toHaveLength(2); // the repetitions, not the mean/median/stddev aggregates
      const cpu = parseOutput('google-benchmark', out, 'cpu'); // cpu_time, beside real_time
      expectTimes(cpu, ['BM_Arg/64', 'BM_Arg/8', 'BM_Sum'], 1e-3);
      const doc = JSON.parse(out) as { benchmarks: Array<{ run_name: string; cpu_time: number; run_type: string }> };
      const first = doc.benchmarks.find((b) => b.run_name === 'BM_Sum' && b.run_type === 'iteration')!;
      expect(cpu.get('BM_Sum')![0]).toBeCloseTo(first.cpu_time * 1e-9, 15);
    },
  );

  needs('hyperfine', available('hyperfine', ['--version']))('hyperfine --export-json', () => {
    const d = dir();
    run('hyperfine', ['-N', '--runs', '3', '--export-json', 'h.json', 'true', 'sleep 0.001'], d);
    const m = parseOutput('hyperfine', readFileSync(join(d, 'h.json'), 'utf8'));
    expectTimes(m, ['true', 'sleep 0.001'], 1);
    // hyperfine's user + system: the sleep's CPU time is far below its wall time.
    const both = parseMeasures('hyperfine', readFileSync(join(d, 'h.json'), 'utf8'));
    expect(both.cpu.get('sleep 0.001')![0]).toBeLessThan(both.wall.get('sleep 0.001')![0]);
  });

  needs('go (golang-go)', available('go', ['version']))('go: a cpu-ns/op a benchmark reports is its CPU time', () => {
    const d = dir();
    writeFileSync(join(d, 'go.mod'), 'module example.com/cpu\n\ngo 1.19\n');
    writeFileSync(
      join(d, 'x_test.go'),
      `package cpux
import ("testing"; "time")
func BenchmarkSleep(b *testing.B) { for i := 0; i < b.N; i++ { time.Sleep(time.Millisecond) }; b.ReportMetric(1000, "cpu-ns/op") }
`,
    );
    const out = run('go', ['test', '-run', '^$', '-bench', '.', '-benchtime', '5x'], d, {
      GOFLAGS: '-mod=mod',
      GOCACHE: join(tmpdir(), 'shipline-perf-gocache'),
    });
    const m = parseMeasures('go', out);
    expect(m.cpu.get('BenchmarkSleep')).toEqual([1e-6]);
    expect(m.wall.get('BenchmarkSleep')![0]).toBeGreaterThan(1e-3);
  });

  it('tinybench: bench.table() and task results', () => {
    const d = dir();
    const script = `import { Bench } from ${JSON.stringify(require.resolve('tinybench'))};
const bench = new Bench({ time: 5, iterations: 10 });
bench.add('sum', () => { let s = 0; for (let i = 0; i < 100; i++) s += i; });
bench.add('concat', () => 'a'.repeat(50) + 'b');
await bench.run();
console.log('progress line printed before the report');
console.log(JSON.stringify(process.argv[2] === 'table' ? bench.table() : bench.tasks.map((t) => ({ name: t.name, result: t.result }))));
`;
    writeFileSync(join(d, 'b.mjs'), script);
    for (const mode of ['table', 'tasks']) {
      const m = parseOutput('tinybench', run(process.execPath, ['b.mjs', mode], d));
      expectTimes(m, ['sum', 'concat'], 1e-3);
    }
  });

  it('benchmark.js cycle lines', () => {
    const d = dir();
    const script = `const Benchmark = require(${JSON.stringify(require.resolve('benchmark'))});
new Benchmark.Suite()
  .add('RegExp#test', () => /o/.test('Hello World!'), { maxTime: 0.01, minSamples: 5 })
  .add('String#indexOf', () => 'Hello World!'.indexOf('o') > -1, { maxTime: 0.01, minSamples: 5 })
  .on('cycle', (e) => console.log(String(e.target)))
  .run();
`;
    writeFileSync(join(d, 'b.cjs'), script);
    const out = run(process.execPath, ['b.cjs'], d);
    expect(out).toMatch(/ops\/sec/);
    expectTimes(parseOutput('benchmarkjs', out), ['RegExp#test', 'String#indexOf'], 1e-3);
  });

  it('a format that does not match the output parses nothing (the engine turns that into one line)', () => {
    expect(parseOutput('go', '{"benchmarks": []}').size).toBe(0);
    expect(() => parseOutput('hyperfine', 'BenchmarkX 10 5 ns/op')).toThrow(/not JSON/);
    expect(parseOutput('pytest-benchmark', '{"results": []}').size).toBe(0);
  });
});
