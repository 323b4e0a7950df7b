/**
 * The content API is read-only for every record type and every caller:
 * records are written in the admin panel, where a cultural officer drafts
 * and only a curator publishes. A write over /api/<type> — even with a
 * full-access token, even asking to publish — gets 403, carries no record
 * data, and writes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ARCHIVE_TYPES, ARCHIVE_UIDS, uidOf } from '../../../src/content-model';
import { startTestApp, type TestApp } from '../../helpers/app';
import { apiToken } from '../../helpers/people';
import { countRows, createRecord } from '../../helpers/records';

let app: TestApp;
const callers: Array<{ name: string; authorization?: string }> = [{ name: 'an anonymous caller' }];
let restricted: string;

const SECRET = 'Nghi lễ bí truyền KIN-7731';

before(async () => {
  app = await startTestApp();
  const writeActions = ARCHIVE_UIDS.flatMap((uid) => ['create', 'update', 'delete'].map((action) => `${uid}.${action}`));
  callers.push(
    { name: 'a full-access token', authorization: `Bearer ${await apiToken(app, 'full-access')}` },
    { name: 'a custom token with create/update/delete', authorization: `Bearer ${await apiToken(app, 'custom', writeActions)}` },
  );
  restricted = await createRecord(app, 'festival', { name: SECRET, accessLevel: 'restricted' });
});
after(() => app?.stop());

const send = (caller: { authorization?: string }, method: 'post' | 'put' | 'delete', path: string, data?: unknown) => {
  const request = app.http()[method](path);
  if (caller.authorization) request.set('Authorization', caller.authorization);
  return data === undefined ? request : request.send({ data });
};

/** Every version of every festival, drafts included: what a write would change. */
const festivals = async () =>
  (await app.strapi.db.query(uidOf('festival')).findMany({ orderBy: { id: 'asc' } })).map(
    (row: { id: number; name: string; publishedAt: string | null; accessLevel: string }) => [row.id, row.name, row.publishedAt, row.accessLevel],
  );

const assertRefused = (response: { status: number; body: { data?: unknown; error?: { message?: string } }; text: string }) => {
  assert.equal(response.status, 403, response.text);
  assert.ok(response.body.data == null, 'a refused write carries no record');
  assert.doesNotMatch(response.text, /KIN-7731/);
};

describe('writes over the content API are refused', () => {
  it('for every caller: create (even published), update of a restricted record, delete', async () => {
    for (const caller of callers) {
      const before = await festivals();
      const created = await send(caller, 'post', '/api/festivals?status=published', { name: 'Lễ hội tự đăng', accessLevel: 'public' });
      assertRefused(created);
      const updated = await send(caller, 'put', `/api/festivals/${restricted}?status=published`, { name: 'Đổi tên', accessLevel: 'public' });
      assertRefused(updated);
      const removed = await send(caller, 'delete', `/api/festivals/${restricted}`);
      assertRefused(removed);
      assert.deepEqual(await festivals(), before, `${caller.name} changed nothing`);
    }
  });

  it('say why, in Vietnamese and English, to a token that holds the permission', async () => {
    const response = await send(callers[1], 'post', '/api/festivals', { name: 'Lễ hội mới' });
    assert.equal(response.status, 403);
    assert.match(response.body.error.message, /chỉ đọc/);
    assert.match(response.body.error.message, /read-only/);
  });

  it('for every record type, and whatever the path is spelled like', async () => {
    const full = callers[1];
    for (const type of ARCHIVE_TYPES) {
      const uid = uidOf(type);
      const plural = app.strapi.contentTypes[uid].info.pluralName;
      const before = await countRows(app, type);
      assertRefused(await send(full, 'post', `/api/${plural}`, { name: 'x', title: 'x' }));
      assertRefused(await send(full, 'post', `/API/${plural.toUpperCase()}/`, { name: 'x', title: 'x' }));
      assert.equal(await countRows(app, type), before, `${type}: nothing written`);
    }
  });

  it('the upload plugin cannot attach a file to a record either (uploads go through /api/tus)', async () => {
    const uploadToken = `Bearer ${await apiToken(app, 'full-access')}`;
    const before = await app.strapi.db.query('plugin::upload.file').count();
    const response = await app
      .http()
      .post('/api/upload')
      .set('Authorization', uploadToken)
      .field('ref', uidOf('festival'))
      .field('refId', '1')
      .field('field', 'sources')
      .attach('files', Buffer.from('hello'), { filename: 'note.txt', contentType: 'text/plain' });
    assertRefused(response);
    assertRefused(await app.http().delete('/api/upload/files/1').set('Authorization', uploadToken));
    assert.equal(await app.strapi.db.query('plugin::upload.file').count(), before, 'no file stored');
  });

  it('reads keep working for the same token', async () => {
    const response = await app.http().get('/api/festivals').set('Authorization', callers[1].authorization!);
    assert.equal(response.status, 200, response.text);
  });
});
