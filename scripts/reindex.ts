/**
 * `npm run reindex`: rebuild the search indexes from the database with no
 * downtime (fresh indexes, then an atomic swap; see src/search/ops/reindex).
 * Uses MEILI_HOST when set, else the embedded Meilisearch of DATA_DIR — the
 * running one of `npm start`, or one started for this run.
 */
import { startMeilisearch } from './lib/meilisearch-server';
import { progressBar } from './lib/progress';
import { applyEmbeddedDefaults } from './lib/runtime-env';
import { withStrapi } from './lib/with-strapi';
import { locateSearch } from '../src/search/ops/locate';
import { runScript } from './lib/run-script';

async function main(): Promise<number> {
  applyEmbeddedDefaults();
  const search = await locateSearch({ startEmbedded: ({ dataDir, masterKey }) => startMeilisearch({ dataDir, masterKey, port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined }) });
  console.log(`Meilisearch: ${search.host} (${search.source})`);
  try {
    return await withStrapi(async (strapi) => {
      const { reindex } = require('../dist/src/search/ops/reindex') as typeof import('../src/search/ops/reindex');
      const { requireSearchClient } = require('../dist/src/search/client') as typeof import('../src/search/client');
      const bar = progressBar('Reindexing');
      const report = await reindex(strapi, requireSearchClient(), { onProgress: (done, total) => bar.update(done, total, 'records') });
      bar.finish(
        `Rebuilt ${report.live.catalogue} (${report.catalogueDocuments} documents) and ${report.live.transcripts} (${report.transcriptSegments} segments) from ${report.records} published records in ${report.seconds.toFixed(1)} s; swapped in with no downtime.`,
      );
      if (report.requeued) console.log(`${report.requeued} records changed during the rebuild; their sync is queued (run by the app or \`npm run worker\`).`);
      return 0;
    });
  } finally {
    await search.stop();
  }
}

runScript(main);
