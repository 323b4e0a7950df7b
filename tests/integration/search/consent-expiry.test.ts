/**
 * Consent that expired is out of search at once, on every channel, without
 * waiting for the sweep after Vietnam midnight: the search API, the instant
 * proxy and a tenant token used against Meilisearch itself all filter on the
 * documents' `visibleUntil` at query (or token) time.
 *
 * The state between midnight and the sweep is set up as it happens: a person
 * whose consent ends yesterday (Vietnam) is indexed from documents built the
 * day before yesterday, when the consent was still valid, and no sync runs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vietnamToday } from '../../../src/access/levels';
import type { CatalogueDocument } from '../../../src/search/catalogue';
import { addDocuments, createSearchClient, getDocument, type SearchClient } from '../../../src/search/client';
import { catalogueIndexName, readMarker } from '../../../src/search/indexes';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import { buildRecordDocuments } from '../../../src/search/sync/build';
import { uidOf } from '../../../src/content-model';

const MEILI_HOST = process.env.MEILI_HOST ?? '';
const MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY ?? '';
const DAY = 86_400_000;
const vietnamDay = (offsetDays: number) => vietnamToday(new Date(Date.now() + offsetDays * DAY));

let app: TestApp;
let meili: SearchClient;
const ids = { expired: '', valid: '' };
const person = (name: string, expiresOn: string) => ({
  name,
  accessLevel: 'public',
  biography: 'Nghệ nhân hát khắp ở bản Khaukhiem.',
  consent: { givenBy: name, scope: 'public', givenOn: '2020-01-01', expiresOn },
});


const searchIds = async (path: string) => {
  const response = await app.http().get(path);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return (response.body.data.hits as Array<{ documentId: string }>).map((hit) => hit.documentId);
};

const expiredDocId = () => `person-${ids.expired}-vi`;

before(async () => {
  assert.ok(MEILI_HOST, 'run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  app = await startTestApp();
  meili = createSearchClient({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY });
  await app.drain({ timeoutSeconds: 90 });
  assert.ok((await readMarker(meili, catalogueIndexName()))?.fullSyncAt, 'the boot full sync ran');
  ids.expired = await createRecord(app, 'person', person('Lò Thị Khaukhiem Hết', vietnamDay(-1)));
  ids.valid = await createRecord(app, 'person', person('Lò Thị Khaukhiem Còn', vietnamDay(+30)));
  // Both records' syncs have run (the expired one's indexes nothing today).
  await app.drain({ timeoutSeconds: 90 });
  assert.ok((await searchIds('/api/catalogue/search?q=khaukhiem')).includes(ids.valid), 'the valid record is searchable');
  // What the sync job wrote the day before yesterday, when this consent was still valid.
  const built = await buildRecordDocuments(app.strapi, { uid: uidOf('person'), documentId: ids.expired, today: vietnamDay(-2) });
  assert.equal(built.catalogue.length, 2, 'indexable as of the day before yesterday');
  await addDocuments(meili, catalogueIndexName(), built.catalogue);
  assert.ok(await getDocument<CatalogueDocument>(meili, catalogueIndexName(), expiredDocId()), 'the expired record is in the index');
});
after(() => app?.stop());

describe('expired consent is not searchable while still in the index', () => {
  it('the search API does not find it', async () => {
    const found = await searchIds('/api/catalogue/search?q=khaukhiem');
    assert.ok(found.includes(ids.valid), 'the record with valid consent is found');
    assert.ok(!found.includes(ids.expired), 'the expired one is not');
    assert.ok(!(await searchIds('/api/catalogue/search?q=khaukhiem&locale=en')).includes(ids.expired));
  });

  it('the instant-search proxy does not find it, nor does its token against Meilisearch', async () => {
    const issued = (await app.http().get('/api/catalogue/search-token')).body.data as { token: string; indexes: { catalogue: string } };
    const queries = [{ indexUid: issued.indexes.catalogue, q: 'khaukhiem', limit: 50 }];
    const proxied = await app.http().post('/api/catalogue/instant/multi-search').set('Authorization', `Bearer ${issued.token}`).send({ queries });
    assert.equal(proxied.status, 200, JSON.stringify(proxied.body));
    const direct = await fetch(`${MEILI_HOST}/multi-search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${issued.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ queries }),
    });
    assert.equal(direct.status, 200);
    const directBody = (await direct.json()) as { results: Array<{ hits: Array<{ documentId: string }> }> };
    for (const [channel, hits] of [['proxy', proxied.body.results[0].hits], ['Meilisearch with the token', directBody.results[0].hits]] as const) {
      const found = (hits as Array<{ documentId: string }>).map((hit) => hit.documentId);
      assert.ok(found.includes(ids.valid), `${channel}: the valid record is found`);
      assert.ok(!found.includes(ids.expired), `${channel}: the expired one is not`);
    }
  });

  it('the site search page does not show it', async () => {
    const page = await app.http().get('/tim-kiem?q=khaukhiem').set('Accept', 'text/html').set('Accept-Encoding', 'identity');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(`/nhan-vat/${ids.valid}`), 'the valid record is listed');
    assert.ok(!page.text.includes(ids.expired), 'the expired one is not');
  });

  it('and it was still in the index all along (no sync removed it)', async () => {
    assert.ok(await getDocument<CatalogueDocument>(meili, catalogueIndexName(), expiredDocId()));
  });
});
