import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandMatrix } from '../../src/workflow/matrix.js';
import { leg, repo, run } from './lib.js';

const wf = (body: string) => ({ '.github/workflows/w.yml': body });

describe('matrix (GitHub docs: include adds to matching legs, else a new one; exclude is a partial match)', () => {
  it('expands, excludes, includes', () => {
    const legs = expandMatrix(
      {
        os: ['a', 'b'],
        v: [1, 2],
        exclude: [{ os: 'b', v: 2 }],
        include: [
          { v: 1, extra: 'x' },
          { os: 'c', v: 9 },
        ],
      },
      'w.yml:1',
    );
    expect(legs).toEqual([
      { os: 'a', v: 1, extra: 'x' },
      { os: 'a', v: 2 },
      { os: 'b', v: 1, extra: 'x' },
      { os: 'c', v: 9 },
    ]);
  });
  it('refuses more than 256 legs', () => {
    const n = Array.from({ length: 17 }, (_, i) => i);
    expect(() => expandMatrix({ a: n, b: n }, 'w.yml:3')).toThrow(/289 combinations; GitHub allows at most 256/);
  });
});

describe('jobs, steps and status functions', () => {
  it('passes outputs through GITHUB_OUTPUT, env through GITHUB_ENV, and skips by GitHub rules', async () => {
    const dir = repo(
      wf(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      x: \${{ steps.s.outputs.x }}
    steps:
      - id: s
        run: |
          echo "x=hello" >> "$GITHUB_OUTPUT"
          echo "FOO=bar" >> "$GITHUB_ENV"
          echo "# sum" >> "$GITHUB_STEP_SUMMARY"
      - run: test "$FOO" = bar
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ needs.a.outputs.x }}" = hello
      - run: exit 4
        continue-on-error: true
      - run: exit 5
      - run: echo never
      - if: failure()
        run: echo "recovered"
  c:
    needs: b
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  d:
    needs: c
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "ancestor failed"
  e:
    needs: c
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ needs.c.result }}" = skipped
`),
    );
    const r = await run(dir);
    expect(r.code, r.text).toBe(1);
    expect(leg(r, 'a')).toMatchObject({ result: 'success', outputs: { x: 'hello' } });
    expect(leg(r, 'b')?.result).toBe('failure');
    expect(leg(r, 'c')?.result).toBe('skipped');
    expect(leg(r, 'd')?.result).toBe('success');
    expect(leg(r, 'e')?.result).toBe('success');
    expect(r.text).toMatch(/○ echo never|Run echo never \(skipped\)/);
    expect(r.text).toMatch(/Run exit 4 .*\(continue-on-error\)/);
    expect(readFileSync(join(r.out, 'summary.md'), 'utf8')).toContain('# sum');
  });

  it('masks secrets and ::add-mask:: values in the output and logs; fail-fast cancels the other legs', async () => {
    const dir = repo(
      wf(`on: push
jobs:
  m:
    runs-on: ubuntu-latest
    strategy:
      max-parallel: 1
      matrix:
        n: [1, 2, 3]
    steps:
      - run: |
          echo "::add-mask::hidden-value"
          echo "token \${{ secrets.TOKEN }} and hidden-value"
          test \${{ matrix.n }} != 1
`),
    );
    const r = await run(dir, ['--secret', 'TOKEN=sup3rsecret']);
    expect(r.code).toBe(1);
    expect(r.legs.map((l) => l.result)).toEqual(['failure']);
    expect(r.text).toMatch(/m \(2\): cancelled \(fail-fast\)/);
    const dir1 = join(r.out, 'logs', '01-m-1');
    const log = readFileSync(join(dir1, readdirSync(dir1).find((f) => f.endsWith('.log')) as string), 'utf8');
    expect(log).toContain('token *** and ***');
    expect(log).not.toMatch(/sup3rsecret|hidden-value"?$/m);
  });

  it('kills a step past its timeout, process group included', async () => {
    const dir = repo(
      wf(`on: push
jobs:
  t:
    runs-on: ubuntu-latest
    timeout-minutes: 0.02
    steps:
      - run: sleep 30 & sleep 30
`),
    );
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(leg(r, 't')?.result).toBe('failure');
    expect(r.text).toMatch(/exceeded the maximum execution time/);
  }, 20_000);
});

describe('reusable workflows', () => {
  const called = `on:
  workflow_call:
    inputs:
      n:
        type: number
        required: true
    outputs:
      doubled:
        value: \${{ jobs.j.outputs.d }}
jobs:
  j:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    outputs:
      d: \${{ steps.s.outputs.d }}
    steps:
      - id: s
        run: echo "d=$(( \${{ inputs.n }} * 2 ))" >> "$GITHUB_OUTPUT"
`;
  it('passes typed inputs and returns outputs', async () => {
    const dir = repo({
      '.github/workflows/called.yml': called,
      '.github/workflows/w.yml': `on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
    with:
      n: 21
  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ needs.call.outputs.doubled }}" = 42
`,
    });
    const r = await run(dir, ['-W', '.github/workflows/w.yml']);
    expect(r.code, r.text).toBe(0);
    expect(leg(r, 'call / j')?.result).toBe('success');
  });

  it('fails the run at start-up when a called job asks for more than the caller grants', async () => {
    const dir = repo({
      '.github/workflows/called.yml': called,
      '.github/workflows/w.yml': `on: push
jobs:
  call:
    if: false
    uses: ./.github/workflows/called.yml
    permissions:
      contents: read
    with:
      n: 1
`,
    });
    const r = await run(dir, ['-W', '.github/workflows/w.yml']);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/The nested job 'j' is requesting 'contents: write', but is only allowed 'contents: read'/);
  });

  it('says which required input is missing, with file:line', async () => {
    const dir = repo({
      '.github/workflows/called.yml': called,
      '.github/workflows/w.yml': `on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
`,
    });
    const r = await run(dir, ['-W', '.github/workflows/w.yml']);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/\.github\/workflows\/w\.yml:\d+: Input n is required, but not provided/);
  });
});

describe('bad input: one line with file:line, exit 2, no stack', () => {
  it.each([
    ['a YAML error', 'on: push\njobs:\n  a: [\n', /w\.yml:\d+: /],
    [
      'an expression error',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ foo( }}\n',
      /w\.yml:6: .*Unexpected/,
    ],
    ['an unknown key', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n', /w\.yml:5: /],
  ])('%s', async (_, body, pattern) => {
    const r = await run(repo(wf(body)));
    expect(r.code).toBe(2);
    expect(r.text.split('\n')).toHaveLength(1);
    expect(r.text).toMatch(pattern);
    expect(r.text).not.toMatch(/\n\s+at /);
  });

  it('an unknown action fails naming it and the line, and points at --stub', async () => {
    const r = await run(
      repo(wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: acme/deploy-to-cloud@v2\n')),
    );
    expect(r.code).toBe(1);
    expect(r.text).toMatch(
      /w\.yml:6: uses: acme\/deploy-to-cloud@v2 is not an action .* --stub acme\/deploy-to-cloud=outputs\.json/,
    );
  });
});
