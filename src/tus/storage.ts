/**
 * Where partial uploads live until they are finished: files under
 * DATA_DIR/tus (local mode) or S3 objects under `tus/` in the media bucket
 * (S3 mode, same S3_* settings as the object store). Also the two things the
 * endpoint needs beyond the tus DataStore: a local file with a finished
 * upload's bytes, and removing every trace of an upload.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import { S3Store } from '@tus/s3-store';
import type { DataStore } from '@tus/server';
import type { ObjectStore } from '../storage/object-store';
import { addSwiftContentMd5, s3SettingsFromEnv, type S3Settings } from '../storage/s3-client';
import type { TusSettings } from './settings';

const MiB = 1024 * 1024;
/** Swift allows 1,000 parts per multipart upload (AWS 10,000). */
const MAX_PARTS = 1000;
/** The S3 key prefix of partial uploads, beside originals/ and derivatives/. */
export const S3_TUS_PREFIX = 'tus/';

export interface FinishedFile {
  path: string;
  /** Removes the temporary copy, if one was made. */
  release(): Promise<void>;
}

export interface TusStorage {
  readonly kind: 'local' | 's3';
  datastore: DataStore;
  /** Upload ids in URLs are random hex; the store's id adds this prefix. */
  idPrefix: string;
  openFinished(storeId: string): Promise<FinishedFile>;
  /** Deletes the upload's bytes and its bookkeeping; missing pieces are not an error. */
  remove(storeId: string): Promise<void>;
  /** Everything partial uploads occupy now (file names or object keys), to check that nothing is left behind. */
  leftovers(): Promise<string[]>;
}

/** Part size in whole MiB that keeps the largest allowed upload within 1,000 parts. */
export function tusPartSize(maxSizeBytes: number): number {
  return Math.max(8 * MiB, Math.ceil(maxSizeBytes / MAX_PARTS / MiB) * MiB);
}

export const newUploadId = () => randomBytes(16).toString('hex');
export const isUploadId = (value: string | undefined): value is string => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);

export function createTusStorage({ settings, dataDir, objectStore, env = process.env }: {
  settings: TusSettings;
  dataDir: string;
  /** The app's object store: in S3 mode it reads and deletes the same bucket. */
  objectStore: ObjectStore;
  env?: NodeJS.ProcessEnv;
}): TusStorage {
  const s3 = s3SettingsFromEnv(env);
  return s3 ? s3TusStorage({ settings, s3, objectStore }) : localTusStorage({ settings, directory: path.join(dataDir, 'tus') });
}

function localTusStorage({ settings, directory }: { settings: TusSettings; directory: string }): TusStorage {
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: settings.expiryMs });
  return {
    kind: 'local',
    datastore,
    idPrefix: '',
    async openFinished(storeId) {
      return { path: path.join(directory, storeId), release: async () => {} };
    },
    async remove(storeId) {
      // FileStore keeps the bytes in <id> and the upload's info in <id>.json.
      await rm(path.join(directory, storeId), { force: true });
      await rm(path.join(directory, `${storeId}.json`), { force: true });
    },
    async leftovers() {
      try {
        return (await readdir(directory)).sort();
      } catch {
        return [];
      }
    },
  };
}

type Middleware = (next: (args: { input: Record<string, unknown>; request?: unknown }) => Promise<unknown>, context: { commandName?: string }) => (args: {
  input: Record<string, unknown>;
  request?: unknown;
}) => Promise<unknown>;

interface MiddlewareStack {
  add(middleware: Middleware, options: { step: string; name: string; override?: boolean }): void;
}

/**
 * S3Store made to work with OpenStack Swift's s3api and to stay in its prefix:
 * Swift's DeleteObjects insists on Content-MD5 (the SDK now sends CRC32), and
 * expiry only lists multipart uploads under tus/, never the app's own uploads
 * of originals.
 */
class PrefixedS3Store extends S3Store {
  constructor(options: ConstructorParameters<typeof S3Store>[0], prefix: string) {
    super(options);
    const stack = (this.client as unknown as { middlewareStack: MiddlewareStack }).middlewareStack;
    stack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'ListMultipartUploadsCommand') args.input.Prefix = prefix;
        return next(args);
      },
      { step: 'initialize', name: 'tusListPrefix', override: true },
    );
    addSwiftContentMd5(this.client as unknown as { middlewareStack: unknown });
  }
}

/** A KvStore that never remembers, so every request reads the upload's .info object. */
const noCache = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => {},
};

function s3TusStorage({ settings, s3, objectStore }: { settings: TusSettings; s3: S3Settings; objectStore: ObjectStore }): TusStorage {
  const datastore = new PrefixedS3Store(
    {
      partSize: tusPartSize(settings.maxSizeBytes),
      maxMultipartParts: MAX_PARTS,
      // Swift's s3api has no object tagging; expiry works from the multipart uploads' dates instead.
      useTags: false,
      // No in-process cache of upload info: another app instance (or the expiry sweep) may have changed it.
      cache: noCache,
      expirationPeriodInMilliseconds: settings.expiryMs,
      s3ClientConfig: {
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        region: s3.region,
        forcePathStyle: s3.forcePathStyle,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        // Streams sent aws-chunked get 501 from Swift.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      },
    },
    S3_TUS_PREFIX,
  );
  // S3Store keeps the bytes in <id>, the upload's info in <id>.info and a short tail in <id>.part.
  const keysOf = (storeId: string) => [storeId, `${storeId}.info`, `${storeId}.part`];
  return {
    kind: 's3',
    datastore,
    idPrefix: S3_TUS_PREFIX,
    async openFinished(storeId) {
      // The upload service reads from a local file, so the finished object is fetched once.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'di-san-tus-'));
      const release = () => rm(dir, { recursive: true, force: true });
      try {
        const file = path.join(dir, 'upload');
        const { stream } = await objectStore.getStream(storeId);
        await pipeline(stream, createWriteStream(file));
        return { path: file, release };
      } catch (error) {
        await release();
        throw error;
      }
    },
    async remove(storeId) {
      try {
        await datastore.remove(storeId); // aborts an unfinished multipart upload
      } catch {
        // Finished (nothing to abort) or already gone: the objects are deleted below either way.
      }
      await objectStore.delete(keysOf(storeId));
    },
    async leftovers() {
      return objectStore.list(S3_TUS_PREFIX);
    },
  };
}
