import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { benchContext, dropImages, engineAndRegistry } from './docker/setup.js';
import { median, round, type BenchReport } from './lib.js';

const root = join(import.meta.dirname, '..');
const RUNS = 3;

/**
 * docker-build on the real engine and registry from .ci/daemons.sh, through the built CLI:
 * (1) a re-run of an already pushed commit with skip-if-exists against a full rebuild and
 * push of it (cold cache), and (2) a rebuild with the layer cache against a cold build,
 * runs interleaved so machine noise hits both sides alike.
 */
export async function bench(): Promise<BenchReport> {
  const name = 'docker';
  const description =
    'shipline docker-build through the built CLI on the real Docker engine (overlay2 where it starts, else vfs: .ci/daemons.sh) and registry from .ci/daemons.sh, median of 3 interleaved runs each. ' +
    'Skip: re-run of an already pushed commit with skip-if-exists vs a full rebuild and push of it with skip-if-exists off and the layer cache dropped. ' +
    "Cache: rebuild (no push) with the previous build's layers present vs after removing them. The image is FROM scratch: a static busybox and three RUN steps writing 8 MB each.";
  const reg = await engineAndRegistry();
  if ('missing' in reg) {
    return {
      name,
      description,
      rows: [{ metric: `skipped: ${reg.missing} (start them with bash .ci/daemons.sh)`, value: 0, unit: 'runs' }],
    };
  }
  const cli = join(root, 'dist/shipline/cli.mjs');
  const { dir: ctx, sha } = benchContext();
  const repo = `${reg.address}/bench/app-${randomBytes(3).toString('hex')}`;
  const env = {
    ...process.env,
    SHIPLINE_REGISTRY_PASSWORD: reg.password,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_STEP_SUMMARY: '',
    GITHUB_OUTPUT: '',
  };
  const time = (extra: string[], label: string): number => {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [cli, 'docker-build', '--image', repo, '--cwd', ctx, '--username', reg.username, ...extra],
      { env, encoding: 'utf8' },
    );
    const ms = performance.now() - t;
    if (r.status !== 0)
      throw new Error(
        `${label} failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`,
      );
    if (extra.includes('--skip-if-exists') && !/skipped=true/.test(r.stdout)) throw new Error(`${label} did not skip`);
    return ms;
  };

  // Push the commit once, so the skip-if-exists re-runs find it.
  time(['--no-skip-if-exists'], 'first build');
  const skip: number[] = [];
  const full: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    skip.push(time(['--skip-if-exists'], 're-run with skip-if-exists'));
    dropImages(repo);
    full.push(time(['--no-skip-if-exists'], 'full rebuild'));
    warm.push(time(['--no-skip-if-exists', '--push', 'false'], 'warm rebuild'));
    dropImages(repo);
    cold.push(time(['--no-skip-if-exists', '--push', 'false'], 'cold build'));
  }
  dropImages(repo);
  const [s, f, w, c] = [skip, full, warm, cold].map(median);
  return {
    name,
    description,
    rows: [
      { metric: 're-run with skip-if-exists', value: round(s, 0), unit: 'ms' },
      { metric: 'full rebuild + push (cold cache)', value: round(f, 0), unit: 'ms' },
      {
        metric: 'skip-if-exists re-run / full rebuild',
        value: round(s / f, 3),
        unit: 'x',
        goal: '≤ 0.25',
        pass: s / f <= 0.25,
      },
      { metric: 'warm rebuild (layer cache)', value: round(w, 0), unit: 'ms' },
      { metric: 'cold build', value: round(c, 0), unit: 'ms' },
      { metric: 'warm rebuild / cold build', value: round(w / c, 3), unit: 'x', goal: '≤ 0.5', pass: w / c <= 0.5 },
    ],
  };
}
