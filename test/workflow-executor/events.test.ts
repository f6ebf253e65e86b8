import { describe, expect, it } from 'vitest';
import { leg, repo, run } from './lib.js';

describe('events and their payloads', () => {
  it('workflow_dispatch: typed inputs in inputs and github.event.inputs', async () => {
    const dir = repo({
      '.github/workflows/w.yml': `on:
  workflow_dispatch:
    inputs:
      level:
        type: choice
        options: [low, high]
        default: low
      dry:
        type: boolean
        default: true
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      got: \${{ inputs.level }}-\${{ inputs.dry }}-\${{ github.event.inputs.level }}-\${{ github.event_name }}
    steps:
      - run: 'true'
`,
    });
    const r = await run(dir, ['--event', 'workflow_dispatch', '--input', 'level=high', '--input', 'dry=false']);
    expect(r.code, r.text).toBe(0);
    expect(leg(r, 'a')?.outputs.got).toBe('high-false-high-workflow_dispatch');
  });

  it('merge_group: a merge commit on a gh-readonly-queue ref; push: ref, before/after, head_commit', async () => {
    const body = `on: [push, merge_group]
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      ref: \${{ github.ref }}
      head: \${{ github.event.merge_group.head_ref }}
      after: \${{ github.event.after == github.sha }}
      msg: \${{ github.event.head_commit.message }}
    steps:
      - run: 'true'
`;
    const dir = repo({ '.github/workflows/w.yml': body });
    const push = await run(dir);
    expect(leg(push, 'a')?.outputs).toMatchObject({ ref: 'refs/heads/main', after: 'true', msg: 'init' });
    const mg = await run(dir, ['--event', 'merge_group']);
    expect(leg(mg, 'a')?.outputs.ref).toMatch(/^refs\/heads\/gh-readonly-queue\/main\/pr-1-[0-9a-f]{40}$/);
    expect(leg(mg, 'a')?.outputs.head).toBe(leg(mg, 'a')?.outputs.ref);
  });

  it('refuses an event the workflow is not on, and job containers, with file:line (exit 2)', async () => {
    const dir = repo({
      '.github/workflows/w.yml':
        'on: push\njobs:\n  a:\n    runs-on: x\n    container: node:20\n    steps:\n      - run: "true"\n',
    });
    const wrong = await run(dir, ['--event', 'pull_request']);
    expect(wrong.code).toBe(2);
    expect(wrong.text).toMatch(/w\.yml:1: the workflow does not run on pull_request/);
    const container = await run(dir);
    expect(container.code).toBe(2);
    expect(container.text).toMatch(/w\.yml:5: jobs\.a\.container: a job container needs? Docker/);
  });
});
