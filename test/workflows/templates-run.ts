import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { available } from '../helpers/real.js';
import { ROOT } from './lib.js';

// Running the templates and pipeline.yml end to end on their example services through the
// local executor (`shipline workflow run`, GitHub's semantics, no containers): a fresh
// repository of each kind with nothing but the template's documented edits.

export const CLI = join(ROOT, 'dist/shipline/cli.mjs');
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
// The reusable workflows are read at a commit: this checkout's HEAD (commit before testing).
export const REF = git(ROOT, 'rev-parse', 'HEAD');
export const hasTools =
  existsSync(CLI) &&
  available('/usr/bin/python3', ['-c', 'import pytest, pytest_cov']) &&
  available('go', ['version']) &&
  available('gotestsum', ['--version']);

export interface Doc {
  jobs: Record<string, { name?: string; permissions?: unknown; with: Record<string, unknown> }>;
  [k: string]: unknown;
}

/** The template as a fork commits it: the home (shipline/shipline) replaced, plus the given edits to with:. */
export function template(lang: string, edit: (doc: Doc) => void = () => {}): string {
  const text = readFileSync(join(ROOT, `workflows-templates/${lang}-service.yml`), 'utf8').replace(
    'shipline/shipline/.github/workflows/pipeline.yml@v1',
    `acme/shipline/.github/workflows/pipeline.yml@${REF}`,
  );
  const doc = load(text) as Doc;
  edit(doc);
  return dump(doc, { lineWidth: -1 });
}

export function repo(files: Record<string, string>, examples: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-e2e-'));
  for (const [name, into] of Object.entries(examples))
    cpSync(join(ROOT, 'examples', name), join(dir, into), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'service');
  return dir;
}

export interface Run {
  code: number | null;
  out: string;
  jobs: Record<string, string>;
  /** run.json: every job, step and output. */
  record: string;
  /** The names of the artifacts the run uploaded. */
  artifacts: string[];
}
/**
 * One run of the caller's workflow through the built CLI. `out` (kept) for a run to re-run;
 * else a temp folder, removed with the repository afterwards.
 */
export function run(
  dir: string,
  event: string,
  opts: { out?: string; extra?: string[]; env?: NodeJS.ProcessEnv } = {},
): Run {
  const out = opts.out ?? mkdtempSync(join(tmpdir(), 'shipline-e2e-out-'));
  // This test's own vitest variables stay out of the workflow's test steps (the Node template runs vitest).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      'workflow',
      'run',
      '-W',
      '.github/workflows/pipeline.yml',
      '--event',
      event,
      '--repo',
      `acme/shipline=${ROOT}`,
      '--repository',
      'acme/service',
      '--out',
      out,
      '--secret',
      'GITHUB_TOKEN=ghs_local_placeholder',
      ...(opts.extra ?? []),
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Debian's python3 carries pytest and pytest-cov; shipline's node_modules the linters.
      env: { ...env, PATH: `/usr/bin:${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ...opts.env },
    },
  );
  const recordFile = join(out, 'run.json');
  const record = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
  const store = join(out, 'artifacts', 'run-1');
  const artifacts = existsSync(store) ? readdirSync(store).sort() : [];
  if (!opts.out) {
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
  const jobs: Record<string, string> = {};
  for (const m of (r.stdout + r.stderr).matchAll(/^[✓✗○⊘] (.+?): (success|failure|skipped|cancelled)/gm))
    jobs[m[1]] = m[2];
  return { code: r.status, out: r.stdout + r.stderr, jobs, record, artifacts };
}
