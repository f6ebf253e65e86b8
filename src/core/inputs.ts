import { ConfigError, inputLabel, type FileLocation, type FrontDoor } from './errors.js';

export type { FrontDoor } from './errors.js';

/** Reads one raw input by its kebab-case name; '' and missing both mean "not set". */
export type InputLookup = (name: string) => string | undefined;

/**
 * Typed access to a tool's inputs. Required inputs throw, optional ones return undefined,
 * booleans, numbers and enums are validated, and every error names the input the way the
 * user wrote it (`input 'shards'` in a workflow, `--shards` on the command line).
 */
export class Inputs {
  constructor(
    private readonly lookup: InputLookup,
    readonly frontDoor: FrontDoor = 'action',
  ) {}

  /** How to name an input in an error: 'shards' in a workflow, --shards on the CLI. */
  label(name: string): string {
    return this.frontDoor === 'cli' ? `--${name}` : name;
  }

  fail(name: string, problem: string, fix: string, location?: FileLocation): ConfigError {
    return ConfigError.forInput(name, problem, fix, location, this.frontDoor);
  }

  /** `--name` on the CLI, `input 'name'` in a workflow: for messages built around an input. */
  describe(name: string): string {
    return inputLabel(name, this.frontDoor);
  }

  optional(name: string): string | undefined {
    const v = this.lookup(name);
    if (v === undefined) return undefined;
    const t = v.trim();
    return t === '' ? undefined : t;
  }

  required(name: string, fix = 'set it'): string {
    const v = this.optional(name);
    if (v === undefined) throw this.fail(name, 'is required but empty', fix);
    return v;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  boolean(name: string, fallback: boolean): boolean {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    throw this.fail(name, `"${v}" is not a boolean`, 'use true or false');
  }

  number(name: string, fallback: number, opts: { min?: number; max?: number; integer?: boolean } = {}): number {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    const { min, max, integer } = opts;
    const ok =
      Number.isFinite(n) &&
      (!integer || Number.isInteger(n)) &&
      (min === undefined || n >= min) &&
      (max === undefined || n <= max);
    if (!ok) {
      const kind = integer ? 'a whole number' : 'a number';
      const range =
        min !== undefined && max !== undefined
          ? ` from ${min} to ${max}`
          : min !== undefined
            ? ` of ${min} or more`
            : max !== undefined
              ? ` of at most ${max}`
              : '';
      throw this.fail(name, `"${v}" is not ${kind}${range}`, `set ${kind}${range}`);
    }
    return n;
  }

  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.optional(name);
    if (v === undefined) return fallback;
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (!found) throw this.fail(name, `"${v}" is not allowed`, `use one of: ${allowed.join(', ')}`);
    return found;
  }

  /** One item a line (commas also split when `commas`); blank lines and `#` comments dropped. */
  list(name: string, opts: { commas?: boolean } = {}): string[] {
    const v = this.optional(name);
    if (v === undefined) return [];
    return splitList(v, opts.commas ?? false);
  }

  /** `KEY=value` lines into ordered pairs; a line without '=' is an error naming it. */
  keyValues(name: string): Array<[string, string]> {
    return this.list(name).map((line, i) => {
      const eq = line.indexOf('=');
      if (eq <= 0) throw this.fail(name, `line ${i + 1} "${line}" is not KEY=value`, 'write one KEY=value a line');
      return [line.slice(0, eq).trim(), line.slice(eq + 1)] as [string, string];
    });
  }

  /** Inline YAML, with the YAML error's line in the message. */
  async yaml(name: string): Promise<unknown> {
    const v = this.lookup(name);
    if (v === undefined || v.trim() === '') return undefined;
    return parseYaml(v, this.describe(name));
  }
}

export function splitList(value: string, commas = false): string[] {
  return value
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/**
 * Parse YAML; a syntax error becomes a ConfigError pointing at the file and line.
 * js-yaml loads on first use: most runs never read YAML, and startup is a budget.
 */
export async function parseYaml(text: string, what: string, file?: string): Promise<unknown> {
  const { load } = await import('js-yaml');
  try {
    return load(text, { filename: file });
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
    const line = err.mark ? err.mark.line + 1 : undefined;
    const column = err.mark ? err.mark.column + 1 : undefined;
    const reason = err.reason ?? err.message.split('\n')[0];
    throw new ConfigError(
      `${what} is not valid YAML${line ? ` (line ${line}${column ? `, column ${column}` : ''})` : ''}: ${reason}; fix the YAML syntax there`,
      file ? { file, line, column } : undefined,
    );
  }
}
