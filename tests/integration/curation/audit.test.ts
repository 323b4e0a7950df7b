/**
 * The audit log, wired into the running app: logins, record writes, token
 * changes and exports are logged; curators read and export it; nothing edits
 * it; and audit:verify names the first altered or missing entry.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { uidOf } from '../../../src/content-model';
import { AUDIT_TABLE } from '../../../src/curation/audit/strapi/table';
import { auditSettled } from '../../../src/curation/audit/strapi/background';
import { describeProblem, verifyAuditLog } from '../../../src/curation/audit/strapi/verify';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { makeImage } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';

let app: TestApp;
let curator: string;
let officer: string;
let superAdmin: string;
let curatorId: number;
const password = 'Test-password-123';
const curatorEmail = 'nguoi-duyet-audit@example.org';
const FESTIVALS = `/content-manager/collection-types/${uidOf('festival')}`;

interface Row {
  seq: number | string;
  action: string;
  actor: string;
  target: string | null;
  ip: string | null;
  details: string;
}

const table = () => app.strapi.db.connection(AUDIT_TABLE);
async function entries(where: Record<string, unknown> = {}): Promise<Row[]> {
  await auditSettled(app.strapi);
  return (await table().where(where).orderBy('seq', 'asc')) as Row[];
}
const as = (token: string) => ({
  get: (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object = {}) => app.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
  put: (path: string, body: object = {}) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  del: (path: string) => app.http().delete(path).set('Authorization', `Bearer ${token}`),
});

before(async () => {
  app = await startTestApp();
  const role = await app.strapi.service('admin::role').findOne({ code: 'di-san-curator' });
  const user = await app.strapi.service('admin::user').create({
    email: curatorEmail, firstname: 'Lò', lastname: 'Văn Duyệt', password, isActive: true, registrationToken: null, roles: [role.id],
  });
  curatorId = user.id;
  const login = await app.http().post('/admin/login').send({ email: curatorEmail, password });
  assert.equal(login.status, 200);
  curator = login.body.data.token;
  officer = await adminJwt(app, 'di-san-cultural-officer');
  superAdmin = await adminJwt(app, 'strapi-super-admin');
});
after(() => app?.stop());

describe('audit log', () => {
  it('logs a login with the address, and a failed login with the email tried but never the password', async () => {
    const [login] = await entries({ action: 'auth.login', actor: `admin:${curatorId}` });
    assert.ok(login, 'login logged');
    assert.ok(login.ip, 'with the client address');
    const failed = await app.http().post('/admin/login').send({ email: curatorEmail, password: 'Sai-mat-khau-999' });
    assert.equal(failed.status, 400);
    const attempts = await entries({ action: 'auth.login-failed' });
    assert.equal(attempts.length, 1);
    assert.equal(JSON.parse(attempts[0].details).email, curatorEmail);
    assert.ok(attempts[0].ip);
    assert.ok(!attempts[0].details.includes('Sai-mat-khau-999'));
  });

  it('logs an admin’s record create, update (changed field names only) and publish', async () => {
    const created = await as(curator).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ hội Xên bản', accessLevel: 'public' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.data.documentId;
    const edited = await as(curator).put(`${FESTIVALS}/${id}?locale=vi`, { ...created.body.data, name: 'Lễ hội Xên bản (sửa)' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const published = await as(curator).post(`${FESTIVALS}/${id}/actions/publish?locale=vi`);
    assert.equal(published.status, 200, JSON.stringify(published.body));
    // A curator's publish in the content manager is also an approval (review.approve, the review's entry).
    const logged = (await entries({ target: `festival:${id}:vi` })).filter((row) => row.action.startsWith('record.'));
    assert.deepEqual(logged.map((row) => row.action), ['record.create', 'record.update', 'record.publish']);
    assert.ok(logged.every((row) => row.actor === `admin:${curatorId}` && row.ip));
    assert.deepEqual(JSON.parse(logged[1].details), { fields: ['name'] });
    assert.ok(!logged.some((row) => row.details.includes('Xên bản')), 'no record content in the log');
  });

  it('a write that rolls back leaves no entry', async () => {
    const count = (await entries()).length;
    await assert.rejects(
      app.strapi.db.transaction(async () => {
        await app.strapi.documents(uidOf('festival') as never).create({ locale: 'vi', data: { name: 'Sẽ bị huỷ', accessLevel: 'public' } } as never);
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.equal((await entries()).length, count);
  });

  it('logs token creation and deletion without the key, and role creation', async () => {
    const created = await as(superAdmin).post('/admin/api-tokens', { name: 'Đối tác bảo tàng', type: 'read-only', lifespan: null, description: '' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const key = created.body.data.accessKey as string;
    const [entry] = await entries({ action: 'admin.token-create' });
    assert.equal(entry.target, `api-token:${created.body.data.id}`);
    assert.match(entry.actor, /^admin:\d+$/);
    assert.equal(JSON.parse(entry.details).name, 'Đối tác bảo tàng');
    assert.ok(key && !entry.details.includes(key) && !JSON.stringify(await entries()).includes(key), 'the key is never logged');
    assert.equal((await as(superAdmin).del(`/admin/api-tokens/${created.body.data.id}`)).status, 200);
    assert.equal((await entries({ action: 'admin.token-delete' })).length, 1);
    const role = await as(superAdmin).post('/admin/roles', { name: 'Kiểm toán viên', description: 'audit' });
    assert.equal(role.status, 201, JSON.stringify(role.body));
    assert.equal((await entries({ action: 'admin.role-create', target: `admin-role:${role.body.data.id}` })).length, 1);
  });

  it('logs the download of a restricted item’s original (who: the address; which: the item and file)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-audit-'));
    try {
      const uploaded = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', await makeImage(dir), 'nghi-le-kin.jpg');
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      const photo = uploaded.body[0] as { id: number; url: string };
      const item = await as(officer).post(`/content-manager/collection-types/${uidOf('media-item')}?locale=vi`, {
        title: 'Nghi lễ kín', kind: 'image', rightsUri: 'https://creativecommons.org/licenses/by-nc-sa/4.0/', accessLevel: 'restricted', files: [photo.id],
      });
      assert.equal(item.status, 201, JSON.stringify(item.body));
      await app.drain({ timeoutSeconds: 120 });
      assert.equal((await app.http().get(photo.url).buffer(true)).status, 200);
      const [entry] = await entries({ action: 'file.download-restricted' });
      assert.ok(entry, 'download logged');
      assert.equal(entry.target, `media-item:${item.body.data.documentId}`);
      assert.ok(entry.ip);
      assert.equal(JSON.parse(entry.details).fileId, photo.id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs admin user creation (outside a request: by system), without the password', async () => {
    const [created] = await entries({ action: 'admin.user-create', target: `admin-user:${curatorId}` });
    assert.ok(created);
    assert.equal(created.actor, 'system');
    assert.equal(JSON.parse(created.details).email, curatorEmail);
    assert.ok(!created.details.includes(password));
  });

  it('GET /di-san/audit filters by action prefix, actor, email, target and dates, newest first', async () => {
    const records = await as(curator).get(`/di-san/audit?action=record.*&actor=admin:${curatorId}&pageSize=2`);
    assert.equal(records.status, 200, JSON.stringify(records.body));
    assert.equal(records.body.meta.pagination.total, 3);
    assert.equal(records.body.data.length, 2);
    assert.equal(records.body.data[0].action, 'record.publish');
    assert.ok(records.body.data[0].seq > records.body.data[1].seq);
    assert.deepEqual(records.body.data[0].actorUser, { id: curatorId, name: 'Lò Văn Duyệt', email: curatorEmail });
    const byEmail = await as(curator).get(`/di-san/audit?actor=${encodeURIComponent(curatorEmail)}&action=auth.login`);
    assert.equal(byEmail.body.meta.pagination.total, 1);
    const byTarget = await as(curator).get('/di-san/audit?target=festival:');
    assert.ok(byTarget.body.data.length >= 3 && byTarget.body.data.every((row: { target: string }) => row.target.startsWith('festival:')));
    const future = await as(curator).get('/di-san/audit?from=2999-01-01');
    assert.equal(future.body.meta.pagination.total, 0);
    const today = new Date().toISOString().slice(0, 10);
    const upToToday = await as(curator).get(`/di-san/audit?to=${today}`);
    assert.ok(upToToday.body.meta.pagination.total > 0);
    for (const bad of ['pageSize=101', 'action=DROP%20TABLE', 'from=yesterday', 'actor=nobody', 'page=0', 'action=a&action=b']) {
      const response = await as(curator).get(`/di-san/audit?${bad}`);
      assert.equal(response.status, 400, bad);
      assert.match(response.body.error.message, / \/ /, 'bilingual');
    }
  });

  it('only a super admin or curator reads it', async () => {
    assert.equal((await as(officer).get('/di-san/audit')).status, 403);
    assert.equal((await as(officer).get('/di-san/audit/export.csv')).status, 403);
    assert.equal((await app.http().get('/di-san/audit')).status, 401);
    assert.equal((await as(superAdmin).get('/di-san/audit')).status, 200);
  });

  it('exports CSV with a BOM and a header, and the export is itself logged', async () => {
    const response = await as(curator).get('/di-san/audit/export.csv?action=record.*').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type'], /^text\/csv; charset=utf-8/);
    const body = response.body as Buffer;
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trimEnd().split('\r\n');
    assert.equal(lines[0], 'seq,at,action,actor,actorEmail,target,ip,details,hash');
    assert.ok(lines.length >= 4 && lines.slice(1).every((line) => line.includes(',record.')));
    assert.equal((await entries({ action: 'audit.export', actor: `admin:${curatorId}` })).length, 1);
  });

  it('has no route that edits or deletes an entry', async () => {
    for (const response of [
      await as(superAdmin).del('/di-san/audit/1'),
      await as(superAdmin).del('/di-san/audit'),
      await as(superAdmin).put('/di-san/audit/1', { action: 'x' }),
      await as(superAdmin).post('/di-san/audit', { action: 'x' }),
    ]) {
      assert.ok([404, 405].includes(response.status), String(response.status));
    }
    const [first] = await entries({ seq: 1 });
    assert.ok(first, 'entry 1 still there');
  });

  it('audit:verify passes an intact chain, and names an altered entry and a removed one', async () => {
    const knex = app.strapi.db.connection;
    const intact = await verifyAuditLog(knex);
    assert.equal(intact.problem, null);
    assert.equal(intact.entries, (await entries()).length);
    const total = intact.entries;
    const middle = Math.ceil(total / 2);
    const [row] = await entries({ seq: middle });
    await table().where({ seq: middle }).update({ details: JSON.stringify({ forged: true }) });
    const altered = await verifyAuditLog(knex);
    assert.deepEqual([altered.problem?.seq, altered.problem?.kind], [middle, 'content']);
    assert.match(describeProblem(altered.problem!), new RegExp(`seq ${middle}\\b`));
    await table().where({ seq: middle }).update({ details: row.details });
    assert.equal((await verifyAuditLog(knex)).problem, null);
    await table().where({ seq: middle }).delete();
    const removed = await verifyAuditLog(knex);
    assert.deepEqual([removed.problem?.kind, removed.problem && 'expectedSeq' in removed.problem ? removed.problem.expectedSeq : null], ['gap', middle]);
    assert.match(describeProblem(removed.problem!), new RegExp(`seq ${middle}: entry missing`));
    // The command itself, in its own process on the app's database: exit 1, naming the gap.
    const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { cwd: APP_DIR, env: { ...process.env, LOG_LEVEL: 'error' } });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => resolve({ code, output }));
    });
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, new RegExp(`audit: chain broken at seq ${middle}: entry missing`));
  });
});
