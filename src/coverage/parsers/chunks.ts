import { createReadStream } from 'node:fs';

/** Bytes of a file in bounded chunks: parsers never hold the whole file. */
export type Chunks = AsyncIterable<Buffer>;

export function fileChunks(path: string, highWaterMark = 1 << 20): Chunks {
  return createReadStream(path, { highWaterMark });
}

/** The chunks of an in-memory string or buffer (tests, and the writer round trip). */
export async function* bufferChunks(data: string | Buffer, size = 1 << 16): Chunks {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

/** True when the bytes look binary (a NUL byte, as git decides). */
export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, 8000).includes(0);
}
