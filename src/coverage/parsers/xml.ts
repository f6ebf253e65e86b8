import { CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';

/**
 * The attributes of the tag being handled, read straight from its bytes on request: most
 * attributes of a coverage report are numbers, parsed without making a string. Valid only
 * during the `open` call (the view is reused for the next tag).
 */
export class Attrs {
  buf: Buffer = Buffer.alloc(0);
  /** [nameStart, nameEnd, valueStart, valueEnd, flags] per attribute; flags: 1 = has '&', 2 = non-ASCII. */
  readonly spans: number[] = [];
  count = 0;

  private find(name: string): number {
    const b = this.buf;
    const sp = this.spans;
    const len = name.length;
    outer: for (let k = 0; k < this.count; k++) {
      const ns = sp[k * 5];
      if (sp[k * 5 + 1] - ns !== len) continue;
      for (let j = 0; j < len; j++) if (b[ns + j] !== name.charCodeAt(j)) continue outer;
      return k;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    if (k < 0) return undefined;
    const sp = this.spans;
    const vs = sp[k * 5 + 2];
    const ve = sp[k * 5 + 3];
    const flags = sp[k * 5 + 4];
    const raw = flags & 2 ? this.buf.toString('utf8', vs, ve) : latin1(this.buf, vs, ve);
    return flags & 1 ? decode(raw) : raw;
  }

  /** The value as a number (NaN when not one; undefined when absent), digits parsed in place. */
  num(name: string): number | undefined {
    const k = this.find(name);
    if (k < 0) return undefined;
    const b = this.buf;
    const vs = this.spans[k * 5 + 2];
    const ve = this.spans[k * 5 + 3];
    let n = 0;
    let i = vs;
    for (; i < ve; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === ve && i > vs && i - vs < 16) return n;
    const text = (this.get(name) ?? '').trim();
    return text === '' ? NaN : Number(text);
  }
}

export interface XmlHandler {
  open(name: string, attrs: Attrs, offset: number): void;
  close(name: string, offset: number): void;
  /** Text directly inside the element on top of the stack (only when `wantText` says so). */
  text?(text: string): void;
  wantText?(top: string): boolean;
}

const LT = 60;
const GT = 62;
const QUOT = 34;
const APOS = 39;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
/** A single tag longer than this is not coverage XML. */
const MAX_TAG = 16 << 20;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

const EQ = 61;
const AMP = 38;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
type Latin1 = { latin1Slice(s: number, e: number): string };
/** Buffer#latin1Slice skips toString's argument handling: this runs once per attribute. */
const latin1 = (b: Buffer, s: number, e: number) => (b as unknown as Latin1).latin1Slice(s, e);

/**
 * A small streaming XML tokenizer for coverage reports: elements, attributes and text, in
 * bounded memory (one chunk plus one unfinished tag). It checks nesting, so a truncated or
 * mangled file is an error with its byte offset, never a partial result.
 */
export class XmlStream {
  private rest: Buffer | undefined;
  private base = 0; // file offset of rest[0] / the current chunk
  private readonly stack: string[] = [];
  private sawRoot = false;
  private readonly attrs = new Attrs();
  /** Element names seen, by length: a tag's name is matched against these instead of sliced. */
  private readonly names = new Map<number, string[]>();

  private nameOf(buf: Buffer, s: number, e: number): string {
    const len = e - s;
    let list = this.names.get(len);
    if (list) {
      outer: for (const n of list) {
        for (let j = 0; j < len; j++) if (buf[s + j] !== n.charCodeAt(j)) continue outer;
        return n;
      }
    } else this.names.set(len, (list = []));
    const n = buf.toString('utf8', s, e);
    if (list.length < 64) list.push(n);
    return n;
  }

  constructor(
    private readonly file: string,
    private readonly h: XmlHandler,
  ) {}

  fail(problem: string, offset: number): never {
    throw new CoverageParseError(this.file, problem, undefined, offset);
  }

  push(chunk: Buffer): void {
    let buf = chunk;
    if (this.rest) {
      buf = Buffer.concat([this.rest, chunk]);
      this.rest = undefined;
    }
    let pos = 0;
    const n = buf.length;
    while (pos < n) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        this.textRun(buf, pos, n);
        pos = n;
        break;
      }
      if (lt > pos) this.textRun(buf, pos, lt);
      const end = this.tagEnd(buf, lt);
      if (end < 0) {
        if (n - lt > MAX_TAG)
          this.fail(`a tag longer than ${MAX_TAG >> 20} MB: this is not coverage XML`, this.base + lt);
        pos = lt;
        break;
      }
      this.tag(buf, lt, end);
      pos = end + 1;
    }
    if (pos < n) this.rest = Buffer.from(buf.subarray(pos));
    this.base += pos;
  }

  end(): void {
    if (this.rest && this.rest.toString('utf8').trim() !== '')
      this.fail('the file ends inside a tag: it is truncated', this.base);
    if (!this.sawRoot) this.fail('has no XML elements', this.base);
    if (this.stack.length)
      this.fail(
        `the file ends before </${this.stack[this.stack.length - 1]}>: it is truncated`,
        this.base + (this.rest?.length ?? 0),
      );
  }

  private textRun(buf: Buffer, s: number, e: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      for (let i = s; i < e; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !(i < 3 && (c === 0xef || c === 0xbb || c === 0xbf)))
          this.fail('text outside the root element: this is not XML', this.base + i);
      }
      return;
    }
    if (this.h.wantText?.(top)) this.h.text?.(decode(buf.toString('utf8', s, e)));
  }

  /** Index of the '>' closing the tag that starts at `lt`, or -1 when not in this buffer. */
  private tagEnd(buf: Buffer, lt: number): number {
    const c1 = buf[lt + 1];
    if (c1 === undefined) return -1;
    if (c1 === BANG) {
      if (buf[lt + 2] === 45 && buf[lt + 3] === 45) {
        const i = buf.indexOf('-->', lt + 4);
        return i < 0 ? -1 : i + 2;
      }
      if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
        const i = buf.indexOf(']]>', lt + 9);
        return i < 0 ? -1 : i + 2;
      }
    }
    if (c1 === QUESTION) {
      const i = buf.indexOf('?>', lt + 2);
      return i < 0 ? -1 : i + 1;
    }
    let quote = 0;
    for (let i = lt + 1; i < buf.length; i++) {
      const c = buf[i];
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === GT) return i;
      else if (c === LT) this.fail('"<" inside a tag: the XML is malformed', this.base + i);
    }
    return -1;
  }

  private tag(buf: Buffer, lt: number, gt: number): void {
    const c1 = buf[lt + 1];
    const offset = this.base + lt;
    if (c1 === QUESTION) return;
    if (c1 === BANG) {
      if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
        const top = this.stack[this.stack.length - 1];
        if (top && this.h.wantText?.(top)) this.h.text?.(buf.toString('utf8', lt + 9, gt - 2));
      }
      return; // comments, DOCTYPE
    }
    if (c1 === SLASH) {
      let ne = gt;
      while (ne > lt + 2 && isSpace(buf[ne - 1])) ne--;
      const name = this.nameOf(buf, lt + 2, ne);
      const top = this.stack.pop();
      if (top !== name)
        this.fail(
          top ? `</${name}> closes <${top}>: the XML is malformed` : `</${name}> without an opening tag`,
          offset,
        );
      this.h.close(name, offset);
      return;
    }
    const selfClosing = buf[gt - 1] === SLASH;
    const end = selfClosing ? gt - 1 : gt;
    let i = lt + 1;
    while (i < end && !isSpace(buf[i])) i++;
    const c0 = buf[lt + 1];
    if (i === lt + 1 || !((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95))
      this.fail(`"${buf.toString('utf8', lt, Math.min(end, lt + 30))}" is not an XML tag`, offset);
    const name = this.nameOf(buf, lt + 1, i);
    if (this.stack.length === 0 && this.sawRoot) this.fail(`a second root element <${name}>`, offset);
    this.sawRoot = true;
    // Attributes straight from the bytes: only their spans are recorded here.
    const attrs = this.attrs;
    attrs.buf = buf;
    attrs.count = 0;
    const sp = attrs.spans;
    for (;;) {
      while (i < end && isSpace(buf[i])) i++;
      if (i >= end) break;
      const ns = i;
      while (i < end && buf[i] !== EQ && !isSpace(buf[i])) i++;
      const ne = i;
      while (i < end && isSpace(buf[i])) i++;
      if (buf[i] !== EQ) this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> has no value`, offset);
      i++;
      while (i < end && isSpace(buf[i])) i++;
      const q = buf[i];
      if (q !== QUOT && q !== APOS)
        this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> is not quoted`, offset);
      const vs = ++i;
      let flags = 0;
      for (; i < end && buf[i] !== q; i++) {
        const c = buf[i];
        if (c === AMP) flags |= 1;
        else if (c > 127) flags |= 2;
      }
      if (i >= end) this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> is not closed`, offset);
      const k = attrs.count++ * 5;
      sp[k] = ns;
      sp[k + 1] = ne;
      sp[k + 2] = vs;
      sp[k + 3] = i;
      sp[k + 4] = flags;
      i++;
    }
    this.stack.push(name);
    this.h.open(name, attrs, offset);
    if (selfClosing) {
      this.stack.pop();
      this.h.close(name, offset);
    }
  }

  get depth(): number {
    return this.stack.length;
  }
  parent(up = 1): string | undefined {
    return this.stack[this.stack.length - 1 - up];
  }
}

export async function streamXml(
  chunks: Chunks,
  file: string,
  handler: XmlHandler,
  onStream?: (x: XmlStream) => void,
): Promise<void> {
  const x = new XmlStream(file, handler);
  onStream?.(x);
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.subarray(0, 8000).includes(0))
      throw new CoverageParseError(file, 'is a binary file, not coverage XML');
    first = false;
    x.push(chunk);
  }
  x.end();
}
