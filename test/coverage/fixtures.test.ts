// Totals from reports made by the real tools must equal the tools' own printed totals.
// The expected numbers are read from the output each tool printed when it wrote the fixture
// (saved beside it by test/fixtures/coverage/generate.sh), never typed in here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/coverage/parsers/index.js';
import type { Count } from '../../src/coverage/model.js';
import { ROOT } from '../helpers/runner.js';

const FIX = join(ROOT, 'test/fixtures/coverage');
const read = (p: string) => readFileSync(join(FIX, p), 'utf8');
const parse = (p: string) => parseFile(join(FIX, p), p);

/** vitest's text-summary block: "Lines        : 75% ( 15/20 )". */
function istanbulPrinted(): Record<'lines' | 'branches' | 'functions', Count> {
  const text = read('vitest/vitest-stdout.txt');
  const get = (label: string): Count => {
    const m = new RegExp(`${label}\\s*:\\s*[\\d.]+% \\( (\\d+)/(\\d+) \\)`).exec(text);
    if (!m) throw new Error(`no ${label} line in vitest-stdout.txt`);
    return { covered: Number(m[1]), total: Number(m[2]) };
  };
  return { lines: get('Lines'), branches: get('Branches'), functions: get('Functions') };
}

/** coverage.py's `report` TOTAL row: Stmts Miss [Branch BrPart] Cover. */
function coveragePyPrinted(dir: string): { statements: Count; branchTotal?: number; cover: number } {
  const row = read(`${dir}/report.txt`)
    .split('\n')
    .find((l) => l.startsWith('TOTAL'))!;
  const cols = row.trim().split(/\s+/);
  const cover = Number(cols[cols.length - 1].replace('%', ''));
  const stmts = Number(cols[1]);
  const miss = Number(cols[2]);
  return {
    statements: { total: stmts, covered: stmts - miss },
    branchTotal: cols.length === 6 ? Number(cols[3]) : undefined,
    cover,
  };
}

describe('vitest + @vitest/coverage-istanbul fixtures', () => {
  const printed = istanbulPrinted();

  it.each(['vitest/lcov.info', 'vitest/coverage-final.json', 'vitest/coverage-summary.json', 'vitest/clover.xml'])(
    '%s: lines, branches and functions equal what vitest printed',
    async (file) => {
      const t = (await parse(file)).report.totals();
      expect(t).toEqual(printed);
    },
  );

  it.each(['vitest/cobertura-coverage.xml'])(
    '%s: lines and functions equal what vitest printed; its root states the branches',
    async (file) => {
      const p = await parse(file);
      const t = p.report.totals();
      expect(t.lines).toEqual(printed.lines);
      expect(t.functions).toEqual(printed.functions);
      // Istanbul's Cobertura writer lists branches only on lines that hold a statement, so
      // default-parameter branches are missing from the per-line detail and no per-file count
      // says how many (Clover's per-file metrics do, so Clover is exact above); the report's
      // root totals still count them, and the gate says so in its notes (see load.ts).
      expect(p.declared?.branches).toEqual(printed.branches);
      expect(t.branches.total).toBeLessThan(printed.branches.total);
    },
  );

  it('json-summary is marked totals-only', async () => {
    expect((await parse('vitest/coverage-summary.json')).summaryOnly).toBe(true);
  });
});

describe('coverage.py fixtures (Debian python3-coverage)', () => {
  it.each([
    ['coveragepy-branch', 'coverage.xml'],
    ['coveragepy-branch', 'coverage.lcov'],
    ['coveragepy-branch', 'coverage.json'],
    ['coveragepy-nobranch', 'coverage.xml'],
    ['coveragepy-nobranch', 'coverage.lcov'],
    ['coveragepy-nobranch', 'coverage.json'],
  ])('%s/%s equals coverage report: statements, branches and the printed Cover%%', async (dir, file) => {
    const printed = coveragePyPrinted(dir);
    const t = (await parse(`${dir}/${file}`)).report.totals();
    expect(t.lines).toEqual(printed.statements);
    if (printed.branchTotal === undefined) expect(t.branches.total).toBe(0);
    else expect(t.branches.total).toBe(printed.branchTotal);
    // coverage.py's Cover: (covered statements + covered branches) / (statements + branches), printed to 4 decimals.
    const cover = ((t.lines.covered + t.branches.covered) / (t.lines.total + t.branches.total)) * 100;
    expect(cover.toFixed(4)).toBe(printed.cover.toFixed(4));
  });

  it("covered branches agree across coverage.py's three formats and its own JSON totals", async () => {
    const json = JSON.parse(read('coveragepy-branch/coverage.json')) as {
      totals: { covered_branches: number; num_branches: number };
    };
    for (const f of ['coverage.xml', 'coverage.lcov', 'coverage.json']) {
      const t = (await parse(`coveragepy-branch/${f}`)).report.totals();
      expect(t.branches, f).toEqual({ total: json.totals.num_branches, covered: json.totals.covered_branches });
    }
  });
});

describe('go test -coverprofile fixtures (Debian golang-go)', () => {
  it.each(['set', 'count', 'atomic'])(
    'mode %s: statements total and percentage equal go tool cover -func and go test',
    async (mode) => {
      const p = await parse(`go/cover-${mode}.out`);
      const t = p.report.totals();
      // go prints percentages only: "total: (statements) 56.2%" and per package "coverage: 70.0% of statements".
      const total = Number(/total:\s+\(statements\)\s+([\d.]+)%/.exec(read(`go/func-${mode}.txt`))![1]);
      // The statement count is the profile's own (the sum of its blocks' statements); the covered
      // count is the one go's printed percentage implies for that total (one decimal is exact enough under 1,000).
      const stmts = read(`go/cover-${mode}.out`)
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .reduce((s, l) => s + Number(l.split(' ')[1]), 0);
      expect(t.lines.total).toBe(stmts);
      expect(t.lines.covered).toBe(Math.round((stmts * total) / 100));
      for (const m of read(`go/test-${mode}.txt`).matchAll(/gosample\/(\w+)\s.*coverage: ([\d.]+)% of statements/g)) {
        const pkg = [...p.report.files.values()]
          .filter((f) => f.path.includes(`/${m[1]}/`))
          .reduce(
            (c, f) => ({ total: c.total + f.totals().lines.total, covered: c.covered + f.totals().lines.covered }),
            { total: 0, covered: 0 },
          );
        expect(pkg.covered, m[1]).toBe(Math.round((pkg.total * Number(m[2])) / 100));
      }
    },
  );
});

describe('JaCoCo fixture (Debian libjacoco-java 0.8.6, JDK 17)', () => {
  it("LINE, BRANCH and METHOD counters equal JaCoCo's own bundle counters", async () => {
    const t = (await parse('jacoco/jacoco.xml')).report.totals();
    const printed = Object.fromEntries(
      [...read('jacoco/totals.txt').matchAll(/(\w+) covered=(\d+) total=(\d+)/g)].map((m) => [
        m[1],
        { covered: Number(m[2]), total: Number(m[3]) },
      ]),
    );
    expect(t.lines).toEqual(printed.LINE);
    expect(t.branches).toEqual(printed.BRANCH);
    expect(t.functions).toEqual(printed.METHOD);
  });
});
