/**
 * SHA-256 of bytes as they stream by: the intake hash of an original, the
 * pipeline's hash of what it downloaded, and the fixity check's re-read all
 * take it the same way, so their hex strings compare.
 */
import { createHash } from 'node:crypto';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Sha256Result {
  /** Lowercase hex. */
  sha256: string;
  /** Bytes hashed. */
  size: number;
}

/**
 * A pass-through that hashes what flows through it; `result()` once it has ended.
 * A Transform, not a 'data' listener: a listener would start the flow before the consumer reads, losing bytes.
 */
export function sha256Tap(): { tap: Transform; result(): Sha256Result } {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return { tap, result: () => ({ sha256: hash.digest('hex'), size }) };
}

/** Hash a stream to its end, keeping none of it. */
export async function sha256OfStream(stream: NodeJS.ReadableStream): Promise<Sha256Result> {
  const { tap, result } = sha256Tap();
  const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  await pipeline(stream, tap, discard);
  return result();
}

export const sha256OfBuffer = (bytes: Buffer): Sha256Result => ({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
