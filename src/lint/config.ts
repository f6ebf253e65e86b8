import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ConfigError, type FileLocation } from '../core/errors.js';
import { parseYaml, type Inputs } from '../core/inputs.js';
import type { ToolContext } from '../core/tool.js';
import { readSimpleYaml } from './simple-yaml.js';
import { CommandLineError, splitCommand } from './argv.js';
import { BUILTINS, FORMATS, type Builtin, type CheckSource, type LintCheck, type OutputFormat } from './types.js';

const DEFAULT_CONFIG = '.shipline/lint.yml';
const KEYS = [
  'name',
  'run',
  'builtin',
  'shell',
  'files',
  'exclude',
  'pass-files',
  'format',
  'timeout',
  'severity',
  'fix',
];

/** Where a config problem is: the file and the line of the offending key, when we can find it. */
class Locator {
  private readonly lines: string[];
  constructor(
    text: string,
    private readonly file: string | undefined,
  ) {
    this.lines = text.split(/\r?\n/);
  }
  /** The line of `key:` in the block of check `index` (the n-th `- ` item under checks). */
  at(index: number, key?: string): FileLocation | undefined {
    if (!this.file) return undefined;
    let seen = -1;
    let start = -1;
    let indent = -1;
    for (let i = 0; i < this.lines.length; i++) {
      const m = /^(\s*)-\s+\S/.exec(this.lines[i]);
      if (m && (indent < 0 || m[1].length === indent)) {
        indent = m[1].length;
        if (++seen === index) {
          start = i;
          break;
        }
      }
    }
    if (start < 0) return { file: this.file };
    if (key) {
      const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[-]/g, '\\-')}\\s*:`);
      for (let i = start; i < this.lines.length; i++) {
        if (i > start && new RegExp(`^\\s{0,${indent}}-\\s`).test(this.lines[i])) break;
        if (re.test(this.lines[i])) return { file: this.file, line: i + 1 };
      }
    }
    return { file: this.file, line: start + 1 };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** "30", 30, "30s", "2m" → ms. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number' && v > 0 && Number.isFinite(v)) return Math.round(v * 1000);
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  return ms > 0 ? Math.round(ms) : undefined;
}

/**
 * Validate the YAML of a config (a list of checks, or `{ checks: [...] }`) into checks.
 * Every problem is a ConfigError naming the check and key, located at the file and line.
 */
export function validateChecks(doc: unknown, text: string, what: string, file?: string): LintCheck[] {
  const loc = new Locator(text, file);
  const list = Array.isArray(doc) ? doc : isRecord(doc) ? doc.checks : undefined;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigError(
      `${what} has no checks; write a list of checks (each with name and run), under \`checks:\``,
      file ? { file, line: 1 } : undefined,
    );
  }
  const names = new Set<string>();
  return list.map((raw, i) => {
    const where = (key?: string) => loc.at(i, key);
    const bad = (key: string | undefined, problem: string, fix: string) =>
      new ConfigError(
        `${what}: check ${i + 1}${isRecord(raw) && typeof raw.name === 'string' ? ` '${raw.name}'` : ''}${key ? ` key '${key}'` : ''}: ${problem}; ${fix}`,
        where(key),
      );
    if (!isRecord(raw)) throw bad(undefined, 'is not a mapping', 'write it as `- name: ...` with `run: ...` under it');
    for (const k of Object.keys(raw))
      if (!KEYS.includes(k)) throw bad(k, 'is not a known key', `use ${KEYS.join(', ')}`);
    // `name: true` or `name: 3` are YAML scalars the user meant as names.
    const rawName = typeof raw.name === 'number' || typeof raw.name === 'boolean' ? String(raw.name) : raw.name;
    if (typeof rawName !== 'string' || !rawName.trim()) throw bad('name', 'is missing', 'give each check a name');
    const name = rawName.trim();
    if (names.has(name)) throw bad('name', `'${name}' is used twice`, 'give each check its own name');
    names.add(name);
    const shell = raw.shell === undefined ? false : raw.shell;
    if (typeof shell !== 'boolean') throw bad('shell', `"${String(shell)}" is not a boolean`, 'use true or false');
    const command = (key: 'run' | 'fix'): string[] | undefined => {
      const v = raw[key];
      if (v === undefined || v === null) return undefined;
      if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' || typeof x === 'number'))
        return v.map(String);
      if (typeof v !== 'string' || !v.trim())
        throw bad(
          key,
          'must be a command line or a list of arguments',
          `e.g. \`${key}: flake8 --max-line-length 100\``,
        );
      if (shell) return [v];
      try {
        return splitCommand(v);
      } catch (e) {
        if (e instanceof CommandLineError)
          throw bad(
            key,
            `${e.message} (commands run without a shell)`,
            'quote it, or set `shell: true` on the check if you need a shell',
          );
        throw e;
      }
    };
    const builtin = raw.builtin === undefined ? undefined : String(raw.builtin);
    if (builtin !== undefined && !BUILTINS.includes(builtin as Builtin))
      throw bad('builtin', `"${builtin}" is not a built-in check`, `use one of: ${BUILTINS.join(', ')}`);
    const run = builtin ? [builtin] : command('run');
    if (!run || run.length === 0) throw bad('run', 'is missing', 'set the command to run, e.g. `run: flake8`');
    let files: string[] | undefined;
    if (raw.files !== undefined) {
      const f = typeof raw.files === 'string' ? [raw.files] : raw.files;
      if (!Array.isArray(f) || !f.every((x) => typeof x === 'string' && x.trim()))
        throw bad('files', 'must be a glob or a list of globs', "e.g. `files: ['**/*.py']`");
      files = f.map((x: string) => x.trim());
    }
    let exclude: string[] | undefined;
    if (raw.exclude !== undefined) {
      const x = typeof raw.exclude === 'string' ? [raw.exclude] : raw.exclude;
      if (!Array.isArray(x) || !x.every((g) => typeof g === 'string' && g.trim()))
        throw bad('exclude', 'must be a glob or a list of globs', "e.g. `exclude: ['**/tests/**']`");
      exclude = x.map((g: string) => g.trim());
    }
    const passFiles = raw['pass-files'] === undefined ? files !== undefined : raw['pass-files'];
    if (typeof passFiles !== 'boolean')
      throw bad('pass-files', `"${String(passFiles)}" is not a boolean`, 'use true or false');
    const format = (raw.format === undefined ? 'text' : String(raw.format)) as OutputFormat;
    if (!FORMATS.includes(format))
      throw bad('format', `"${format}" is not a known format`, `use one of: ${FORMATS.join(', ')}`);
    let timeoutMs: number | undefined;
    if (raw.timeout !== undefined) {
      timeoutMs = parseDuration(raw.timeout);
      if (timeoutMs === undefined)
        throw bad('timeout', `"${String(raw.timeout)}" is not a duration`, 'use seconds (30) or 30s / 2m');
    }
    const severity = raw.severity === undefined ? 'error' : raw.severity;
    if (severity !== 'error' && severity !== 'warning')
      throw bad('severity', `"${String(severity)}" is not allowed`, 'use error or warning');
    const fix = command('fix');
    return {
      name,
      run,
      shell,
      files,
      exclude,
      passFiles,
      format,
      timeoutMs,
      severity,
      fix,
      ...(builtin ? { builtin: builtin as Builtin } : {}),
    };
  });
}

