/** One branch outcome: `block` groups the outcomes of one decision on `line`. */
export interface Branch {
  line: number;
  block: string | number;
  index: string | number;
  hits: number;
}

const small = (v: string | number): v is number => typeof v === 'number' && v >= 0 && v < 1024 && Number.isInteger(v);
const digits = (v: string | number): string | number => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : v);

/** Numeric keys for the usual small block/outcome numbers (a Map of numbers is far cheaper than of strings). */
export function branchKey(line: number, block: string | number, index: string | number): number | string {
  return small(block) && small(index) ? line * 1048576 + block * 1024 + index : `${line}:${block}:${index}`;
}

export interface FunctionHit {
  name: string;
  line: number;
  hits: number;
}

/** Totals that a format gives without line detail (Istanbul json-summary). */
export interface Count {
  total: number;
  covered: number;
}

/**
 * Coverage of one source file. Line hits live in a growable Float64Array (-1 = the line is
 * not measured) so a 5,000-file project costs a few MB, not a Map entry per line.
 */
export class FileCoverage {
  private hits: Float64Array = new Float64Array(0);
  private measured = 0;
  readonly branches = new Map<number | string, Branch>();
  readonly functions = new Map<string, FunctionHit>();
  /** Go counts statements per block, not lines: key `startLine.col,endLine.col` → statements and hits. */
  blocks?: Map<string, { statements: number; hits: number; start: number; end: number }>;
  /** Go: the line hits are the lines holding statements (read from the source), not every line a block spans. */
  statementLines?: boolean;
  /** Totals only, for formats without detail. */
  summary?: { lines: Count; branches: Count; functions: Count };
  /** Branches a report counts for this file without listing their lines (Istanbul's Clover). */
  unlisted?: { branches: Count };

  constructor(public path: string) {}

  private grow(line: number): void {
    if (line < this.hits.length) return;
    const next = new Float64Array(Math.max(line + 1, this.hits.length * 2, 64));
    next.fill(-1);
    next.set(this.hits);
    this.hits = next;
  }

  /** Add `hits` to `line` (a line first seen with 0 hits is measured but uncovered). */
  addLine(line: number, hits: number): void {
    this.grow(line);
    const prev = this.hits[line];
    if (prev < 0) {
      this.measured++;
      this.hits[line] = hits;
    } else this.hits[line] = prev + hits;
  }

  /** Keep the larger count (Istanbul's rule for several statements on one line). */
  maxLine(line: number, hits: number): void {
    this.grow(line);
    const prev = this.hits[line];
    if (prev < 0) {
      this.measured++;
      this.hits[line] = hits;
    } else if (hits > prev) this.hits[line] = hits;
  }

  /** Forget every line hit (Go: the lines are rebuilt from the blocks and the source). */
  clearLines(): void {
    this.hits = new Float64Array(0);
    this.measured = 0;
  }

  lineHits(line: number): number | undefined {
    const v = line < this.hits.length ? this.hits[line] : -1;
    return v < 0 ? undefined : v;
  }

  get measuredLines(): number {
    return this.measured;
  }

  forEachLine(fn: (line: number, hits: number) => void): void {
    const h = this.hits;
    for (let i = 0; i < h.length; i++) if (h[i] >= 0) fn(i, h[i]);
  }

  *lines(): Generator<[number, number]> {
    for (let i = 0; i < this.hits.length; i++) if (this.hits[i] >= 0) yield [i, this.hits[i]];
  }

  addBranch(line: number, block: string | number, index: string | number, hits: number): void {
    if (typeof block === 'string') block = digits(block);
    if (typeof index === 'string') index = digits(index);
    const key = branchKey(line, block, index);
    const b = this.branches.get(key);
    if (b) b.hits += hits;
    else this.branches.set(key, { line, block, index, hits });
  }

  /** Functions are keyed by name (no string built per call); the same name on another line gets its own entry. */
  addFunction(name: string, line: number, hits: number): void {
    let f = this.functions.get(name);
    if (f && f.line !== line) {
      const key = `${line}:${name}`;
      f = this.functions.get(key);
      if (!f) {
        this.functions.set(key, { name, line, hits });
        return;
      }
    }
    if (f) f.hits += hits;
    else this.functions.set(name, { name, line, hits });
  }

  addBlock(key: string, start: number, end: number, statements: number, hits: number, mode: 'set' | 'count'): void {
    this.blocks ??= new Map();
    const b = this.blocks.get(key);
    if (b) b.hits = mode === 'set' ? Math.max(b.hits, hits) : b.hits + hits;
    else this.blocks.set(key, { statements, hits, start, end });
  }

