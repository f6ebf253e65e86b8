/**
 * A small tolerant JUnit XML reader. It scans tags with one regular expression instead of
 * building a DOM, so a 100 MB report costs one pass, and a broken report yields what was
 * complete plus a problem naming the file and line, never a crash.
 *
 * It reads the dialects people use: jest-junit, vitest, playwright, pytest --junitxml,
 * go-junit-report, rspec_junit_formatter and Maven Surefire (including its
 * flakyFailure/rerunFailure elements).
 */

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface JUnitCase {
  /** The `file` attribute of the test case or of its suite. */
  file?: string;
  classname?: string;
  name: string;
  /** The innermost enclosing suite's name. */
  suite?: string;
  seconds: number;
  status: CaseStatus;
  /** Failed then passed on a rerun within this report (surefire flakyFailure and kin). */
  flaky: boolean;
}

export interface JUnitSuite {
  name?: string;
  file?: string;
  seconds?: number;
  /** Indexes into `cases` of the cases directly inside this suite. */
  cases: number[];
}

export interface JUnitReport {
  cases: JUnitCase[];
  /** Suites that directly hold test cases (or hold nothing at all): leaf suites. */
  suites: JUnitSuite[];
  /** One line each: what was wrong, with the line number. Empty when the report is clean. */
  problems: string[];
  /** The root `<testsuites>` element's `time`: gotestsum's is the whole invocation (build and link included). */
  seconds?: number;
  /** A `go.version` property (gotestsum writes one in every suite): the report is from Go's tests. */
  goVersion?: string;
}

const TAG =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_PROBLEMS = 10;
const FAIL_TAGS = new Set(['failure', 'error']);
const FLAKY_TAGS = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);

/** Decode the five XML entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      return '';
    }
  });
}

function attrs(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(raw))) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** No real test file runs a week: a larger `time` is corrupt, and summing a few 1e308s overflows to Infinity. */
export const MAX_SECONDS = 7 * 24 * 3600;

/** Seconds from a `time` attribute: "1.5", "1,234.5" (some Surefire locales); missing or absurd → undefined. */
export function parseSeconds(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 && n <= MAX_SECONDS ? n : undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface OpenSuite {
  suite: JUnitSuite;
  holdsSuites: boolean;
  /** Offset of the opening tag; turned into a line only for a problem (counting lines per tag is quadratic). */
  at: number;
}

/**
 * Parse one JUnit report's text. Never throws: problems are collected with line numbers,
 * and every test case that was complete before the problem is kept.
 */
export function parseJUnit(text: string): JUnitReport {
  const cases: JUnitCase[] = [];
  const suites: JUnitSuite[] = [];
  const problems: string[] = [];
  let extra = 0;
  // Past a few problems the report is simply broken: count the rest (and skip their line numbers).
  const problem = (at: number, text: (line: number) => string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(text(lineAt(body, at)));
    else extra++;
  };
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*</.test(body)) {
    return { cases, suites, problems: ['is not XML (it does not start with "<")'] };
  }
  const stack: OpenSuite[] = [];
  let current: { c: JUnitCase; at: number; suite?: OpenSuite } | undefined;
  let sawRoot = false;
  let rootSeconds: number | undefined;
  let goVersion: string | undefined;
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  const closeCase = (): void => {
    if (!current) return;
    const idx = cases.push(current.c) - 1;
    current.suite?.suite.cases.push(idx);
    current = undefined;
  };
  while ((m = TAG.exec(body))) {
    const name = m[2];
    if (!name) continue; // CDATA, comment, declaration
    const closing = m[1] === '/';
    let raw = m[3] ?? '';
    const selfClosing = raw.endsWith('/');
    if (selfClosing) raw = raw.slice(0, -1);
    if (name === 'testsuite' || name === 'testsuites') {
      sawRoot = true;
      if (name === 'testsuites') {
        if (!closing && rootSeconds === undefined) rootSeconds = parseSeconds(attrs(raw).time);
        continue;
      }
      if (closing) {
        if (current) {
          problem(
            m.index,
            (l) =>
              `line ${l}: <testcase> opened on line ${lineAt(body, (current as { at: number }).at)} is not closed before </testsuite>`,
          );
          closeCase();
        }
        const open = stack.pop();
        if (!open) problem(m.index, (l) => `line ${l}: </testsuite> without a matching <testsuite>`);
        else if (!open.holdsSuites) suites.push(open.suite);
        continue;
      }
      const a = attrs(raw);
      if (stack.length) stack[stack.length - 1].holdsSuites = true;
      const parentFile = stack.length ? stack[stack.length - 1].suite.file : undefined;
      const open: OpenSuite = {
        suite: { name: a.name, file: a.file ?? a.filepath ?? parentFile, seconds: parseSeconds(a.time), cases: [] },
        holdsSuites: false,
        at: m.index,
      };
      if (selfClosing) suites.push(open.suite);
      else stack.push(open);
      continue;
    }
    if (name === 'testcase') {
      sawRoot = true;
      if (closing) {
        if (!current) problem(m.index, (l) => `line ${l}: </testcase> without a matching <testcase>`);
        closeCase();
        continue;
      }
      if (current) {
        problem(
          m.index,
          (l) =>
            `line ${l}: <testcase> opened on line ${lineAt(body, (current as { at: number }).at)} is not closed before the next one`,
        );
        closeCase();
      }
      const a = attrs(raw);
      const suite = stack[stack.length - 1];
      if (a.time !== undefined && a.time.trim() !== '' && parseSeconds(a.time) === undefined)
        problem(
          m.index,
          (l) =>
            `line ${l}: time="${a.time.slice(0, 40)}" is not a number of seconds from 0 to ${MAX_SECONDS}; counted as 0`,
        );
      const c: JUnitCase = {
        file: a.file ?? a.filepath ?? suite?.suite.file,
        classname: a.classname || undefined,
        name: a.name ?? '',
        suite: suite?.suite.name,
        seconds: parseSeconds(a.time) ?? 0,
        status: 'passed',
        flaky: false,
      };
      current = { c, at: m.index, suite };
      if (selfClosing) closeCase();
      continue;
    }
    if (name === 'property' && !closing && !current) {
      const a = attrs(raw);
      if (a.name === 'go.version' && a.value) goVersion = a.value;
      continue;
    }
    if (current && !closing) {
      if (FAIL_TAGS.has(name)) current.c.status = 'failed';
      else if (name === 'skipped') {
        if (current.c.status === 'passed') current.c.status = 'skipped';
      } else if (FLAKY_TAGS.has(name)) current.c.flaky = true;
    }
  }
  if (current) {
    problems.push(`<testcase> opened on line ${lineAt(body, current.at)} is never closed (the file is cut short?)`);
    closeCase();
  }
  for (const open of stack.reverse()) {
    problems.push(
      `<testsuite${open.suite.name ? ` name="${open.suite.name}"` : ''}> opened on line ${lineAt(body, open.at)} is never closed (the file is cut short?)`,
    );
    if (!open.holdsSuites) suites.push(open.suite);
  }
  if (extra) problems.push(`…and ${extra} more problem(s) like these`);
  if (!sawRoot) problems.push(`has no <testsuite> or <testcase> element: it is not a JUnit report`);
  const out: JUnitReport = { cases, suites, problems };
  if (rootSeconds !== undefined) out.seconds = rootSeconds;
  if (goVersion !== undefined) out.goVersion = goVersion;
  return out;
}
