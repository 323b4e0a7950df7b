import type { Core } from '@strapi/strapi';
import { isSearchHealthy, searchConfigFromEnv } from '../search/client';

/**
 * GET /_health: 200 with the state of each part the archive needs, 503 when
 * one is down. Load balancers and the test suite both read it. It replaces
 * Strapi's bare 204 so that a dead Meilisearch is visible.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; method: string; status: number; body: unknown }, next: () => Promise<void>) => {
    if (ctx.path !== '/_health' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const database = await strapi.db.connection
      .raw('select 1')
      .then(() => 'ok')
      .catch(() => 'down');
    const searchConfig = searchConfigFromEnv();
    const search = searchConfig ? ((await isSearchHealthy(searchConfig)) ? 'ok' : 'down') : 'not-configured';
    const isHealthy = database === 'ok' && search !== 'down';
    ctx.status = isHealthy ? 200 : 503;
    ctx.body = { status: isHealthy ? 'ok' : 'degraded', database, search };
  };
};
