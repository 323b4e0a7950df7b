/**
 * Consent withdrawal (issue 11 §7): a curator records it, and within 60 s the
 * person and their portrait are gone from REST, search, files (signed links
 * included), the site page and the sitemap; derivatives are deleted, the
 * original too unless the consent was archive-only, and the audit log holds
 * the withdrawal and a tombstone per deleted original.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { makeImage } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { uidOf } from '../../../src/content-model';
import { mediaUrlSecret, signPath } from '../../../src/media-access/signing';
import { AUDIT_TABLE } from '../../../src/curation/audit/strapi/table';

const MEDIA = uidOf('media-item');
const PERSON = uidOf('person');
const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';
const consent = (scope: string) => ({ givenBy: 'Gia đình ông Lò Văn Khởn', scope, givenOn: '2025-03-01' });
const WITHDRAWAL = { date: '2026-01-05', withdrawnBy: 'Con gái ông Lò Văn Khởn', reason: 'Gia đình không muốn chia sẻ ảnh nữa' };

let app: TestApp;
let officer: string;
let curator: string;
let dir: string;

const as = (token: string) => ({
  post: (url: string, body: unknown) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body as object),
});
const withdraw = (token: string, uid: string, documentId: string, body: unknown) =>
  as(token).post(`/di-san/consent/${uid}/${documentId}/withdraw`, body);
const publish = async (uid: string, documentId: string) => {
  const response = await as(curator).post(`${cm(uid)}/${documentId}/actions/publish?locale=vi`, {});
  assert.equal(response.status, 200, JSON.stringify(response.body));
};
const store = () => archive(app.strapi).storage;
const derivatives = (documentId: string) => store().list(`derivatives/${documentId}/`);
const route = (key: string) => `/media/d/${key.slice('derivatives/'.length)}`;
const auditRows = (action: string, target: string) =>
  app.strapi.db.connection(AUDIT_TABLE).where({ action }).andWhere('target', 'like', `${target}%`).select('*') as Promise<Array<{ details: string; actor: string }>>;
const searchIds = async (q: string) => {
  const response = await app.http().get(`/api/catalogue/search?q=${encodeURIComponent(q)}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return (response.body.data.hits as Array<{ documentId: string }>).map((hit) => hit.documentId);
};

/** An image media item, processed and published; returns its documentId and the upload's storage key. */
async function imageItem(title: string, scope: string, accessLevel = 'public') {
  const file = await makeImage(dir, `${title.replace(/\W+/g, '-')}.jpg`, { width: 400, height: 300 });
  const uploaded = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, path.basename(file));
  assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
  const photo = uploaded.body[0] as { id: number; hash: string; ext: string };
  const created = await as(officer).post(`${cm(MEDIA)}?locale=vi`, { title, kind: 'image', rightsUri: RIGHTS, accessLevel, consent: consent(scope), files: [photo.id] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const documentId = created.body.data.documentId as string;
  await app.drain({ timeoutSeconds: 120 });
  await publish(MEDIA, documentId);
  return { documentId, original: `originals/${photo.hash}${photo.ext}` };
}

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-consent-'));
  await app.drain({ timeoutSeconds: 90 });
});
after(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('withdrawing a person’s consent', () => {
  const slug = 'ong-lo-van-khon';
  let person = '';
  let portrait: Awaited<ReturnType<typeof imageItem>>;
  let signedBefore = '';
  let elapsedMs = 0;

  before(async () => {
    portrait = await imageItem('Chân dung ông Lò Văn Khởn', 'public');
    const created = await as(officer).post(`${cm(PERSON)}?locale=vi`, {
      name: 'Ông Lò Văn Khởn',
      slug,
      accessLevel: 'public',
      biography: 'Nghệ nhân hát khắp Khởnkhắp ở bản Noong Hẹt.',
      consent: consent('public'),
      portrait: { connect: [{ documentId: portrait.documentId, locale: 'vi' }] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    person = created.body.data.documentId;
    await publish(PERSON, person);
    await app.drain({ timeoutSeconds: 90 });

    // Everything is out there before the withdrawal.
    assert.equal((await app.http().get(`/api/people/${person}`)).status, 200);
    assert.equal((await app.http().get(`/api/media-items/${portrait.documentId}`)).status, 200);
    assert.equal((await app.http().get(`/nhan-vat/${slug}`).set('Accept', 'text/html')).status, 200);
    assert.match((await app.http().get('/sitemap.xml')).text, new RegExp(slug));
    assert.ok((await searchIds('Khởn')).includes(person), 'the person is searchable');
    const keys = await derivatives(portrait.documentId);
    assert.ok(keys.length > 0, 'the portrait has derivatives');
    signedBefore = signPath({ secret: mediaUrlSecret(), path: route(keys[0]), ttlSeconds: 3600 });
    assert.equal((await app.http().get(signedBefore)).status, 200);

    const started = Date.now();
    const response = await withdraw(curator, PERSON, person, { ...WITHDRAWAL, locale: 'vi' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body.data.mediaItems, [portrait.documentId]);
    assert.equal(response.body.data.originalsKept, false);
    await app.drain({ timeoutSeconds: 60 });
    elapsedMs = Date.now() - started;
  });

  it('is done, jobs included, well under 60 s', (t) => {
    t.diagnostic(`consent withdrawal: hidden everywhere and derivatives purged in ${elapsedMs} ms`);
    assert.ok(elapsedMs < 60_000, `${elapsedMs} ms`);
  });

  it('REST answers 404 for the person and the portrait', async () => {
    assert.equal((await app.http().get(`/api/people/${person}`)).status, 404);
    assert.equal((await app.http().get(`/api/media-items/${portrait.documentId}`)).status, 404);
  });

  it('search finds neither', async () => {
    const hits = await searchIds('Khởn');
    assert.ok(!hits.includes(person) && !hits.includes(portrait.documentId), JSON.stringify(hits));
  });

  it('the site page is 404 and the sitemap lacks it', async () => {
    assert.equal((await app.http().get(`/nhan-vat/${slug}`).set('Accept', 'text/html')).status, 404);
    assert.doesNotMatch((await app.http().get('/sitemap.xml')).text, new RegExp(slug));
  });

  it('a signed link handed out before no longer works', async () => {
    assert.equal((await app.http().get(signedBefore)).status, 403);
  });

  it('derivatives and the original are deleted; a tombstone stays in the audit log', async () => {
    assert.deepEqual(await derivatives(portrait.documentId), []);
    assert.ok(!(await store().list('originals/')).includes(portrait.original), 'the original is gone');
    const [withdrawal] = await auditRows('consent.withdraw', `person:${person}`);
    assert.ok(withdrawal, 'consent.withdraw is audited');
    assert.deepEqual(JSON.parse(withdrawal.details), { ...WITHDRAWAL, scope: 'public', mediaItems: [portrait.documentId], originalsKept: false });
    const tombstones = await auditRows('consent.original-deleted', `media-item:${portrait.documentId}`);
    assert.equal(tombstones.length, 1);
    const details = JSON.parse(tombstones[0].details);
    assert.match(details.sha256, /^[0-9a-f]{64}$/);
    assert.ok(details.bytes > 0 && details.name.endsWith('.jpg'), JSON.stringify(details));
    assert.equal(tombstones[0].actor, withdrawal.actor, 'the curator, not the worker');
  });

  it('the consent of every version records the withdrawal', async () => {
    for (const uid of [PERSON, MEDIA]) {
      const rows = await app.strapi.db.query(uid as never).findMany({ where: { documentId: uid === PERSON ? person : portrait.documentId }, populate: { consent: true } } as never) as Array<{ consent: Record<string, unknown> }>;
      assert.ok(rows.length >= 2, 'draft and published');
      for (const row of rows) assert.deepEqual([row.consent.withdrawnOn, row.consent.withdrawnBy, row.consent.withdrawalReason], [WITHDRAWAL.date, WITHDRAWAL.withdrawnBy, WITHDRAWAL.reason]);
    }
  });

  it('an edit can neither clear the withdrawal nor lose it', async () => {
    const put = (data: unknown) => app.http().put(`${cm(PERSON)}/${person}?locale=vi`).set('Authorization', `Bearer ${officer}`).send(data as object);
    const cleared = await put({ consent: { ...consent('public'), withdrawnOn: null } });
    assert.equal(cleared.status, 400, JSON.stringify(cleared.body));
    assert.match(cleared.body.error.message, /đã bị rút.* \/ Consent was withdrawn/);
    const edited = await put({ consent: { ...consent('public'), note: 'Gia đình gọi điện ngày 5/1' } });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const draft = await app.strapi.db.query(PERSON).findOne({ where: { documentId: person, publishedAt: null }, populate: { consent: true } });
    assert.equal(draft.consent.note, 'Gia đình gọi điện ngày 5/1');
    assert.equal(draft.consent.withdrawnOn, WITHDRAWAL.date, 'the withdrawal is carried into the new consent');
    assert.equal((await app.http().get(`/api/people/${person}`)).status, 404);
  });

  it('a second withdrawal is refused (409)', async () => {
    const again = await withdraw(curator, PERSON, person, WITHDRAWAL);
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.match(again.body.error.message, /đã được rút .* \/ .*already withdrawn/);
  });
});

describe('archive-only consent keeps the original', () => {
  it('deletes the derivatives only', async () => {
    const item = await imageItem('Ảnh lưu trữ bản Noong Hẹt', 'archive-only', 'researcher');
    assert.ok((await derivatives(item.documentId)).length > 0);
    const response = await withdraw(curator, MEDIA, item.documentId, WITHDRAWAL);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.data.originalsKept, true);
    await app.drain({ timeoutSeconds: 60 });
    assert.deepEqual(await derivatives(item.documentId), []);
    assert.ok((await store().list('originals/')).includes(item.original), 'the original is kept');
    assert.equal((await auditRows('consent.original-deleted', `media-item:${item.documentId}`)).length, 0);
  });
});

describe('who and what may be withdrawn', () => {
  let item = '';
  before(async () => {
    const created = await as(officer).post(`${cm(MEDIA)}?locale=vi`, { title: 'Tư liệu chưa có tệp', kind: 'image', rightsUri: RIGHTS, accessLevel: 'public', consent: consent('public') });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    item = created.body.data.documentId;
  });

  it('an officer gets 403 with the bilingual message, and nothing changes', async () => {
    const response = await withdraw(officer, MEDIA, item, WITHDRAWAL);
    assert.equal(response.status, 403, JSON.stringify(response.body));
    assert.match(response.body.error.message, /người phụ trách duyệt .* \/ Only a curator/);
    const row = await app.strapi.db.query(MEDIA).findOne({ where: { documentId: item }, populate: { consent: true } });
    assert.equal(row.consent.withdrawnOn, null);
  });

  it('an edit cannot record a withdrawal by hand (400)', async () => {
    const response = await app.http().put(`${cm(MEDIA)}/${item}?locale=vi`).set('Authorization', `Bearer ${officer}`).send({ consent: { ...consent('public'), withdrawnOn: '2026-01-05' } });
    assert.equal(response.status, 400, JSON.stringify(response.body));
    assert.match(response.body.error.message, /Rút đồng ý.* \/ .*Withdraw consent/);
  });

  it('a bad or future date, or a missing reason, is 400', async () => {
    for (const body of [{ ...WITHDRAWAL, date: '05/01/2026' }, { ...WITHDRAWAL, date: '2999-01-01' }, { ...WITHDRAWAL, reason: '' }]) {
      const response = await withdraw(curator, MEDIA, item, body);
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.match(response.body.error.message, / \/ /);
    }
  });

  it('an unknown record is 404; a type without consent is 400', async () => {
    assert.equal((await withdraw(curator, MEDIA, 'khong-co-ho-so-nay', WITHDRAWAL)).status, 404);
    assert.equal((await withdraw(curator, 'api::nope.nope', item, WITHDRAWAL)).status, 404);
    assert.equal((await withdraw(curator, uidOf('festival'), item, WITHDRAWAL)).status, 400);
  });
});
