// The real suites of the shard-real bench and how a runner runs one shard of each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyResolver } from '../../src/shard/paths.js';
import { parseJUnit } from '../../src/shard/junit.js';
import { readReports } from '../../src/shard/timings.js';

export interface Suite {
  name: string;
  cwd: string;
  units: string[];
  shards: number;
  /** The shell command a runner runs for these units, writing JUnit reports (*.xml) into `reports`. */
  command: (units: string[], reports: string) => string;
  /** The arguments of a shard that runs no test: the runner's start-up alone (S of the bound). */
  idle: string[];
  env?: NodeJS.ProcessEnv;
  /** Rounds the bench runs by default (SHARD_REAL_REPS overrides). */
  rounds: number;
}

const SUITES_DIR = process.env.SHIPLINE_BENCH_SUITES ?? join(homedir(), '.cache/shipline-bench');
/** Which suites to run: SHARD_REAL_SUITES=go,click,flask (default all). */
const WANTED = (process.env.SHARD_REAL_SUITES ?? 'go,click,flask').split(',');
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Go standard-library packages with tests of very different lengths and build costs. */
const GO_PACKAGES = [
  'strings',
  'bytes',
  'strconv',
  'sort',
  'container/list',
  'encoding/json',
  'encoding/base64',
  'encoding/csv',
  'text/template',
  'regexp',
  'bufio',
  'path/filepath',
  'unicode/utf8',
  'math/big',
  'compress/flate',
  'hash/crc32',
  'fmt',
  'errors',
  'html/template',
  'net/url',
  'mime',
  'archive/tar',
  'archive/zip',
  'image/png',
];

function pytestSuite(name: string, dir: string, shards: number): Suite | undefined {
  const cwd = join(SUITES_DIR, dir);
  if (!existsSync(join(cwd, 'tests'))) return undefined;
  const r = spawnSync('git', ['ls-files', ':(glob)tests/**/test_*.py'], { cwd, encoding: 'utf8' });
  const units = [...new Set(r.stdout.split('\n').filter(Boolean))].sort();
  return {
    name,
    cwd,
    units,
    shards,
    command: (u, reports) =>
      `python3 -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml=${q(join(reports, 'junit.xml'))} ${u.map(q).join(' ')}`,
    // pytest on the suite's conftest.py alone: it starts, loads its plugins and the conftest every
    // shard loads, collects no test and exits 5. (pytest with no path would run the whole suite.)
    idle: existsSync(join(cwd, 'tests/conftest.py')) ? ['tests/conftest.py'] : [join(cwd, 'pyproject.toml')],
    env: { ...process.env, PYTHONPATH: join(cwd, 'src') },
    // Six rounds: one run of one pytest file spreads by 10–25% from run to run on this machine
    // (click's test_stream_lifecycle.py, 4.8–7.6 s quiet), so three rounds' median moved by as much
    // as the gap to the goal; a click round costs ~1.4 min, a flask round ~0.6 min.
    rounds: 6,
  };
}

export function suites(): { list: Suite[]; missing: string[] } {
  const list: Suite[] = [];
  const missing: string[] = [];
  const go = spawnSync('gotestsum', ['--version'], { encoding: 'utf8' });
  if (!WANTED.includes('go')) missing.push('go (not asked for)');
  else if (go.status === 0)
    list.push({
      name: `Go standard library, ${GO_PACKAGES.length} packages (go test via gotestsum)`,
      cwd: tmpdir(),
      units: GO_PACKAGES,
      shards: 4,
      // As the Go template (workflows-templates/go-service.yml) runs a shard: one gotestsum per
      // package, one after another, each writing its own JUnit; so a shard's wall time is the sum
      // of its packages' (one `go test` with all of them would build and run them in parallel).
      // -short, as CI runs of the standard library do: archive/zip's long tests take minutes. No
      // -coverprofile (the template's), which would add an instrumented build to every package.
      // Each package's own wall goes to units.tsv (for the bench's notes: what JUnit left out, per package).
      command: (u, reports) =>
        `status=0; n=0; for p in ${u.map(q).join(' ')}; do n=$((n+1)); t=$(date +%s%N); gotestsum --format dots --junitfile ${q(reports)}/junit-$n.xml -- -short -count=1 "$p" || status=1; echo "$p $(( $(date +%s%N) - t ))" >> ${q(reports)}/units.tsv; done; (exit $status)`,
      idle: [],
      // Five rounds, not three: the figure is the slowest of four ~3 s shards run once, whose
      // spread round to round (slowest / mean 1.03–1.07 on the quiet machine) is as large as
      // the gap to the goal; a round costs ~0.9 min here against ~1.4 min for click.
      rounds: 5,
    });
  else missing.push('gotestsum (apt-get install gotestsum golang-go)');
  for (const [name, dir] of [
    ['pallets/click pytest suite', 'click'],
    ['pallets/flask pytest suite', 'flask'],
  ] as const) {
    if (!WANTED.includes(dir)) continue;
    const s = pytestSuite(name, dir, 4);
    if (s) list.push({ ...s, name: `${name} (${s.units.length} files)` });
    else missing.push(`${join(SUITES_DIR, dir)} (git clone https://github.com/pallets/${dir})`);
  }
  return { list, missing };
}

export interface ShardRun {
  wall: number;
  cpu: number;
  seconds: Map<string, number>;
  /** Each unit's own wall seconds, where the runner times them one by one (the Go loop). */
  unitWalls: Map<string, number>;
  /**
   * The same reports read as shipline read them before gotestsum's times were understood (a
   * suite's cases summed or its own time, whichever is larger; no invocation time), per unit by
   * suite name: Go reports only (the bench's ablation of that reading).
   */
  previous: Map<string, number>;
}

/** Run one shard as a runner would: its wall and CPU (children's user + sys) time and JUnit seconds per unit. */
export function runShard(s: Suite, units: string[]): ShardRun {
  const dir = mkdtempSync(join(tmpdir(), 'shard-real-'));
  const t = performance.now();
  const r = spawnSync('bash', ['-c', `${s.command(units, dir)} >/dev/null 2>&1; times`], {
    cwd: s.cwd,
    env: s.env ?? process.env,
    encoding: 'utf8',
  });
  const wall = (performance.now() - t) / 1000;
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stdout.trim());
  const cpu = m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : wall;
  const xmls = readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(dir, f));
  const run = xmls.length ? readReports(xmls, [s.cwd]) : undefined;
  const previous = new Map<string, number>();
  for (const x of xmls) {
    const report = parseJUnit(readFileSync(x, 'utf8'));
    for (const suite of report.suites) {
      if (!suite.name || !s.units.includes(suite.name)) continue;
      const sum = suite.cases.reduce((a, i) => a + report.cases[i].seconds, 0);
      previous.set(suite.name, (previous.get(suite.name) ?? 0) + Math.max(sum, suite.seconds ?? 0));
    }
  }
  const unitWalls = new Map<string, number>();
  if (existsSync(join(dir, 'units.tsv')))
    for (const line of readFileSync(join(dir, 'units.tsv'), 'utf8').split('\n').filter(Boolean)) {
      const [u, ns] = line.split(' ');
      unitWalls.set(u, Number(ns) / 1e9);
    }
  rmSync(dir, { recursive: true, force: true });
  const resolver = new KeyResolver(s.units);
  const seconds = new Map<string, number>();
  for (const [k, v] of run?.seconds ?? []) {
    const hit = resolver.resolve(k);
    if (hit) for (const f of hit.files) seconds.set(f, (seconds.get(f) ?? 0) + v / hit.files.length);
  }
  return { wall, cpu, seconds, unitWalls, previous };
}
