import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnnotationSink, annotationTable } from '../../src/core/annotations.js';
import { readEventContext } from '../../src/core/context.js';
import { MemoryLogger, workflowCommand } from '../../src/core/logger.js';
import { fileCommand, parseFileCommands } from '../../src/core/runner-files.js';
import { SUMMARY_LIMIT_BYTES, Summary, chooseSummarySink, truncateMarkdown } from '../../src/core/summary.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'summary-test-'));

describe('summary', () => {
  it('builds tables with escaped cells', () => {
    const s = new Summary().heading('Lint').table(['check', 'status'], [['a|b', 'line1\nline2']]);
    expect(s.toString()).toBe('## Lint\n\n| check | status |\n| --- | --- |\n| a\\|b | line1<br>line2 |\n');
  });

  it('stays under the 1 MiB step-summary limit and says what it cut', () => {
    const big = Array.from({ length: 30_000 }, (_, i) => `| row ${i} | ${'x'.repeat(40)} |`).join('\n');
    const out = truncateMarkdown(big);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES + 400);
    expect(Buffer.byteLength(out)).toBeLessThan(1024 * 1024);
    expect(out).toMatch(/summary truncated: \d+ bytes cut/);
  });

  it('writes to GITHUB_STEP_SUMMARY under a runner, masked; to the terminal without one', () => {
    const dir = tmp();
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'earlier step\n');
    chooseSummarySink(
      { GITHUB_STEP_SUMMARY: file },
      undefined,
      (s) => s.replace('SECRET', '***'),
      () => {},
    ).write('token SECRET');
    expect(readFileSync(file, 'utf8')).toBe('earlier step\ntoken ***\n');
    const printed: string[] = [];
    const sink = chooseSummarySink(
      {},
      undefined,
      (s) => s,
      (s) => printed.push(s),
    );
    sink.write('hello');
    expect(sink.target).toBe('terminal');
    expect(printed).toEqual(['hello\n']);
  });
});

describe('annotations', () => {
  it('emits within GitHub caps (10 per level per step, errors first) and holds the rest for the summary', () => {
    const sink = new AnnotationSink();
    for (let i = 0; i < 25; i++) sink.add({ level: 'warning', message: `w${i}`, file: 'a.py', line: i + 1 });
    for (let i = 0; i < 12; i++) sink.add({ level: 'error', message: `e${i}`, file: 'b.py', line: i + 1 });
    const logger = new MemoryLogger();
    const { emitted, held } = sink.emit(logger);
    expect(emitted).toHaveLength(20);
    expect(emitted.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(held).toHaveLength(17);
    const table = annotationTable(sink.all, held.length).toString();
    expect(table).toContain('17 more are listed only here');
    expect(table.match(/^\| (error|warning) /gm)).toHaveLength(37);
  });

  it('escapes workflow command data and properties as the runner expects', () => {
    expect(workflowCommand('error', { file: 'a,b:c.ts', line: 3 }, '100% bad\nnext')).toBe(
      '::error file=a%2Cb%3Ac.ts,line=3::100%25 bad%0Anext',
    );
  });
});

describe('runner file commands', () => {
  it('round-trips multi-line outputs through the heredoc format', () => {
    const file = join(tmp(), 'out');
    writeFileSync(file, '');
    fileCommand(file, 'matrix', '{"include":[1]}');
    fileCommand(file, 'files', 'a.ts\nb c.ts');
    expect(parseFileCommands(readFileSync(file, 'utf8'))).toEqual({ matrix: '{"include":[1]}', files: 'a.ts\nb c.ts' });
  });
});

describe('event context', () => {
  it('reads a fork pull_request payload and the GITHUB_* variables', () => {
    const c = readEventContext({
      GITHUB_EVENT_PATH: join(import.meta.dirname, '../fixtures/events/pull_request_fork.json'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/api',
      GITHUB_RUN_ID: '99',
      GITHUB_SHA: 'm'.repeat(40),
      GITHUB_REF: 'refs/pull/42/merge',
      ACT: 'true',
    });
    expect(c.pullRequest).toEqual({
      number: 42,
      headSha: '9f2c1e4b7d0a5e6f8c3b2a1d0e9f8c7b6a5d4e3f',
      baseSha: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
      headRef: 'fix-typo',
      baseRef: 'main',
      htmlUrl: 'https://github.com/acme/api/pull/42',
      fromFork: true,
    });
    expect(c).toMatchObject({
      owner: 'acme',
      repo: 'api',
      defaultBranch: 'main',
      isAct: true,
      runUrl: 'https://github.com/acme/api/actions/runs/99',
    });
  });

  it('no event file (local use) gives an empty payload; a corrupt one is a one-line error', () => {
    expect(readEventContext({}).payload).toEqual({});
    const bad = join(tmp(), 'event.json');
    writeFileSync(bad, '{nope');
    expect(() => readEventContext({ GITHUB_EVENT_PATH: bad })).toThrow(/^GITHUB_EVENT_PATH \(.*\) is not valid JSON/);
  });
});
