import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCodeowners, patternRegex, validateCodeowners } from '../../src/lint/codeowners.js';
import { validateChecks } from '../../src/lint/config.js';
import type { GateReport } from '../../src/lint/report.js';
import { TestRepo } from '../helpers/git.js';
import { CodeownersSim } from './codeowners-sim.js';
import { cleanEnv, runLint } from './helpers.js';

const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
const brief = (rep: GateReport) =>
  rep.findings.filter((f) => f.check === 'codeowners').map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`);

describe('CODEOWNERS patterns, as GitHub documents them (about code owners)', () => {
  it.each([
    ['*', 'any/file.txt', true],
    ['*.js', 'src/app/index.js', true],
    ['*.js', 'index.ts', false],
    ['*.go', 'main.go', true],
    ['/build/logs/', 'build/logs/2026/a.log', true],
    ['/build/logs/', 'src/build/logs/a.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/a.js', true],
    ['apps/', 'src/apps/deep/b.js', true],
    ['apps/', 'apps', false],
    ['/docs/', 'docs/a.md', true],
    ['/docs/', 'x/docs/a.md', false],
    ['**/logs', 'build/logs/a.log', true],
    ['**/logs', 'deeply/nested/logs/b.log', true],
    ['**/logs', 'logs/c.log', true],
    ['/apps/github', 'apps/github/x.js', true],
    ['/apps/github', 'apps/github', true],
    ['/apps/github', 'apps/githubber/x.js', false],
    ['/scripts/**', 'scripts/a/b.sh', true],
    ['README.md', 'sub/README.md', true],
    ['/README.md', 'sub/README.md', false],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
  ])('%s owns %s: %s', (pattern, path, owns) => expect(patternRegex(pattern).test(path)).toBe(owns));

  it('comments, inline comments and owners with their columns', () => {
    expect(parseCodeowners('# top\n\n*.js    @octocat  ops@example.com # the js folks\n/x/\n')).toEqual([
      {
        line: 3,
        pattern: '*.js',
        column: 1,
        owners: [
          { name: '@octocat', column: 9 },
          { name: 'ops@example.com', column: 19 },
        ],
      },
      { line: 4, pattern: '/x/', column: 1, owners: [] },
    ]);
  });
});

const FILE = [
  '# Owners',
  '*            @octocat',
  '\\#notes.md  @octocat',
  '!vendor/     @octocat',
  '*.[ch]       @octocat',
  '/docs/       @octo-org/docs docs@example.com',
  '/legacy/     @octocat',
  'src/         octocat @-bad- @octo-org/',
  '/            @octocat',
  '',
].join('\n');
const TRACKED = ['README.md', 'docs/a.md', 'src/main.c', 'src/util.h'];

describe('CODEOWNERS validation: syntax, owners, patterns that own nothing', () => {
  it('each problem is one finding at its line and column', () => {
    const f = validateCodeowners('.github/CODEOWNERS', FILE, TRACKED);
    expect(f.map((x) => `${x.line}:${x.column} ${x.rule} ${x.severity}`)).toEqual([
      '3:1 unsupported-syntax error',
      '4:1 unsupported-syntax error',
      '5:1 unsupported-syntax error',
      '7:1 no-match warning',
      '8:14 invalid-owner error',
      '8:22 invalid-owner error',
      '8:29 invalid-owner error',
      '9:1 invalid-pattern error',
    ]);
    expect(f[0].message).toBe('`\\#notes.md`: escaping a leading # with \\ does not work in CODEOWNERS on GitHub');
    expect(f[3].message).toBe('`/legacy/` matches no tracked file: its owners own nothing');
    expect(f[4].message).toMatch(/^`octocat` is not an owner GitHub accepts: write @username, @org\/team-name/);
  });

  it('a config can ask for it by name (builtin: codeowners), and an unknown built-in is one line', () => {
    const text = '- name: owners\n  builtin: codeowners\n';
    expect(validateChecks([{ name: 'owners', builtin: 'codeowners' }], text, 'lint.yml')[0]).toMatchObject({
      name: 'owners',
      builtin: 'codeowners',
      run: ['codeowners'],
    });
    expect(() => validateChecks([{ name: 'x', builtin: 'owners' }], text, 'lint.yml')).toThrow(
      `lint.yml: check 1 'x' key 'builtin': "owners" is not a built-in check; use one of: codeowners`,
    );
  });
});

