/**
 * `npm run media:reprocess -- <documentId…>` or `-- --failed`: process media
 * items again, here, with a progress bar. Other workers (the app, `npm run
 * worker`) may take some of the jobs; the bar follows the items either way.
 */
import { failedMediaItems, reprocessMediaItems } from '../src/media/strapi/reprocess';
import { progressBar } from './lib/progress';
import { withStrapi } from './lib/with-strapi';
import { runScript } from './lib/run-script';
import { uidOf } from '../src/content-model';

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('Usage: npm run media:reprocess -- <media item documentId>… | --failed');
  process.exit(64);
}
process.env.WORKERS_IN_APP = 'true';

runScript(() =>
  withStrapi(async (strapi) => {
  const documentIds = args.includes('--failed') ? await failedMediaItems(strapi) : args;
  if (documentIds.length === 0) {
    console.log('No media item to process.');
    return 0;
  }
  await reprocessMediaItems(strapi, documentIds);
  const bar = progressBar('Processing');
  const states = async () =>
    (await strapi.db.query(uidOf('media-item')).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: null },
      select: ['documentId', 'title', 'processing'],
    })) as Array<{ documentId: string; title: string; processing: { state: string; progress: number; error: string | null } | null }>;
  for (;;) {
    const rows = await states();
    const progress = rows.reduce((sum, row) => sum + (row.processing?.state === 'ready' || row.processing?.state === 'failed' ? 100 : (row.processing?.progress ?? 0)), 0);
    const done = rows.filter((row) => row.processing?.state === 'ready' || row.processing?.state === 'failed');
    bar.update(Math.round(progress / 100), rows.length, `${done.length}/${rows.length} done`);
    if (done.length === rows.length) {
      const failed = rows.filter((row) => row.processing?.state === 'failed');
      bar.finish(`${rows.length - failed.length} ready, ${failed.length} failed.`);
      for (const row of failed) console.error(`FAILED  ${row.documentId} "${row.title}": ${row.processing?.error}`);
      return failed.length ? 2 : 0;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}));
