import { CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';

export type Attrs = Record<string, string>;

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
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

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
        if (n - lt > MAX_TAG) this.fail(`a tag longer than ${MAX_TAG >> 20} MB: this is not coverage XML`, this.base + lt);
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
    if (this.rest && this.rest.toString('utf8').trim() !== '') this.fail('the file ends inside a tag: it is truncated', this.base);
    if (!this.sawRoot) this.fail('has no XML elements', this.base);
    if (this.stack.length) this.fail(`the file ends before </${this.stack[this.stack.length - 1]}>: it is truncated`, this.base + (this.rest?.length ?? 0));
  }

  private textRun(buf: Buffer, s: number, e: number): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      for (let i = s; i < e; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !(i < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) this.fail('text outside the root element: this is not XML', this.base + i);
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
      const name = buf.toString('latin1', lt + 2, gt).trim();
      const top = this.stack.pop();
      if (top !== name) this.fail(top ? `</${name}> closes <${top}>: the XML is malformed` : `</${name}> without an opening tag`, offset);
      this.h.close(name, offset);
      return;
    }
    const selfClosing = buf[gt - 1] === SLASH;
    const inner = buf.toString('utf8', lt + 1, selfClosing ? gt - 1 : gt);
    let sp = 0;
    while (sp < inner.length && !/\s/.test(inner[sp])) sp++;
    const name = inner.slice(0, sp);
    if (!name || !/^[A-Za-z_][\w.:-]*$/.test(name)) this.fail(`"<${inner.slice(0, 30)}" is not an XML tag`, offset);
    if (this.stack.length === 0 && this.sawRoot) this.fail(`a second root element <${name}>`, offset);
    this.sawRoot = true;
    const attrs: Attrs = {};
    if (sp < inner.length) {
      ATTR.lastIndex = sp;
      let m: RegExpExecArray | null;
      while ((m = ATTR.exec(inner))) attrs[m[1]] = decode(m[2] ?? m[3] ?? '');
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

export async function streamXml(chunks: Chunks, file: string, handler: XmlHandler, onStream?: (x: XmlStream) => void): Promise<void> {
  const x = new XmlStream(file, handler);
  onStream?.(x);
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk.subarray(0, 8000).includes(0)) throw new CoverageParseError(file, 'is a binary file, not coverage XML');
    first = false;
    x.push(chunk);
  }
  x.end();
}
