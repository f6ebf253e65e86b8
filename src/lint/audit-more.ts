import { escapeRe, lineOf, obj, parseJson, readText, str, type Raw } from './audit.js';
import { ParseError } from './parsers.js';

/** PEP 503: names compare lower-case with runs of `-_.` as one `-`. */
const pep503 = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

/** Where a Python project names its dependencies, in the order a finding is placed in. */
export const PY_MANIFESTS = [
  'requirements.txt',
  'requirements-dev.txt',
  'pyproject.toml',
  'poetry.lock',
  'Pipfile.lock',
  'pylock.toml',
];

/** The last line of a tool's error output, for a one-line reason. */
const lastLine = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();

/**
 * `pip-audit --format json`: `{dependencies: [{name, version, vulns: [{id, fix_versions,
 * aliases, description}]}], fixes}` (pip-audit 2; 1.x printed the list alone). pip-audit gives
 * no severity: every known vulnerability is an error. The finding is placed on the line of the
 * first manifest that names the package (a transitive one: on the manifest, without a line).
 */
export function parsePipAudit(stdout: string, stderr: string, cwd: string): Raw[] {
  const doc = parseJson(stdout, 'pip-audit');
  if (doc === undefined) {
    const why = lastLine(stderr);
    if (why) throw new ParseError(`pip-audit gave no report (${why})`);
    return [];
  }
  const deps = Array.isArray(doc) ? doc : obj(doc).dependencies;
  if (!Array.isArray(deps)) throw new ParseError('pip-audit JSON has no dependencies array');
  const present = PY_MANIFESTS.map((f) => ({ f, text: readText(cwd, f) })).filter((m) => m.text !== undefined);
  const out: Raw[] = [];
  for (const d of deps.map(obj)) {
    const name = str(d.name);
    const vulns = Array.isArray(d.vulns) ? d.vulns.map(obj) : [];
    if (!name || !vulns.length) continue;
    // A line naming the package: `name==1.0`, `name = "^1.0"`, `name = "1.0"` / `"name>=1"` in a list.
    const re = new RegExp(
      `(^|["'\\s])${escapeRe(name).replace(/\\?[-_.]/g, '[-_.]+')}\\s*(\\[[^\\]]*\\])?\\s*([=<>~!;"'@]|$)`,
      'i',
    );
    const hit = present.map((m) => ({ file: m.f, line: lineOf(m.text, re) })).find((h) => h.line !== undefined);
    for (const v of vulns) {
      const id = str(v.id) ?? 'vulnerability';
      const fixes = Array.isArray(v.fix_versions) ? v.fix_versions.map(String) : [];
      const aliases = Array.isArray(v.aliases) ? v.aliases.map(String) : [];
      out.push({
        file: hit?.file ?? present[0]?.f,
        line: hit?.line,
        rule: id,
        severity: 'error',
        message: `${pep503(name)} ${str(d.version) ?? ''}: ${id}${aliases.length ? ` (${aliases.join(', ')})` : ''}; ${fixes.length ? `fixed in ${fixes.join(', ')}` : 'no fixed version'}${str(v.description) ? `: ${str(v.description)!.split('\n')[0].slice(0, 200)}` : ''}`,
      });
    }
  }
  return out;
}

/** Concatenated JSON values (govulncheck prints a stream of indented objects). */
export function jsonStream(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && depth > 0 && --depth === 0) {
      try {
        out.push(JSON.parse(text.slice(start, i + 1)));
      } catch {
        throw new ParseError('the output is not govulncheck JSON');
      }
    }
  }
  return out;
}

interface GoVuln {
  id: string;
  summary?: string;
  module: string;
  version?: string;
  fixed?: string;
  /** 3: a vulnerable function is called; 2: its package is imported; 1: the module is required. */
  level: 1 | 2 | 3;
  /** Where the call is, for a called function: "main.go:9:23: example.com/x.main calls net/http.Get". */
  call?: string;
}

const LEVEL = { 3: 'error', 2: 'warning', 1: 'notice' } as const;
const REACH = { 3: 'called', 2: 'imported, not called', 1: 'required, not imported' } as const;

