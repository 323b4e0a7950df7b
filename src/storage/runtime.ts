/**
 * The app's one object store, created once at register time from env:
 * S3-compatible storage when S3_* is set, otherwise files under
 * DATA_DIR/media. Everything that stores or serves a file goes through it.
 */
import path from 'node:path';
import type { ObjectStore } from './object-store';
import { createObjectStore } from './index';

let current: ObjectStore | undefined;

export function initObjectStore(env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const dataDir = path.resolve(env.DATA_DIR || '.data');
  current = createObjectStore({ env, dataDir });
  return current;
}

export function objectStore(): ObjectStore {
  if (!current) throw new Error('The object store is not initialised (initObjectStore runs in register).');
  return current;
}
