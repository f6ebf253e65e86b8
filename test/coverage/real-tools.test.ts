// The committed fixtures were made by the real tools; these tests make fresh reports with
// the tools on this machine (Debian python3-coverage, golang-go) and check again.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/coverage/parsers/index.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';

const FIX = join(ROOT, 'test/fixtures/coverage');

describe('fresh reports from the real tools', () => {
  it('vitest + @vitest/coverage-istanbul: lcov, json, clover and json-summary equal its text-summary', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cov-vitest-'));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env))
      if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'TEST' && k !== 'NODE_ENV') env[k] = v;
    const stdout = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', `--coverage.reportsDirectory=${out}`],
      { cwd: join(FIX, 'js-sample'), env, encoding: 'utf8' },
    ).replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
    const get = (label: string) => {
      const m = new RegExp(`${label}\\s*:\\s*[\\d.]+% \\( (\\d+)/(\\d+) \\)`).exec(stdout)!;
      return { covered: Number(m[1]), total: Number(m[2]) };
    };
    const printed = { lines: get('Lines'), branches: get('Branches'), functions: get('Functions') };
    for (const f of ['lcov.info', 'coverage-final.json', 'clover.xml', 'coverage-summary.json'])
      expect((await parseFile(join(out, f), f)).report.totals(), f).toEqual(printed);
  }, 120_000);

  needs('python3-coverage (Debian)', available('python3-coverage', ['--version']))(
    'coverage.py: xml, lcov and json equal its report TOTAL',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cov-py-'));
      cpSync(join(FIX, 'py-sample'), dir, { recursive: true });
      const run = (...args: string[]) =>
        execFileSync('python3-coverage', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      run('run', '--branch', '--source=shop', '-m', 'unittest', '-q', 'test_shop');
      const total = run('report')
        .split('\n')
        .find((l) => l.startsWith('TOTAL'))!
        .trim()
        .split(/\s+/);
      run('xml', '-q', '-o', 'c.xml');
      run('lcov', '-q', '-o', 'c.lcov');
      run('json', '-q', '-o', 'c.json');
      const covered = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).totals.covered_branches as number;
      for (const f of ['c.xml', 'c.lcov', 'c.json']) {
        const t = (await parseFile(join(dir, f), f)).report.totals();
        expect(t.lines, f).toEqual({ total: Number(total[1]), covered: Number(total[1]) - Number(total[2]) });
        expect(t.branches, f).toEqual({ total: Number(total[3]), covered });
      }
    },
  );

  needs('go (Debian golang-go)', available('go', ['version']))(
    'go test -coverprofile: statements and percentage equal go tool cover',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cov-go-'));
      cpSync(join(FIX, 'go-sample'), dir, { recursive: true });
      const env = {
        ...process.env,
        GOFLAGS: '-mod=mod',
        GOPROXY: 'off',
        GOCACHE: join(dir, '.cache'),
        GOPATH: join(dir, '.gopath'),
      };
      execFileSync('go', ['test', '-covermode=count', '-coverprofile=c.out', './...'], {
        cwd: dir,
        env,
        stdio: 'ignore',
      });
      const func = execFileSync('go', ['tool', 'cover', '-func=c.out'], { cwd: dir, env, encoding: 'utf8' });
      const pct = Number(/total:\s+\(statements\)\s+([\d.]+)%/.exec(func)![1]);
      const t = (await parseFile(join(dir, 'c.out'), 'c.out')).report.totals().lines;
      const stmts = readFileSync(join(dir, 'c.out'), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .reduce((s, l) => s + Number(l.split(' ')[1]), 0);
      expect(t.total).toBe(stmts);
      expect(t.covered).toBe(Math.round((stmts * pct) / 100));
    },
    120_000,
  );
});
