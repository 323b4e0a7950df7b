/**
 * `npm run fixity`: re-read every stored original, compare with its intake
 * SHA-256, report mismatches and missing objects, and exit non-zero on any.
 */
import { archive } from '../src/archive';
import { checkFixity, isFixityClean, type StoredFile } from '../src/media/fixity';
import { progressBar } from './lib/progress';
import { withStrapi } from './lib/with-strapi';
import { runScript } from './lib/run-script';

runScript(() =>
  withStrapi(async (strapi) => {
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    select: ['id', 'name', 'hash', 'ext', 'provider_metadata'],
    orderBy: { id: 'asc' },
  })) as StoredFile[];
  const bar = progressBar('Fixity');
  const report = await checkFixity({ store: archive(strapi).storage, files, onProgress: (done, total, name) => bar.update(done, total, name) });
  bar.finish(`Checked ${report.checked} originals: ${report.ok} ok, ${report.mismatched.length} changed, ${report.missing.length} missing, ${report.unrecorded.length} without an intake hash.`);
  for (const file of report.mismatched) console.error(`CHANGED  #${file.id} ${file.name}: expected ${file.expected}, found ${file.actual}`);
  for (const file of report.missing) console.error(`MISSING  #${file.id} ${file.name}`);
  return isFixityClean(report) ? 0 : 2;
}));
