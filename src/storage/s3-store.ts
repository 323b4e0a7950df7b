/**
 * ObjectStore on any S3 API (tested against OpenStack Swift's s3api). All SDK
 * calls go through s3-client.ts; this file holds the contract's rules: key
 * checks, part sizes, batching, pagination, and boot-time error messages.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  type ByteRange,
  InvalidRangeError,
  ObjectNotFoundError,
  type ObjectStore,
  StorageUnavailableError,
  validateKey,
  validatePrefix,
  validateRange,
} from './object-store';
import {
  bucketExists,
  createBucket,
  createS3Client,
  deleteObjects,
  getObject,
  headObject,
  listObjectsPage,
  presignGetObject,
  putObject,
  type S3Settings,
  s3ErrorInfo,
  uploadObject,
} from './s3-client';

const MiB = 1024 * 1024;
/** Swift allows 1,000 parts per multipart upload; AWS allows 10,000. */
const MAX_PARTS = 1000;
/** S3 refuses smaller parts (except the last). */
const MIN_PART_BYTES = 5 * MiB;
/** DeleteObjects takes at most this many keys. */
const DELETE_BATCH = 1000;
/** S3 (SigV4) presigned URLs last at most 7 days. */
const MAX_URL_TTL_SECONDS = 7 * 24 * 3600;

export interface S3StoreOptions {
  /**
   * Smallest part size for multipart uploads, in bytes; raised when the size
   * is known and would need more than 1,000 parts. Unknown-size streams can
   * reach about 1,000 × this. @default 8 MiB
   */
  partSizeBytes?: number;
  /** Keys per ListObjectsV2 page (S3 allows up to 1000). @default 1000 */
  listPageSize?: number;
  /** Keys per DeleteObjects request (S3 allows up to 1000). @default 1000 */
  deleteBatchSize?: number;
}

/** The part size that keeps `size` bytes within Swift's 1,000 parts, in whole MiB. */
export function choosePartSize({ size, minimum = 8 * MiB }: { size?: number; minimum?: number }): number {
  const floor = Math.max(minimum, MIN_PART_BYTES);
  if (size === undefined) return floor;
  return Math.max(floor, Math.ceil(size / MAX_PARTS / MiB) * MiB);
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'TimeoutError']);
const AUTH_CODES = new Set(['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'InvalidToken', 'AuthorizationHeaderMalformed']);

function explainBootFailure(settings: S3Settings, error: unknown): string {
  const info = s3ErrorInfo(error);
  const where = `bucket "${settings.bucket}" at ${settings.endpoint}`;
  if (NETWORK_CODES.has(info.code)) {
    return `Cannot reach the S3 server for ${where} (${info.code}). Check S3_ENDPOINT.`;
  }
  if (AUTH_CODES.has(info.code) || info.status === 401 || info.status === 403) {
    return `The S3 server refused the credentials for ${where} (${info.code}). Check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that this key may use S3_BUCKET.`;
  }
  if (info.code === 'InvalidBucketName' || info.code === 'BucketAlreadyExists') {
    return `S3 cannot use ${where} (${info.code}: ${info.message}). Check S3_BUCKET.`;
  }
  return `S3 storage is not usable for ${where} (${info.code}${info.status ? `, HTTP ${info.status}` : ''}: ${info.message}). Check S3_ENDPOINT, S3_BUCKET, S3_REGION and the credentials.`;
}

const asReadable = (stream: NodeJS.ReadableStream): Readable => (stream instanceof Readable ? stream : new Readable().wrap(stream));

export function createS3Store(settings: S3Settings, options: S3StoreOptions = {}): ObjectStore {
  const target = { client: createS3Client(settings), bucket: settings.bucket };
  const minimumPart = options.partSizeBytes ?? 8 * MiB;

  return {
    kind: 's3',

    async put({ key, body, contentType, size, cacheControl }) {
      validateKey(key);
      if (Buffer.isBuffer(body) && body.length <= minimumPart) {
        return putObject({ ...target, key, body, contentType, cacheControl });
      }
      let stream: Readable;
      if (Buffer.isBuffer(body)) {
        size = body.length;
        stream = Readable.from([body]);
      } else if (typeof body === 'string') {
        size = (await stat(body)).size; // also fails early, before any request, if the file is missing
        stream = createReadStream(body);
      } else {
        stream = asReadable(body);
      }
      const partSize = choosePartSize({ size, minimum: minimumPart });
      await uploadObject({ ...target, key, body: stream, contentType, cacheControl, partSize });
    },

    async getStream(key, range?: ByteRange) {
      validateKey(key);
      if (range) validateRange(key, range);
      try {
        const object = await getObject({ ...target, key, range: range && `bytes=${range.start}-${range.end ?? ''}` });
        // "bytes 0-9/1234": the total follows the slash.
        const total = object.contentRange ? Number(object.contentRange.split('/')[1]) : object.contentLength;
        return { stream: object.body, size: total, contentType: object.contentType, contentLength: object.contentLength };
      } catch (error) {
        const info = s3ErrorInfo(error);
        if (info.code === 'NoSuchKey' || info.status === 404) throw new ObjectNotFoundError(key);
        if (range && (info.code === 'InvalidRange' || info.status === 416)) throw new InvalidRangeError(key, range);
        throw error;
      }
    },

    async head(key) {
      validateKey(key);
      const found = await headObject({ ...target, key });
      return found && { size: found.size, contentType: found.contentType };
    },

    async delete(keys) {
      keys.forEach(validateKey);
      const batch = Math.min(options.deleteBatchSize ?? DELETE_BATCH, DELETE_BATCH);
      for (let i = 0; i < keys.length; i += batch) {
        const failures = (await deleteObjects({ ...target, keys: keys.slice(i, i + batch) })).filter((f) => f.code !== 'NoSuchKey');
        if (failures.length > 0) {
          throw new Error(`S3 could not delete ${failures.length} object(s): ${failures.map((f) => `${f.code} ${f.message}`).join('; ')}`);
        }
      }
    },

    async list(prefix) {
      validatePrefix(prefix);
      const keys: string[] = [];
      let continuationToken: string | undefined;
      do {
        const page = await listObjectsPage({ ...target, prefix, continuationToken, maxKeys: options.listPageSize });
        keys.push(...page.keys);
        continuationToken = page.nextContinuationToken;
      } while (continuationToken);
      return keys;
    },

    async presignedGetUrl(key, ttlSeconds) {
      validateKey(key);
      if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_URL_TTL_SECONDS) {
        throw new RangeError(`A presigned URL lasts 1 to ${MAX_URL_TTL_SECONDS} seconds, not ${ttlSeconds}.`);
      }
      return presignGetObject({ ...target, key, expiresInSeconds: ttlSeconds });
    },

    async ensureReady() {
      try {
        if (!(await bucketExists(target))) await createBucket(target);
      } catch (error) {
        throw new StorageUnavailableError(explainBootFailure(settings, error));
      }
    },
  };
}
