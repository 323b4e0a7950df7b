/**
 * Mounts the resumable upload endpoint (tus 1.0) at /api/tus and schedules
 * the removal of expired unfinished uploads: once when the database is ready
 * at boot, then every TUS_CLEANUP_INTERVAL_HOURS.
 */
import type { Core } from '@strapi/strapi';
import { HEADERS } from '@tus/server';
import { archive } from '../archive';
import type { ObjectStore } from '../storage/object-store';
import { createTusEndpoint, TUS_PATH, type TusEndpoint } from './endpoint';
import { tusSettingsFromEnv, type TusSettings } from './settings';
import { createTusStorage, type TusStorage } from './storage';
import { loadStrapiInternals } from './strapi-internals';

/** The endpoint and where its unfinished uploads wait (tests look at leftovers and run the clean-up). */
export interface TusRuntime {
  endpoint: TusEndpoint;
  storage: TusStorage;
  settings: TusSettings;
}

/** Builds the endpoint on the archive's object store (finished uploads go there); routes come in registerTus. */
export function createTus({ strapi, storage: objectStore, dataDir }: { strapi: Core.Strapi; storage: ObjectStore; dataDir: string }): TusRuntime {
  loadStrapiInternals(); // fail at boot if Strapi moved what we rely on
  const settings = tusSettingsFromEnv();
  const storage = createTusStorage({ settings, dataDir, objectStore });
  const endpoint = createTusEndpoint({ strapi, settings, storage });
  return { endpoint, storage, settings };
}

/** Mounts the archive's tus endpoint (built by buildArchive) and schedules its clean-up. */
export function registerTus(strapi: Core.Strapi): void {
  const { tus, storage: objectStore, onStop } = archive(strapi);
  const { endpoint, settings } = tus;

  // On the server's root router rather than the content API's: the content-API
  // read guard (src/access) must not hide drafts from the finishing step, and
  // Strapi's route auth is replaced by the handler's own (auth: false).
  const route = { method: 'ALL', handler: endpoint.handle, config: { auth: false } } as const;
  strapi.server.routes([
    { ...route, path: TUS_PATH },
    { ...route, path: `${TUS_PATH}/:id` },
  ] as never);
  strapi.server.use(tusPreflight(strapi));

  strapi.hook('strapi::content-types.afterSync').register(() => {
    const cleanUp = () =>
      endpoint.cleanUpExpired().then(
        (count) => count > 0 && strapi.log.info(`tus: removed ${count} expired upload file(s).`),
        (error: Error) => strapi.log.warn(`tus: could not remove expired uploads: ${error.message}`),
      );
    // At boot the S3 bucket may not exist yet (checkStorage creates it later in bootstrap).
    void objectStore.ensureReady().then(cleanUp, () => {});
    const timer = setInterval(() => void cleanUp(), settings.cleanupIntervalMs);
    timer.unref();
    onStop(() => clearInterval(timer));
  });
}

/**
 * CORS preflight for /api/tus. strapi::cors answers preflights itself and
 * allows only Content-Type, Authorization, Origin and Accept, which would
 * block a browser on another origin from sending tus headers. This runs
 * before it, with the same origin setting, and allows the tus headers.
 */
function tusPreflight(strapi: Core.Strapi) {
  const corsEntry = (strapi.config.get('middlewares') as Array<string | { name?: string; config?: { origin?: unknown } }>).find(
    (entry) => typeof entry === 'object' && entry.name === 'strapi::cors',
  );
  const origin = typeof corsEntry === 'object' ? (corsEntry.config?.origin ?? '*') : '*';
  const allows = (requestOrigin: string) => {
    if (typeof origin === 'function') return false; // leave dynamic policies to strapi::cors
    const list = Array.isArray(origin) ? origin : String(origin).split(',').map((o) => o.trim());
    return list.includes('*') || list.includes(requestOrigin);
  };
  return async (ctx: { method: string; path: string; status: number; get(name: string): string; set(name: string, value: string): void }, next: () => Promise<void>) => {
    const requestOrigin = ctx.get('Origin');
    const isPreflight = ctx.method === 'OPTIONS' && ctx.get('Access-Control-Request-Method') && requestOrigin;
    if (!isPreflight || !(ctx.path === TUS_PATH || ctx.path.startsWith(`${TUS_PATH}/`)) || !allows(requestOrigin)) return next();
    ctx.set('Access-Control-Allow-Origin', requestOrigin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
    ctx.set('Access-Control-Allow-Methods', 'POST, HEAD, PATCH, OPTIONS, DELETE');
    ctx.set('Access-Control-Allow-Headers', [...HEADERS, 'Accept', 'Accept-Language'].join(', '));
    ctx.set('Access-Control-Max-Age', '86400');
    ctx.set('Vary', 'Origin');
    ctx.status = 204;
  };
}
