import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../src/tools.js';
import { VERSION } from '../src/version.js';
import { actionManifest, ROOT, runActionLikeRunner, runBuiltCli } from './helpers/runner.js';
import { actionYaml } from '../scripts/docs.js';

const actionDirs = readdirSync(join(ROOT, 'actions'));

describe('action.yml files', () => {
  it('there is one action per tool, and no stray folder', () => {
    expect(actionDirs.sort()).toEqual(TOOLS.map((t) => t.id).sort());
  });

  it.each(['.', ...actionDirs.map((d) => `actions/${d}`)])('%s is well formed', (dir) => {
    const m = actionManifest(dir);
    expect(m.runs.using).toBe('node24');
    expect(existsSync(join(ROOT, dir, m.runs.main)), `${dir}: runs.main ${m.runs.main} exists`).toBe(true);
    for (const [name, spec] of Object.entries(m.inputs ?? {})) {
      expect(name, 'input names are kebab-case').toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(typeof spec.description, `${dir} input ${name} has a description`).toBe('string');
      expect(spec.description!.length).toBeGreaterThan(5);
      if (spec.default !== undefined)
        expect(typeof spec.default, `${dir} input ${name}: defaults are strings`).toBe('string');
    }
    for (const name of Object.keys(m.outputs ?? {})) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(TOOLS.map((t) => [t.id, t] as const))(
    '%s: inputs and outputs match the names the adapter reads',
    async (id, entry) => {
      const tool = await entry.load();
      const m = actionManifest(`actions/${id}`);
      expect(Object.keys(m.inputs ?? {})).toEqual(tool.inputs.filter((i) => !i.cliOnly).map((i) => i.name));
      expect(Object.keys(m.outputs ?? {})).toEqual(tool.outputs.map((o) => o.name));
      // Generated, so it can't drift: the committed file is exactly what the spec generates.
      expect(readFileSync(join(ROOT, 'actions', id, 'action.yml'), 'utf8')).toBe(actionYaml(tool));
    },
  );

  it('action.yml files and the README tables are what the specs generate (npm run check-docs)', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/docs.ts'), '--check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(out).toContain('up to date');
  });

  it('the version constant matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('the CLI', () => {
  it('--help lists the six tools', async () => {
    const r = await runBuiltCli(['--help']);
    expect(r.exitCode).toBe(0);
    for (const t of TOOLS) expect(r.stdout).toContain(`  ${t.command} `);
  });

  it.each(TOOLS.map((t) => t.command))('shipline %s --help lists every flag', async (command) => {
    const entry = TOOLS.find((t) => t.command === command)!;
    const tool = await entry.load();
    const r = await runBuiltCli([command, '--help']);
    expect(r.exitCode).toBe(0);
    for (const i of tool.inputs) expect(r.stdout).toContain(`--${i.name}`);
  });

  it('--version prints the version', async () => {
    const r = await runBuiltCli(['--version']);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('an unknown tool or flag is a one-line error, not a stack trace', async () => {
    const a = await runBuiltCli(['deploi']);
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toMatch(/unknown tool "deploi".*shipline --help/);
    const b = await runBuiltCli(['notify', '--nope', 'x']);
    expect(b.exitCode).toBe(2);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toMatch(/--nope.*shipline notify --help/);
    expect(b.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('the root setup action, run as the runner runs it', () => {
  it('puts a working shipline launcher on PATH', async () => {
    const r = await runActionLikeRunner('.');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.version).toBe(VERSION);
    expect(r.path).toHaveLength(1);
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(join(r.path[0], 'shipline'), ['--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(VERSION);
  });
});

describe('the two Logger implementations speak the same runner protocol', () => {
  it('ActionsLogger and the @actions/core logger print the same commands, both masked', async () => {
    const { ActionsLogger } = await import('../src/core/logger.js');
    const { Masker } = await import('../src/core/mask.js');
    const { createToolkitLogger } = await import('../src/core/toolkit-logger.js');
    const drive = (l: import('../src/core/logger.js').Logger) => {
      l.setSecret('hunter2-password');
      l.error('login failed with hunter2-password', { file: 'src/a,b.ts', line: 3, column: 2, title: 'x' });
      l.warning('100% odd\nsecond line');
      l.annotate({ level: 'notice', message: 'n', file: 'f.ts', line: 1 });
      l.startGroup('g');
      l.endGroup();
    };
    const ours: string[] = [];
    drive(new ActionsLogger(new Masker(), { out: (t) => ours.push(t), err: (t) => ours.push(t) }));
    const theirs: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (theirs.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      drive(await createToolkitLogger(new Masker()));
    } finally {
      process.stdout.write = write;
    }
    const norm = (xs: string[]) =>
      xs
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/(startLine|line)=/, 'line=').replace(/(startColumn|col)=/, 'col='));
    const sortProps = (l: string) =>
      l.replace(/^(::\w+) ([^:]*)::/, (_m, c: string, p: string) => `${c} ${p.split(',').sort().join(',')}::`);
    expect(norm(ours).map(sortProps)).toEqual(norm(theirs).map(sortProps));
    // ::add-mask:: carries the secret to the runner, which hides it; nothing else may.
    const visible = (xs: string[]) =>
      xs
        .join('')
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
    expect(ours.join('')).toContain('::add-mask::hunter2-password');
    expect(visible(ours)).not.toContain('hunter2-password');
    expect(visible(theirs)).not.toContain('hunter2-password');
  });
});
