/**
 * Mounts the resumable upload endpoint (tus 1.0) at /api/tus and schedules
 * the removal of expired unfinished uploads: once when the database is ready
 * at boot, then every TUS_CLEANUP_INTERVAL_HOURS.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { HEADERS } from '@tus/server';
import { objectStore } from '../storage/runtime';
import { createTusEndpoint, TUS_PATH, type TusEndpoint } from './endpoint';
import { tusSettingsFromEnv } from './settings';
import { createTusStorage, type TusStorage } from './storage';
import { loadStrapiInternals } from './strapi-internals';

let current: { endpoint: TusEndpoint; storage: TusStorage } | undefined;

/** The running endpoint and its storage (tests look at leftovers and run the clean-up). */
export function tusRuntime(): { endpoint: TusEndpoint; storage: TusStorage } {
  if (!current) throw new Error('The tus endpoint is not registered (registerTus runs in register).');
  return current;
}

export function registerTus(strapi: Core.Strapi): void {
  loadStrapiInternals(); // fail at boot if Strapi moved what we rely on
  const settings = tusSettingsFromEnv();
  const storage = createTusStorage({ settings, dataDir: path.resolve(process.env.DATA_DIR || '.data'), objectStore: objectStore() });
  const endpoint = createTusEndpoint({ strapi, settings, storage });
  current = { endpoint, storage };

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
    void objectStore()
      .ensureReady()
      .then(cleanUp, () => {});
    const timer = setInterval(() => {
      // `strapi.destroy()` removes the global: this app is gone, so is its schedule.
      if ((globalThis as { strapi?: unknown }).strapi !== strapi) return clearInterval(timer);
      void cleanUp();
    }, settings.cleanupIntervalMs);
    timer.unref();
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
