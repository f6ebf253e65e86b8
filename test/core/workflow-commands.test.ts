// Output of the tools we run never reaches the runner as a workflow command (issue 15, item 13):
// a file in a pull request can make a linter print anything, and the runner acts on lines that
// look like `::error::`, `::add-mask::`, `::stop-commands::` or `##[set-output]`.
import { describe, expect, it } from 'vitest';
import { exec } from '../../src/core/exec.js';
import { ActionsLogger, TerminalLogger, runnerWouldParse, verbatim } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { HOSTILE_LINES, injected, runnerCommands } from '../helpers/workflow-commands.js';

const HOSTILE = HOSTILE_LINES.join('\n');

function actionsLogger(masker = new Masker()) {
  let out = '';
  const logger = new ActionsLogger(masker, { out: (t) => (out += t), err: (t) => (out += t) });
  return { logger, out: () => out };
}

describe('the runner model these tests use', () => {
  it('reads every hostile line as a live command when nothing guards it', () => {
    // The stop-commands line pauses the runner: the lines after it count only with its token.
    expect(injected(HOSTILE).map((c) => c.command)).toEqual(['error', 'add-mask', 'stop-commands']);
    expect(injected(HOSTILE_LINES.filter((l) => !l.includes('stop-commands')).join('\n'))).toHaveLength(
      HOSTILE_LINES.length - 1,
    );
  });
  it('resumes on the stop token only, in any case, and never after an empty token', () => {
    expect(runnerCommands('::stop-commands::abc\n::error::x\n::ABC::\n::error::y').map((c) => c.data)).toEqual([
      'abc',
      '',
      'y',
    ]);
    expect(runnerCommands('::stop-commands::\n::error::x\n::::').map((c) => c.command)).toEqual(['stop-commands']);
  });
});

describe('runnerWouldParse and verbatim', () => {
  it.each(HOSTILE_LINES)('%j is a command to the runner', (line) => {
    expect(runnerWouldParse(line)).toBe(true);
  });
  it.each([
    'src/a.rs:3:5: error[E0433]: failed to resolve: use of undeclared crate or module `std::io::x`',
    'test_api.py::test_login FAILED',
    ':: a lone pair of colons',
    'eslint: 3 problems (## [not a command])',
    '',
  ])('%j is plain text, printed as it is', (line) => {
    expect(runnerWouldParse(line)).toBe(false);
    expect(verbatim(line)).toBe(line);
  });
  it('wraps text holding a command between a stop and its resume, with a fresh token each time', () => {
    const a = verbatim(HOSTILE);
    const b = verbatim(HOSTILE);
    const token = /^::stop-commands::(shipline-[0-9a-f]{32})\n/.exec(a)![1];
    expect(a).toBe(`::stop-commands::${token}\n${HOSTILE}\n::${token}::`);
    expect(b).not.toContain(token);
    expect(injected(a)).toEqual([]);
  });
});

describe('the loggers', () => {
  it('ActionsLogger prints tool output verbatim while its own commands stay live', () => {
    const masker = new Masker();
    const { logger, out } = actionsLogger(masker);
    logger.setSecret('hunter2-secret');
    logger.startGroup('flake8: failed');
    logger.info(`${HOSTILE}\nand the secret hunter2-secret`);
    logger.endGroup();
    logger.annotate({ level: 'error', message: 'a real finding', file: 'app.py', line: 3 });
    logger.warning('a warning quoting ::error::x\n::add-mask::y stays one warning');
    expect(injected(out())).toEqual([]);
    // The runner shows the text itself, untouched.
    expect(out()).toContain(HOSTILE);
    // Masked everywhere but in the runner's own add-mask lines.
    expect(out().replace(/^::add-mask::.*$/gm, '')).not.toContain('hunter2-secret');
    const live = runnerCommands(out());
    const token = live.find((c) => c.command === 'stop-commands')!.data;
    expect(token).toMatch(/^shipline-[0-9a-f]{32}$/);
    expect(live.map((c) => c.command).filter((c) => c !== 'add-mask')).toEqual([
      'group',
      'stop-commands',
      token,
      'endgroup',
      'error',
      'warning',
    ]);
    expect(live.at(-2)).toMatchObject({ data: 'a real finding', properties: { file: 'app.py', line: '3' } });
    expect(live.at(-1)!.data).toBe('a warning quoting ::error::x\n::add-mask::y stays one warning');
  });

  it('TerminalLogger under a runner guards both streams, on stdout; on a terminal it prints as it is', () => {
    const streams = { out: '', err: '' };
    const cli = new TerminalLogger(
      new Masker(),
      { out: (t) => (streams.out += t), err: (t) => (streams.err += t) },
      false,
      true,
    );
    cli.info(HOSTILE);
    cli.error(`check failed: ${HOSTILE}`);
    cli.warning('no command here');
    expect(injected(streams.out)).toEqual([]);
    expect(runnerCommands(streams.err)).toEqual([]);
    expect(streams.err).toBe('warning: no command here\n');

    const plain = { out: '', err: '' };
    const terminal = new TerminalLogger(new Masker(), { out: (t) => (plain.out += t), err: (t) => (plain.err += t) });
    terminal.info(HOSTILE);
    expect(plain.out).toBe(`${HOSTILE}\n`);
  });

  it('a real child process printing hostile lines, streamed line by line through exec as docker build is', async () => {
    const { logger, out } = actionsLogger();
    const script = `for (const l of ${JSON.stringify(HOSTILE_LINES)}) { process.stdout.write(l + '\\n'); process.stderr.write(l + '\\n'); }`;
    const r = await exec(process.execPath, ['-e', script], { onLine: (line) => logger.info(line) });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('::add-mask::INJECTED');
    expect(out()).toContain('::add-mask::INJECTED');
    expect(injected(out())).toEqual([]);
  });
});
