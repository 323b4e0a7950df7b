/**
 * The only module that imports @aws-sdk/*. It reads the S3 settings from the
 * environment, configures the client for S3 servers that are not AWS (we
 * test against OpenStack Swift's s3api), and offers a few typed bucket calls
 * that return plain values, so s3-store.ts never touches SDK types.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export interface S3Settings {
  /** Base URL of the S3 API, e.g. `http://127.0.0.1:8080`. */
  endpoint: string;
  /** @default 'us-east-1' */
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (`/bucket/key`) rather than in the host name. @default true */
  forcePathStyle: boolean;
}

const REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/**
 * S3 settings when all four required variables are set, null when none are
 * (the caller then stores media on local disk). A partial set is a mistake
 * that would silently fall back to local disk, so it throws instead.
 */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing = REQUIRED.filter((name) => !value(name));
  if (missing.length === REQUIRED.length) return null;
  if (missing.length > 0) {
    throw new Error(`S3 storage is partly configured: set ${missing.join(', ')} too, or unset all of ${REQUIRED.join(', ')} to store media on local disk.`);
  }
  const endpoint = value('S3_ENDPOINT')!;
  if (!/^https?:\/\/[^/]/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}".`);
  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase();
  if (pathStyle !== undefined && !['true', 'false', '1', '0'].includes(pathStyle)) {
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false, got "${env.S3_FORCE_PATH_STYLE}".`);
  }
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    region: value('S3_REGION') ?? 'us-east-1',
    bucket: value('S3_BUCKET')!,
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
    forcePathStyle: pathStyle === undefined ? true : pathStyle === 'true' || pathStyle === '1',
  };
}

export function createS3Client(settings: S3Settings): S3Client {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // The SDK's default (WHEN_SUPPORTED) sends streams aws-chunked with CRC
    // trailers: Swift answers 501, other servers store the chunk framing.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // Milliseconds. A wrong endpoint should fail at boot, not hang it.
    requestHandler: { connectionTimeout: 5_000 },
  });
  addSwiftContentMd5(client);
  return client;
}

interface MiddlewareStackLike {
  add(middleware: unknown, options: { step: 'build'; name: string; override: boolean }): void;
}

/**
 * Swift's DeleteObjects insists on Content-MD5, which the SDK no longer sends.
 * Exported for other SDK clients built elsewhere (the tus S3 store brings its own).
 */
export function addSwiftContentMd5(client: { middlewareStack: unknown }): void {
  (client.middlewareStack as MiddlewareStackLike).add(
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { request: unknown }) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      if (context.commandName === 'DeleteObjectsCommand' && request.headers && typeof request.body === 'string') {
        request.headers['content-md5'] = createHash('md5').update(request.body).digest('base64');
      }
      return next(args);
    },
    { step: 'build', name: 'swiftContentMd5', override: true },
  );
}

export type { S3Client };

/** What callers need from an SDK or network error. */
export interface S3ErrorInfo {
  /** S3 error code (`NoSuchKey`, `SignatureDoesNotMatch`…) or a socket code (`ECONNREFUSED`). */
  code: string;
  status?: number;
  message: string;
}

export function s3ErrorInfo(error: unknown): S3ErrorInfo {
  const e = error as { name?: string; Code?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return {
    code: e.Code ?? e.code ?? e.name ?? 'Unknown',
    status: e.$metadata?.httpStatusCode,
    message: e.message ?? String(error),
  };
}

interface Target {
  client: S3Client;
  bucket: string;
}

export async function putObject({ client, bucket, key, body, contentType, cacheControl }: Target & {
  key: string;
  body: Buffer;
  contentType?: string;
  cacheControl?: string;
}): Promise<void> {
  await client.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: body.length, ContentType: contentType, CacheControl: cacheControl }),
  );
}

/**
 * Multipart when the stream is longer than one part, a single PUT otherwise.
 * Parts of a failed upload are aborted, so nothing is left behind.
 */
export async function uploadObject({ client, bucket, key, body, contentType, cacheControl, partSize }: Target & {
  key: string;
  body: Readable;
  contentType?: string;
  cacheControl?: string;
  /** Bytes per part; at least 5 MiB (S3's minimum). */
  partSize: number;
}): Promise<void> {
  const upload = new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: body, ContentType: contentType, CacheControl: cacheControl },
    partSize,
    // Parts in flight; memory use is about queueSize × partSize.
    queueSize: 4,
    leavePartsOnError: false,
  });
  await upload.done();
}

export async function getObject({ client, bucket, key, range }: Target & { key: string; range?: string }): Promise<{
  body: Readable;
  contentLength: number;
  contentRange?: string;
  contentType?: string;
}> {
  const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range }));
  return {
    body: response.Body as Readable,
    contentLength: response.ContentLength ?? 0,
    contentRange: response.ContentRange,
    contentType: response.ContentType,
  };
}

export async function headObject({ client, bucket, key }: Target & { key: string }): Promise<{
  size: number;
  contentType?: string;
  etag?: string;
} | null> {
  try {
    const response = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { size: response.ContentLength ?? 0, contentType: response.ContentType, etag: response.ETag };
  } catch (error) {
    if (s3ErrorInfo(error).status === 404) return null;
    throw error;
  }
}

/** Deletes up to 1000 keys in one request; returns the keys S3 could not delete. */
export async function deleteObjects({ client, bucket, keys }: Target & { keys: string[] }): Promise<S3ErrorInfo[]> {
  const response = await client.send(
    new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
  );
  return (response.Errors ?? []).map((e) => ({ code: e.Code ?? 'Unknown', message: `${e.Key}: ${e.Message ?? ''}` }));
}

export async function listObjectsPage({ client, bucket, prefix, continuationToken, maxKeys }: Target & {
  prefix: string;
  continuationToken?: string;
  maxKeys?: number;
}): Promise<{ keys: string[]; nextContinuationToken?: string }> {
  const response = await client.send(
    new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: continuationToken, MaxKeys: maxKeys }),
  );
  return {
    keys: (response.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key])),
    nextContinuationToken: response.IsTruncated ? response.NextContinuationToken : undefined,
  };
}

export function presignGetObject({ client, bucket, key, expiresInSeconds }: Target & {
  key: string;
  expiresInSeconds: number;
}): Promise<string> {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: expiresInSeconds });
}

/**
 * Whether the bucket exists. A listing rather than HeadBucket, because a HEAD
 * error has no body, and "wrong key" and "wrong secret" read the same there.
 */
export async function bucketExists({ client, bucket }: Target): Promise<boolean> {
  try {
    await client.send(new ListObjectsV2Command({ Bucket: bucket, MaxKeys: 1 }));
    return true;
  } catch (error) {
    if (s3ErrorInfo(error).code === 'NoSuchBucket') return false;
    throw error;
  }
}

export async function createBucket({ client, bucket }: Target): Promise<void> {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    // Another process created it between our check and this call.
    if (s3ErrorInfo(error).code !== 'BucketAlreadyOwnedByYou') throw error;
  }
}

/** For test clean-up; the bucket must be empty. */
export async function deleteBucket({ client, bucket }: Target): Promise<void> {
  await client.send(new DeleteBucketCommand({ Bucket: bucket }));
}
