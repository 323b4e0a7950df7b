/**
 * Picks the media store from the environment: S3 when S3_ENDPOINT, S3_BUCKET,
 * S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set, else files under
 * `<dataDir>/media`. Call `ensureReady()` on the result once at boot.
 */
import path from 'node:path';
import { createLocalStore } from './local-store';
import type { ObjectStore } from './object-store';
import { s3SettingsFromEnv } from './s3-client';
import { createS3Store } from './s3-store';

export function createObjectStore({ env = process.env, dataDir }: { env?: NodeJS.ProcessEnv; dataDir: string }): ObjectStore {
  const settings = s3SettingsFromEnv(env);
  return settings ? createS3Store(settings) : createLocalStore({ root: path.join(dataDir, 'media') });
}

export * from './object-store';
