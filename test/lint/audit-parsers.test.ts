import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advisoryLevel, fixedFromRange } from '../../src/lint/audit.js';
import { jsonStream, parseGovulncheck, parsePipAudit } from '../../src/lint/audit-more.js';
import { parseOutput } from '../../src/lint/parse-output.js';
import { ParseError } from '../../src/lint/parsers.js';
import { available, needs } from '../helpers/real.js';
import { ROOT } from '../helpers/runner.js';
import { TestRepo } from '../helpers/git.js';
import { cleanEnv, runLint } from './helpers.js';
import type { GateReport } from '../../src/lint/report.js';

/** govulncheck -h exits 2; its presence (and go's) is what counts. */
const hasGovulncheck = available('sh', ['-c', 'command -v govulncheck']) && available('go', ['version']);
const FIX = join(ROOT, 'test/fixtures/lint');
const fixture = (p: string) => readFileSync(join(FIX, p), 'utf8');
const project = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-audit-'));
  for (const [p, c] of Object.entries(files)) writeFileSync(join(dir, p), c);
  return dir;
};

describe('advisory levels and fixed versions', () => {
  it.each([
    ['critical', 'error'],
    ['high', 'error'],
    ['moderate', 'warning'],
    ['low', 'notice'],
    ['info', 'notice'],
  ])('%s → %s', (s, level) => expect(advisoryLevel(s)).toBe(level));

  it.each([
    ['<4.17.12', '4.17.12'],
    ['>=1.0.0 <1.2.6', '1.2.6'],
    ['<0.2.4 || >=1.0.0 <1.2.6', '1.2.6'],
    ['<=4.17.20', undefined],
    ['*', undefined],
  ])('range %s is fixed in %s', (r, v) => expect(fixedFromRange(r)).toBe(v));
});

describe('pip-audit --format json (documented format: pip-audit is not packaged here)', () => {
  const dir = project({ 'requirements.txt': '# web\nFlask==0.5\nJinja2==3.1.2\nwerkzeug >= 2.2\n' });

  it('one error per vulnerability, on the requirements line naming the package; skipped ones left out', () => {
    const f = parseOutput('pip-audit-json', fixture('documented/pip-audit.json'), '', 'pip-audit', dir);
    expect(f.map((x) => `${x.file}:${x.line} ${x.rule} ${x.severity}`)).toEqual([
      'requirements.txt:2 PYSEC-2019-179 error',
      'requirements.txt:2 PYSEC-2018-66 error',
      'requirements.txt:4 GHSA-xg9f-g7g7-2323 error',
    ]);
    expect(f[1].message).toMatch(/^flask 0\.5: PYSEC-2018-66 \(CVE-2018-1000656\); fixed in 0\.12\.3: The Pallets/);
  });

  it('a transitive package is on the first manifest without a line; a crash is one line, not "no findings"', () => {
    const only = project({ 'pyproject.toml': '[project]\nname = "x"\n' });
    const f = parsePipAudit(fixture('documented/pip-audit.json'), '', only);
    expect(f.every((x) => x.file === 'pyproject.toml' && x.line === undefined)).toBe(true);
    expect(() => parsePipAudit('', 'ERROR:pip_audit._cli:Connection to pypi.org timed out\n', only)).toThrow(
      new ParseError('pip-audit gave no report (ERROR:pip_audit._cli:Connection to pypi.org timed out)'),
    );
    // pip-audit 1.x printed the dependency list alone.
    const legacy = JSON.stringify(JSON.parse(fixture('documented/pip-audit.json')).dependencies);
    expect(parsePipAudit(legacy, '', only)).toHaveLength(3);
  });
});

describe('govulncheck JSON', () => {
  const gomod =
    'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/sync v0.7.0\n\tgolang.org/x/text v0.3.5\n)\n';

  it('1.x stream (documented): one finding per advisory at its most reachable level, on the require line', () => {
    const dir = project({ 'go.mod': gomod });
    const f = parseGovulncheck(fixture('documented/govulncheck.json'), '', dir);
    expect(f.map((x) => `${x.file}:${x.line} ${x.rule} ${x.severity}`)).toEqual([
      'go.mod:7 GO-2021-0113 error',
      'go.mod:7 GO-2022-1059 warning',
    ]);
    expect(f[0].message).toBe(
      'golang.org/x/text v0.3.5: Out-of-bounds read in golang.org/x/text/language (called); fixed in v0.3.7; main.go:12: example.com/app.main calls golang.org/x/text/language.Parse',
    );
    expect(f[1].message).toMatch(/\(imported, not called\); fixed in v0\.3\.8$/);
    expect(jsonStream(fixture('documented/govulncheck.json'))).toHaveLength(9);
  });

  it("Debian's pre-1.0 govulncheck ({Vulns}, real output): the stdlib finding sits on the go line", () => {
    const dir = project({ 'go.mod': 'module example.com/gv\n\ngo 1.19\n' });
    const f = parseGovulncheck(fixture('outputs/govulncheck-debian.json'), '', dir);
    expect(f).toEqual([
      {
        file: 'go.mod',
        line: 3,
        rule: 'GO-2023-1878',
        severity: 'error',
        message:
          'stdlib go1.19.8: The HTTP/1 client does not fully validate the contents of the Host header. (called); fixed in go1.20.6; main.go:9:23: example.com/gv.main calls net/http.Get',
      },
    ]);
    expect(parseGovulncheck('{\n\t"Vulns": null\n}\n', '', dir)).toEqual([]);
  });

  it('no database reachable: one line from its error output', () => {
    expect(() =>
      parseGovulncheck(
        '',
        'govulncheck: fetching vulnerabilities: Get "https://vuln.go.dev/index.json": dial tcp: lookup vuln.go.dev: no such host\n',
        '/',
      ),
    ).toThrow(/^govulncheck gave no report \(govulncheck: fetching vulnerabilities: .*no such host\)$/);
  });

  needs('govulncheck and go (Debian)', hasGovulncheck)(
    'the real govulncheck through the gate: detected from go.mod, a finding on the go line of go.mod',
    async () => {
      const repo = new TestRepo();
      repo.write('go.mod', 'module example.com/tiny\n\ngo 1.19\n');
      repo.write('main.go', 'package main\n\nimport "os"\n\nfunc main() { os.Exit(0) }\n').commit('tiny');
      const db = mkdtempSync(join(tmpdir(), 'lint-govulndb-'));
      cpSync(join(FIX, 'audit/govulndb'), db, { recursive: true });
      const env = cleanEnv({ GOVULNDB: `file://${db}`, GOFLAGS: '-mod=mod', GOPROXY: 'off' });
      const r = await runLint(repo.dir, { all: 'true' }, { env });
      const rep = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
      const check = rep.checks.find((c) => c.name === 'govulncheck');
      expect(check).toMatchObject({ status: 'passed' });
      expect(rep.findings.filter((f) => f.check === 'govulncheck')).toEqual([
        expect.objectContaining({
          file: 'go.mod',
          line: 3,
          rule: 'GO-2023-1840',
          severity: 'error',
          message: expect.stringMatching(/^stdlib go1\.19\.\d+: .*\(called\); fixed in go1\.20\.5; .*calls runtime\./),
        }),
      ]);
      expect(r.exitCode).toBe(1);
    },
    60_000,
  );
});
