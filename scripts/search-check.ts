/**
 * `npm run search:check`: compare what the database says should be indexed
 * with what the search indexes hold (src/search/ops/drift). Prints counts and
 * the first entries of each kind of drift (`--show=N`, default 20).
 * Exit code: 0 clean, 2 drift found, 1 error. Meilisearch as for reindex.
 */
import { progressBar } from './lib/progress';
import { checkDrift, hasDrift, type DriftItem } from '../src/search/ops/drift';
import { runScript } from './lib/run-script';
import { withSearchAndStrapi } from './lib/with-search';

const show = Number(process.argv.find((arg) => arg.startsWith('--show='))?.split('=')[1] ?? 20);

function printFirst(label: string, items: DriftItem[]): void {
  if (!items.length) return;
  console.log(`\n${label} (${items.length}${items.length > show ? `, first ${show}` : ''}):`);
  for (const item of items.slice(0, show)) console.log(`  ${item.index.padEnd(11)} ${item.id}${item.detail ? `  (${item.detail})` : ''}`);
}

async function main(): Promise<number> {
  return withSearchAndStrapi(async (strapi, client) => {
    const bar = progressBar('Building expected documents');
    const report = await checkDrift(strapi, client, { onProgress: (done, total) => bar.update(done, total, 'records') });
    bar.finish(`${report.records} published records → ${report.expected} expected documents; ${report.indexed} in the index.`);
    console.log(`missing: ${report.missing.length}   stale: ${report.stale.length}   should not be there: ${report.unexpected.length}`);
    printFirst('Missing from the index', report.missing);
    printFirst('Stale (fields that differ)', report.stale);
    printFirst('In the index but should not be', report.unexpected);
    if (!hasDrift(report)) {
      console.log('The index agrees with the database.');
      return 0;
    }
    console.log('\nDrift found: `npm run reindex` rebuilds the indexes with no downtime.');
    return 2;
  });
}

runScript(main);
