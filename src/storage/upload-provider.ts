/**
 * Strapi's upload provider contract on top of the object store. Originals
 * are private: their `url` is an app path that only answers with a valid,
 * short-lived signature, which Strapi asks for through `getSignedUrl`
 * because `isPrivate()` is true (the admin panel's media library included).
 */
import type { ReadStream } from 'node:fs';
import { signPath } from '../media-access/signing';
import type { ObjectStore } from './object-store';
import { sha256OfBuffer, sha256Tap, type Sha256Result } from './sha256';

/** The parts of Strapi's upload file object a provider reads and writes. */
export interface ProviderFile {
  hash: string;
  ext?: string;
  mime?: string;
  /** Strapi counts in kilobytes. */
  size?: number;
  url?: string;
  buffer?: Buffer;
  stream?: ReadStream;
  path?: string | null;
  /** Saved by Strapi on the file row: the intake fixity record. */
  provider_metadata?: Record<string, unknown> | null;
}

export const ORIGINALS_PREFIX = 'originals/';
export const ORIGINALS_ROUTE = '/media/o/';

export const originalKeyOf = (file: Pick<ProviderFile, 'hash' | 'ext'>) => `${ORIGINALS_PREFIX}${file.hash}${file.ext ?? ''}`;

/** How long an admin thumbnail or original link keeps working. */
const SIGNED_URL_SECONDS = 15 * 60;

export function createUploadProvider({ store, secret }: { store: ObjectStore; secret: string }) {
  // The SHA-256 of every original is taken on intake, as the bytes go by, and kept on the file row for fixity checks.
  const put = async (file: ProviderFile, body: Buffer | NodeJS.ReadableStream) => {
    const key = originalKeyOf(file);
    let streamed: Buffer | NodeJS.ReadableStream = body;
    let hashed: () => Sha256Result;
    if (Buffer.isBuffer(body)) {
      const result = sha256OfBuffer(body);
      hashed = () => result;
    } else {
      const { tap, result } = sha256Tap();
      body.on('error', (error) => tap.destroy(error));
      streamed = body.pipe(tap);
      hashed = result;
    }
    await store.put({ key, body: streamed, contentType: file.mime, size: file.size ? Math.round(file.size * 1024) : undefined });
    file.url = `${ORIGINALS_ROUTE}${key.slice(ORIGINALS_PREFIX.length)}`;
    const { sha256, size } = hashed();
    file.provider_metadata = { ...(file.provider_metadata ?? {}), sha256, bytes: size, key };
  };
  return {
    async uploadStream(file: ProviderFile) {
      if (!file.stream) throw new Error('uploadStream called without a stream');
      await put(file, file.stream);
    },
    async upload(file: ProviderFile) {
      if (file.stream) return put(file, file.stream);
      if (!file.buffer) throw new Error('upload called without a buffer');
      await put(file, file.buffer);
    },
    async delete(file: ProviderFile) {
      await store.delete([originalKeyOf(file)]);
    },
    isPrivate() {
      return true;
    },
    async getSignedUrl(file: ProviderFile) {
      if (!file.url?.startsWith(ORIGINALS_ROUTE)) return { url: file.url };
      return { url: signPath({ secret, path: file.url, ttlSeconds: SIGNED_URL_SECONDS }) };
    },
  };
}
