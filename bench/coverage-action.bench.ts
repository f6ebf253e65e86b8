// Issue 15 item 9: the memory of the coverage-gate action on a 500 MB LCOV, against the parser
// alone on the same file. The action is the built dist/coverage-gate/index.mjs run as the runner
// runs it (INPUT_* from action.yml, the runner files, GITHUB_WORKSPACE); the parser alone is
// bench/coverage/child.mjs. Each runs in its own process; peak RSS is getrusage's maxRSS, read by
// a preloaded hook at exit (node itself included in both). The LCOV is generated in a temp
// folder and deleted afterwards. SHIPLINE_BENCH_LCOV_MB sets another size.
//   npx tsx bench/run.ts coverage-action
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { bundleOurs, runChild } from './coverage.bench.js';
import { writeLcovFile } from './coverage/generate.js';
import { round, type BenchReport, type BenchRow } from './lib.js';

const root = join(import.meta.dirname, '..');
const PRELOAD = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.SHIPLINE_BENCH_RSS_OUT, String(process.resourceUsage().maxRSS));
});
`;

/** Run the built action once as the runner would; its peak RSS (MB), wall time and exit code. */
function runAction(
  dir: string,
  ws: string,
  files: string,
): { rssMB: number; ms: number; code: number | null; log: string } {
  const manifest = load(readFileSync(join(root, 'actions/coverage-gate/action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
    runs: { main: string };
  };
  const run = mkdtempSync(join(dir, 'run-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE']) {
    env[f] = join(run, f.toLowerCase());
    writeFileSync(env[f], '');
  }
  writeFileSync(join(run, 'event.json'), '{}');
  mkdirSync(join(run, 'temp'));
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(run, 'event.json'),
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/api',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: join(run, 'temp'),
    SHIPLINE_BENCH_RSS_OUT: join(run, 'rss'),
  });
  for (const [name, spec] of Object.entries(manifest.inputs))
    env[`INPUT_${name.toUpperCase()}`] = spec.default === undefined ? '' : String(spec.default);
  Object.assign(env, { INPUT_FILES: files, INPUT_COMMENT: 'false', INPUT_ANNOTATE: 'false' });
  const preload = join(dir, 'rss-preload.cjs');
  writeFileSync(preload, PRELOAD);
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--require', preload, join(root, 'actions/coverage-gate', manifest.runs.main)],
    {
      cwd: ws,
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      timeout: 600_000,
    },
  );
  const ms = performance.now() - t0;
  const rssKB = existsSync(env.SHIPLINE_BENCH_RSS_OUT) ? Number(readFileSync(env.SHIPLINE_BENCH_RSS_OUT, 'utf8')) : NaN;
  return { rssMB: rssKB / 1024, ms, code: r.status, log: `${r.stdout}\n${r.stderr}`.trim() };
}

/** The step's error line, or its last line: what the action concluded. */
function lastError(log: string): string {
  const lines = log.split('\n').filter(Boolean);
  return (lines.find((l) => l.startsWith('::error')) ?? lines.at(-1) ?? '').slice(0, 200);
}

export async function bench(): Promise<BenchReport> {
  if (!existsSync(join(root, 'dist/coverage-gate/index.mjs'))) throw new Error('dist/ is missing: run npm run build');
  const mb = Number(process.env.SHIPLINE_BENCH_LCOV_MB) || 500;
  const dir = mkdtempSync(join(tmpdir(), 'bench-coverage-action-'));
  try {
    const ws = join(dir, 'ws');
    mkdirSync(join(ws, 'coverage'), { recursive: true });
    // The sources the report names (as another runner's absolute paths; the gate maps them by suffix).
    for (let f = 0; f < 5000; f++) {
      const src = join(ws, 'src', `pkg${f % 50}`);
      if (f < 50) mkdirSync(src, { recursive: true });
      writeFileSync(join(src, `file${f}.ts`), 'export {};\n');
    }
    const file = join(ws, 'coverage', 'lcov.info');
    await writeLcovFile(file, mb * 1e6);
    const size = statSync(file).size / 1e6;
    const bundle = await bundleOurs(dir);
    // The same on one generated block (13 MB): what each costs before the file's size counts.
    const small = join(ws, 'coverage', 'small.info');
    await writeLcovFile(small, 1e6);
    const rows: BenchRow[] = [];
    const measure = (path: string, input: string, goal: boolean) => {
      const parser = runChild('shipline', path, bundle, 600_000);
      const action = runAction(dir, ws, input);
      const label = `LCOV ${round(statSync(path).size / 1e6, 0)} MB`;
      rows.push(
        'error' in parser
          ? { metric: `${label}: parser alone, peak RSS`, value: 0, unit: 'MB', pass: false, note: parser.error }
          : {
              metric: `${label}: parser alone, peak RSS`,
              value: round(parser.maxRssMB, 0),
              unit: 'MB',
              note: `(${round(parser.ms / 1000, 1)} s parse)`,
            },
      );
      const ok = Number.isFinite(action.rssMB) && action.code === 0;
      rows.push({
        metric: `${label}: coverage-gate action from dist/, peak RSS`,
        value: ok ? round(action.rssMB, 0) : 0,
        unit: 'MB',
        ...(goal ? { goal: '≤ 150', pass: ok && action.rssMB <= 150 } : {}),
        note: `(${round(action.ms / 1000, 1)} s wall, exit ${action.code}: ${lastError(action.log)})`,
      });
      if (ok && !('error' in parser))
        rows.push({
          metric: `${label}: action / parser alone`,
          value: round(action.rssMB / parser.maxRssMB, 2),
          unit: 'x',
        });
    };
    measure(small, 'coverage/small.info', false);
    rmSync(small);
    measure(file, 'coverage/lcov.info', true);
    return {
      name: 'coverage-action',
      description: `Peak RSS (getrusage maxRSS at exit, node included) of the built coverage-gate action run as the runner runs it on a generated ${round(size, 0)} MB LCOV (5,000 files, named by another runner's absolute paths and present in the workspace, written as per-test records repeated to the size; comment and annotations off, the merged report written), against the parser alone (bench/coverage/child.mjs) on the same file. Issue 15 item 9 reported 558 MB through the action against 150 MB for the parser.`,
      rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
