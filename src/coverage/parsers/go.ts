import { CoverageReport } from '../model.js';
import { checkCount, checkLine, CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';

const LINE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

/**
 * Go coverprofile (`go test -coverprofile`, modes set/count/atomic). Blocks are counted in
 * statements, as `go tool cover` counts them; a block repeated (several test binaries)
 * is merged as go does: `set` ORs, `count`/`atomic` add.
 */
export async function parseGoProfile(chunks: Chunks, file: string): Promise<CoverageReport> {
  const report = new CoverageReport();
  let mode: 'set' | 'count' | undefined;
  let lineNo = 0;
  let carry = '';
  const decoder = new TextDecoder();
  const handle = (raw: string) => {
    lineNo++;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    if (line.startsWith('mode: ')) {
      const m = line.slice(6).trim();
      if (m !== 'set' && m !== 'count' && m !== 'atomic')
        throw new CoverageParseError(file, `unknown mode "${m}" (expected set, count or atomic)`, lineNo);
      if (mode && lineNo > 1 && (m === 'set') !== (mode === 'set'))
        throw new CoverageParseError(file, `mode "${m}" differs from the first mode`, lineNo);
      mode = m === 'set' ? 'set' : 'count';
      return;
    }
    if (!mode)
      throw new CoverageParseError(file, 'does not start with "mode: set|count|atomic": not a Go coverprofile', lineNo);
    const m = LINE.exec(line);
    if (!m)
      throw new CoverageParseError(
        file,
        `"${line.slice(0, 60)}" is not a coverprofile block (file:line.col,line.col statements count)`,
        lineNo,
      );
    const start = checkLine(Number(m[2]), 'start line', file, lineNo);
    const end = checkLine(Number(m[4]), 'end line', file, lineNo);
    if (end < start)
      throw new CoverageParseError(file, `block ends (line ${end}) before it starts (line ${start})`, lineNo);
    const statements = checkCount(Number(m[6]), 'statement count', file, lineNo);
    const hits = checkCount(Number(m[7]), 'hit count', file, lineNo);
    const f = report.file(m[1]);
    f.addBlock(`${m[2]}.${m[3]},${m[4]}.${m[5]}`, start, end, statements, hits, mode);
  };
  for await (const chunk of chunks) {
    if (lineNo === 0 && carry === '' && chunk.subarray(0, 8000).includes(0))
      throw new CoverageParseError(file, 'is a binary file, not a Go coverprofile');
    const text = carry + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    carry = parts.pop() ?? '';
    if (carry.length > 1 << 20)
      throw new CoverageParseError(file, 'a line longer than 1 MB: not a Go coverprofile', lineNo + 1);
    for (const p of parts) handle(p);
  }
  carry += decoder.decode();
  if (carry) handle(carry);
  if (!mode) throw new CoverageParseError(file, 'is empty: no "mode:" line');
  // Line hits for changed-line coverage: a line is covered when any block over it ran.
  for (const f of report.files.values()) {
    for (const b of f.blocks?.values() ?? []) {
      if (b.statements === 0) continue;
      for (let l = b.start; l <= b.end; l++) f.maxLine(l, b.hits);
    }
  }
  return report;
}
