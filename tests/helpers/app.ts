/**
 * Boots the real Strapi app on a fresh database, once per test file, and
 * talks to it over HTTP. TEST_DATABASE=postgres uses a fresh database on the
 * PostgreSQL server that scripts/test.ts started (TEST_PG_URL); otherwise a
 * fresh SQLite file. Meilisearch comes from MEILI_HOST when the runner set it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import supertest from 'supertest';

export const APP_DIR = path.resolve(__dirname, '..', '..');

/**
 * A module of the running app: the app runs the compiled code in dist/, and
 * its singletons (object store, queue) live in those module instances, not in
 * the tsx copies a test would get by importing src/.
 */
export const fromDist = <T>(module: string): T => require(path.join(APP_DIR, 'dist', 'src', ...module.split('/'))) as T;

export interface TestApp {
  strapi: Core.Strapi;
  http: () => supertest.Agent;
  dataDir: string;
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
}

export async function startTestApp({ storage = 'local' }: TestAppOptions = {}): Promise<TestApp> {
  mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  const dataDir = mkdtempSync(path.join(APP_DIR, '.tmp', 'test-'));
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
    MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
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
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  return {
    strapi,
    dataDir,
    http: () => supertest(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