  /** Lines, branches and functions as covered/total. Go files count statements, as `go tool cover` does. */
  totals(): { lines: Count; branches: Count; functions: Count } {
    if (this.summary) return this.summary;
    const lines: Count = { total: 0, covered: 0 };
    if (this.blocks) {
      for (const b of this.blocks.values()) {
        lines.total += b.statements;
        if (b.hits > 0) lines.covered += b.statements;
      }
    } else {
      for (let i = 0; i < this.hits.length; i++) {
        if (this.hits[i] < 0) continue;
        lines.total++;
        if (this.hits[i] > 0) lines.covered++;
      }
    }
    const branches: Count = {
      total: this.branches.size + (this.unlisted?.branches.total ?? 0),
      covered: this.unlisted?.branches.covered ?? 0,
    };
    for (const b of this.branches.values()) if (b.hits > 0) branches.covered++;
    const functions: Count = { total: this.functions.size, covered: 0 };
    for (const f of this.functions.values()) if (f.hits > 0) functions.covered++;
    return { lines, branches, functions };
  }

  /** Fold `other` (the same file from another report) into this one. */
  merge(other: FileCoverage): void {
    if (other.hits.length > this.hits.length) this.grow(other.hits.length - 1);
    other.forEachLine((line, hits) => this.addLine(line, hits));
    for (const b of other.branches.values()) this.addBranch(b.line, b.block, b.index, b.hits);
    for (const f of other.functions.values()) this.addFunction(f.name, f.line, f.hits);
    if (other.blocks)
      for (const [k, b] of other.blocks) this.addBlock(k, b.start, b.end, b.statements, b.hits, 'count');
    if (other.unlisted) {
      // Unlisted branches have no identity: the same file from two shards keeps the larger counts.
      const mine = this.unlisted?.branches ?? { total: 0, covered: 0 };
      this.unlisted = {
        branches: {
          total: Math.max(mine.total, other.unlisted.branches.total),
          covered: Math.max(mine.covered, other.unlisted.branches.covered),
        },
      };
    }
    if (other.summary) {
      const mine = this.summary ?? {
        lines: { total: 0, covered: 0 },
        branches: { total: 0, covered: 0 },
        functions: { total: 0, covered: 0 },
      };
      // Summaries carry no line identity: two shards' totals can only be taken at their maximum.
      for (const k of ['lines', 'branches', 'functions'] as const) {
        mine[k] = {
          total: Math.max(mine[k].total, other.summary[k].total),
          covered: Math.max(mine[k].covered, other.summary[k].covered),
        };
      }
      this.summary = mine;
    }
  }

  clone(): FileCoverage {
    const c = new FileCoverage(this.path);
    c.merge(this);
    return c;
  }
}

/** A whole report: files by normalised path. */
export class CoverageReport {
  readonly files = new Map<string, FileCoverage>();
  /**
   * Totals a single report states at its root (Cobertura `lines-valid`…, Clover project metrics):
   * the tool's own numbers, which the whole-report totals then equal. Set only when one report
   * is read whole (no exclusion), since the root cannot be split by file.
   */
  declared?: Partial<Record<'lines' | 'branches' | 'functions', Count>>;

  file(path: string): FileCoverage {
    let f = this.files.get(path);
    if (!f) {
      f = new FileCoverage(path);
      this.files.set(path, f);
    }
    return f;
  }

  /** Add a finished file; a path seen before is merged into the earlier one. */
  put(f: FileCoverage): void {
    const prev = this.files.get(f.path);
    if (prev) prev.merge(f);
    else this.files.set(f.path, f);
  }

  merge(other: CoverageReport): this {
    for (const f of other.files.values()) {
      const prev = this.files.get(f.path);
      if (prev) prev.merge(f);
      else this.files.set(f.path, f.clone());
    }
    return this;
  }

  totals(filter?: (path: string) => boolean): { lines: Count; branches: Count; functions: Count } {
    const t = {
      lines: { total: 0, covered: 0 },
      branches: { total: 0, covered: 0 },
      functions: { total: 0, covered: 0 },
    };
    for (const f of this.files.values()) {
      if (filter && !filter(f.path)) continue;
      const ft = f.totals();
      for (const k of ['lines', 'branches', 'functions'] as const) {
        t[k].total += ft[k].total;
        t[k].covered += ft[k].covered;
      }
    }
    if (!filter && this.declared)
      for (const k of ['lines', 'branches', 'functions'] as const) {
        const d = this.declared[k];
        if (d) t[k] = { total: d.total, covered: d.covered };
      }
    return t;
  }
}

/** Percentage with two decimals; undefined when nothing is measured. */
export function percent(c: Count): number | undefined {
  return c.total === 0 ? undefined : Math.floor((c.covered / c.total) * 10000) / 100;
}
