// The one helper for path inputs (src/core/paths.ts): inside the workspace unless the input allows more.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlob, insidePath, isInside, pathRoots } from '../../src/core/paths.js';

function layout() {
  const outer = mkdtempSync(join(tmpdir(), 'paths-'));
  const ws = join(outer, 'ws');
  const temp = join(outer, 'temp');
  mkdirSync(join(ws, 'sub'), { recursive: true });
  mkdirSync(temp);
  writeFileSync(join(outer, 'secret'), 'x');
  return { outer, ws, temp };
}

describe('insidePath', () => {
  it('resolves relative paths against the workspace, existing or not', () => {
    const { ws } = layout();
    expect(insidePath('out', 'sub/new/file.json', { workspace: ws })).toBe(join(ws, 'sub/new/file.json'));
    expect(insidePath('out', 'sub/../a', { workspace: ws })).toBe(join(ws, 'a'));
  });

  it.each([['../secret'], ['/etc/passwd'], ['sub/../../secret']])('refuses %s, naming the input', (p) => {
    const { ws } = layout();
    expect(() => insidePath('report', p, { workspace: ws })).toThrow(/^input 'report': .* outside the workspace/);
    expect(() => insidePath('report', p, { workspace: ws, frontDoor: 'cli' })).toThrow(/^--report: /);
  });

  it('follows symlinks, also for a file not written yet under a linked folder', () => {
    const { outer, ws } = layout();
    symlinkSync(outer, join(ws, 'up'));
    expect(() => insidePath('out', 'up/secret', { workspace: ws })).toThrow(/outside the workspace/);
    expect(() => insidePath('out', 'up/not-yet/x.json', { workspace: ws })).toThrow(/outside the workspace/);
  });

  it('accepts the extra roots an input allows', () => {
    const { ws, temp } = layout();
    expect(insidePath('plan-file', join(temp, 'p.json'), { workspace: ws, also: [temp] })).toBe(join(temp, 'p.json'));
    expect(() => insidePath('plan-file', join(temp, 'p.json'), { workspace: ws })).toThrow();
  });

  it('a workspace reached through a symlink is still itself', () => {
    const { outer, ws } = layout();
    symlinkSync(ws, join(outer, 'ws-link'));
    expect(isInside(join(ws, 'sub'), { workspace: join(outer, 'ws-link') })).toBe(true);
  });
});

describe('checkGlob', () => {
  it.each([['src/**/*.ts'], ['**/*.info'], ['!dist/**'], ['sub/{a,b}/*.xml']])('%s stays inside', (g) => {
    const { ws } = layout();
    expect(() => checkGlob('files', g, { workspace: ws })).not.toThrow();
  });
  it.each([['../**/*.info'], ['/etc/*'], ['sub/../../*']])('%s leaves', (g) => {
    const { ws } = layout();
    expect(() => checkGlob('files', g, { workspace: ws })).toThrow(/^input 'files': .* outside the workspace/);
  });
});

describe('pathRoots', () => {
  it('the workspace; with temp, RUNNER_TEMP, and on the CLI the OS temp folder', () => {
    const ctx = { cwd: '/w', tempDir: '/rt', frontDoor: 'action' as const };
    expect(pathRoots(ctx).also).toEqual([]);
    expect(pathRoots(ctx, { temp: true }).also).toEqual(['/rt']);
    expect(pathRoots({ ...ctx, frontDoor: 'cli' }, { temp: true }).also).toEqual(['/rt', tmpdir()]);
  });
});
