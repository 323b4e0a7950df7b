/**
 * For scripts that work on the search index: find Meilisearch (MEILI_HOST, or
 * the embedded one of DATA_DIR — the running one of `npm start`, or one
 * started for this run), boot the app, and hand over the app and a client.
 */
import type { Core } from '@strapi/strapi';
import { archive, requireSearch } from '../../src/archive';
import type { SearchClient } from '../../src/search/client';
import { locateSearch } from '../../src/search/ops/locate';
import { startMeilisearch } from './meilisearch-server';
import { applyEmbeddedDefaults } from './runtime-env';
import { withStrapi } from './with-strapi';

export async function withSearchAndStrapi<T>(fn: (strapi: Core.Strapi, client: SearchClient) => Promise<T>): Promise<T> {
  applyEmbeddedDefaults();
  const port = process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined;
  const search = await locateSearch({ startEmbedded: ({ dataDir, masterKey }) => startMeilisearch({ dataDir, masterKey, port }) });
  console.log(`Meilisearch: ${search.host} (${search.source})`);
  try {
    return await withStrapi(async (strapi) => {
      return fn(strapi, requireSearch(archive(strapi)));
    });
  } finally {
    await search.stop();
  }
}
