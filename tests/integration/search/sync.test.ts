/**
 * Search sync against a real Meilisearch of this file's own (so it can be
 * stopped and restarted): what a visitor could find after each kind of write,
 * and that nothing published goes missing when Meilisearch was down.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, startMeilisearch, type RunningSearch } from '../../../scripts/lib/meilisearch-server';
import type { CatalogueDocument, TranscriptSegmentDocument } from '../../../src/search/catalogue';
import { createSearchClient, getDocument, type SearchClient } from '../../../src/search/client';
import { catalogueIndexName, transcriptsIndexName } from '../../../src/search/indexes';
import { createObjectStore } from '../../../src/storage';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import { archive } from '../../../src/archive';
import { bootstrapSearch } from '../../../src/search/register-search';
import { queueSearchSync } from '../../../src/search/sync/queue-sync';
import { uidOf } from '../../../src/content-model';

const MASTER_KEY = 'search-sync-test-key-0123456789';

let app: TestApp;
let search: RunningSearch;
let client: SearchClient;
let meiliDir: string;
let port: number;

/** Every queued job run (syncs, and what they queued); then `probe` must hold. Returns what it found. */
async function afterDrain<T>(what: string, probe: () => Promise<T | null | undefined | false>, seconds = 60): Promise<T> {
  await app.drain({ timeoutSeconds: seconds });
  const value = await probe();
  if (!value) throw new Error(`the queue drained, and still not: ${what}`);
  return value;
}

const find = async (query: string, filter?: string) =>
  (await client.index(catalogueIndexName()).search<CatalogueDocument>(query, { filter, matchingStrategy: 'all', limit: 100 })).hits;
const doc = (type: string, documentId: string, locale = 'vi') => getDocument<CatalogueDocument>(client, catalogueIndexName(), `${type}-${documentId}-${locale}`);

const festival = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  accessLevel: 'public',
  timing: { calendar: 'lunar', month: 1, day: 15 },
  ...extra,
});

before(async () => {
  meiliDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-search-sync-'));
  port = await freePort();
  search = await startMeilisearch({ dataDir: meiliDir, masterKey: MASTER_KEY, port });
  client = createSearchClient({ host: search.host, apiKey: MASTER_KEY });
  // The app starts without search, as a database that was filled before search existed.
  delete process.env.MEILI_HOST;
  delete process.env.MEILI_MASTER_KEY;
  app = await startTestApp();
});

after(async () => {
  await app?.stop();
  await search?.stop();
  if (meiliDir) rmSync(meiliDir, { recursive: true, force: true });
});

describe('a database that was never indexed', () => {
  it('indexes itself at boot, with no admin action', async () => {
    const ids = [
      await createRecord(app, 'ethnic-group', { name: "H'Mông", gsoCode: '08', accessLevel: 'public' }),
      await createRecord(app, 'festival', festival('Lễ hội Hoa Ban')),
      await createRecord(app, 'custom', { name: 'Nghệ thuật Xòe Thái', accessLevel: 'public', domain: 'performing-arts' }),
    ];
    Object.assign(process.env, { MEILI_HOST: search.host, MEILI_MASTER_KEY: MASTER_KEY });
    // What bootstrap runs when MEILI_HOST is set.
    await bootstrapSearch(app.strapi);
    const types = ['ethnic-group', 'festival', 'custom'];
    for (const [i, documentId] of ids.entries()) await afterDrain(`${types[i]} ${documentId} indexed`, () => doc(types[i], documentId));
    assert.equal((await find('hoa ban'))[0]?.title, 'Lễ hội Hoa Ban');
  });
});

