/**
 * Search operations on the real app and the runner's Meilisearch: the drift
 * check finds exactly what was changed behind the app's back, and a reindex
 * repairs it by swapping in fresh indexes while searches keep answering.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CatalogueDocument } from '../../../src/search/catalogue';
import { addDocuments, createSearchClient, deleteDocuments, deleteIndex, getDocument, indexExists, indexName, type SearchClient } from '../../../src/search/client';
import { catalogueIndexName, readMarker, transcriptsIndexName } from '../../../src/search/indexes';
import type { DriftReport } from '../../../src/search/ops/drift';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import { checkDrift, hasDrift } from '../../../src/search/ops/drift';
import { reindex } from '../../../src/search/ops/reindex';

const MEILI_HOST = process.env.MEILI_HOST ?? '';
const MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY ?? '';
const ops = () => ({ checkDrift, hasDrift, reindex });

let app: TestApp;
let meili: SearchClient;
const ids: Record<string, string> = {};

const driftNow = () => ops().checkDrift(app.strapi, meili);
const summary = (report: DriftReport) => ({
  missing: report.missing.map((item) => item.id),
  stale: report.stale.map((item) => `${item.id}: ${item.detail}`),
  unexpected: report.unexpected.map((item) => item.id),
});
const CLEAN = { missing: [], stale: [], unexpected: [] };

before(async () => {
  assert.ok(MEILI_HOST, 'run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  app = await startTestApp();
  meili = createSearchClient({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY });
  // The boot catch-up's full sync deletes what the database lacks: seed after it.
  await app.drain({ timeoutSeconds: 90 });
  assert.ok((await readMarker(meili, catalogueIndexName()))?.fullSyncAt, 'the boot full sync ran');
  ids.hoaBan = await createRecord(app, 'festival', { name: 'Lễ hội Hoa Ban', accessLevel: 'public', timing: { calendar: 'lunar', month: 2, day: 10 } }, { en: { name: 'Hoa Ban Festival' } });
  ids.xenBan = await createRecord(app, 'festival', { name: 'Xên bản Mường Thanh', accessLevel: 'public', timing: { calendar: 'lunar', month: 3, day: 1 } });
  ids.xoe = await createRecord(app, 'custom', { name: 'Nghệ thuật Xòe Thái', accessLevel: 'public', domain: 'performing-arts' });
  ids.hidden = await createRecord(app, 'custom', { name: 'Nghi lễ kín', accessLevel: 'restricted', domain: 'social-practices' });
  await app.drain();
  for (const [type, documentId] of [['festival', ids.hoaBan], ['festival', ids.xenBan], ['custom', ids.xoe]]) {
    assert.ok(await getDocument(meili, catalogueIndexName(), `${type}-${documentId}-vi`), `${type} ${documentId} indexed`);
  }
});

after(async () => {
  if (meili) for (const name of [catalogueIndexName(), transcriptsIndexName(), indexName('di_san_meta')]) await deleteIndex(meili, name);
  await app?.stop();
});

describe('search:check (drift)', () => {
  it('is clean once the app has indexed its records (the restricted one is absent)', async () => {
    await app.drain();
    const report = await driftNow();
    assert.deepEqual(summary(report), CLEAN);
    assert.equal(report.records, 3 + 1, 'four published records, one of them restricted');
    assert.equal(report.expected, 6, 'three indexable records × two locales');
    assert.equal(await getDocument(meili, catalogueIndexName(), `custom-${ids.hidden}-vi`), null);
  });

  it('reports exactly a deleted document, a bogus restricted one and a title changed behind the app’s back', async () => {
    const catalogue = catalogueIndexName();
    await deleteDocuments(meili, catalogue, [`festival-${ids.xenBan}-en`]);
    const real = await getDocument<CatalogueDocument>(meili, catalogue, `custom-${ids.xoe}-vi`);
    assert.ok(real);
    const bogus = { ...real, id: 'festival-bogus0000000000000000-vi', documentId: 'bogus0000000000000000', type: 'festival', accessLevel: 'restricted', title: 'Bí mật' };
    await addDocuments(meili, catalogue, [bogus, { ...real, title: 'Xòe (sửa tay)' }]);

    assert.deepEqual(summary(await driftNow()), {
      missing: [`festival-${ids.xenBan}-en`],
      stale: [`custom-${ids.xoe}-vi: title`],
      unexpected: ['festival-bogus0000000000000000-vi'],
    });
  });
});

describe('reindex', () => {
  it('repairs the drift under the same live names while searches keep answering', async () => {
    const liveBefore = catalogueIndexName();
    const failures: string[] = [];
    let searches = 0;
    let reindexing = true;
    const searchLoop = (async () => {
      while (reindexing) {
        const response = await app.http().get('/api/catalogue/search?q=hoa%20ban');
        searches++;
        const hits = (response.body?.data?.hits ?? []) as Array<{ documentId: string }>;
        if (response.status !== 200 || !hits.some((hit) => hit.documentId === ids.hoaBan)) failures.push(`${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
    })();
    let progressCalls = 0;
    const report = await ops()
      .reindex(app.strapi, meili, { batchSize: 1, onProgress: () => progressCalls++ })
      .finally(() => {
        reindexing = false;
      });
    await searchLoop;

    assert.deepEqual(failures, [], `${failures.length} of ${searches} searches failed during the reindex`);
    assert.ok(searches >= 3, `only ${searches} searches ran during the reindex`);
    assert.equal(report.live.catalogue, liveBefore);
    assert.equal(report.records, 4);
    assert.equal(report.catalogueDocuments, 6);
    assert.ok(progressCalls >= 4);
    assert.deepEqual(summary(await driftNow()), CLEAN);
    // The rebuilt indexes are gone; the live ones answer with the repaired data.
    const names = (await meili.getRawIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.includes('_next_'));
    assert.deepEqual(names.filter((uid) => uid.startsWith(liveBefore) || uid.startsWith(transcriptsIndexName())), []);
    assert.ok(await indexExists(meili, transcriptsIndexName()));
    assert.equal((await getDocument<CatalogueDocument>(meili, catalogueIndexName(), `custom-${ids.xoe}-vi`))?.title, 'Nghệ thuật Xòe Thái');
    const found = await app.http().get('/api/catalogue/search?q=xen%20ban&locale=en');
    assert.ok((found.body.data.hits as Array<{ documentId: string }>).some((hit) => hit.documentId === ids.xenBan));
  });
});
