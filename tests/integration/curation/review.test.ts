/**
 * The review workflow end to end, through the admin API as the panel calls
 * it: an officer drafts and submits, a curator reviews, asks for changes and
 * approves; only an approval (or a curator's own publish) reaches the public.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt } from '../../helpers/people';
import { uidOf } from '../../../src/content-model';
import { cmBase, reviewAs } from '../../helpers/review';

let app: TestApp;
let officer: ReturnType<typeof reviewAs>;
let curator: ReturnType<typeof reviewAs>;
let curator2: ReturnType<typeof reviewAs>;
let curatorToken: string;

before(async () => {
  app = await startTestApp();
  officer = reviewAs(app, await adminJwt(app, 'di-san-cultural-officer'));
  curatorToken = await adminJwt(app, 'di-san-curator');
  curator = reviewAs(app, curatorToken);
  curator2 = reviewAs(app, await adminJwt(app, 'di-san-curator'));
});
after(() => app?.stop());

const publicName = async (documentId: string) => {
  const response = await app.http().get(`/api/festivals/${documentId}`);
  return response.status === 200 ? (response.body.data.name as string) : response.status;
};

/** The review's own audit entries for one record (record.* entries are the audit log's, tested there). */
const auditOf = async (documentId: string) =>
  ((await app.strapi.db.connection('di_san_audit').where('target', `festival:${documentId}:vi`).orderBy('seq')) as Array<{ action: string }>)
    .map((row) => row.action)
    .filter((action) => action.startsWith('review.'));

