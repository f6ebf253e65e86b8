// The attributes of a tag, read straight from the tokenizer's buffer, and entity decoding.

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

type Latin1 = { latin1Slice(s: number, e: number): string };
/** Buffer#latin1Slice skips toString's argument handling: this runs once per attribute. */
const latin1 = (b: Buffer, s: number, e: number) => (b as unknown as Latin1).latin1Slice(s, e);

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
