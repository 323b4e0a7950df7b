/**
 * Record history through the admin API: every save and publish is a version
 * with its author; two versions diff field by field; a restore writes an old
 * version back as the draft and leaves the public version alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uidOf } from '../../../src/content-model';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminClient, adminJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

let app: TestApp;
let officer: string;
let curator: string;
const UID = uidOf('festival');
const FESTIVALS = `/content-manager/collection-types/${UID}`;

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
});
after(() => app?.stop());

const as = (token: string) => adminClient(app, token);

type Listed = { id: number; kind: string; author: { id: number; name: string; email: string } | string; createdAt: string; size: number };

async function history(documentId: string): Promise<Listed[]> {
  const response = await as(officer).get(`/di-san/history/${UID}/${documentId}?locale=vi`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data;
}

describe('record history', () => {
  let documentId: string;
  let groupId: string;
  let versions: Listed[];

  before(async () => {
    groupId = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', accessLevel: 'public' });
    const created = await as(officer).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ hội Xên bản', accessLevel: 'public' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    documentId = created.body.data.documentId;
    const first = await as(officer).put(`${FESTIVALS}/${documentId}?locale=vi`, { name: 'Lễ Xên bản', locationNote: 'Mường Thanh' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const second = await as(officer).put(`${FESTIVALS}/${documentId}?locale=vi`, {
      name: 'Lễ Xên bản Thái',
      otherNames: [{ tag: 'blt', value: 'Xên bản' }],
      ethnicGroups: { connect: [{ documentId: groupId, locale: 'vi' }] },
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    const publish = await as(curator).post(`${FESTIVALS}/${documentId}/actions/publish?locale=vi`);
    assert.equal(publish.status, 200, JSON.stringify(publish.body));
    versions = await history(documentId);
  });

  it('lists every save and the publish, newest first, with their authors', async () => {
    assert.deepEqual(versions.map((version) => version.kind), ['publish', 'save', 'save', 'save']);
    const [published, ...saves] = versions;
    for (const save of saves) {
      assert.equal(typeof save.author, 'object');
      assert.match((save.author as { email: string }).email, /^di-san-cultural-officer-/);
      assert.ok(save.size > 0);
    }
    assert.match((published.author as { email: string }).email, /^di-san-curator-/);
    assert.ok(versions[0].id > versions[1].id);
  });

  it('shows one version in full, with relations as documentIds and components without ids', async () => {
    const response = await as(officer).get(`/di-san/history/versions/${versions[1].id}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const { snapshot } = response.body.data;
    assert.equal(snapshot.documentId, documentId);
    assert.equal(snapshot.locale, 'vi');
    assert.equal(snapshot.data.name, 'Lễ Xên bản Thái');
    assert.deepEqual(snapshot.data.ethnicGroups, [groupId]);
    assert.deepEqual(snapshot.data.otherNames, [{ tag: 'blt', value: 'Xên bản', note: null }]);
    assert.equal(snapshot.data.updatedAt, undefined);
  });

  it('diffs two versions: the changed fields, the component and the related records', async () => {
    const v1 = versions[3].id;
    const v3 = versions[1].id;
    const response = await as(officer).get(`/di-san/history/diff?from=${v1}&to=${v3}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const changes = response.body.data.changes as Array<{ field: string; kind: string; before: unknown; after: unknown; added?: string[]; removed?: string[] }>;
    const byField = new Map(changes.map((change) => [change.field, change]));
    assert.deepEqual(byField.get('name'), { field: 'name', kind: 'text', before: 'Lễ hội Xên bản', after: 'Lễ Xên bản Thái' });
    assert.equal(byField.get('locationNote')?.after, 'Mường Thanh');
    assert.equal(byField.get('otherNames')?.kind, 'components');
    assert.deepEqual(byField.get('ethnicGroups'), { field: 'ethnicGroups', kind: 'relation', before: [], after: [groupId], added: [groupId], removed: [] });
    assert.equal(byField.has('accessLevel'), false);
    assert.equal(response.body.data.from.id, v1);
  });

  it('refuses to diff versions of two records', async () => {
    const other = await as(officer).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ khác', accessLevel: 'public' });
    const [otherVersion] = await history(other.body.data.documentId);
    const response = await as(officer).get(`/di-san/history/diff?from=${versions[0].id}&to=${otherVersion.id}`);
    assert.equal(response.status, 400);
    assert.match(response.body.error.message, /hồ sơ khác nhau \/ The two versions belong to different records/);
  });

  it('restores the first version as the draft; the public version stays until a curator publishes', async () => {
    const v1 = versions[3].id;
    const response = await as(officer).post(`/di-san/history/${v1}/restore`, { uid: UID, documentId, locale: 'vi' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.data.restoredFrom, v1);
    const draft = (await app.strapi.documents(UID).findOne({ documentId, locale: 'vi', status: 'draft', populate: ['ethnicGroups', 'otherNames'] } as never)) as Record<string, unknown>;
    assert.equal(draft.name, 'Lễ hội Xên bản');
    assert.equal(draft.locationNote, null);
    assert.deepEqual(draft.ethnicGroups, []);
    assert.deepEqual(draft.otherNames, []);
    const publicView = await app.http().get(`/api/festivals/${documentId}`);
    assert.equal(publicView.status, 200);
    assert.equal(publicView.body.data.name, 'Lễ Xên bản Thái');
    const after = await history(documentId);
    assert.equal(after[0].kind, 'restore');
    assert.equal(after[0].id, response.body.data.version);
    const diff = await as(officer).get(`/di-san/history/diff?from=${v1}&to=${after[0].id}`);
    assert.deepEqual(diff.body.data.changes, [], 'the restored draft reads as the version it came from');
    const audit = await app.strapi.db.connection('di_san_audit').where({ action: 'history.restore' });
    assert.equal(audit.length, 1);
    assert.equal(audit[0].target, `festival:${documentId}:vi`);
    assert.match(audit[0].actor, /^admin:\d+$/);
  });

  it('refuses a version of another record, and an unknown version', async () => {
    const mismatched = await as(officer).post(`/di-san/history/${versions[3].id}/restore`, { uid: UID, documentId: 'abcdefghijklmnopqrstuvwx', locale: 'vi' });
    assert.equal(mismatched.status, 400);
    assert.equal(mismatched.body.error.message, 'Phiên bản này thuộc hồ sơ khác / This version belongs to another record');
    const wrongLocale = await as(officer).post(`/di-san/history/${versions[3].id}/restore`, { uid: UID, documentId, locale: 'en' });
    assert.equal(wrongLocale.status, 400);
    const unknown = await as(officer).post(`/di-san/history/999999/restore`, { uid: UID, documentId, locale: 'vi' });
    assert.equal(unknown.status, 404);
    assert.equal((await as(officer).get('/di-san/history/versions/999999')).status, 404);
  });

  it('restores a version linked to a record deleted since, without that link', async () => {
    const group = await createRecord(app, 'ethnic-group', { name: 'Khơ Mú', gsoCode: '25', accessLevel: 'public' });
    const linked = await as(officer).put(`${FESTIVALS}/${documentId}?locale=vi`, {
      ethnicGroups: { set: [{ documentId: groupId, locale: 'vi' }, { documentId: group, locale: 'vi' }] },
    });
    assert.equal(linked.status, 200, JSON.stringify(linked.body));
    const [withBoth] = await history(documentId);
    assert.equal(withBoth.kind, 'save');
    await app.strapi.documents(uidOf('ethnic-group')).delete({ documentId: group, locale: '*' } as never);
    await as(officer).put(`${FESTIVALS}/${documentId}?locale=vi`, { name: 'Tạm' });
    const response = await as(officer).post(`/di-san/history/${withBoth.id}/restore`, { uid: UID, documentId, locale: 'vi' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const draft = (await app.strapi.documents(UID).findOne({ documentId, locale: 'vi', populate: ['ethnicGroups'] } as never)) as unknown as { name: string; ethnicGroups: Array<{ documentId: string }> };
    assert.equal(draft.name, 'Lễ hội Xên bản');
    assert.deepEqual(draft.ethnicGroups.map((g) => g.documentId), [groupId]);
  });

  it('records an unpublish as a version of the remaining draft', async () => {
    await app.strapi.documents(UID).unpublish({ documentId, locale: 'vi' } as never);
    const [latest] = await history(documentId);
    assert.equal(latest.kind, 'unpublish');
    assert.equal(latest.author, 'system');
  });

  it('records one published version per locale when a seed-style publish takes every locale', async () => {
    const id = await createRecord(app, 'festival', { name: 'Lễ hội Hoa Ban', accessLevel: 'public' }, { en: { name: 'Ban Flower Festival' } });
    const rows = await app.strapi.db.connection('di_san_versions').where({ document_id: id }).orderBy('id');
    const seen = rows.map((row: { kind: string; locale: string; author: string }) => `${row.kind}:${row.locale}:${row.author}`);
    assert.deepEqual(seen.slice(0, 2), ['save:vi:system', 'save:en:system']);
    assert.deepEqual(seen.slice(2).sort(), ['publish:en:system', 'publish:vi:system']);
  });

  it('is for signed-in admins who may read the type', async () => {
    assert.equal((await app.http().get(`/di-san/history/${UID}/${documentId}`)).status, 401);
    assert.equal((await as(officer).get(`/di-san/history/admin::user/1`)).status, 403);
  });

  it('refuses an admin whose role may not read the type', async () => {
    const role = await app.strapi.service('admin::role').create({ name: 'Không quyền', description: 'no content-manager rights' });
    const nobody = await adminJwt(app, role.code);
    const list = await as(nobody).get(`/di-san/history/${UID}/${documentId}`);
    assert.equal(list.status, 403);
    assert.match(list.body.error.message, /Bạn không có quyền xem lịch sử hồ sơ này \/ You may not see/);
    assert.equal((await as(nobody).get(`/di-san/history/versions/${versions[0].id}`)).status, 403);
    const restore = await as(nobody).post(`/di-san/history/${versions[0].id}/restore`, { uid: UID, documentId, locale: 'vi' });
    assert.equal(restore.status, 403);
  });
});
