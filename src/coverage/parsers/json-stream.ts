import { CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';

/** One member of a JSON object, parsed on its own: `parent` is set for members of a descended key. */
export interface JsonMember {
  parent?: string;
  key: string;
  value: unknown;
}

const MAX_MEMBER = 512 << 20;

/**
 * Splits a JSON object into its members without holding the whole text: each top-level
 * member (or, for keys in `descend`, each member of that member) is collected as bytes and
 * parsed alone. Memory is one member at a time (one source file's coverage), whatever the
 * file size. Errors name the byte offset.
 */
export async function* jsonMembers(
  chunks: Chunks,
  file: string,
  descend: ReadonlySet<string> = new Set(),
): AsyncGenerator<JsonMember> {
  let depth = 0;
  let inString = false;
  let escape = false;
  let offset = 0;
  let started = false;
  let ended = false;
  // Capture state: bytes of the current member at the target depth.
  let target = 1;
  let parent: string | undefined;
  let parts: Buffer[] = [];
  let partsLen = 0;
  let capStart = -1; // index in the current chunk where capture (re)started
  let capturing = false;
  let keyDone = false;
  const out: JsonMember[] = [];

  const finish = (chunk: Buffer, end: number) => {
    if (capStart >= 0) parts.push(chunk.subarray(capStart, end));
    const text = Buffer.concat(parts).toString('utf8');
    parts = [];
    partsLen = 0;
    capStart = -1;
    capturing = false;
    keyDone = false;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(`{${text}}`) as Record<string, unknown>;
    } catch (e) {
      throw new CoverageParseError(file, `invalid JSON (${(e as Error).message.split('\n')[0]})`, undefined, offset);
    }
    const key = Object.keys(obj)[0];
    if (key !== undefined) out.push({ parent, key, value: obj[key] });
  };

  for await (const chunk of chunks) {
    if (!started && chunk.subarray(0, 8000).includes(0))
      throw new CoverageParseError(file, 'is a binary file, not JSON');
    for (let i = 0; i < chunk.length; i++, offset++) {
      const c = chunk[i];
      if (inString) {
        if (escape) escape = false;
        else if (c === 92) escape = true;
        else if (c === 34) inString = false;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (ended) throw new CoverageParseError(file, 'text after the end of the JSON object', undefined, offset);
      if (!started) {
        if (c === 0xef || c === 0xbb || c === 0xbf) continue; // BOM
        if (c !== 123)
          throw new CoverageParseError(file, 'is not a JSON object (it does not start with "{")', undefined, offset);
        started = true;
        depth = 1;
        continue;
      }
      if (c === 34) {
        inString = true;
        if (depth === target && !capturing) {
          capturing = true;
          capStart = i;
        }
        continue;
      }
      if (c === 58 && depth === target && capturing && !keyDone) {
        keyDone = true;
        if (target === 1 && descend.size) {
          const pending = Buffer.concat([...parts, chunk.subarray(capStart, i)]).toString('utf8');
          let key: unknown;
          try {
            key = JSON.parse(pending);
          } catch {
            throw new CoverageParseError(file, 'invalid JSON object key', undefined, offset);
          }
          if (typeof key === 'string' && descend.has(key)) {
            // Skip this member's bytes; collect its members one level down instead.
            parts = [];
            partsLen = 0;
            capStart = -1;
            capturing = false;
            keyDone = false;
            parent = key;
            target = 2;
          }
        }
        continue;
      }
      if (c === 123 || c === 91) {
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        if (depth === target && capturing) finish(chunk, i);
        depth--;
        if (depth < 1) {
          ended = true;
          depth = 0;
        } else if (target === 2 && depth === 1) {
          target = 1;
          parent = undefined;
          // Resume capture state for the rest of the top-level object.
        }
        continue;
      }
      if (c === 44 && depth === target && capturing) finish(chunk, i);
    }
    if (capStart >= 0) {
      parts.push(Buffer.from(chunk.subarray(capStart)));
      partsLen += chunk.length - capStart;
      capStart = 0;
      if (partsLen > MAX_MEMBER)
        throw new CoverageParseError(file, `one JSON member is larger than ${MAX_MEMBER >> 20} MB`, undefined, offset);
    }
    for (const m of out) yield m;
    out.length = 0;
  }
  if (!started) throw new CoverageParseError(file, 'is empty: no JSON object');
  if (!ended || inString)
    throw new CoverageParseError(file, 'the JSON ends before its closing "}": it is truncated', undefined, offset);
}
