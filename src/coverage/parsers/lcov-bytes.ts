// The byte-level pieces of the LCOV parser: the characters it dispatches on and integers read in place.
import { MAX_COUNT } from '../errors.js';

/** The bytes an LCOV line is told apart by. */
export const C = {
  A: 65,
  B: 66,
  D: 68,
  E: 69,
  F: 70,
  H: 72,
  L: 76,
  N: 78,
  R: 82,
  S: 83,
  T: 84,
  V: 86,
  colon: 58,
  comma: 44,
  minus: 45,
  cr: 13,
  nl: 10,
  zero: 48,
  nine: 57,
  e: 101,
};

const END = Buffer.from('end_of_record');
export function isEndOfRecord(buf: Buffer, s: number): boolean {
  for (let i = 0; i < 13; i++) if (buf[s + i] !== END[i]) return false;
  return true;
}

/** A non-negative integer from bytes, or -1 when not one; -2 when beyond MAX_COUNT. */
export function uint(buf: Buffer, s: number, e: number): number {
  if (s >= e) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i] - C.zero;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n > MAX_COUNT ? -2 : n;
}
