/**
 * Commune scope over the admin API: a super admin assigns communes; an
 * officer creates and edits only inside them (a village counts), plus their
 * own unplaced drafts; curators edit everything; refusals are 403 and leave
 * nothing behind; bad assignments are 400 and change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uidOf } from '../../../src/content-model';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminClient, adminJwt } from '../../helpers/people';
import { countRows, createRecord } from '../../helpers/records';
import { makeImage } from '../../helpers/media-fixtures';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let app: TestApp;
let superAdmin: string;
let officerA: string;
let officerB: string;
let curator: string;
let officerAId: number;
const places: Record<string, string> = {};
const FESTIVALS = `/content-manager/collection-types/${uidOf('festival')}`;

const as = (token: string) => adminClient(app, token);

const meId = async (token: string) => (await as(token).get('/admin/users/me')).body.data.id as number;
const festivalIn = (place: string | null, name: string) =>
  createRecord(app, 'festival', { name, accessLevel: 'public', ...(place ? { places: [places[place]] } : {}) }, { publish: false });
const placesOf = async (documentId: string) => {
  const row = (await app.strapi.documents(uidOf('festival') as never).findOne({ documentId, locale: 'vi', status: 'draft', populate: { places: true } } as never)) as unknown as {
    places: Array<{ documentId: string }>;
  };
  return row.places.map((p) => p.documentId).sort();
};

before(async () => {
  app = await startTestApp();
  const place = (data: object) => createRecord(app, 'place', { accessLevel: 'public', ...data });
  places.province = await place({ name: 'Tỉnh Thử', kind: 'province', code: 'T00' });
  places.communeA = await place({ name: 'Xã Thử A', kind: 'commune', code: 'T01', parent: places.province });
  places.communeB = await place({ name: 'Xã Thử B', kind: 'commune', code: 'T02', parent: places.province });
  places.villageA = await place({ name: 'Bản Thử A1', kind: 'village', parent: places.communeA });
  superAdmin = await adminJwt(app, 'strapi-super-admin');
  officerA = await adminJwt(app, 'di-san-cultural-officer');
  officerB = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
  officerAId = await meId(officerA);
});
after(() => app?.stop());

describe('commune scope', () => {
  it('a super admin assigns communes by code or documentId; bad input is 400 and changes nothing', async () => {
    const ok = await as(superAdmin).put(`/di-san/scope/officers/${officerAId}`, { communes: ['T01'] });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body.data.communes.map((c: { code: string }) => c.code), ['T01']);
    for (const communes of [['T01', 'T99'], [places.villageA], 'T01', [42]]) {
      const bad = await as(superAdmin).put(`/di-san/scope/officers/${officerAId}`, { communes });
      assert.equal(bad.status, 400, JSON.stringify(communes));
      assert.match(bad.body.error.message, /xã|commune/i);
    }
    const unknown = await as(superAdmin).put(`/di-san/scope/officers/${officerAId}`, { communes: ['T99'] });
    assert.match(unknown.body.error.message, /T99/);
    const me = await as(officerA).get('/di-san/scope/me');
    assert.deepEqual(me.body.data, { isScoped: true, communes: [{ documentId: places.communeA, code: 'T01', name: 'Xã Thử A' }] });
    assert.equal((await as(superAdmin).put(`/di-san/scope/officers/999999`, { communes: ['T01'] })).status, 404);
    assert.equal((await as(officerA).put(`/di-san/scope/officers/${officerAId}`, { communes: ['T02'] })).status, 403);
    assert.equal((await as(curator).get('/di-san/scope/officers')).status, 403);
    const list = await as(superAdmin).get('/di-san/scope/officers');
    assert.ok(list.body.data.some((o: { id: number; communes: unknown[] }) => o.id === officerAId && o.communes.length === 1));
  });

  it('offers a super admin every commune and ward to pick from, never a village; others get 403', async () => {
    assert.equal((await as(curator).get('/di-san/scope/communes')).status, 403);
    assert.equal((await as(officerA).get('/di-san/scope/communes')).status, 403);
    const communes = await as(superAdmin).get('/di-san/scope/communes');
    assert.equal(communes.status, 200);
    const ids = communes.body.data.map((c: { documentId: string }) => c.documentId);
    assert.ok(ids.includes(places.communeA) && ids.includes(places.communeB));
    assert.ok(!ids.includes(places.villageA));
    assert.ok(communes.body.data.every((c: { kind: string }) => c.kind === 'commune' || c.kind === 'ward'));
  });

  it('an officer edits records of their commune and its villages, not another commune’s (403, unchanged)', async () => {
    const inA = await festivalIn('communeA', 'Lễ ở xã A');
    const inVillage = await festivalIn('villageA', 'Lễ ở bản A1');
    const inB = await festivalIn('communeB', 'Lễ ở xã B');
    assert.equal((await as(officerA).put(`${FESTIVALS}/${inA}?locale=vi`, { name: 'Lễ ở xã A (sửa)' })).status, 200);
    assert.equal((await as(officerA).put(`${FESTIVALS}/${inVillage}?locale=vi`, { name: 'Lễ ở bản A1 (sửa)' })).status, 200);
    const refused = await as(officerA).put(`${FESTIVALS}/${inB}?locale=vi`, { name: 'Lễ ở xã B (sửa trộm)' });
    assert.equal(refused.status, 403);
    const stored = (await app.strapi.documents(uidOf('festival') as never).findOne({ documentId: inB, locale: 'vi', status: 'draft' } as never)) as unknown as { name: string };
    assert.equal(stored.name, 'Lễ ở xã B');
    assert.equal((await as(curator).put(`${FESTIVALS}/${inB}?locale=vi`, { name: 'Lễ ở xã B (người duyệt sửa)' })).status, 200);
  });

  it('refuses moving a record out of the commune, or creating one in another commune, and leaves nothing behind', async () => {
    const inA = await festivalIn('communeA', 'Lễ sẽ bị chuyển');
    const moved = await as(officerA).put(`${FESTIVALS}/${inA}?locale=vi`, { places: { disconnect: [{ documentId: places.communeA, locale: 'vi' }], connect: [{ documentId: places.communeB, locale: 'vi' }] } });
    assert.equal(moved.status, 403, JSON.stringify(moved.body));
    assert.match(moved.body.error.message, /outside the communes assigned to you/);
    assert.deepEqual(await placesOf(inA), [places.communeA]);
    const before = await countRows(app, 'festival');
    const created = await as(officerA).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ ở xã khác', accessLevel: 'public', places: { connect: [{ documentId: places.communeB, locale: 'vi' }] } });
    assert.equal(created.status, 403, JSON.stringify(created.body));
    assert.match(created.body.error.message, /xã, phường được giao|outside the communes/);
    assert.equal(await countRows(app, 'festival'), before);
    const inside = await as(officerA).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ ở bản của tôi', accessLevel: 'public', places: { connect: [{ documentId: places.villageA, locale: 'vi' }] } });
    assert.equal(inside.status, 201, JSON.stringify(inside.body));
  });

  it('an officer edits their own unplaced drafts, not another officer’s', async () => {
    const mine = await as(officerA).post(`${FESTIVALS}?locale=vi`, { name: 'Nháp chưa có nơi', accessLevel: 'public' });
    assert.equal(mine.status, 201);
    assert.equal((await as(officerA).put(`${FESTIVALS}/${mine.body.data.documentId}?locale=vi`, { name: 'Nháp chưa có nơi (sửa)' })).status, 200);
    const theirs = await as(officerB).post(`${FESTIVALS}?locale=vi`, { name: 'Nháp của người khác', accessLevel: 'public' });
    assert.equal(theirs.status, 201);
    assert.equal((await as(officerA).put(`${FESTIVALS}/${theirs.body.data.documentId}?locale=vi`, { name: 'sửa trộm' })).status, 403);
  });

  it('an officer with no commune is not scoped out of their own drafts, and curators are not scoped', async () => {
    assert.deepEqual((await as(curator).get('/di-san/scope/me')).body.data, { isScoped: false, communes: [] });
    assert.deepEqual((await as(officerB).get('/di-san/scope/me')).body.data, { isScoped: true, communes: [] });
  });

  it('scopes the media library and reprocessing: an officer replaces, renames or reprocesses only files of their communes’ media items (or of none)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-scope-files-'));
    try {
      const upload = async (name: string) => {
        const file = await makeImage(dir, name, { width: 320, height: 240 });
        const response = await app.http().post('/upload').set('Authorization', `Bearer ${curator}`).attach('files', file, name);
        assert.equal(response.status, 201, JSON.stringify(response.body));
        return response.body[0] as { id: number; hash: string; name: string };
      };
      const item = (place: string, title: string, fileId: number) =>
        createRecord(app, 'media-item', { title, kind: 'image', accessLevel: 'public', rightsUri: 'https://creativecommons.org/licenses/by/4.0/', place: places[place], files: [fileId] }, { publish: false });
      const inB = await upload('anh-xa-b.jpg');
      const inA = await upload('anh-xa-a.jpg');
      const loose = await upload('anh-chua-gan.jpg');
      const itemB = await item('communeB', 'Ảnh ở xã B', inB.id);
      const itemA = await item('villageA', 'Ảnh ở bản A1', inA.id);
      await app.drain({ timeoutSeconds: 120 });
      const rename = (token: string, id: number, caption: string) =>
        app.http().post(`/upload?id=${id}`).set('Authorization', `Bearer ${token}`).field('fileInfo', JSON.stringify({ caption }));
      const replace = async (token: string, id: number) =>
        app.http().post(`/upload?id=${id}`).set('Authorization', `Bearer ${token}`).attach('files', await makeImage(dir, 'thay.jpg', { width: 300, height: 200 }), 'thay.jpg');
      const stored = (id: number) => app.strapi.db.query('plugin::upload.file').findOne({ where: { id } }) as Promise<{ caption: string | null; hash: string }>;

      const refused = await rename(officerA, inB.id, 'sửa trộm');
      assert.equal(refused.status, 403, JSON.stringify(refused.body));
      assert.match(refused.body.error.message, /không nằm trong xã, phường được giao/);
      const refusedReplace = await replace(officerA, inB.id);
      assert.equal(refusedReplace.status, 403, JSON.stringify(refusedReplace.body));
      assert.equal((await stored(inB.id)).caption, null);
      assert.equal((await stored(inB.id)).hash, inB.hash, 'the file of commune B is untouched');

      assert.equal((await rename(officerA, inA.id, 'Múa xoè ở bản A1')).status, 200);
      assert.equal((await stored(inA.id)).caption, 'Múa xoè ở bản A1');
      assert.equal((await rename(officerA, loose.id, 'Ảnh chưa gắn')).status, 200);
      assert.equal((await rename(curator, inB.id, 'Người duyệt sửa')).status, 200);

      // "Xử lý lại" is scoped the same way.
      const reprocessB = await as(officerA).post(`/di-san/media-items/${itemB}/reprocess`);
      assert.equal(reprocessB.status, 403, JSON.stringify(reprocessB.body));
      assert.match(reprocessB.body.error.message, /không thuộc xã, phường được giao/);
      assert.equal((await as(officerA).post(`/di-san/media-items/${itemA}/reprocess`)).status, 200);
      assert.equal((await as(curator).post(`/di-san/media-items/${itemB}/reprocess`)).status, 200);
      await app.drain({ timeoutSeconds: 120 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
