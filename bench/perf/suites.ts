// Three real benchmark suites for the perf-gate bench, built with the real tools: a Go package
// (go test -bench), a pytest-benchmark suite and a Google Benchmark binary. Each has two target
// benchmarks whose work grows by 10% and 5% when PERF_SLOW=1: a real, injected slowdown.
// Each run gives both clocks where the tool has them: Go's ns/op (wall) and a cpu-ns/op the
// benchmarks report from getrusage; Google Benchmark's real_time and cpu_time; pytest-benchmark
// runs with --benchmark-timer=time.process_time (CPU only: one run has one timer).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeasures, type Measures } from '../../src/perf/formats/index.js';
import { median } from '../../src/perf/stats.js';

export const GO_BENCHMARKS = 48;

/** The CPU clock a Go benchmark reports: the process's rusage, or clock_gettime(CLOCK_PROCESS_CPUTIME_ID). */
export type GoClock = 'rusage' | 'process';

function goSource(clock: GoClock): string {
  const kinds = [
    (n: number) => `s := 0; for j := 0; j < ${n}; j++ { s += j * j }; sink = s`,
    (n: number) => `m := make(map[int]int, 8); for j := 0; j < ${n / 10}; j++ { m[j&63] += j }; sink = len(m)`,
    (n: number) => `var sb strings.Builder; for j := 0; j < ${n / 20}; j++ { sb.WriteString("ab") }; sink = sb.Len()`,
    (n: number) =>
      `a := make([]int, ${n / 20}); for j := range a { a[j] = (j * 7919) % 101 }; sort.Ints(a); sink = a[0]`,
  ];
  const out = [
    'package suite',
    'import ("os"; "sort"; "strings"; "syscall"; "testing"; "unsafe")',
    'var _ unsafe.Pointer',
    'var sink int',
    'func slow(f float64) float64 { if os.Getenv("PERF_SLOW") == "1" { return f }; return 1 }',
    // The process's user + system CPU time: Go prints wall ns/op only, so each benchmark reports its own.
    clock === 'rusage'
      ? 'func cpuNs() int64 { var r syscall.Rusage; syscall.Getrusage(syscall.RUSAGE_SELF, &r); return r.Utime.Nano() + r.Stime.Nano() }'
      : // CLOCK_PROCESS_CPUTIME_ID (2): the same threads, read from the scheduler's ns counter.
        'func cpuNs() int64 { var t syscall.Timespec; syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 2, uintptr(unsafe.Pointer(&t)), 0); return t.Nano() }',
    'func track(b *testing.B) func() { t := cpuNs(); b.ResetTimer(); return func() { b.ReportMetric(float64(cpuNs()-t)/float64(b.N), "cpu-ns/op") } }',
  ];
  for (let i = 0; i < GO_BENCHMARKS; i++) {
    const body = kinds[i % kinds.length](2000 + 400 * (i % 7));
    out.push(
      `func BenchmarkWork${String(i).padStart(2, '0')}(b *testing.B) { defer track(b)(); for i := 0; i < b.N; i++ { ${body} } }`,
    );
  }
  for (const [name, f] of [
    ['Target10', '1.10'],
    ['Target5', '1.05'],
  ])
    out.push(
      `func Benchmark${name}(b *testing.B) { n := int(4000 * slow(${f})); defer track(b)(); for i := 0; i < b.N; i++ { s := 0; for j := 0; j < n; j++ { s += j * j }; sink = s } }`,
    );
  return out.join('\n') + '\n';
}

const PY = `import os
SLOW = os.environ.get("PERF_SLOW") == "1"
def work(n):
    s = 0
    for j in range(n):
        s += j * j
    return s
def test_sum_small(benchmark): benchmark(work, 300)
def test_sum_large(benchmark): benchmark(work, 900)
def test_sort(benchmark): benchmark(sorted, [(j * 7919) % 101 for j in range(300)])
def test_join(benchmark): benchmark(lambda: ",".join(["ab"] * 300))
def test_dict(benchmark): benchmark(lambda: {j: j for j in range(300)})
def test_target10(benchmark): benchmark(work, int(600 * (1.10 if SLOW else 1)))
def test_target5(benchmark): benchmark(work, int(600 * (1.05 if SLOW else 1)))
`;

const CC = `#include <benchmark/benchmark.h>
#include <cstdlib>
#include <algorithm>
#include <vector>
static double slow(double f) { const char* e = std::getenv("PERF_SLOW"); return e && e[0] == '1' ? f : 1.0; }
static void work(benchmark::State& s, long n) { for (auto _ : s) { long x = 0; for (long i = 0; i < n; i++) benchmark::DoNotOptimize(x += i * i); } }
static void BM_Sum(benchmark::State& s) { work(s, s.range(0)); }
BENCHMARK(BM_Sum)->Arg(1000)->Arg(2000)->Arg(4000);
static void BM_Sort(benchmark::State& s) { for (auto _ : s) { std::vector<int> v(s.range(0)); for (size_t i = 0; i < v.size(); i++) v[i] = (i * 7919) % 101; std::sort(v.begin(), v.end()); benchmark::DoNotOptimize(v.data()); } }
BENCHMARK(BM_Sort)->Arg(500)->Arg(2000);
static void BM_Target10(benchmark::State& s) { work(s, long(3000 * slow(1.10))); }
BENCHMARK(BM_Target10);
static void BM_Target5(benchmark::State& s) { work(s, long(3000 * slow(1.05))); }
BENCHMARK(BM_Target5);
BENCHMARK_MAIN();
`;

