/**
 * Strings for byte ranges that repeat (paths, function names in per-test records), made
 * once: a fresh string per line is garbage that grows the heap long before V8 collects it.
 */
export class Interner {
  private readonly map = new Map<number, string>();
  get(buf: Buffer, s: number, e: number): string {
    let h = 0x811c9dc5;
    let ascii = true;
    for (let i = s; i < e; i++) {
      const c = buf[i];
      if (c > 127) ascii = false;
      h = Math.imul(h ^ c, 16777619);
    }
    h = (h ^ (e - s)) | 0; // an int32 stays a small integer: no heap number per lookup
    const hit = this.map.get(h);
    if (hit !== undefined && hit.length === e - s) {
      let same = true;
      for (let i = 0; i < hit.length; i++) {
        if (hit.charCodeAt(i) !== buf[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    const str = buf.toString('utf8', s, e);
    if (ascii && this.map.size < 500_000) this.map.set(h, str);
    return str;
  }
}

/**
 * Streaming LCOV parser: works on bytes, one line at a time, so memory holds the coverage
 * model and one chunk, never the file (a 2 GB trace file parses in bounded memory).
 * Accepts geninfo's tracefile format (lcov 1.x and 2.x: FN with end lines, FNL/FNA, BRDA
 * with '-'), and several records for one file (per-test data) which are added.
 */
