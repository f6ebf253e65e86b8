// Go: one model, one number. `go test -cover` counts statements; the gate's merged LCOV and its
// changed-line coverage count the lines holding those statements (read from the source), so a
// comment inside a block is never an "uncovered changed line". Profiles made here by golang-go,
// on the sample module and on packages of Go's own standard library (their sources copied in).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { diffCoverage } from '../../src/coverage/diff.js';
import { loadReports } from '../../src/coverage/load.js';
import { writeLcov } from '../../src/coverage/writers.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';

const hasGo = available('go', ['version']);
const goEnv = (dir: string) => ({
  ...process.env,
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  GOCACHE: process.env.GOCACHE || join(tmpdir(), 'gocache-shipline'),
  GOPATH: join(dir, '.gopath'),
});
/** `go tool cover -func`'s total, as statements covered/total (the profile gives the total). */
function goTotals(dir: string, profile: string) {
  const func = execFileSync('go', ['tool', 'cover', `-func=${profile}`], {
    cwd: dir,
    env: goEnv(dir),
    encoding: 'utf8',
  });
  const pct = Number(/total:\s+\(statements\)\s+([\d.]+)%/.exec(func)![1]);
  const total = readFileSync(join(dir, profile), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .reduce((s, l) => s + Number(l.split(' ')[1]), 0);
  return { pct, total };
}
function lcovTotals(text: string) {
  let lf = 0;
  let lh = 0;
  for (const m of text.matchAll(/^LF:(\d+)\nLH:(\d+)$/gm)) {
    lf += Number(m[1]);
    lh += Number(m[2]);
  }
  return { lf, lh };
}

describe('Go coverprofiles: statements everywhere', () => {
  needs('go (Debian golang-go)', hasGo)(
    'the merged LCOV counts what go test -cover counts, and a comment-only change is not measured',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cov-gostmt-'));
      cpSync(join(ROOT, 'test/fixtures/coverage/go-sample'), dir, { recursive: true });
      // A comment inside Repeat's body (block 14.36,15.13 after this edit spans it).
      const strs = join(dir, 'strs/strs.go');
      const src = readFileSync(strs, 'utf8').split('\n');
      const at = src.findIndex((l) => l.startsWith('func Repeat')) + 1;
      src.splice(at, 0, '\t// n below 1 repeats nothing');
      writeFileSync(strs, src.join('\n'));
      const commentLine = at + 1;
      execFileSync('go', ['test', '-covermode=count', '-coverprofile=c.out', './...'], {
        cwd: dir,
        env: goEnv(dir),
        stdio: 'ignore',
      });
      const go = goTotals(dir, 'c.out');
      const { report } = await loadReports({ root: dir, files: ['c.out'], format: 'auto', exclude: [] });
      const lcov = [...writeLcov(report)].join('');
      const { lf, lh } = lcovTotals(lcov);
      expect(report.totals().lines.total).toBe(go.total);
      expect(lf).toBe(go.total);
      expect(Math.abs((lh / lf) * 100 - go.pct)).toBeLessThanOrEqual(0.05 + 1e-9); // go prints %.1f
      expect(report.totals().lines).toEqual({ total: lf, covered: lh });
      // The comment is inside a block the profile names, yet holds no statement.
      const block = readFileSync(join(dir, 'c.out'), 'utf8')
        .split('\n')
        .find((l) => l.includes(`strs.go:${commentLine - 1}.`))!;
      expect(Number(/:(\d+)\.\d+,(\d+)/.exec(block)![2])).toBeGreaterThan(commentLine);
      const d = diffCoverage(report, new Map([['strs/strs.go', [{ start: commentLine, end: commentLine + 1 }]]]));
      expect(d.changed).toBe(2);
      expect(d.measured).toBe(1); // the `if n <= 0 {` line below it
      expect(d.files[0].uncovered).toEqual([{ start: commentLine + 1, end: commentLine + 1 }]);
    },
    120_000,
  );

  needs('go (Debian golang-go)', hasGo)(
    "Go's own packages (path, container/list): LCOV lines = statements, exactly",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cov-gostd-'));
      const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
      const pkgs = ['path', 'container/list'];
      execFileSync('go', ['test', '-covermode=set', '-coverprofile=std.out', ...pkgs], {
        cwd: dir,
        env: { ...goEnv(dir), GOFLAGS: '' },
        stdio: 'ignore',
      });
      for (const p of pkgs) {
        mkdirSync(join(dir, p), { recursive: true });
        for (const f of readdirSync(join(goroot, 'src', p)))
          if (f.endsWith('.go')) cpSync(join(goroot, 'src', p, f), join(dir, p, f));
      }
      const go = goTotals(dir, 'std.out');
      const { report, notes } = await loadReports({ root: dir, files: ['std.out'], format: 'auto', exclude: [] });
      expect(notes.join(' ')).not.toMatch(/not in this checkout/);
      const { lf, lh } = lcovTotals([...writeLcov(report)].join(''));
      const spanned = readFileSync(join(dir, 'std.out'), 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l && l.split(' ')[1] !== '0')
        .reduce((s, l) => {
          const m = /^(.+):(\d+)\.\d+,(\d+)/.exec(l)!;
          for (let i = Number(m[2]); i <= Number(m[3]); i++) s.add(`${m[1]}:${i}`);
          return s;
        }, new Set<string>()).size;
      expect(lf).toBe(go.total);
      expect(Math.abs((lh / lf) * 100 - go.pct)).toBeLessThanOrEqual(0.05 + 1e-9); // go prints %.1f
      expect(spanned).toBeGreaterThan(lf * 1.2); // what the LCOV used to count
    },
    120_000,
  );
});