describe('the built-in CODEOWNERS check in the gate (real git repositories)', () => {
  let sim: CodeownersSim | undefined;
  afterEach(async () => {
    await sim?.stop();
    sim = undefined;
  });

  function repo(): TestRepo {
    const r = new TestRepo();
    for (const f of TRACKED) r.write(f, 'x\n');
    r.write('.github/CODEOWNERS', FILE).write('CODEOWNERS', '* @octocat\n');
    r.commit('owners');
    return r;
  }

  it('detected zero-config; the file GitHub uses is checked, the one it ignores is named', async () => {
    const r = await runLint(repo().dir, { all: 'true' });
    expect(r.exitCode).toBe(1);
    const rep = report(r);
    expect(rep.checks).toEqual([expect.objectContaining({ name: 'codeowners', status: 'failed' })]);
    expect(brief(rep)).toEqual([
      'CODEOWNERS:1 shadowed notice',
      '.github/CODEOWNERS:3 unsupported-syntax error',
      '.github/CODEOWNERS:4 unsupported-syntax error',
      '.github/CODEOWNERS:5 unsupported-syntax error',
      '.github/CODEOWNERS:7 no-match warning',
      '.github/CODEOWNERS:8 invalid-owner error',
      '.github/CODEOWNERS:8 invalid-owner error',
      '.github/CODEOWNERS:8 invalid-owner error',
      '.github/CODEOWNERS:9 invalid-pattern error',
    ]);
    expect(r.logger.text).toMatch(/picked codeowners: \.github\/CODEOWNERS exists \(built into shipline\)/);
    expect(rep.checks[0].detail).toBe("GitHub's CODEOWNERS errors not asked: no token");
    // Judged by its findings, like a parsed linter: not "failed as a whole".
    expect(rep.verdict.reason).toBe(
      '8 findings (7 errors, 1 warning); 1 finding below fail-level warning not counted (fail-on: any, fail-level: warning)',
    );
  });

  it("with a token, GitHub's own errors (the API simulator) join ours, one finding per problem", async () => {
    const r0 = repo();
    sim = await new CodeownersSim(r0.dir).start();
    sim.known.delete('@octo-org/docs');
    const env = cleanEnv({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_API_URL: sim.url });
    const r = await runLint(r0.dir, { all: 'true', token: sim.token }, { env });
    const rep = report(r);
    expect(sim.requests).toEqual([
      { path: `/repos/octo-org/app/codeowners/errors?ref=${r0.head()}`, authorization: `Bearer ${sim.token}` },
    ]);
    // Line 6: an unknown team only GitHub knows of. Line 8: GitHub's word replaces ours.
    expect(brief(rep).filter((l) => /:(6|8) /.test(l))).toEqual([
      '.github/CODEOWNERS:6 unknown-owner error',
      '.github/CODEOWNERS:8 invalid-owner error',
      '.github/CODEOWNERS:8 unknown-owner error',
      '.github/CODEOWNERS:8 unknown-owner error',
    ]);
    expect(rep.findings.find((f) => f.line === 6)!.message).toBe(
      'Unknown owner (GitHub): /docs/       @octo-org/docs docs@example.com; make sure @octo-org/docs exists and has write access to the repository',
    );
    expect(r.logger.text).not.toContain(sim.token);
  });

  it('fail-on new: a branch that adds an unknown owner and deletes the only file a pattern owned fails on those two; a moved finding stays existing', async () => {
    const r0 = new TestRepo();
    r0.write('docs/a.md', 'x\n').write('src/main.c', 'x\n').write('legacy/old.txt', 'x\n');
    r0.write('CODEOWNERS', '*.[ch] @octocat\n/legacy/ @octocat\n').commit('owners');
    sim = await new CodeownersSim(r0.dir).start();
    r0.git('checkout', '-q', '-b', 'feature');
    r0.git('rm', '-q', 'legacy/old.txt');
    // A comment inserted above moves the existing finding (line 1 → 2): still existing, not new.
    r0.write('CODEOWNERS', '# owners\n*.[ch] @octocat\n/legacy/ @octocat\n/docs/ @nobody-here\n').commit('owners');
    const env = cleanEnv({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_API_URL: sim.url });
    const r = await runLint(r0.dir, { token: sim.token }, { env });
    expect(r.exitCode).toBe(1);
    const rep = report(r);
    expect(rep.findings.filter((f) => f.verdict === 'failing').map((f) => `${f.line} ${f.rule}`)).toEqual([
      '3 no-match',
      '4 unknown-owner',
    ]);
    expect(rep.verdict.reason).toMatch(/^2 new findings \(1 error, 1 warning\).*; 1 existing finding/);
    // The base was asked about at the base commit.
    expect(sim.requests.map((q) => q.path.replace(/.*ref=/, ''))).toContain(r0.git('rev-parse', 'main').trim());
  });

  it('GitHub unreachable: the check errs with one line, never a false pass', async () => {
    const env = cleanEnv({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_API_URL: 'http://127.0.0.1:1' });
    const r0 = new TestRepo();
    r0.write('a.txt', 'x\n').write('CODEOWNERS', '* @octocat\n').commit('ok');
    const r = await runLint(r0.dir, { all: 'true', token: 'ghs_x_unused_token_42' }, { env });
    expect(r.exitCode).toBe(1);
    expect(report(r).verdict.reason).toMatch(
      /^codeowners failed as a whole: GitHub's CODEOWNERS errors could not be fetched: GitHub API \(CODEOWNERS errors\): connection failed \(ECONNREFUSED\) after 3 attempts/,
    );
  }, 30_000);
});