/**
 * govulncheck's JSON: the stream of `{config}`, `{progress}`, `{osv}` and `{finding}` messages of
 * govulncheck 1.x (`-json` / `-format json`), or the `{Vulns: [...]}` report of the versions
 * before 1.0 (Debian bookworm's). One finding per vulnerability and module, at its most
 * reachable level: called → error, imported only → warning, required only → notice (as
 * govulncheck's text report calls only the first kind "affected"). Placed on the `require` line
 * of go.mod (the `go` line for the standard library).
 */
export function parseGovulncheck(stdout: string, stderr: string, cwd: string): Raw[] {
  const values = jsonStream(stdout);
  if (!values.length) {
    const why = lastLine(stderr);
    if (why) throw new ParseError(`govulncheck gave no report (${why})`);
    return [];
  }
  const found = new Map<string, GoVuln>();
  const keep = (v: GoVuln) => {
    const k = `${v.id}\0${v.module}`;
    const had = found.get(k);
    if (!had || v.level > had.level) found.set(k, { ...v, summary: v.summary ?? had?.summary });
  };
  const summaries = new Map<string, string>();
  for (const value of values) {
    const m = obj(value);
    if (Array.isArray(m.Vulns) || m.Vulns === null) {
      for (const v of (m.Vulns as unknown[] | null) ?? []) {
        const osv = obj(obj(v).OSV);
        const id = str(osv.id) ?? 'vulnerability';
        for (const mod of Array.isArray(obj(v).Modules) ? (obj(v).Modules as unknown[]).map(obj) : []) {
          const pkgs = Array.isArray(mod.Packages) ? mod.Packages.map(obj) : [];
          const stacks = pkgs.flatMap((p) => (Array.isArray(p.CallStacks) ? p.CallStacks.map(obj) : []));
          keep({
            id,
            summary: str(osv.summary) ?? str(osv.details)?.split('\n')[0],
            module: str(mod.Path) ?? '?',
            version: str(mod.FoundVersion),
            fixed: str(mod.FixedVersion),
            level: stacks.length ? 3 : pkgs.length ? 2 : 1,
            call: str(stacks[0]?.Summary),
          });
        }
      }
      continue;
    }
    if (m.osv) {
      const osv = obj(m.osv);
      if (str(osv.id)) summaries.set(str(osv.id)!, str(osv.summary) ?? str(osv.details)?.split('\n')[0] ?? '');
    }
    if (m.finding) {
      const f = obj(m.finding);
      const trace = Array.isArray(f.trace) ? f.trace.map(obj) : [];
      const top = trace[0] ?? {};
      const caller = trace.length > 1 ? trace[trace.length - 1] : undefined;
      const pos = obj(caller?.position);
      keep({
        id: str(f.osv) ?? 'vulnerability',
        module: str(top.module) ?? '?',
        version: str(top.version),
        fixed: str(f.fixed_version),
        level: str(top.function) ? 3 : str(top.package) ? 2 : 1,
        call:
          str(top.function) && caller
            ? `${str(pos.filename) ? `${str(pos.filename)}:${String(pos.line ?? 0)}: ` : ''}${str(caller.package) ?? ''}.${str(caller.function) ?? ''} calls ${str(top.package) ?? ''}.${str(top.receiver) ? `${str(top.receiver)}.` : ''}${str(top.function)}`
            : undefined,
      });
    }
  }
  const gomod = readText(cwd, 'go.mod');
  return [...found.values()].map((v) => {
    const line =
      v.module === 'stdlib' || v.module === 'toolchain'
        ? lineOf(gomod, /^\s*(toolchain|go)\s+\S+/)
        : lineOf(gomod, new RegExp(`^\\s*(require\\s+)?${escapeRe(v.module)}\\s+v`));
    return {
      file: 'go.mod',
      line,
      rule: v.id,
      severity: LEVEL[v.level],
      message: `${v.module}${v.version ? ` ${v.version}` : ''}: ${v.summary ?? summaries.get(v.id) ?? v.id} (${REACH[v.level]}); ${v.fixed ? `fixed in ${v.fixed}` : 'no fixed version'}${v.call ? `; ${v.call}` : ''}`,
    };
  });
}
