/**
 * ObjectStore on local disk: the object with key `a/b.jpg` is the file
 * `<root>/a/b.jpg`, so a static file server could serve the folder as is.
 * Content type and cache control live beside it in `<root>/.meta/a/b.jpg.json`
 * (keys never start a segment with '.', so that tree cannot collide with one).
 *
 * Writes are atomic: bytes go to a dot-named temp file in the target folder,
 * are fsynced, then renamed over the target, so readers see the old object or
 * the new one, never half of one, and a crash leaves no torn file.
 */
import { randomBytes } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, copyFile, mkdir, open, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  type ByteRange,
  compareKeys,
  InvalidRangeError,
  ObjectNotFoundError,
  type ObjectStore,
  StorageUnavailableError,
  validateKey,
  validatePrefix,
  validateRange,
} from './object-store';

interface Metadata {
  contentType?: string;
  cacheControl?: string;
}

const META_DIR = '.meta';

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

export function createLocalStore({ root }: { root: string }): ObjectStore {
  const base = path.resolve(root);
  const fileFor = (key: string) => path.join(base, ...validateKey(key).split('/'));
  const metaFileFor = (key: string) => `${path.join(base, META_DIR, ...key.split('/'))}.json`;
  const tempBeside = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);

  async function fsync(file: string): Promise<void> {
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Write to a temp file beside `file`, flush it, run `beforeRename`, rename it into place. */
  async function writeAtomically(file: string, write: (temp: string) => Promise<void>, beforeRename?: () => Promise<void>): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const temp = tempBeside(file);
    try {
      await write(temp);
      await fsync(temp);
      await beforeRename?.();
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async function readMetadata(key: string): Promise<Metadata> {
    try {
      return JSON.parse(await readFile(metaFileFor(key), 'utf8')) as Metadata;
    } catch (error) {
      if (isMissing(error)) return {};
      throw error;
    }
  }

  /** Removes folders left empty by a delete, up to (not including) `stopAt`. */
  async function pruneEmptyFolders(folder: string, stopAt: string): Promise<void> {
    while (folder.startsWith(stopAt + path.sep)) {
      try {
        await rmdir(folder);
      } catch {
        return; // not empty, or already gone
      }
      folder = path.dirname(folder);
    }
  }

  async function walk(folder: string, keyPrefix: string, into: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // temp files and the metadata tree
      const key = keyPrefix + entry.name;
      if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${key}/`, into);
      else if (entry.isFile()) into.push(key);
    }
  }

  return {
    kind: 'local',

    async put({ key, body, contentType, cacheControl }) {
      const file = fileFor(key);
      const metadata: Metadata = { contentType, cacheControl };
      await writeAtomically(
        file,
        async (temp) => {
          if (Buffer.isBuffer(body)) await writeFile(temp, body, { flag: 'wx' });
          else if (typeof body === 'string') await copyFile(body, temp, constants.COPYFILE_EXCL);
          else await pipeline(body, createWriteStream(temp, { flags: 'wx' }));
        },
        // Metadata once the bytes are safely written, and before they become
        // visible: a failed upload changes nothing, a reader never sees new
        // bytes with old metadata.
        () => writeAtomically(metaFileFor(key), (temp) => writeFile(temp, JSON.stringify(metadata), { flag: 'wx' })),
      );
    },

    async getStream(key, range?: ByteRange) {
      const file = fileFor(key);
      if (range) validateRange(key, range);
      let handle;
      try {
        handle = await open(file, 'r');
      } catch (error) {
        if (isMissing(error)) throw new ObjectNotFoundError(key);
        throw error;
      }
      try {
        // Size from the open handle, so a concurrent replace cannot mismatch it.
        const info = await handle.stat();
        if (!info.isFile()) throw new ObjectNotFoundError(key);
        const size = info.size;
        const start = range?.start ?? 0;
        const end = Math.min(range?.end ?? size - 1, size - 1);
        if (range && start >= size) throw new InvalidRangeError(key, range, size);
        const { contentType } = await readMetadata(key);
        const stream = size === 0 ? handle.createReadStream() : handle.createReadStream({ start, end });
        return { stream, size, contentType, contentLength: Math.max(0, end - start + 1) };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async head(key) {
      const file = fileFor(key);
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        const { contentType } = await readMetadata(key);
        return { size: info.size, contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(keys) {
      const files = keys.map(fileFor); // validate all before deleting any
      for (const [index, key] of keys.entries()) {
        await rm(files[index], { force: true });
        await rm(metaFileFor(key), { force: true });
        await pruneEmptyFolders(path.dirname(files[index]), base);
        await pruneEmptyFolders(path.dirname(metaFileFor(key)), path.join(base, META_DIR));
      }
    },

    async list(prefix) {
      validatePrefix(prefix);
      // Walk only the folder the prefix points into, then filter by the full prefix.
      const folderPart = prefix.slice(0, prefix.lastIndexOf('/') + 1);
      const keys: string[] = [];
      await walk(path.join(base, ...folderPart.split('/').filter(Boolean)), folderPart, keys);
      return keys.filter((key) => key.startsWith(prefix)).sort(compareKeys);
    },

    async presignedGetUrl(key) {
      validateKey(key);
      return null;
    },

    async ensureReady() {
      try {
        await mkdir(base, { recursive: true });
        await access(base, constants.R_OK | constants.W_OK);
      } catch (error) {
        throw new StorageUnavailableError(
          `The media folder ${base} cannot be created or written (${(error as Error).message}). Check DATA_DIR and its permissions.`,
        );
      }
    },
  };
}
