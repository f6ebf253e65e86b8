import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (run as `node scripts/layout.mjs`), without types
import { ROOT, importCycles, importGraph, importsOf } from '../scripts/layout.mjs';
import { TOOLS } from '../src/tools.js';

const src = (...p: string[]) => join(ROOT, 'src', ...p);

describe('the layout every src/<tool>/ follows', () => {
  it('every tool folder under src/ is in the registry, and every registry entry has its folder', () => {
    // core and the adapters are shared; workflow is the executor, a CLI command rather than a tool.
    const shared = new Set(['core', 'actions', 'workflow']);
    const folders = readdirSync(src()).filter((d) => statSync(src(d)).isDirectory() && !shared.has(d));
    expect(folders.sort()).toEqual(TOOLS.map((t) => t.dir).sort());
    expect(new Set(TOOLS.map((t) => t.id)).size, 'ids are unique').toBe(TOOLS.length);
    expect(new Set(TOOLS.map((t) => t.command)).size, 'commands are unique').toBe(TOOLS.length);
  });

  describe.each(TOOLS.map((t) => [t.id, t.dir] as const))('%s (src/%s)', (_id, dir) => {
    it('has tool.ts, types.ts and engine.ts', () => {
      for (const f of ['tool.ts', 'types.ts', 'engine.ts']) expect(existsSync(src(dir, f)), `${dir}/${f}`).toBe(true);
    });

    it('engine.ts exports run(options, ctx)', () => {
      expect(readFileSync(src(dir, 'engine.ts'), 'utf8')).toMatch(
        /^export async function run\(\w+: \w+Options, ctx: ToolContext\): Promise<ToolResult>/m,
      );
    });

    it('tool.ts exports the spec and loads the engine lazily (no static import of it)', () => {
      const text = readFileSync(src(dir, 'tool.ts'), 'utf8');
      expect(text).toMatch(/^export const tool = defineTool<\w+Options>\(/m);
      expect(text).toMatch(/await import\('\.\/engine\.js'\)\)?\.run\(/);
      expect(text).not.toMatch(/^import [^;]*from '\.\/engine\.js'/m);
    });

    it('types.ts imports neither tool.ts nor engine.ts', () => {
      const imports: string[] = importsOf(`src/${dir}/types.ts`);
      expect(imports.filter((f) => /\/(tool|engine)\.ts$/.test(f))).toEqual([]);
    });
  });

  it('every file under src/ stays within the ~300-line guide (docs/architecture.md)', () => {
    const long = [...importGraph().keys()]
      .map((f: string) => [f, readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it('src/ has no import cycles, type-only imports included', () => {
    expect(importCycles()).toEqual([]);
  });

  it('the cycle finder finds a cycle (so the test above can fail)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importGraph().get('src/tools.ts')).toContain('src/core/tool.ts');
  });
});
