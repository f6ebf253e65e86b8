import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileCommands } from '../../src/core/runner-files.js';
import { MATRIX_FILES_LIMIT } from '../../src/shard/engine.js';
import { ROOT, loadWorkflow, type Step } from './lib.js';
import { runStep } from './steps.js';

// Issue item 4: with file lists over the matrix limit, the legs read their files from the one
// plan the plan job made (never a re-plan from other timings): every file runs exactly once.
const ci = loadWorkflow('.github/workflows/ci.yml');
const filesStep = (ci.jobs.test.steps ?? []).find((s) => s.id === 'files') as Step;

describe('ci.yml: the test legs at a size past the matrix limit', () => {
  it('every file of a 3,000-file suite runs in exactly one leg', () => {
    const repo = mkdtempSync(join(tmpdir(), 'shipline-bigsuite-'));
    const names: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const dir = `test/area-${i % 30}/a-rather-long-folder-name-that-real-suites-have/and-another-level`;
      mkdirSync(join(repo, dir), { recursive: true });
      const name = `${dir}/feature-${String(i).padStart(4, '0')}.test.js`;
      writeFileSync(join(repo, name), '');
      names.push(name);
    }
    expect(names.join(' ').length).toBeGreaterThan(MATRIX_FILES_LIMIT);
    // The plan job: the shard action's CLI twin, writing its outputs as the runner collects them.
    const out = join(repo, '.gh-output');
    writeFileSync(out, '');
    const plan = join(mkdtempSync(join(tmpdir(), 'shipline-plan-')), 'plan.json');
    const cli = join(ROOT, 'dist/shipline/cli.mjs');
    const r = spawnSync(
      process.execPath,
      [cli, 'shard', '--tests', 'test/**/*.test.js', '--shards', '4', '--plan-file', plan],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: out, GITHUB_ACTIONS: 'true' } },
    );
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const matrix = JSON.parse(parseFileCommands(readFileSync(out, 'utf8')).matrix) as {
      include: Array<{ shard: number; total: number; files?: string }>;
    };
    expect(matrix.include).toHaveLength(4);
    expect(matrix.include.every((leg) => !leg.files)).toBe(true);
    // Each leg: ci.yml's own step, with the CLI on PATH as the root action puts it there.
    const bin = mkdtempSync(join(tmpdir(), 'shipline-bin-'));
    writeFileSync(join(bin, 'shipline'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(bin, 'shipline'), 0o755);
    const seen: string[] = [];
    for (const leg of matrix.include) {
      const got = runStep(
        filesStep,
        { PLAN: plan, INDEX: String(leg.shard), TOTAL: String(leg.total), PATH: `${bin}:${process.env.PATH ?? ''}` },
        repo,
      );
      expect(got.status, got.out).toBe(0);
      seen.push(...got.outputs.files.split(/\s+/).filter(Boolean));
    }
    expect(seen.length).toBe(names.length);
    expect([...seen].sort()).toEqual([...names].sort());
  }, 60_000);
});
