/**
 * `npm start`: the whole archive on its embedded default — SQLite and
 * Meilisearch under DATA_DIR, generated secrets, admin panel built on first
 * start — or on the external services the environment names.
 */
import path from 'node:path';
import { compileServer, ensureAdminBuilt } from './lib/build';
import { startEmbeddedSearch, type superviseMeilisearch } from './lib/supervise-search';
import { APP_DIR, applyEmbeddedDefaults } from './lib/runtime-env';

const log = (line: string) => process.stdout.write(`[di-san] ${line}\n`);

async function main(): Promise<void> {
  // As `strapi start` does: production mode serves the built admin and locks the schema.
  process.env.NODE_ENV ??= 'production';
  const { dataDir, usesEmbeddedSearch } = applyEmbeddedDefaults();
  log(`Data folder: ${dataDir}`);
  let search: Awaited<ReturnType<typeof superviseMeilisearch>> | undefined;
  if (usesEmbeddedSearch) {
    search = await startEmbeddedSearch(dataDir, log);
  }
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await strapi?.destroy().catch(() => {});
    await search?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  let strapi: import('@strapi/strapi').Core.Strapi | undefined;
  try {
    ensureAdminBuilt(log);
    compileServer();
    const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
    const ours = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
    strapi = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false });
    // createStrapi adds SIGINT/SIGTERM handlers that destroy the app and exit at once: with ours
    // (stop) that was a second destroy(), which throws, and an exit before Meilisearch stopped.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (!ours.has(listener)) process.removeListener(signal, listener);
    }
    await strapi.start();
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

void main();
