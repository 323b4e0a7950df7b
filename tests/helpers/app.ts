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

export async function startTestApp(): Promise<TestApp> {
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
  });
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