/**
 * pytest-benchmark's start-up, not its benchmarks, made a short run cost as much as a long one:
 * writing --benchmark-json collects machine_info (py-cpuinfo probes the CPU in a subprocess) and
 * commit_info (git). Both are firstresult hooks a conftest.py can answer at once.
 */
const CONFTEST = `def pytest_benchmark_generate_machine_info(config):
    return {}
def pytest_benchmark_generate_commit_info(config):
    return {}
`;

/** One run's two clocks: benchmark → seconds per op (median of the run's observations). */
export interface Clocks {
  wall: Map<string, number>;
  cpu: Map<string, number>;
}

export interface Suite {
  name: string;
  /** One short run (a gate round's half). */
  run(slow: boolean): Clocks;
  /** One plain run as a team runs the suite for stable numbers: 10 repetitions (ms). */
  plainMs(): number;
}

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function exec(cmd: string, args: string[], cwd: string, slow: boolean): string {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PERF_SLOW: slow ? '1' : '0', GOCACHE: join(cwd, '.gocache') },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-400)}`);
  return r.stdout;
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const medians = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, median(v)]));
const clocks = (m: Measures): Clocks => ({ wall: medians(m.wall), cpu: medians(m.cpu) });

/**
 * How long one run measures. A round of the gate runs each suite once (`reps` repetitions, the
 * median taken); one plain run is what a team runs for numbers it trusts: `plainReps` repetitions
 * (go test -count, Google Benchmark --benchmark_repetitions), as benchstat advises (-count 10).
 */
export interface Lengths {
  /** go test -test.benchtime of one repetition, e.g. '50ms'. */
  goBenchtime: string;
  /** Google Benchmark --benchmark_min_time of one repetition (seconds). */
  ccMinTime: number;
  /** pytest-benchmark --benchmark-max-time of one run (seconds; at least 5 rounds). */
  pyMaxTime: number;
  /** Repetitions in one gate run (go -count, --benchmark_repetitions). */
  reps: number;
  /** Repetitions in one plain run; pytest-benchmark's plain run measures plainReps × pyMaxTime. */
  plainReps: number;
  goClock: GoClock;
}

/** The bench's suite, sized as a team's CI suite (see docs/perf-gate.md, "Figures"). */
export const LENGTHS: Lengths = {
  goBenchtime: '50ms',
  ccMinTime: 0.05,
  pyMaxTime: 0.05,
  reps: 1,
  plainReps: 10,
  goClock: 'rusage',
};

/** Write and build the three suites under `dir`. */
export function buildSuites(dir: string, lengths: Lengths = LENGTHS): Suite[] {
  rmSync(dir, { recursive: true, force: true });
  const go = join(dir, 'go');
  const py = join(dir, 'py');
  const cc = join(dir, 'cc');
  for (const d of [go, py, cc]) mkdirSync(d, { recursive: true });
  writeFileSync(join(go, 'go.mod'), 'module example.com/suite\n\ngo 1.19\n');
  writeFileSync(join(go, 'suite_test.go'), goSource(lengths.goClock));
  exec('go', ['test', '-c', '-o', 'suite.test'], go, false);
  writeFileSync(join(py, 'test_suite.py'), PY);
  if (process.env.PERF_BENCH_PY_PLAIN !== '1') writeFileSync(join(py, 'conftest.py'), CONFTEST);
  writeFileSync(join(cc, 'b.cc'), CC);
  execFileSync('g++', ['-O2', 'b.cc', '-o', 'b', '-lbenchmark', '-lpthread'], { cwd: cc });
  const goArgs = (count: number) => [
    '-test.run',
    '^$',
    '-test.bench',
    '.',
    '-test.benchtime',
    lengths.goBenchtime,
    '-test.count',
    String(count),
  ];
  const pyArgs = (maxTime: number) => [
    '-m',
    'pytest',
    '-q',
    '-p',
    'no:cacheprovider',
    // This machine's Debian python3-hypothesis registers a pytest plugin the suite never uses; its
    // import was 0.8 s of every pytest start (a trivial run: 2.0 s with it, 0.5 s without).
    '-p',
    'no:hypothesispytest',
    `--benchmark-max-time=${maxTime}`,
    '--benchmark-timer=time.process_time',
    '--benchmark-json=out.json',
  ];
  const ccArgs = (reps: number) => [
    '--benchmark_format=json',
    `--benchmark_min_time=${lengths.ccMinTime}`,
    `--benchmark_repetitions=${reps}`,
  ];
  return [
    {
      name: 'go',
      run: (slow) => clocks(parseMeasures('go', exec(join(go, 'suite.test'), goArgs(lengths.reps), go, slow))),
      plainMs: () => timed(() => exec(join(go, 'suite.test'), goArgs(lengths.plainReps), go, false)),
    },
    {
      name: 'pytest-benchmark',
      run: (slow) => {
        exec(PYTHON, pyArgs(lengths.pyMaxTime * lengths.reps), py, slow);
        return clocks(parseMeasures('pytest-benchmark', readFileSync(join(py, 'out.json'), 'utf8')));
      },
      plainMs: () => timed(() => exec(PYTHON, pyArgs(lengths.pyMaxTime * lengths.plainReps), py, false)),
    },
    {
      name: 'google-benchmark',
      run: (slow) => clocks(parseMeasures('google-benchmark', exec(join(cc, 'b'), ccArgs(lengths.reps), cc, slow))),
      plainMs: () => timed(() => exec(join(cc, 'b'), ccArgs(lengths.plainReps), cc, false)),
    },
  ];
}
