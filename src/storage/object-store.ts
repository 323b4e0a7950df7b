/**
 * The storage-neutral contract for media bytes. Two implementations keep the
 * same behaviour, checked by one contract test (tests/integration/
 * object-store.test.ts): local-store.ts (files under a folder) and
 * s3-store.ts (any S3 API). Callers never learn which one they hold, except
 * through `kind` and `presignedGetUrl` returning null for local.
 */

export interface PutInput {
  /** See `validateKey` for what a key may look like. */
  key: string;
  /** Bytes, a stream, or a string naming a local file to upload from disk. */
  body: Buffer | NodeJS.ReadableStream | string;
  contentType?: string;
  /** Size in bytes when known ahead; lets S3 choose a part size that fits. */
  size?: number;
  cacheControl?: string;
}

/** Inclusive byte offsets, as in an HTTP Range header. `end` defaults to the last byte. */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface ObjectStream {
  stream: NodeJS.ReadableStream;
  /** Size of the whole object, in bytes. */
  size: number;
  contentType?: string;
  /** Bytes this stream will deliver (the range's length when a range was asked for). */
  contentLength: number;
}

export interface ObjectStore {
  readonly kind: 'local' | 's3';
  put(input: PutInput): Promise<void>;
  /** Throws ObjectNotFoundError, or InvalidRangeError when `start` is past the end. */
  getStream(key: string, range?: ByteRange): Promise<ObjectStream>;
  head(key: string): Promise<{ size: number; contentType?: string } | null>;
  /** Keys that do not exist are not an error. */
  delete(keys: string[]): Promise<void>;
  /** Every key that starts with `prefix` (a plain string prefix, as in S3), in byte order. */
  list(prefix: string): Promise<string[]>;
  /** A URL anyone can GET for `ttlSeconds`; null when the store cannot sign URLs (local). */
  presignedGetUrl(key: string, ttlSeconds: number): Promise<string | null>;
  /** Checks the store can be used, creating the bucket or folder; call once at boot. */
  ensureReady(): Promise<void>;
}

export class InvalidObjectKeyError extends Error {
  override name = 'InvalidObjectKeyError';
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`Invalid storage key ${JSON.stringify(key)}: ${reason}.`);
  }
}

export class ObjectNotFoundError extends Error {
  override name = 'ObjectNotFoundError';
  constructor(readonly key: string) {
    super(`No stored object has the key ${JSON.stringify(key)}.`);
  }
}

export class InvalidRangeError extends Error {
  override name = 'InvalidRangeError';
  constructor(
    readonly key: string,
    range: ByteRange,
    size?: number,
  ) {
    super(`Byte range ${range.start}-${range.end ?? ''} does not fit ${JSON.stringify(key)}${size === undefined ? '' : ` (${size} bytes)`}.`);
  }
}

/** The store cannot be reached or used; the message names the settings to check. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** S3's limit on key length, in UTF-8 bytes. */
const MAX_KEY_BYTES = 1024;

/**
 * Keys are relative, slash-separated paths. Rejected: empty keys, a leading
 * or trailing '/', empty segments, control characters, backslashes, and
 * segments starting with '.' — which rules out '.' and '..' (path traversal
 * on disk) and leaves dot names free for the local store's temp files and
 * metadata, so they can never collide with a key.
 */
export function validateKey(key: string): string {
  const reject = (reason: string): never => {
    throw new InvalidObjectKeyError(key, reason);
  };
  if (typeof key !== 'string' || key.length === 0) reject('it is empty');
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) reject(`it is longer than ${MAX_KEY_BYTES} bytes`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(key)) reject('it contains a control character');
  if (key.includes('\\')) reject('it contains a backslash');
  if (key.startsWith('/')) reject("it starts with '/'");
  if (key.endsWith('/')) reject("it ends with '/'");
  for (const segment of key.split('/')) {
    if (segment === '') reject("it has an empty segment ('//')");
    if (segment.startsWith('.')) reject(`its segment "${segment}" starts with '.'`);
  }
  return key;
}

/** A list prefix may be empty or end in '/', but must not escape the store either. */
export function validatePrefix(prefix: string): string {
  if (prefix === '') return prefix;
  validateKey(prefix.endsWith('/') ? `${prefix}x` : prefix);
  return prefix;
}

export function validateRange(key: string, range: ByteRange): void {
  const isOffset = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!isOffset(range.start) || (range.end !== undefined && (!isOffset(range.end) || range.end < range.start))) {
    throw new InvalidRangeError(key, range);
  }
}

/** Byte-wise (UTF-8) order, which is how S3 sorts listings. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
