/**
 * `npm run reindex`: rebuild the search indexes from the database with no
 * downtime (fresh indexes, then an atomic swap; see src/search/ops/reindex).
 * Uses MEILI_HOST when set, else the embedded Meilisearch of DATA_DIR — the
 * running one of `npm start`, or one started for this run.
 */
import { reindex } from '../src/search/ops/reindex';
import { progressBar } from './lib/progress';
import { runScript } from './lib/run-script';
import { withSearchAndStrapi } from './lib/with-search';

async function main(): Promise<number> {
  return withSearchAndStrapi(async (strapi, client) => {
    const bar = progressBar('Reindexing');
    const report = await reindex(strapi, client, { onProgress: (done, total) => bar.update(done, total, 'records') });
    bar.finish(
      `Rebuilt ${report.live.catalogue} (${report.catalogueDocuments} documents) and ${report.live.transcripts} (${report.transcriptSegments} segments) from ${report.records} published records in ${report.seconds.toFixed(1)} s; swapped in with no downtime.`,
    );
    if (report.requeued) console.log(`${report.requeued} records changed during the rebuild; their sync is queued (run by the app or \`npm run worker\`).`);
    return 0;
  });
}

runScript(main);
