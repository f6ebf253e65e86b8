import { describe, expect, it } from 'vitest';
import { leg, repo, run } from './lib.js';

// Each rule from the actions' documentation: upload-artifact@v4 (names unique in a run, a 409
// on a duplicate unless overwrite; several paths rooted at their least common ancestor;
// if-no-files-found), download-artifact@v4 (name, pattern, merge-multiple, path), cache
// (exact key, restore-keys prefix order, newest first, the default branch's scope as fallback).
describe('artifacts v4', () => {
  it('roots several paths at their least common ancestor, refuses a duplicate name, downloads by pattern', async () => {
    const dir = repo({
      '.github/workflows/w.yml': `on: push
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p out/a/deep out/b && echo 1 > out/a/deep/one.txt && echo 2 > out/b/two.txt
      - uses: actions/upload-artifact@v4
        with:
          name: both
          path: |
            out/a/deep/one.txt
            out/b/two.txt
      - id: dup
        continue-on-error: true
        uses: actions/upload-artifact@v4
        with:
          name: both
          path: out/b/two.txt
      - run: test "\${{ steps.dup.outcome }}" = failure
      - uses: actions/upload-artifact@v4
        with:
          name: both
          path: out/b
          overwrite: true
      - uses: actions/upload-artifact@v4
        with:
          name: part-1
          path: out/a/deep/one.txt
      - uses: actions/upload-artifact@v4
        with:
          name: part-2
          path: out/b/two.txt
      - id: none
        continue-on-error: true
        uses: actions/upload-artifact@v4
        with:
          name: nothing
          path: missing/*.txt
          if-no-files-found: error
      - run: test "\${{ steps.none.outcome }}" = failure
  down:
    needs: up
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: both
          path: got
      - run: test -f got/two.txt && test ! -e got/a
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          path: sep
      - run: test -f sep/part-1/one.txt && test -f sep/part-2/two.txt
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          path: merged
          merge-multiple: true
      - run: test -f merged/one.txt && test -f merged/two.txt
`,
    });
    const r = await run(dir);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toMatch(/\(409\) Conflict: an artifact with this name already exists on the workflow run/);
    expect(r.text).toMatch(/artifact both: 2 file\(s\) rooted at out\n/);
  });
});

describe('cache', () => {
  const workflow = `on: [push, pull_request]
jobs:
  c:
    runs-on: ubuntu-latest
    outputs:
      hit: \${{ steps.r.outputs.cache-hit }}
      matched: \${{ steps.r.outputs.cache-matched-key }}
    steps:
      - id: r
        uses: actions/cache/restore@v4
        with:
          path: state.txt
          key: k-\${{ github.head_ref || github.ref_name }}-\${{ github.run_number }}
          restore-keys: |
            k-\${{ github.head_ref || github.ref_name }}-
            k-main-
      - run: echo "run \${{ github.run_number }}" >> state.txt
      - uses: actions/cache/save@v4
        with:
          path: state.txt
          key: k-\${{ github.head_ref || github.ref_name }}-\${{ github.run_number }}
      - run: echo changed >> state.txt
      - uses: actions/cache/save@v4
        with:
          path: state.txt
          key: k-\${{ github.head_ref || github.ref_name }}-\${{ github.run_number }}
`;
  it('restores by restore-keys prefix (newest first), falls back to the default branch, never overwrites a key', async () => {
    const dir = repo({ '.github/workflows/w.yml': workflow });
    const first = await run(dir);
    expect(leg(first, 'c')?.outputs).toMatchObject({ hit: 'false', matched: '' });
    expect(first.text).toMatch(/Unable to reserve cache with key k-main-1, another job may be creating this cache/);
    const second = await run(dir);
    expect(leg(second, 'c')?.outputs).toMatchObject({ hit: 'false', matched: 'k-main-1' });
    const third = await run(dir);
    expect(leg(third, 'c')?.outputs.matched).toBe('k-main-2');
    const { execFileSync } = await import('node:child_process');
    execFileSync('git', ['checkout', '-q', '-b', 'topic'], { cwd: dir });
    const pr = await run(dir, ['--event', 'pull_request']);
    expect(pr.code, pr.text).toBe(0);
    expect(leg(pr, 'c')?.outputs.matched).toBe('k-main-3');
    expect(pr.text).toMatch(/Cache restored from key: k-main-3 \(scope refs\/heads\/main\)/);
  });
});
