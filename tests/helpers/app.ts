/**
 * Boots the real Strapi app on a fresh database, once per test file, and
 * talks to it over HTTP. TEST_DATABASE=postgres uses a fresh database on the
 * PostgreSQL server that scripts/test.ts started (TEST_PG_URL); otherwise a
 * fresh SQLite file. Meilisearch comes from MEILI_HOST when the runner set it.
 *
 * The rule: tests import src/, never dist/. The app runs the compiled copy
 * in dist/, but it keeps its running parts (object store, queue, search
 * client, tus) on the strapi object, so a test reaches the very same ones
 * through `archive(app.strapi)` from src/archive.ts. Plain functions
 * (checkDrift, seedReferenceData…) are imported from src and given the app
 * or its parts. Don't rely on `instanceof` against a class of the app's: the
 * app's object was made by the dist copy of that class.
 *
 * To wait for the app's work, `await app.drain()` (every job settled), then
 * assert. Never sleep to show that something did not happen.
 *
 * stop() removes what the file created: the database, the data folder, its
 * Meilisearch indexes (each app gets its own MEILI_INDEX_PREFIX) and, with
 * storage 's3', its bucket.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import supertest from 'supertest';
import { archive } from '../../src/archive';
import type { DrainOptions } from '../../src/queue/contract';
import { createSearchClient, searchConfigFromEnv } from '../../src/search/client';
import { createS3Client, deleteBucket, s3SettingsFromEnv } from '../../src/storage/s3-client';

export const APP_DIR = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  http: () => supertest.Agent;
  dataDir: string;
  /** Resolves once every job of the app has settled (see QueueAdapter.drain). */
  drain(options?: DrainOptions): Promise<void>;
  stop(): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64url');

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE=postgres needs TEST_PG_URL (run the suite with `npm test`).');
  const { Client } = require('pg') as typeof import('pg');
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestAppOptions {
  /** Where files go: the data folder (default) or the real S3 server the runner started (TEST_S3_*). */
  storage?: 'local' | 's3';
  /** Serve the built admin panel (dist/build) at /admin, for the admin browser tests; the runner builds it. */
  admin?: boolean;
}

export async function startTestApp({ storage = 'local', admin = false }: TestAppOptions = {}): Promise<TestApp> {
  mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(path.join(APP_DIR, '.tmp', 'test-'));
  const indexPrefix = `t${randomBytes(4).toString('hex')}_`;
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
    STRAPI_STARTUP_MESSAGE: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Each test file gets its own indexes on the shared Meilisearch.
    MEILI_INDEX_PREFIX: indexPrefix,
  });
  for (const name of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION']) delete process.env[name];
  if (storage === 's3') {
    if (!process.env.TEST_S3_ENDPOINT) throw new Error('storage: s3 needs TEST_S3_* (run the suite with `npm test`).');
    Object.assign(process.env, {
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT,
      S3_REGION: process.env.TEST_S3_REGION ?? 'us-east-1',
      S3_ACCESS_KEY_ID: process.env.TEST_S3_ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: process.env.TEST_S3_SECRET_ACCESS_KEY,
      S3_BUCKET: `test-${randomBytes(6).toString('hex')}`,
    });
  }
  const s3 = storage === 's3' ? s3SettingsFromEnv() : null;
  let dropDatabase = async () => {};
  if (process.env.TEST_DATABASE === 'postgres') {
    const database = await createPostgresDatabase();
    process.env.DATABASE_CLIENT = 'postgres';
    process.env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  } else {
    process.env.DATABASE_CLIENT = 'sqlite';
    // Relative to the app folder: Strapi resolves it the same way in every process.
    process.env.DATABASE_FILENAME = path.join(path.relative(APP_DIR, dataDir), 'archive.db');
  }
  // vitest-style ESM loading of @strapi/strapi crashes ("Directory import lodash/fp"); require it.
  const { createStrapi } = createRequire(__filename)('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: admin,
  }).load();
  await strapi.server.mount();
  return {
    strapi,
    dataDir,
    http: () => supertest(strapi.server.httpServer),
    drain: (options) => archive(strapi).queue.drain(options),
    async stop() {
      const store = archive(strapi).storage;
      await strapi.destroy();
      try {
        if (s3) await removeBucket(store, s3);
        await removeIndexes(indexPrefix);
      } finally {
        await dropDatabase();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The file's bucket, emptied then deleted. */
async function removeBucket(store: { list(prefix: string): Promise<string[]>; delete(keys: string[]): Promise<void> }, settings: NonNullable<ReturnType<typeof s3SettingsFromEnv>>) {
  const client = createS3Client(settings);
  try {
    await store.delete(await store.list(''));
    await deleteBucket({ client, bucket: settings.bucket });
  } finally {
    client.destroy();
  }
}

/** Every index named with the file's prefix, on the Meilisearch MEILI_HOST names now (none when it is unset or gone). */
async function removeIndexes(prefix: string) {
  const config = searchConfigFromEnv();
  if (!config) return;
  const client = createSearchClient(config);
  let uids: string[];
  try {
    uids = (await client.getIndexes({ limit: 1000 })).results.map((index) => index.uid);
  } catch {
    return; // the file stopped its own Meilisearch, or pointed MEILI_HOST at a dead one: nothing left to remove
  }
  // Each deletion waits for its task: deleteIndexIfExists returns once the task is only queued.
  for (const uid of uids.filter((name) => name.startsWith(prefix))) await client.deleteIndex(uid).waitTask();
}
