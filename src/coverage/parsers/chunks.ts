import { open } from 'node:fs/promises';

/**
 * Bytes of a file in bounded chunks: parsers never hold the whole file. A chunk is valid
 * only until the consumer asks for the next one (parsers copy what they keep).
 */
export type Chunks = AsyncIterable<Buffer>;

/**
 * Read a file into ONE reused buffer: a stream allocates a fresh buffer per chunk, and
 * those pile up as external memory until a GC, which is most of a parse's peak RSS.
 */
export async function* fileChunks(path: string, size = 256 << 10): Chunks {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(size);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, size, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
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
