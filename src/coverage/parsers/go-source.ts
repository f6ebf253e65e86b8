/**
 * Which lines of a Go source hold statements. A coverprofile names blocks (start and end
 * positions and a statement count), not lines: counting every line a block spans counts
 * comments, blank lines and closing braces, and disagrees with `go test -cover`. Reading the
 * source, a block's statements start where Go's grammar starts them: at the block's first
 * token and after every semicolon at the block's own nesting depth, written or inserted at a
 * line end by Go's semicolon rule (https://go.dev/ref/spec#Semicolons).
 */

interface Token {
  line: number;
  col: number;
  /** One of ( ) [ ] { } ; : or 'x' for anything else. */
  kind: string;
  /** The keyword, for if/for/switch/select (whose headers hold semicolons of their own). */
  header?: boolean;
}

const NL = 10;
const isIdent = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
const KEYWORDS_WITHOUT_SEMI = new Set([
  'case',
  'chan',
  'const',
  'default',
  'defer',
  'else',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'select',
  'struct',
  'switch',
  'type',
  'var',
]);

/** Tokens of a Go source with byte columns (1-based, as the coverprofile counts), semicolons inserted. */
export function goTokens(src: Uint8Array): Token[] {
  const out: Token[] = [];
  let line = 1;
  let lineStart = 0;
  // Whether the last token on this line makes a newline a semicolon.
  let semi = false;
  let i = 0;
  const n = src.length;
  const newline = () => {
    if (semi) out.push({ line, col: i - lineStart + 1, kind: ';' });
    semi = false;
    line++;
    lineStart = i + 1;
  };
  while (i < n) {
    const c = src[i];
    if (c === NL) {
      newline();
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (c === 47 && src[i + 1] === 47) {
      while (i < n && src[i] !== NL) i++;
      continue;
    }
    if (c === 47 && src[i + 1] === 42) {
      i += 2;
      let crossed = false;
      while (i < n && !(src[i] === 42 && src[i + 1] === 47)) {
        if (src[i] === NL) {
          if (!crossed && semi) out.push({ line, col: i - lineStart + 1, kind: ';' });
          crossed = true;
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i += 2;
      if (crossed) semi = false;
      continue;
    }
    if (c === 34 || c === 39) {
      // "string" or 'rune', with escapes
      i++;
      while (i < n && src[i] !== c && src[i] !== NL) i += src[i] === 92 ? 2 : 1;
      i++;
      out.push({ line, col, kind: 'x' });
      semi = true;
      continue;
    }
    if (c === 96) {
      // `raw string`, may span lines
      const startLine = line;
      i++;
      while (i < n && src[i] !== 96) {
        if (src[i] === NL) {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      i++;
      out.push({ line: startLine, col, kind: 'x' });
      semi = true;
      continue;
    }
    if (isIdent(c)) {
      const from = i;
      while (i < n && (isIdent(src[i]) || (src[i] === 46 && c >= 48 && c <= 57))) i++;
      const word = Buffer.from(src.subarray(from, i)).toString('latin1');
      out.push({ line, col, kind: 'x', header: HEADERS.has(word) || undefined });
      semi = !KEYWORDS_WITHOUT_SEMI.has(word);
      continue;
    }
    if ((c === 43 || c === 45) && src[i + 1] === c) {
      out.push({ line, col, kind: 'x' });
      i += 2;
      semi = true;
      continue;
    }
    const ch = String.fromCharCode(c);
    if ('()[]{};:'.includes(ch)) {
      out.push({ line, col, kind: ch });
      semi = ch === ')' || ch === ']' || ch === '}';
    } else {
      out.push({ line, col, kind: 'x' });
      semi = false;
    }
    i++;
  }
  return out;
}

const HEADERS = new Set(['if', 'for', 'switch', 'select']);

const before = (t: Token, line: number, col: number) => t.line < line || (t.line === line && t.col < col);

/**
 * The lines where a block's statements start, or undefined when the source does not show any
 * (the source changed since the profile was made). Positions are the profile's: the block
 * runs from start to just before end.
 */
export function blockStatementLines(
  tokens: Token[],
  start: { line: number; col: number },
  end: { line: number; col: number },
): number[] | undefined {
  const starts = blockStatementStarts(tokens, start, end);
  return starts.length ? [...new Set(starts)] : undefined;
}

/** The line of each statement's first token in the block (a line once per statement on it). */
export function blockStatementStarts(
  tokens: Token[],
  start: { line: number; col: number },
  end: { line: number; col: number },
): number[] {
  // First token at or after the start.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(tokens[mid], start.line, start.col)) lo = mid + 1;
    else hi = mid;
  }
  const lines: number[] = [];
  let depth = 0;
  let fresh = true;
  let header = false;
  let i = lo;
  // A function or clause body's block begins at its opening brace.
  if (i < tokens.length && tokens[i].kind === '{') i++;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!before(t, end.line, end.col)) break;
    if (t.kind === ';') {
      if (depth === 0 && !header) fresh = true;
      continue;
    }
    if (fresh && depth === 0 && t.kind !== '}' && t.kind !== ')') {
      lines.push(t.line);
      fresh = false;
      header = !!t.header;
      // `Label: for …` is one statement, whose header is the labelled one's.
      if (tokens[i + 1]?.kind === ':' && tokens[i + 2] && before(tokens[i + 2], end.line, end.col)) {
        i += 2;
        header = !!tokens[i].header;
        continue;
      }
    }
    if (header && depth === 0 && t.kind === '{') header = false;
    if (t.kind === '(' || t.kind === '[' || t.kind === '{') depth++;
    else if (t.kind === ')' || t.kind === ']' || t.kind === '}') {
      depth--;
      if (depth < 0) break;
    }
  }
  return lines;
}
