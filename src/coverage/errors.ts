import { ConfigError } from '../core/errors.js';
/** A coverage report that cannot be read: names the file, and the line (or byte) where it went wrong. */
export class CoverageParseError extends ConfigError {
  override readonly name = 'CoverageParseError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly line?: number,
    /** Byte offset, when the parser counts bytes rather than lines (XML, JSON). */
    readonly offset?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}${offset !== undefined && !line ? ` (at byte ${offset})` : ''}`);
  }

  withLine(line: number): CoverageParseError {
    return new CoverageParseError(this.file, this.problem, line, this.offset);
  }
}

/** Largest count we accept: beyond it additions lose precision. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** Largest line number we accept: line hits are stored densely per file. */
export const MAX_LINE = 10_000_000;

/** A non-negative whole count, or a CoverageParseError. */
export function checkCount(n: number, what: string, file: string, line?: number, offset?: number): number {
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n) || n > MAX_COUNT) {
    throw new CoverageParseError(
      file,
      `${what} "${n}" is not a count (a whole number from 0 to ${MAX_COUNT})`,
      line,
      offset,
    );
  }
  return n;
}

export function checkLine(n: number, what: string, file: string, line?: number, offset?: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_LINE) {
    throw new CoverageParseError(file, `${what} "${n}" is not a line number (1 to ${MAX_LINE})`, line, offset);
  }
  return n;
}
