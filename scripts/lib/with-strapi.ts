/** Boot the app the way Strapi's CLI does, for scripts (seed, and later reindex, reprocess). */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileServer } from './build';
import { APP_DIR, applyEmbeddedDefaults } from './runtime-env';

export async function withStrapi<T>(fn: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  applyEmbeddedDefaults();
  // A script is not a worker: jobs it queues run in the app or in `npm run worker`.
  process.env.WORKERS_IN_APP ??= 'false';
  process.env.SEED_ON_START ??= 'false';
  compileServer();
  // Loaded after the env is ready: Strapi reads config at require time.
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    return await fn(strapi);
  } finally {
    await strapi.destroy();
  }
}