const draft = async (name: string) => {
  const created = await officer.create({ name, accessLevel: 'public' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.data.documentId as string;
};

describe('review workflow', () => {
  it('submit, request changes, resubmit, approve: the public sees only the approved version', async () => {
    const id = await draft('Lễ hội Xên Mường');
    const submitted = await officer.act('submit', id, { locale: 'vi', note: 'Đã có ảnh và nguồn' });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.data.state, 'submitted');

    const queue = await curator.queue('state=submitted');
    assert.equal(queue.status, 200, JSON.stringify(queue.body));
    const item = queue.body.data.find((entry: { documentId: string }) => entry.documentId === id);
    assert.ok(item, 'the submitted record is in the queue');
    assert.equal(item.title, 'Lễ hội Xên Mường');
    assert.equal(item.type, 'festival');
    assert.equal(item.note, 'Đã có ảnh và nguồn');
    assert.match(item.submittedBy.email, /cultural-officer/);
    assert.ok(queue.body.meta.counts.submitted >= 1);
    assert.ok(queue.body.meta.pagination.total >= 1);

    const diff = await curator.diff(id);
    assert.equal(diff.status, 200, JSON.stringify(diff.body));
    assert.equal(diff.body.data.isPublished, false);
    assert.ok(diff.body.data.changes.some((change: { field: string; after: unknown }) => change.field === 'name' && change.after === 'Lễ hội Xên Mường'));

    const officerApproves = await officer.act('approve', id);
    assert.equal(officerApproves.status, 403, 'an officer cannot approve');
    assert.match(officerApproves.body.error.message, /Chỉ người duyệt .* \/ Only a curator/);
    const noComment = await curator.act('request-changes', id, { locale: 'vi' });
    assert.equal(noComment.status, 400);
    const returned = await curator.act('request-changes', id, { locale: 'vi', note: 'Thiếu tên tiếng Thái' });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    const status = await officer.status(id);
    assert.equal(status.body.data.state, 'changes-requested');
    assert.equal(status.body.data.note, 'Thiếu tên tiếng Thái');
    assert.match(status.body.data.noteBy.email, /curator/);
    assert.equal(await publicName(id), 404);

    assert.equal((await officer.update(id, { name: 'Lễ hội Xên Mường (Xên bản)' })).status, 200);
    assert.equal((await officer.status(id)).body.data.state, 'changes-requested', 'an edit keeps the request for changes');
    assert.equal((await officer.act('submit', id)).status, 200);
    const approved = await curator.act('approve', id, { locale: 'vi', note: 'Tốt' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.data.state, 'approved');
    assert.equal(await publicName(id), 'Lễ hội Xên Mường (Xên bản)');
    assert.deepEqual(await auditOf(id), ['review.submit', 'review.request-changes', 'review.submit', 'review.approve']);
    assert.equal((await curator.act('approve', id)).status, 409, 'approving twice is a conflict');
  });

  it('an edit of a published record is a new draft; the public keeps the old version until approval', async () => {
    const id = await draft('Lễ cúng bản');
    await officer.act('submit', id);
    assert.equal((await curator.act('approve', id)).status, 200);
    assert.equal((await officer.update(id, { name: 'Lễ cúng bản (sửa)' })).status, 200);
    assert.equal((await officer.status(id)).body.data.state, 'draft');
    assert.equal(await publicName(id), 'Lễ cúng bản');
    const diff = await curator.diff(id);
    assert.equal(diff.body.data.isPublished, true);
    assert.deepEqual(diff.body.data.changes, [{ field: 'name', before: 'Lễ cúng bản', after: 'Lễ cúng bản (sửa)' }]);
    await officer.act('submit', id);
    assert.equal((await officer.update(id, { name: 'Lễ cúng bản (sửa lại)' })).status, 200);
    assert.equal((await officer.status(id)).body.data.state, 'draft', 'an edit withdraws a submission');
    await officer.act('submit', id);
    assert.equal((await curator.act('approve', id)).status, 200);
    assert.equal(await publicName(id), 'Lễ cúng bản (sửa lại)');
  });

  it('a curator may not approve their own submission, in the route or in the content manager', async () => {
    const created = await curator.create({ name: 'Lễ hội tự gửi', accessLevel: 'public' });
    const id = created.body.data.documentId as string;
    assert.equal((await curator.act('submit', id)).status, 200);
    const own = await curator.act('approve', id);
    assert.equal(own.status, 400);
    assert.match(own.body.error.message, /tự duyệt.* \/ .*yourself/);
    assert.equal((await curator.publish(id)).status, 400);
    assert.equal(await publicName(id), 404);
    assert.equal((await curator2.act('approve', id)).status, 200, 'a second curator may');
  });

  it('content-manager publish: refused to an officer, an approval for a curator', async () => {
    const id = await draft('Lễ hội xuất bản thẳng');
    assert.equal((await officer.publish(id)).status, 403);
    const published = await curator.publish(id);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal((await officer.status(id)).body.data.state, 'approved');
    assert.deepEqual(await auditOf(id), ['review.approve']);
    assert.equal((await curator.unpublish(id)).status, 200);
    assert.equal((await officer.status(id)).body.data.state, 'draft');
  });

  it('bulk publish: refused to an officer, every record approved for a curator', async () => {
    const ids = [await draft('Hàng loạt một'), await draft('Hàng loạt hai')];
    assert.equal((await officer.bulkPublish(ids)).status, 403);
    assert.equal(await publicName(ids[0]), 404);
    const bulk = await curator.bulkPublish(ids);
    assert.equal(bulk.status, 200, JSON.stringify(bulk.body));
    for (const id of ids) assert.equal((await officer.status(id)).body.data.state, 'approved');
  });

  it('the "mine" and "draft" lists', async () => {
    const id = await draft('Bản nháp của tôi');
    const mine = await officer.queue(`state=mine&uid=${uidOf('festival')}&pageSize=100`);
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.ok(mine.body.data.some((entry: { documentId: string }) => entry.documentId === id));
    assert.ok(!(await curator.queue('state=mine')).body.data.some((entry: { documentId: string }) => entry.documentId === id));
    const drafts = await curator.queue('state=draft&pageSize=100');
    assert.ok(drafts.body.data.some((entry: { documentId: string; state: string }) => entry.documentId === id && entry.state === 'draft'));
  });

  it('two curators approving at once: one approves, the other is told it is done', async () => {
    const id = await draft('Lễ hội duyệt cùng lúc');
    await officer.act('submit', id);
    const statuses = (await Promise.all([curator.act('approve', id), curator2.act('approve', id)])).map((response) => response.status);
    assert.deepEqual(statuses.sort(), [200, 409]);
    assert.deepEqual(await auditOf(id), ['review.submit', 'review.approve']);
  });

  it('a deleted record leaves the queue and its state goes with it', async () => {
    const id = await draft('Lễ hội sẽ bị xoá');
    await officer.act('submit', id);
    const removed = await app.http().delete(`${cmBase('festival')}/${id}?locale=vi`).set('Authorization', `Bearer ${curatorToken}`);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.equal(await app.strapi.db.connection('di_san_review').where('document_id', id).count({ n: '*' }).first().then((row) => Number(row?.n)), 0);
    assert.ok(!(await curator.queue('state=submitted&pageSize=100')).body.data.some((entry: { documentId: string }) => entry.documentId === id));
    assert.equal((await curator.status(id)).status, 404);
  });

  it('unknown records are 404, bad input 400, and nothing is left behind', async () => {
    const id = await draft('Lễ hội kiểm tra lỗi');
    const unknownType = await app.http().get(`/di-san/review/api::nothing.nothing/${id}?locale=vi`).set('Authorization', `Bearer ${curatorToken}`);
    assert.equal(unknownType.status, 404);
    assert.match(unknownType.body.error.message, /Không tìm thấy hồ sơ \/ No such record/);
    assert.equal((await officer.act('submit', 'khong-co-ho-so-nay')).status, 404);
    assert.equal((await officer.status('khong-co-ho-so-nay')).status, 404);
    assert.equal((await app.http().get(`/di-san/review/api::nothing.nothing/${id}?locale=vi`).set('Authorization', 'Bearer x')).status, 401);
    assert.equal((await officer.act('submit', id, { locale: 'fr' })).status, 400);
    assert.equal((await officer.act('submit', id, { locale: 'vi', note: 'x'.repeat(2001) })).status, 400);
    assert.equal((await officer.act('submit', id, { locale: 'vi', note: 42 })).status, 400);
    assert.equal((await officer.queue('state=approved')).status, 400);
    assert.equal((await officer.status(id)).body.data.state, 'draft');
    assert.deepEqual(await auditOf(id), []);
  });
});