describe('sync after writes', () => {
  it('a published festival is found without diacritics, in both locales, with its group', async () => {
    const group = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', accessLevel: 'public' }, { en: { name: 'Tai' } });
    const id = await createRecord(app, 'festival', festival('Xên bản', { ethnicGroups: [group] }), { en: { name: 'Village offering' } });
    const vi = await afterDrain('vi document', () => doc('festival', id, 'vi'));
    const en = await afterDrain('en document', () => doc('festival', id, 'en'));
    assert.equal(vi.title, 'Xên bản');
    assert.equal(en.title, 'Village offering');
    assert.ok(en.names.includes('Xên bản'), 'the Vietnamese title is another name of the English document');
    assert.deepEqual(vi.ethnicGroups, ['Thái']);
    assert.deepEqual(vi.lunarMonths, [1]);
    assert.ok((await find('xen ban', 'locale = vi')).some((hit) => hit.documentId === id));
    assert.ok((await find('tai dam', 'locale = vi')).every((hit) => hit.documentId !== id), 'Thái is not Tai Dam');
  });

  it('an update, an unpublish, a republish and a delete each show in the index', async () => {
    const documents = app.strapi.documents(uidOf('festival') as never);
    const id = await createRecord(app, 'festival', festival('Tết Nào Pê Chầu'));
    await afterDrain('indexed', () => doc('festival', id));
    assert.ok((await find('tet nao pe chau')).some((hit) => hit.documentId === id));

    await documents.update({ documentId: id, locale: 'vi', data: { name: 'Tết Nào Pê Chầu của người Mông' } } as never);
    await documents.publish({ documentId: id, locale: '*' } as never);
    await afterDrain('new title', async () => (await doc('festival', id))?.title === 'Tết Nào Pê Chầu của người Mông');

    await documents.unpublish({ documentId: id, locale: '*' } as never);
    await afterDrain('gone after unpublish', async () => (await doc('festival', id)) === null && (await doc('festival', id, 'en')) === null);
    await documents.publish({ documentId: id, locale: '*' } as never);
    await afterDrain('back after publish', () => doc('festival', id));

    await documents.delete({ documentId: id, locale: '*' } as never);
    await afterDrain('gone after delete', async () => (await doc('festival', id)) === null);
    assert.ok((await find('nao pe chau')).every((hit) => hit.documentId !== id));
  });

  it('a record made restricted disappears; a researcher-level one is marked for researchers', async () => {
    const documents = app.strapi.documents(uidOf('custom') as never);
    const id = await createRecord(app, 'custom', { name: 'Lễ cúng rừng bí truyền', accessLevel: 'public', domain: 'social-practices' });
    assert.equal((await afterDrain('indexed', () => doc('custom', id))).accessLevel, 'public');
    await documents.update({ documentId: id, locale: 'vi', data: { accessLevel: 'researcher' } } as never);
    await documents.publish({ documentId: id, locale: '*' } as never);
    await afterDrain('researcher level', async () => (await doc('custom', id))?.accessLevel === 'researcher');
    await documents.update({ documentId: id, locale: 'vi', data: { accessLevel: 'restricted' } } as never);
    await documents.publish({ documentId: id, locale: '*' } as never);
    await afterDrain('gone when restricted', async () => (await doc('custom', id)) === null);
    assert.equal((await find('cung rung bi truyen')).length, 0);
  });

  it('a group renamed is renamed on the festivals that show it', async () => {
    const group = await createRecord(app, 'ethnic-group', { name: 'Khơ Mú', gsoCode: '25', accessLevel: 'public' });
    const id = await createRecord(app, 'festival', festival('Hội mừng mưa rơi', { ethnicGroups: [group] }));
    assert.deepEqual((await afterDrain('indexed', () => doc('festival', id))).ethnicGroups, ['Khơ Mú']);
    const groups = app.strapi.documents(uidOf('ethnic-group') as never);
    await groups.update({ documentId: group, locale: 'vi', data: { name: 'Khơ-mú' } } as never);
    await groups.publish({ documentId: group, locale: '*' } as never);
    await afterDrain('festival shows the new name', async () => (await doc('festival', id))?.ethnicGroups[0] === 'Khơ-mú');
  });

  it('a person whose consent expired leaves the index at the next catch-up run', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const id = await createRecord(app, 'person', {
      name: 'Lò Văn Pọm',
      accessLevel: 'public',
      consent: { givenBy: 'Lò Văn Pọm', scope: 'public', givenOn: '2020-01-01', expiresOn: today },
    });
    await afterDrain('indexed while consent holds', () => doc('person', id));
    // The date moves on: consent now ended yesterday (no write through the document service).
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const person = await app.strapi.db.query(uidOf('person')).findMany({ where: { documentId: id }, populate: { consent: true } });
    for (const row of person) await app.strapi.db.query('media.consent' as never).update({ where: { id: row.consent.id }, data: { expiresOn: yesterday } } as never);
    await archive(app.strapi).queue.enqueue('search.catch-up', { reason: 'boot' }, { singletonKey: 'boot' });
    await afterDrain('gone after the catch-up run', async () => (await doc('person', id)) === null);
  });

  it("a media item's transcript is searchable, each hit with its start time", async () => {
    const id = await createRecord(app, 'media-item', {
      title: 'Khắp Thái',
      kind: 'audio',
      rightsUri: 'https://creativecommons.org/licenses/by/4.0/',
      accessLevel: 'public',
      date: '1987',
    });
    assert.equal((await afterDrain('item indexed', () => doc('media-item', id))).year, 1987);
    // What the media pipeline leaves behind: a normalized VTT in the object store, its key in renditions.
    const key = `derivatives/${id}/run1/captions-vi.vtt`;
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Lò Văn Pọm>Xin chào bà con dân bản.\n\n00:00:05.000 --> 00:00:09.250\ncầu mưa thuận gió hoà &amp; mùa màng bội thu.\n';
    await createObjectStore({ dataDir: app.dataDir }).put({ key, body: Buffer.from(vtt), contentType: 'text/vtt' });
    const renditions = { run: 'run1', processedAt: new Date().toISOString(), inputs: '', files: [{ fileId: 1, name: 'khap.wav', kind: 'audio', sha256: '', outputs: [], captions: [{ tag: 'vi', kind: 'captions', label: { vi: 'Tiếng Việt', en: 'Vietnamese' }, key }] }] };
    await app.strapi.db.query(uidOf('media-item')).updateMany({ where: { documentId: id }, data: { renditions } });
    await queueSearchSync(app.strapi, uidOf('media-item'), id);
    const hit = await afterDrain('segment found', async () => {
      const result = await client.index(transcriptsIndexName()).search<TranscriptSegmentDocument>('mua mang boi thu', { filter: `mediaDocumentId = "${id}"` });
      return result.hits[0];
    });
    assert.equal(hit.start, 5);
    assert.equal(hit.end, 9.25);
    assert.equal(hit.text, 'cầu mưa thuận gió hoà & mùa màng bội thu.');
    assert.equal(hit.mediaTitle, 'Khắp Thái');
  });
});

describe('Meilisearch down while records are published', () => {
  it('all of them become searchable after it comes back, without any action', async () => {
    await search.stop();
    const names = ['Tết Khù Sự Chà', 'Lễ mừng cơm mới', 'Tết Hoa mào gà'];
    const ids: string[] = [];
    for (const name of names) ids.push(await createRecord(app, 'festival', festival(name)));
    await new Promise((resolve) => setTimeout(resolve, 3000)); // first attempts fail meanwhile
    search = await startMeilisearch({ dataDir: meiliDir, masterKey: MASTER_KEY, port });
    assert.equal(search.host, `http://127.0.0.1:${port}`, 'restarted on the same port');
    for (const id of ids) await afterDrain(`festival ${id} after restart`, () => doc('festival', id), 60);
    assert.ok((await find('khu su cha')).some((hit) => hit.documentId === ids[0]));
  });
});
