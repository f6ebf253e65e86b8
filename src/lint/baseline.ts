import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, describeThrown } from '../core/errors.js';
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
