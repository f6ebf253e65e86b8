import { CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';
import { Attrs, decode } from './xml-attrs.js';

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
const EQ = 61;
const AMP = 38;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

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
