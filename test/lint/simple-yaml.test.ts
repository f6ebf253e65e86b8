import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/lint/simple-yaml.js';
// The perf gate's seeded PRNG: a failure names a text that can be replayed.
import { rng } from '../../src/perf/stats.js';

// Values that YAML reads in many ways: plain words, numbers, core-schema words, quotes,
// indicators, comments, escapes.
const SCALARS = [
  'flake8',
  'flake8 --max-line-length 100',
  'sh -c \'grep -n x "$@"\' grep',
  'echo {files}',
  'a, b',
  '/usr/bin/mypy .',
  "'true'",
  '"gcc"',
  "'it''s'",
  '"a\\tb"',
  "'a' b",
  'true',
  'True',
  'false',
  'FALSE',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  'on',
  '30',
  '030',
  '0',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '+1',
  '-1',
  '1_000',
  '2001-12-14',
  '30s',
  '2m',
  'a: b',
  'a #c',
  'a#c',
  'x:',
  '*alias',
  '&anchor x',
  '!tag x',
  '|',
  '>',
  '@x',
  '`x`',
  '%x',
  '[a, b]',
  "['**/*.py']",
  "['**/*.py', '*.pyi']",
  '["a", b, 3]',
  '[]',
  '[a, [b]]',
  "['a,b']",
  '{a: b}',
  '',
  'é',
  'ünïcode word',
];
const KEYS = ['name', 'run', 'files', 'format', 'timeout', 'pass-files', 'severity', 'true', 'x_y', 'name'];
/** Mostly the shapes real configs have, so the fast path is taken often. */
const COMMON = ['flake8', 'mypy .', "'true'", '"gcc"', '30', 'false', "['**/*.py']", 'echo {files}', 'warning'];

function randomDoc(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const wrap = r() < 0.3;
  const base = wrap ? pick(['', '  ']) : r() < 0.05 ? ' ' : '';
  const lines: string[] = wrap ? ['checks:'] : [];
  const nItems = 1 + Math.floor(r() * 3);
  for (let i = 0; i < nItems; i++) {
    const gap = pick([' ', ' ', '  ']);
    const nKeys = 1 + Math.floor(r() * 3);
    for (let k = 0; k < nKeys; k++) {
      const lead = k === 0 ? `${base}-${gap}` : ' '.repeat(base.length + 1 + gap.length + (r() < 0.05 ? 1 : 0));
      const key = k === 0 ? 'name' : pick(KEYS.slice(1));
      const value = () => (r() < 0.6 ? pick(COMMON) : pick(SCALARS));
      if (r() < 0.15) {
        lines.push(`${lead}${key}:`);
        const n = Math.floor(r() * 3);
        const ind = ' '.repeat(base.length + 1 + gap.length + pick([0, 2, 2, 4]));
        for (let j = 0; j < n; j++) lines.push(`${ind}- ${value()}`);
      } else lines.push(`${lead}${key}:${pick([' ', ' ', '  ', ''])}${value()}${r() < 0.05 ? ' # note' : ''}`);
      if (r() < 0.05) lines.push(pick(['', '# comment', '   # indented comment', '---', '\t', '  continued']));
    }
  }
  return lines.join('\n') + pick(['\n', '', '\n\n']);
}

describe('the plain config shape read without js-yaml', () => {
  it('reads the common shapes, as js-yaml does', () => {
    const texts = [
      "- name: noop\n  run: 'true'\n",
      "- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n- name: mypy\n  run: mypy --cache-dir=/dev/null --show-column-numbers .\n  files: ['**/*.py']\n  pass-files: false\n  format: gcc\n  timeout: 30\n",
      '# lint\nchecks:\n  - name: yamllint\n    run: yamllint --format parsable\n    files:\n      - "*.yml"\n      - \'*.yaml\'\n    severity: warning\n',
      'checks:\n- name: echo\n  run: echo {files}, done\n',
    ];
    for (const t of texts) {
      const fast = readSimpleYaml(t);
      expect(fast, t).toBeDefined();
      expect(fast).toEqual(load(t));
    }
  });

  it.each([
    ['an anchor', '- name: a\n  run: &r flake8\n- name: b\n  run: *r\n'],
    ['a block scalar', '- name: a\n  run: |\n    flake8\n'],
    ['a multi-line plain scalar', '- name: a\n  run: flake8\n    --max-line-length 100\n'],
    ['a trailing comment', '- name: a\n  run: flake8 # the linter\n'],
    ['a duplicate key', '- name: a\n  name: b\n'],
    ['a nested mapping', '- name: a\n  run:\n    cmd: x\n'],
    ['another top-level key', 'checks:\n  - name: a\n    run: x\nother: 1\n'],
    ['a tab', '- name: a\n\trun: x\n'],
    ['a document marker', '---\n- name: a\n  run: x\n'],
    ['an escape', '- name: a\n  run: "a\\tb"\n'],
  ])('leaves %s to js-yaml', (_, t) => {
    expect(readSimpleYaml(t)).toBeUndefined();
  });

  it('never reads a text otherwise than js-yaml does (4,000 generated texts)', () => {
    const r = rng(14);
    let taken = 0;
    for (let i = 0; i < 4000; i++) {
      const t = randomDoc(r);
      const fast = readSimpleYaml(t);
      if (fast === undefined) continue;
      taken++;
      let slow: unknown;
      expect(() => (slow = load(t)), t).not.toThrow();
      expect(fast, JSON.stringify(t)).toEqual(slow);
    }
    // The generator reaches the fast path often enough for this to mean something.
    expect(taken).toBeGreaterThan(400);
  });
});