/** The checks of this run: inline `checks`, else the config file, else zero-config detection. */
export async function loadChecks(inputs: Inputs, ctx: ToolContext): Promise<CheckSource> {
  const inline = inputs.optional('checks');
  if (inline !== undefined) {
    const what = inputs.describe('checks');
    const doc = readSimpleYaml(inline) ?? (await parseYaml(inline, what));
    return { kind: 'inline', checks: validateChecks(doc, inline, what) };
  }
  const configPath = inputs.string('config', DEFAULT_CONFIG);
  const abs = isAbsolute(configPath) ? configPath : join(ctx.cwd, configPath);
  if (existsSync(abs)) {
    const rel = relative(ctx.cwd, abs) || configPath;
    const file = rel.startsWith('..') ? abs : rel;
    const text = readFileSync(abs, 'utf8');
    const doc = readSimpleYaml(text) ?? (await parseYaml(text, file, file));
    return { kind: 'config', file, checks: validateChecks(doc, text, file, file) };
  }
  if (configPath !== DEFAULT_CONFIG) {
    throw inputs.fail(
      'config',
      `${configPath} does not exist`,
      `create it, or leave ${inputs.label('config')} unset to detect the checks from the repository`,
    );
  }
  const { detectChecks } = await import('./detect.js');
  const { checks, detections, files } = await detectChecks(ctx.cwd, ctx.env, ctx.exec);
  return { kind: 'detected', checks, detections, files };
}
