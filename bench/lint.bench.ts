// The lint gate against what it replaces: the checks run by hand, one after another.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  median,
  medians,
  round,
  timeInterleaved,
  timeInterleavedRuns,
  type BenchReport,
  type BenchRow,
} from './lib.js';
import { boundWorkers, slotsPerCheck } from '../src/lint/workers.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/shipline/cli.mjs');
/** Turns of case 2 (each: every gate variant, the script and each check alone). */
const PARALLEL_RUNS = Number(process.env.LINT_BENCH_RUNS ?? 11);

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lint-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, '-c', 'user.email=b@e', '-c', 'user.name=b', 'add', '-A');
  git(dir, '-c', 'user.email=b@e', '-c', 'user.name=b', 'commit', '-q', '-m', 'base');
  return dir;
}

const pyModule = (i: number) =>
  `import os\nimport subprocess\n\n\ndef f${i}(x: int) -> int:\n    y = os.path.join("a", str(x))\n    return len(y) + subprocess.call(["true"])\n`;

/** mypy as the bench runs it: no cache, as on a fresh CI runner (the same for the script and the gate). */
export const MYPY = [
  'mypy',
  '--cache-dir=/dev/null',
  '--show-column-numbers',
  '--no-error-summary',
  '--no-color-output',
  '.',
];

/** The seed gate's four checks (flake8, mypy, bandit, yamllint) as a `checks` input, mypy run as `mypy`. */
export function seedChecks(mypy: string): string {
  return [
    "- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n",
    `- name: mypy\n  run: ${mypy}\n  files: ['**/*.py']\n  pass-files: false\n  format: gcc\n`,
    "- name: bandit\n  run: bandit --format json --quiet\n  files: ['**/*.py']\n  format: bandit-json\n",
    "- name: yamllint\n  run: yamllint --format parsable\n  files: ['**/*.yml']\n  format: gcc\n",
  ].join('');
}

/** A small Python service: 120 modules, 10 YAML files: the seed gate's workload. */
export function serviceRepo(): { dir: string; py: string[]; yml: string[] } {
  const files: Record<string, string> = { 'mypy.ini': '[mypy]\n', '.gitignore': '.mypy_cache/\n' };
  const py: string[] = [];
  const yml: string[] = [];
  for (let i = 0; i < 120; i++) files[(py[py.length] = `app/m${i}.py`)] = pyModule(i);
  for (let i = 0; i < 10; i++)
    files[(yml[yml.length] = `deploy/k${i}.yml`)] = `name: svc${i}\nreplicas: ${i}\nports: [80, 443]\n`;
  return { dir: repo(files), py, yml };
}

/**
 * CPU time (user + sys, ms) of a command and everything it started, from the shell's `times`:
 * unlike wall time it does not grow when other work shares the cores.
 */
function cpuMs(cmd: string, args: string[], cwd: string, runs: number, inEnv: NodeJS.ProcessEnv = env): number {
  const xs: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync('sh', ['-c', '"$@" >/dev/null 2>&1; times', 'sh', cmd, ...args], {
      cwd,
      env: inEnv,
      encoding: 'utf8',
    });
    const children = r.stdout.trim().split('\n')[1] ?? '';
    const [u, s] = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
    if (i > 0) xs.push(u + s);
  }
  return median(xs);
}

/** Run once and check the gate really ran the checks (a bench of an error path measures nothing). */
function sanity(
  args: string[],
  cwd: string,
  names: string[],
): Array<{ name: string; status: string; durationMs: number }> {
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, 'lint', ...args, '--json'], {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  const report = JSON.parse(out) as { checks: Array<{ name: string; status: string; durationMs: number }> };
  const ran = report.checks.filter((c) => c.status === 'passed' || c.status === 'failed').map((c) => c.name);
  if (ran.join() !== names.join())
    throw new Error(`the gate did not run ${names.join(', ')}: ${JSON.stringify(report.checks)}`);
  return report.checks;
}

/** The 1-minute load average now, for the note beside each figure (the machine may be shared). */
const load = () => round(loadavg()[0], 1);
const loadNote = (before: number) =>
  `load ${before} → ${load()} on ${availableParallelism()} cores${before > availableParallelism() ? ': shared, wall times inflated' : ''}`;

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
for (const k of Object.keys(env)) if (k.startsWith('GITHUB_') || k.startsWith('INPUT_')) delete env[k];

