import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, describeThrown } from '../core/errors.js';
import { specInputs } from '../core/host.js';
import type { ToolContext } from '../core/tool.js';
import { fingerprint, LineCache, type Fingerprint } from './fingerprint.js';
import type { Finding } from './types.js';

/** The committed baseline of existing findings: a documented file with a version field. */
export interface BaselineFile {
  version: 1;
  /** What wrote it and when, for the reader of a diff of this file. */
  createdBy: string;
  createdAt: string;
  commit?: string;
  findings: Array<Pick<Finding, 'check' | 'file' | 'line' | 'rule' | 'message' | 'severity'> & Fingerprint>;
}

/** Write every finding of a full run, with its fingerprints, sorted for small diffs. */
export function writeBaseline(path: string, findings: Finding[], cwd: string, commit?: string): number {
  const lines = new LineCache(cwd);
  const rows = findings
    .map((f) => ({
      check: f.check,
      file: f.file,
      line: f.line,
      rule: f.rule,
      message: f.message,
      severity: f.severity,
      ...fingerprint(f, lines.lines(f.file)),
    }))
    .sort((a, b) =>
      `${a.file}\0${String(a.line).padStart(8)}\0${a.check}`.localeCompare(
        `${b.file}\0${String(b.line).padStart(8)}\0${b.check}`,
      ),
    );
  const doc: BaselineFile = {
    version: 1,
    createdBy: 'shipline lint baseline',
    createdAt: new Date().toISOString(),
    commit,
    findings: rows,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(doc, null, 1) + '\n');
  return rows.length;
}

/** The baseline's fingerprints, or undefined when the file does not exist; a ConfigError when it is unreadable. */
export function readBaseline(path: string, label: string): Fingerprint[] | undefined {
  if (!existsSync(path)) return undefined;
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8')) as Partial<BaselineFile>;
  } catch (e) {
    throw new ConfigError(
      `${label}: ${path} is not JSON (${describeThrown(e)}); rewrite it with shipline lint baseline`,
    );
  }
  if (doc.version !== 1 || !Array.isArray(doc.findings))
    throw new ConfigError(`${label}: ${path} is not a version 1 lint baseline; rewrite it with shipline lint baseline`);
  return doc.findings.map((f) => ({ exact: String(f.exact), loose: String(f.loose) }));
}

/** `shipline lint baseline [--config FILE] [--baseline FILE]`: lint every file and record the findings. */
export async function baselineCommand(argv: string[], ctx: ToolContext): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        config: { type: 'string' },
        baseline: { type: 'string' },
        checks: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    ctx.logger.error(`shipline lint baseline: ${describeThrown(e).split('\n')[0]}; run shipline lint baseline --help`);
    return 2;
  }
  if (values.help) return 0;
  const { tool } = await import('./tool.js');
  const { run: runGate } = await import('./engine.js');
  const given: Record<string, string | undefined> = {
    config: values.config as string | undefined,
    checks: values.checks as string | undefined,
    baseline: values.baseline as string | undefined,
    all: 'true',
    'fail-on': 'any',
  };
  try {
    const options = await tool.parse(
      specInputs(tool.inputs, (n) => given[n], 'cli', ctx.masker),
      ctx,
    );
    options.writeBaseline = true;
    const r = await runGate(options, ctx);
    const path = isAbsolute(options.baseline) ? options.baseline : join(ctx.cwd, options.baseline);
    ctx.logger.info(`baseline written: ${path} (${r.outputs.findings ?? '?'} findings); commit it`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      ctx.logger.error(e.message);
      return 2;
    }
    throw e;
  }
}
