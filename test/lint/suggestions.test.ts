import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutput } from '../../src/lint/parse-output.js';
import { parseRdjson } from '../../src/lint/parsers-rdjson.js';
import { reviewComment } from '../../src/lint/review.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';

const bin = (n: string) => join(ROOT, 'node_modules/.bin', n);
/** stdout of a tool that exits non-zero on findings. */
const out = (dir: string, cmd: string, args: string[]): string => {
  try {
    return execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
};

/** One fixable finding a line; non-ASCII before a fix (biome's columns count code points). */
const SOURCE = ['let kept = 1;', 'const s = "é😀" + kept;', 'if (kept == 2) {', '  console.log(s);', '}', ''].join(
  '\n',
);

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-suggest-'));
  writeFileSync(join(dir, 'biome.json'), '{}\n');
  writeFileSync(join(dir, 'a.js'), SOURCE);
  return dir;
}

describe('suggested changes from the tools that give fixes', () => {
  needs('biome (npm)', available(bin('biome')))(
    'biome --reporter=rdjson: each fix becomes the lines `biome lint --write --unsafe` writes',
    () => {
      const dir = project();
      const f = parseOutput('rdjson', out(dir, bin('biome'), ['lint', '--reporter=rdjson', 'a.js']), '', 'biome', dir);
      const fixed = f.filter((x) => x.fix);
      expect(fixed.map((x) => `${x.line} ${x.rule}`).sort()).toEqual([
        '1 lint/style/useConst',
        '2 lint/style/useTemplate',
        '3 lint/suspicious/noDoubleEquals',
      ]);
      expect(fixed.every((x) => x.file === 'a.js' && x.severity && x.fixEdits === undefined)).toBe(true);
      // biome applying the same fixes itself: the suggested lines are its lines (none moves).
      const before = SOURCE.split('\n');
      execFileSync(bin('biome'), ['lint', '--write', '--unsafe', 'a.js'], { cwd: dir, stdio: 'ignore' });
      const after = readFileSync(join(dir, 'a.js'), 'utf8').split('\n');
      for (const x of fixed) {
        const { line, endLine, text } = x.fix!;
        const expected = after.slice(line - 1, line - 1 + text.split('\n').length).join('\n');
        expect(text, `${x.rule} at ${line}`).toBe(expected);
        expect(before.slice(line - 1, endLine).join('\n')).not.toBe(text);
      }
      const tpl = fixed.find((x) => x.line === 2)!;
      expect(tpl.fix).toEqual({ line: 2, endLine: 2, text: 'const s = `é😀${kept}`;' });
      expect(reviewComment(tpl, 'a.js')).toMatchObject({
        line: 2,
        body: '**biome lint/style/useTemplate** (notice): Template literals are preferred over string concatenation.\n\n```suggestion\nconst s = `é😀${kept}`;\n```',
      });
    },
  );

  it('rdjson: overlapping edits or positions past a line give no suggestion, the finding stays', () => {
    const dir = project();
    const doc = (suggestions: unknown[]) =>
      JSON.stringify({
        diagnostics: [
          {
            message: 'm',
            severity: 'WARNING',
            code: { value: 'r' },
            location: { path: 'a.js', range: { start: { line: 1, column: 1 } } },
            suggestions,
          },
        ],
      });
    const edit = (l: number, c: number, l2: number, c2: number, text: string) => ({
      range: { start: { line: l, column: c }, end: { line: l2, column: c2 } },
      text,
    });
    const two = parseOutput('rdjson', doc([edit(1, 1, 1, 4, 'const'), edit(1, 5, 1, 9, 'k')]), '', 'x', dir);
    expect(two[0].fix).toEqual({ line: 1, endLine: 1, text: 'const k = 1;' });
    // Edits on two lines: one suggestion over both, the text between them kept.
    const lines = parseOutput('rdjson', doc([edit(4, 3, 4, 14, 'log'), edit(2, 1, 2, 6, 'let')]), '', 'x', dir);
    expect(lines[0].fix).toEqual({ line: 2, endLine: 4, text: 'let s = "é😀" + kept;\nif (kept == 2) {\n  log(s);' });
    const overlap = parseOutput('rdjson', doc([edit(1, 1, 1, 6, 'a'), edit(1, 5, 1, 9, 'b')]), '', 'x', dir);
    expect(overlap[0]).toMatchObject({ line: 1, severity: 'warning', rule: 'r' });
    expect(overlap[0].fix).toBeUndefined();
    expect(parseOutput('rdjson', doc([edit(1, 1, 1, 40, 'x')]), '', 'x', dir)[0].fix).toBeUndefined();
    expect(parseRdjson('')).toEqual([]);
  });
});