export async function bench(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const node = process.execPath;

  // 1. Fixed overhead: the gate around a no-op check (node start, config, git diff, report)
  //    against the no-op itself, in two environments, each beside bare node in the same one:
  //    this machine's (which may set NODE_EXTRA_CA_CERTS: node then reads and parses that CA
  //    bundle in every start, before any of our code runs) and a runner-like one without it
  //    (GitHub-hosted runners do not set it). The goal is judged on the runner-like figure.
  const svc = serviceRepo();
  const noop = "- name: noop\n  run: 'true'\n";
  sanity([`--checks=${noop}`, '--all'], svc.dir, ['noop']);
  const extraCa = env.NODE_EXTRA_CA_CERTS;
  const runnerEnv: NodeJS.ProcessEnv = { ...env };
  delete runnerEnv.NODE_EXTRA_CA_CERTS;
  const gateNoop = [cli, 'lint', `--checks=${noop}`];
  const load1 = load();
  const t1 = timeInterleaved(
    {
      gate: { cmd: node, args: gateNoop, cwd: svc.dir, env },
      gateRunner: { cmd: node, args: gateNoop, cwd: svc.dir, env: runnerEnv },
      direct: { cmd: 'true', args: [], cwd: svc.dir, env },
      node: { cmd: node, args: ['-e', '0'], env },
      nodeRunner: { cmd: node, args: ['-e', '0'], env: runnerEnv },
    },
    21,
    3,
  );
  const note1 = loadNote(load1);
  const machineEnv = extraCa ? `NODE_EXTRA_CA_CERTS=${extraCa}` : 'NODE_EXTRA_CA_CERTS unset, as on a runner';
  const overhead = t1.gate - t1.direct;
  const overheadRunner = t1.gateRunner - t1.direct;
  rows.push({
    metric: `gate overhead around a no-op check, this machine's environment (${machineEnv})`,
    value: round(overhead, 0),
    unit: 'ms',
    note: `(gate ${round(t1.gate, 0)} ms, check alone ${round(t1.direct, 1)} ms, bare \`node -e 0\` ${round(t1.node, 0)} ms, ${round(t1.gate - t1.node, 0)} ms beyond it; the goal is judged on the runner-like row below; ${note1})`,
  });
  rows.push({
    metric:
      'gate overhead around a no-op check, runner-like environment (no NODE_EXTRA_CA_CERTS, as on GitHub-hosted runners): the goal',
    value: round(overheadRunner, 0),
    unit: 'ms',
    goal: '≤ 150',
    pass: overheadRunner <= 150,
    note: `(gate ${round(t1.gateRunner, 0)} ms, check alone ${round(t1.direct, 1)} ms, bare \`node -e 0\` in the same environment ${round(t1.nodeRunner, 0)} ms, ${round(t1.gateRunner - t1.nodeRunner, 0)} ms beyond it)`,
  });
  rows.push({
    metric: 'runner-like gate as a ratio to bare `node -e 0` in the same environment',
    value: round(t1.gateRunner / t1.nodeRunner),
    unit: 'x',
    note: `(this machine's environment: ${round(t1.gate / t1.node)}x)`,
  });
  const load1c = load();
  const cpuGate = cpuMs(node, gateNoop, svc.dir, 21);
  const cpuNode = cpuMs(node, ['-e', '0'], svc.dir, 21);
  const cpuGateRunner = cpuMs(node, gateNoop, svc.dir, 21, runnerEnv);
  const cpuNodeRunner = cpuMs(node, ['-e', '0'], svc.dir, 21, runnerEnv);
  rows.push({
    metric: `gate CPU time around a no-op check (user+sys, gate and its children; load-independent), this machine's environment`,
    value: round(cpuGate, 0),
    unit: 'ms',
    note: `(bare \`node -e 0\`: ${round(cpuNode, 0)} ms; ${loadNote(load1c)})`,
  });
  rows.push({
    metric: 'same, runner-like environment (no NODE_EXTRA_CA_CERTS)',
    value: round(cpuGateRunner, 0),
    unit: 'ms',
    goal: '≤ 150',
    pass: cpuGateRunner <= 150,
    note: `(bare \`node -e 0\` in the same environment: ${round(cpuNodeRunner, 0)} ms)`,
  });

  // 2. The seed gate plus yamllint, four checks: in parallel vs a script running them in turn,
  // and vs the best any scheduler could do: max(longest check, total CPU / cores).
  const commands: Record<string, string> = {
    flake8: `flake8 ${svc.py.join(' ')}`,
    mypy: MYPY.join(' '),
    bandit: `bandit --format json --quiet ${svc.py.join(' ')}`,
    yamllint: `yamllint --format parsable ${svc.yml.join(' ')}`,
  };
  const script = Object.values(commands).join('; ');
  const checks = seedChecks(MYPY.join(' '));
  const cores = availableParallelism();
  // The default gate's schedule and commands with nothing of the gate's: mypy (the longest) started
  // in the background, the other three in turn beside it, each bounded to the workers the gate
  // gives it (boundWorkers: flake8 gets --jobs for its share of the cores). What the machine gives
  // any parallel runner of these checks: the checks slow each other down when they share it.
  const slots = slotsPerCheck(cores, Math.min(cores, Object.keys(commands).length));
  const asGate = (k: string) =>
    boundWorkers(
      { name: k, run: commands[k].split(' '), shell: false, passFiles: false, format: 'gcc', severity: 'error' },
      slots,
      cores,
      svc.dir,
    ).run.join(' ');
  const shellParallel = `${commands.mypy} & ${['flake8', 'bandit', 'yamllint'].map(asGate).join('; ')}; wait`;
  sanity(['--all', `--checks=${checks}`, '--parallel', '1'], svc.dir, ['flake8', 'mypy', 'bandit', 'yamllint']);
  const load2 = load();
  const alone = Object.fromEntries(
    Object.entries(commands).map(([k, c]) => [k, { cmd: 'sh', args: ['-c', c], cwd: svc.dir, env }]),
  );
  const gateArgs = (parallel: string[]) => [cli, 'lint', '--all', `--checks=${checks}`, ...parallel];
  const runs2 = timeInterleavedRuns(
    {
      script: { cmd: 'sh', args: ['-c', script], cwd: svc.dir, env },
      shellParallel: { cmd: 'sh', args: ['-c', shellParallel], cwd: svc.dir, env },
      gate: { cmd: node, args: gateArgs(['--parallel', '4']), cwd: svc.dir, env },
      gateDefault: { cmd: node, args: gateArgs([]), cwd: svc.dir, env },
      gateSerial: { cmd: node, args: gateArgs(['--parallel', '1']), cwd: svc.dir, env },
      gateRunner: { cmd: node, args: gateArgs([]), cwd: svc.dir, env: runnerEnv },
      gateRunner4: { cmd: node, args: gateArgs(['--parallel', '4']), cwd: svc.dir, env: runnerEnv },
      ...alone,
    },
    PARALLEL_RUNS,
    1,
  );
  const t2 = medians(runs2);
  const cpuScript = cpuMs('sh', ['-c', script], svc.dir, 5);
  const longestName = Object.keys(commands).reduce((a, b) => (t2[b] > t2[a] ? b : a));
  const longest = t2[longestName];
  const cpuBound = cpuScript / cores;
  const bound = Math.max(longest, cpuBound);
  const note2 = loadNote(load2);
  /**
   * A gate's time against the bound, with the goal. Judged run by run: the gate's run i against
   * the longest check's run i (taken moments apart, so on the same machine speed; this VM's speed
   * moves by tens of percent between minutes), the median of those ratios; the ratio of the two
   * medians is in the note. The longest check is the one with the longest median, in every run.
   */
  const parallelRow = (metric: string, key: string, more = '') => {
    const paired = median(runs2[key].map((ms, i) => ms / Math.max(runs2[longestName][i], cpuBound)));
    rows.push({
      metric,
      value: round(paired),
      unit: 'x',
      goal: '≤ 1.15',
      pass: paired <= 1.15,
      note: `(gate ${round(t2[key], 0)} ms; ratio of the medians ${round(t2[key] / bound)}x${more})`,
    });
  };
  parallelRow(
    `4 checks in parallel (flake8, mypy, bandit, yamllint; --parallel 4) / the lower bound max(longest check, total CPU / cores), median of the runs' paired ratios`,
    'gate',
    `; bound ${round(bound, 0)} ms: longest ${round(longest, 0)} ms, CPU ${round(cpuScript, 0)} ms / ${cores} cores; ${note2}`,
  );
  parallelRow('same with the default parallel (one check per core: the longest starts first)', 'gateDefault');
  parallelRow('same, runner-like environment (no NODE_EXTRA_CA_CERTS)', 'gateRunner');
  parallelRow('--parallel 4, runner-like environment', 'gateRunner4');
  const pairedShell = median(runs2.shellParallel.map((ms, i) => ms / Math.max(runs2[longestName][i], cpuBound)));
  rows.push({
    metric:
      'the same schedule run by a bare sh (mypy in the background, the other three in turn beside it) / the bound: what this machine gives any parallel runner',
    value: round(pairedShell),
    unit: 'x',
    note: `(sh ${round(t2.shellParallel, 0)} ms; ratio of the medians ${round(t2.shellParallel / bound)}x: the checks slow each other when they run together, which the bound does not count)`,
  });
  rows.push({
    metric:
      "default parallel, runner-like environment / that bare sh (the gate's own cost when running checks in parallel)",
    value: round(median(runs2.gateRunner.map((ms, i) => ms / runs2.shellParallel[i]))),
    unit: 'x',
    note: `(median of the paired ratios; ${round(t2.gateRunner - t2.shellParallel, 0)} ms between the medians)`,
  });
  rows.push({
    metric: '4 checks in parallel / the same checks in a sequential sh script',
    value: round(t2.gate / t2.script),
    unit: 'x',
    note: `(script ${round(t2.script, 0)} ms; its lower bound: ${round(bound / t2.script)}x; checks alone: ${Object.keys(
      commands,
    )
      .map((k) => `${k} ${round(t2[k], 0)}`)
      .join(', ')} ms)`,
  });
  rows.push({
    metric: 'gate with parallel 1 − the sequential script (overhead on real checks)',
    value: round(t2.gateSerial - t2.script, 0),
    unit: 'ms',
    note: `(gate ${round(t2.gateSerial, 0)} ms)`,
  });

  // 3. Changed-only on a 2,000-file repository with 5 changed files vs the whole repository.
  const big: Record<string, string> = {};
  for (let i = 0; i < 2000; i++) big[`pkg${i % 40}/mod${i}.py`] = pyModule(i);
  const bigDir = repo(big);
  git(bigDir, 'checkout', '-q', '-b', 'work');
  for (let i = 0; i < 5; i++)
    writeFileSync(
      join(bigDir, `pkg${i}/mod${i}.py`),
      pyModule(i) + `\n\ndef extra${i}() -> None:\n    unused = ${i}\n`,
    );
  const flake8 = "- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n";
  sanity([`--checks=${flake8}`], bigDir, ['flake8']);
  const load3 = load();
  const t3 = timeInterleaved(
    {
      // fail-on changed-lines: the scoping alone (fail-on new would also lint the base in a worktree).
      changed: { cmd: node, args: [cli, 'lint', '--fail-on=changed-lines', `--checks=${flake8}`], cwd: bigDir, env },
      all: { cmd: node, args: [cli, 'lint', '--all', `--checks=${flake8}`], cwd: bigDir, env },
    },
    3,
    1,
  );
  rows.push({
    metric: 'changed-only (5 of 2,000 files, fail-on changed-lines) / whole repository, flake8',
    value: round(t3.changed / t3.all, 3),
    unit: 'x',
    note: `(changed-only ${round(t3.changed, 0)} ms, whole ${round(t3.all, 0)} ms; ${loadNote(load3)})`,
  });

  for (const d of [svc.dir, bigDir]) rmSync(d, { recursive: true, force: true });

  rows.push({
    metric: 'load average (1 min) when the case ended, on this machine',
    value: round(loadavg()[0], 1),
    unit: '',
    note: `(${availableParallelism()} cores: wall-time rows above are inflated when it is above the core count)`,
  });
  return {
    name: 'lint',
    description:
      "Built CLI (`dist/shipline/cli.mjs lint`), medians of interleaved runs in the same process, the 1-minute load average noted with each figure: (1) 21 runs of the gate around one no-op check vs the no-op alone and bare `node -e 0`, on a 133-file git repo, in this machine's environment and in a runner-like one without NODE_EXTRA_CA_CERTS (GitHub-hosted runners do not set it; where it is set node parses that CA bundle in every start, before any of our code runs), each beside bare node in the same environment, and the CPU time of 21 more of each; the overhead goal is judged on the runner-like figure; (2) " +
      PARALLEL_RUNS +
      " runs (1 warm-up; mypy without a cache, as on a fresh runner) of flake8, mypy, bandit and yamllint on the same repo, by the gate with --all and --parallel 4, the default (cores) and 1, and the default and --parallel 4 in the runner-like environment, vs `sh -c` running the same commands one after another, a bare `sh` running them two at a time as the default gate does (mypy in the background, each bounded to the gate's workers), and each command alone; the bound is max(longest check alone, CPU time of the script / cores), and each gate run is judged against the longest check's run of the same turn (the median of those paired ratios; the ratio of the medians is in the note); (3) 3 runs (1 warm-up) of flake8 through the gate on a generated 2,000-file Python repo with 5 files changed against main, changed-only (fail-on changed-lines, so no base run) vs --all.",
    rows,
  };
}
