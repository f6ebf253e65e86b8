import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJUnit, parseSeconds } from '../../src/shard/junit.js';
import { readReports } from '../../src/shard/timings.js';

const FIX = join(import.meta.dirname, '../fixtures/shard');
const read = (p: string): string => readFileSync(join(FIX, p), 'utf8');
const secondsOf = (files: string[], roots: string[] = []): Record<string, number> => {
  const run = readReports(
    files.map((f) => join(FIX, f)),
    roots,
  );
  return Object.fromEntries([...run.seconds].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
};

describe('JUnit dialects: test time booked on the right key', () => {
  it.each([
    // jest-junit with addFileAttribute: absolute paths from another runner are kept, resolved later by suffix
    [
      'jest-junit.xml',
      { '/home/runner/work/app/app/src/math.test.js': 2.5, '/home/runner/work/app/app/src/strings.test.js': 0.7 },
    ],
    // playwright: classname is the spec path relative to testDir; the suite time covers the file
    ['playwright.xml', { 'login.spec.ts': 9.5, 'cart/checkout.spec.ts': 3 }],
    // go-junit-report: the package import path; suite time > sum of cases
    ['go-junit-report.xml', { 'github.com/acme/api/internal/store': 4.1, 'github.com/acme/api/cmd/server': 0.5 }],
    // rspec_junit_formatter: ./-prefixed file attribute
    ['rspec.xml', { 'spec/models/user_spec.rb': 1.25, 'spec/requests/api_spec.rb': 1.2 }],
    // Maven Surefire: dotted classname, locale thousands separator in time (the suite's, which it books)
    ['surefire.xml', { 'com.acme.OrderServiceTest': 1002.61 }],
    // pytest with junit_family=xunit1: file attribute
    ['pytest-xunit1.xml', { 'tests/test_api.py': 1.5, 'tests/test_db.py': 0.25 }],
  ])('%s', (file, expected) => {
    expect(secondsOf([`dialects/${file}`])).toEqual(expected);
  });

  it('pytest (xunit2, the default) books by dotted classname, as in the real click report', () => {
    const s = secondsOf(['real/click-pytest.xml']);
    expect(Object.keys(s)).toContain('tests.test_options');
    expect(Object.keys(s).every((k) => k.startsWith('tests.'))).toBe(true);
    expect(Object.keys(s).length).toBeGreaterThan(20);
  });

  it("gotestsum, one package a report (the Go template's loop): the package books the invocation's time, build and link included", () => {
    const report = parseJUnit(read('real/gotestsum-image-png.xml'));
    expect(report.goVersion).toBe('go1.19.8 linux/amd64');
    // <testsuites time> is gotestsum's whole invocation; the suite's time is the test binary's run.
    expect(report.seconds).toBeCloseTo(1.474284, 6);
    expect(report.suites.map((x) => x.seconds)).toEqual([0.446]);
    expect(secondsOf(['real/gotestsum-image-png.xml'])).toEqual({ 'image/png': 1.474 });
  });

  it('a leaf suite books its own time, not its cases summed: gotestsum lists a subtest beside its parent, which holds it', () => {
    const text = read('real/gotestsum-image-png.xml').replace(/(<testsuites [^>]*) time="[^"]*"/, '$1');
    const report = parseJUnit(text);
    expect(report.seconds).toBeUndefined();
    // FuzzDecode (0.34 s) holds its six seeds (0.35 s), each also a case of its own.
    expect(report.cases.reduce((a, c) => a + c.seconds, 0)).toBeCloseTo(0.75, 2);
    const dir = mkdtempSync(join(tmpdir(), 'junit-go-'));
    writeFileSync(join(dir, 'r.xml'), text);
    expect(Object.fromEntries(readReports([join(dir, 'r.xml')], []).seconds)).toEqual({ 'image/png': 0.446 });
  });

  it("the root's time is booked only for a Go report of one package: jest's covers every file and the start-up", () => {
    expect(parseJUnit(read('dialects/jest-junit.xml')).seconds).toBe(3.2);
    const dir = mkdtempSync(join(tmpdir(), 'junit-root-'));
    // One jest file in the report, the root's 3.2 s (start-up included) against its suite's 2.5 s.
    const one = read('dialects/jest-junit.xml').replace(/<testsuite name="strings"[\s\S]*?<\/testsuite>/, '');
    writeFileSync(join(dir, 'one.xml'), one);
    expect(Object.fromEntries(readReports([join(dir, 'one.xml')], []).seconds)).toEqual({
      '/home/runner/work/app/app/src/math.test.js': 2.5,
    });
    // Two Go packages in one report: the root's time is both packages' and is not booked.
    const two = read('real/gotestsum-image-png.xml').replace(
      '</testsuites>',
      '<testsuite tests="1" failures="0" time="0.2" name="image/gif"><properties><property name="go.version" value="go1.19.8 linux/amd64"></property></properties><testcase classname="image/gif" name="TestDecode" time="0.1"></testcase></testsuite></testsuites>',
    );
    writeFileSync(join(dir, 'two.xml'), two);
    expect(Object.fromEntries(readReports([join(dir, 'two.xml')], []).seconds)).toEqual({
      'image/png': 0.446,
      'image/gif': 0.2,
    });
  });

  it("vitest books by the file path in classname (this repository's own report)", () => {
    const s = secondsOf(['real/shipline-vitest.xml']);
    expect(Object.keys(s).length).toBeGreaterThan(3);
    for (const k of Object.keys(s)) expect(k).toMatch(/^test\/.*\.test\.ts$/);
  });

  it('ignores tags inside CDATA and decodes entities', () => {
    const r = parseJUnit(read('dialects/playwright.xml'));
    expect(r.cases.map((c) => c.name)).toEqual(['login › works', 'login › rejects', 'checkout › pays']);
    expect(r.cases[1].status).toBe('failed');
    expect(parseJUnit(read('dialects/jest-junit.xml')).cases[2].name).toBe('strings > pads');
  });

  it('marks surefire flakyFailure as flaky and skipped as skipped', () => {
    expect(parseJUnit(read('dialects/surefire.xml')).cases.map((c) => c.flaky)).toEqual([false, true]);
    expect(parseJUnit(read('dialects/rspec.xml')).cases.map((c) => c.status)).toEqual(['passed', 'skipped', 'passed']);
  });

  it.each([
    ['1.5', 1.5],
    ['1,000.5', 1000.5],
    ['', undefined],
    ['NaN', undefined],
    ['-1', undefined],
  ])('parseSeconds(%j) = %j', (v, n) => expect(parseSeconds(v)).toBe(n));
});

describe('bad reports: a warning naming the file, never a crash', () => {
  it.each([
    ['bad/truncated.xml', /bad\/truncated\.xml: .*opened on line 5 is never closed/],
    ['bad/not-xml.xml', /bad\/not-xml\.xml: is not XML/],
    ['bad/not-junit.xml', /bad\/not-junit\.xml: has no <testsuite> or <testcase> element/],
    ['bad/no-file.xml', /bad\/no-file\.xml: 1 test case\(s\) have no file or classname/],
  ])('%s', (file, message) => {
    const run = readReports([join(FIX, file)], [], () => file);
    expect(run.warnings.join('\n')).toMatch(message);
  });

  it('keeps the complete cases of a truncated report', () => {
    const run = readReports([join(FIX, 'bad/truncated.xml')], []);
    expect(run.seconds.get('a.test.ts')).toBe(0.5);
    expect(run.seconds.get('b.test.ts')).toBe(0.25);
  });

  it('skips a report over the size limit, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shard-huge-'));
    const p = join(dir, 'huge.xml');
    writeFileSync(
      p,
      `<testsuite name="a.test.ts">${'<testcase classname="a.test.ts" name="t" time="1"/>'.repeat(50_000)}</testsuite>`,
    );
    const run = readReports([p], [], () => 'reports/huge.xml', 1024 * 1024);
    expect(run.warnings[0]).toMatch(/^reports\/huge\.xml: 2\.\d MiB is over the 1\.0 MiB limit/);
    expect(run.seconds.size).toBe(0);
  });

  it('parses a 50,000-case report, CDATA holding a closing tag included (speed: bench/shard.bench.ts)', () => {
    const text = `<testsuites>${Array.from({ length: 500 }, (_, f) => `<testsuite name="t/f${f}.test.ts" time="2">${`<testcase classname="t/f${f}.test.ts" name="c" time="0.01"><system-out><![CDATA[log </testcase> noise]]></system-out></testcase>`.repeat(100)}</testsuite>`).join('')}</testsuites>`;
    const r = parseJUnit(text);
    expect(r.cases.length).toBe(50_000);
    expect(r.problems).toEqual([]);
  });

  it('reports the first problems of a broken report and counts the rest', () => {
    const r = parseJUnit(`<testsuite name="a.test.ts">${'</testcase>'.repeat(5000)}</testsuite>`);
    expect(r.problems.length).toBe(11);
    expect(r.problems[10]).toBe('…and 4990 more problem(s) like these');
  });

  it.each([
    '',
    '<',
    '<testsuite',
    '<testsuite name="a',
    '</testcase></testsuite>',
    '<testcase><testcase>',
    '\uFEFF<testsuites/>',
  ])('does not throw on %j', (text) => {
    expect(() => parseJUnit(text)).not.toThrow();
  });
});
