// Hostile contents (issue 15, item 13): a file in a pull request makes a check print lines the
// runner reads as workflow commands. Through the built lint-gate action as the runner runs it,
// and through the built CLI in a run: step, none of them may become a live command, while the
// gate's own annotations, groups and outputs still work.
import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git.js';
import { runActionLikeRunner, runBuiltCli } from '../helpers/runner.js';
import { HOSTILE_LINES, injected, runnerCommands } from '../helpers/workflow-commands.js';

/**
 * A repository whose check is a real child process printing every hostile form on stdout and
 * stderr, then one real finding in gcc format, which the gate must still annotate.
 */
function hostileRepo(): TestRepo {
  const repo = new TestRepo();
  repo.write('app.py', 'print("hello")\n');
  repo.write(
    'print-hostile.js',
    [
      `for (const l of ${JSON.stringify(HOSTILE_LINES)}) {`,
      `  process.stdout.write(l + '\\n');`,
      `  process.stderr.write(l + '\\n');`,
      '}',
      `process.stdout.write('app.py:1:1: error: a real finding [E1]\\n');`,
      'process.exitCode = 1;',
      '',
    ].join('\n'),
  );
  repo.write(
    '.shipline/lint.yml',
    [
      'checks:',
      '  - name: hostile',
      '    run: node print-hostile.js',
      "    files: ['**/*.py']",
      '    pass-files: false',
      '    format: gcc',
      '',
    ].join('\n'),
  );
  repo.commit('hostile check');
  return repo;
}

describe('tool output never becomes a workflow command', () => {
  it('the lint-gate action: the check output is shown verbatim, only the gate’s own commands are live', async () => {
    const repo = hostileRepo();
    const r = await runActionLikeRunner('actions/lint-gate', {
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      inputs: { 'changed-only': 'false', annotate: 'all' },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    // The runner still shows what the check printed…
    for (const line of HOSTILE_LINES.filter((l) => !l.includes('\r'))) expect(r.stdout).toContain(line);
    // …but acts on none of it, on either stream.
    expect(injected(r.stdout)).toEqual([]);
    expect(runnerCommands(r.stderr)).toEqual([]);
    expect(r.outputs.result).toBe('failed');
    // The gate's own annotation of the real finding is live, and it is the only error about app.py.
    expect(r.annotations.filter((a) => a.properties.file === 'app.py')).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('a real finding') }),
    ]);
    const live = runnerCommands(r.stdout).map((c) => c.command);
    expect(live).toContain('group');
    expect(live).toContain('endgroup');
    expect(live.filter((c) => c === 'stop-commands').length).toBeGreaterThan(0);
  });

  it('the CLI in a run: step (GITHUB_ACTIONS=true): nothing it prints is live; on a terminal it prints as is', async () => {
    const repo = hostileRepo();
    const args = ['lint', '--changed-only', 'false'];
    const step = await runBuiltCli(args, { cwd: repo.dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(step.exitCode, step.stdout + step.stderr).toBe(1);
    expect(step.stdout).toContain('::add-mask::INJECTED');
    expect(injected(step.stdout)).toEqual([]);
    expect(runnerCommands(step.stderr)).toEqual([]);

    const terminal = await runBuiltCli(args, { cwd: repo.dir });
    expect(terminal.exitCode).toBe(1);
    expect(terminal.stdout + terminal.stderr).not.toContain('::stop-commands::shipline-');
    expect(terminal.stdout).toContain('::add-mask::INJECTED');
  });
});
