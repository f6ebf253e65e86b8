// Coverage parsing and merging against the peers, each parse in its own child process so
// its peak RSS is its own. Large inputs are generated in a temp dir and deleted afterwards.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lcovBlock, writeCoberturaFile, writeLcovFile } from './coverage/generate.js';
import { median, round, type BenchReport, type BenchRow } from './lib.js';

const here = import.meta.dirname;
const child = join(here, 'coverage', 'child.mjs');

export interface Run {
  ms: number;
  maxRssMB: number;
  files: number;
  lines: number;
}

const PEER_LIMIT_MS = 120_000;

export function runChild(
  parser: string,
  file: string,
  bundle: string,
  timeoutMs = PEER_LIMIT_MS,
): Run | { error: string } {
  const r = spawnSync(process.execPath, [child, parser, file, bundle], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (r.error)
    return {
      error:
        (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT'
          ? `not done after ${timeoutMs / 1000} s (stopped)`
          : r.error.message,
    };
  if (r.status !== 0) {
    const why = (
      r.stderr.split('\n').find((l) => /Error|heap|RangeError|Invalid string length/.test(l)) ??
      r.stderr.trim().split('\n').pop() ??
      ''
    ).trim();
    return { error: `exit ${r.status ?? r.signal}: ${why.slice(0, 120)}` };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

/** Bundle the parsers once (esbuild, as tsx uses it) so the child loads plain JS, like the action does. */
export async function bundleOurs(dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = join(dir, 'shipline-coverage.mjs');
  await build({
    entryPoints: [join(here, 'coverage', 'bundle-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
  });
  return out;
}

/** Interleaved runs of each parser on one file; medians of time and of peak RSS. */
function compare(
  file: string,
  parsers: string[],
  runs: number,
  bundle: string,
): Record<string, { mbps?: number; rss?: number; error?: string; lines?: number }> {
  const size = statSync(file).size / 1e6;
  const got: Record<string, Run[]> = {};
  const errors: Record<string, string> = {};
  for (let i = 0; i < runs; i++) {
    for (const p of parsers) {
      if (errors[p]) continue;
      const r = runChild(p, file, bundle);
      if ('error' in r) errors[p] = r.error;
      else (got[p] ??= []).push(r);
    }
  }
  const out: Record<string, { mbps?: number; rss?: number; error?: string; lines?: number }> = {};
  for (const p of parsers) {
    if (errors[p]) out[p] = { error: errors[p] };
    else
      out[p] = {
        mbps: size / (median(got[p].map((r) => r.ms)) / 1000),
        rss: median(got[p].map((r) => r.maxRssMB)),
        lines: got[p][0].lines,
      };
  }
  return out;
}

function rowsFor(label: string, res: ReturnType<typeof compare>, peers: string[], sizeMB: number): BenchRow[] {
  const ours = res.shipline;
  const rows: BenchRow[] = [];
  if (ours.error) return [{ metric: `${label}: shipline`, value: 0, unit: 'MB/s', pass: false, note: ours.error }];
  const okPeers = peers.filter((p) => res[p].mbps !== undefined);
  const fastest = okPeers.length ? Math.max(...okPeers.map((p) => res[p].mbps!)) : undefined;
  rows.push({ metric: `${label}: shipline throughput`, value: round(ours.mbps!, 1), unit: 'MB/s' });
  for (const p of peers) {
    rows.push(
      res[p].error
        ? { metric: `${label}: ${p} throughput`, value: 0, unit: 'MB/s', note: `no figure: ${res[p].error}` }
        : {
            metric: `${label}: ${p} throughput`,
            value: round(res[p].mbps!, 1),
            unit: 'MB/s',
            note: `(peak RSS ${round(res[p].rss!, 0)} MB)`,
          },
    );
  }
  if (fastest !== undefined)
    rows.push({
      metric: `${label}: shipline / fastest peer`,
      value: round(ours.mbps! / fastest, 2),
      unit: 'x',
      goal: '≥ 3',
      pass: ours.mbps! / fastest >= 3,
    });
  else {
    // Every peer was stopped at the time limit: each ran at most size / limit, a measured bound.
    const bound = sizeMB / (PEER_LIMIT_MS / 1000);
    rows.push({
      metric: `${label}: shipline / fastest peer (lower bound)`,
      value: round(ours.mbps! / bound, 2),
      unit: 'x',
      goal: '≥ 3',
      pass: ours.mbps! / bound >= 3,
      note: `no peer finished in ${PEER_LIMIT_MS / 1000} s, so each ran below ${round(bound, 1)} MB/s`,
    });
  }
  rows.push({
    metric: `${label}: shipline peak RSS`,
    value: round(ours.rss!, 0),
    unit: 'MB',
    goal: '≤ 150',
    pass: ours.rss! <= 150,
  });
  return rows;
}

export async function bench(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-coverage-'));
  try {
    const bundle = await bundleOurs(dir);
    const rows: BenchRow[] = [];
    const lcovPeers = ['lcov-parse', 'friedemannsommer'];

    const l50 = join(dir, '50mb.info');
    await writeLcovFile(l50, 50e6);
    rows.push(
      ...rowsFor(
        'LCOV 50 MB',
        compare(l50, ['shipline', ...lcovPeers], 2, bundle),
        lcovPeers,
        statSync(l50).size / 1e6,
      ),
    );
    rmSync(l50);

    const c100 = join(dir, '100mb.xml');
    await writeCoberturaFile(c100, 100e6);
    rows.push(
      ...rowsFor(
        'Cobertura 100 MB',
        compare(c100, ['shipline', 'fast-xml-parser'], 1, bundle),
        ['fast-xml-parser'],
        statSync(c100).size / 1e6,
      ),
    );
    rmSync(c100);

    const l500 = join(dir, '500mb.info');
    await writeLcovFile(l500, 500e6);
    rows.push(
      ...rowsFor(
        'LCOV 500 MB',
        compare(l500, ['shipline', ...lcovPeers], 1, bundle),
        lcovPeers,
        statSync(l500).size / 1e6,
      ),
    );
    rmSync(l500);

    // 64 shard reports of a 5,000-file project: every shard lists every file (as Istanbul
    // does with all files included), with different hits; parse all and merge.
    const shards = join(dir, 'shards');
    mkdirSync(shards);
    let bytes = 0;
    for (let i = 0; i < 64; i++) {
      const b = lcovBlock(5000, 30, `shard${i}`, i + 1);
      writeFileSync(join(shards, `shard-${String(i).padStart(2, '0')}.info`), b);
      bytes += b.length;
    }
    const times: number[] = [];
    let merged: Run | { error: string } | undefined;
    for (let i = 0; i < 3; i++) {
      merged = runChild('shipline-merge', shards, bundle);
      if ('error' in merged) break;
      times.push(merged.ms);
    }
    if (!merged || 'error' in merged)
      rows.push({
        metric: 'merge 64 shards × 5,000 files',
        value: 0,
        unit: 's',
        pass: false,
        note: merged && 'error' in merged ? merged.error : '',
      });
    else {
      rows.push({
        metric: `merge 64 shards × 5,000 files (${round(bytes / 1e6, 0)} MB of LCOV): parse + merge`,
        value: round(median(times) / 1000, 2),
        unit: 's',
        note: `(${merged.files} files, ${merged.lines} lines merged)`,
      });
      rows.push({
        metric: 'merge 64 shards: shipline peak RSS',
        value: round(merged.maxRssMB, 0),
        unit: 'MB',
        goal: '≤ 150',
        pass: merged.maxRssMB <= 150,
      });
    }
    return {
      name: 'coverage',
      description:
        "Parse throughput (file size / parse time inside a fresh child process, median of interleaved runs: 2 on 50 MB, 1 on 100 MB and 500 MB; a peer not done in 120 s is stopped and reported as such) and the child's peak RSS (getrusage maxRSS, node itself included). Inputs are generated: a 5,000-file project (200 lines, 40 branches, 5 functions a file) written as per-test LCOV records repeated to the size (absolute paths from another runner), and Cobertura packages repeated likewise. Peers in the same run: lcov-parse and @friedemannsommer/lcov-parser (stream input) for LCOV, fast-xml-parser reading the whole Cobertura file and walking its classes; shipline builds its merged per-file model. Merge: 64 LCOV shard reports each listing the 5,000 files.",
      rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
