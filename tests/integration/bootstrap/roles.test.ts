/**
 * Admin roles, provisioned at bootstrap and idempotent: a Cultural officer
 * drafts but cannot publish or delete; a Curator reviews and publishes.
 * Exercised through the admin panel's own HTTP API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureAdminRoles } from '../../../src/bootstrap/admin-roles';
import { ensureApiRoles } from '../../../src/bootstrap/api-roles';
import { closeSelfRegistration } from '../../../src/bootstrap/registration';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminClient, adminJwt } from '../../helpers/people';
import { uidOf } from '../../../src/content-model';

let app: TestApp;
let officer: string;
let curator: string;
const FESTIVALS = `/content-manager/collection-types/${uidOf('festival')}`;

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
});
after(() => app?.stop());

const as = (token: string) => adminClient(app, token);

describe('admin roles', () => {
  it('are provisioned once, however often bootstrap runs', async () => {
    const countRoles = () => app.strapi.db.query('admin::role').count();
    const countPermissions = () => app.strapi.db.query('admin::permission').count();
    const before = [await countRoles(), await countPermissions()];
    await ensureAdminRoles(app.strapi);
    await ensureApiRoles(app.strapi);
    assert.deepEqual([await countRoles(), await countPermissions()], before);
    const names = (await app.strapi.db.query('admin::role').findMany()).map((role: { name: string }) => role.name);
    assert.ok(names.includes('Cultural officer') && names.includes('Curator') && names.includes('Super Admin'));
    const researcher = await app.strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: 'researcher' } });
    assert.equal(researcher.length, 1);
  });

  it('a cultural officer creates and edits a draft but cannot publish or delete it', async () => {
    const created = await as(officer).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ hội do cán bộ nhập', accessLevel: 'public' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.data.documentId;
    const edited = await app
      .http()
      .put(`${FESTIVALS}/${id}?locale=vi`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ name: 'Lễ hội do cán bộ nhập (sửa)' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const publish = await as(officer).post(`${FESTIVALS}/${id}/actions/publish?locale=vi`);
    assert.equal(publish.status, 403);
    const remove = await as(officer).del(`${FESTIVALS}/${id}?locale=vi`);
    assert.equal(remove.status, 403);
    const publicView = await app.http().get(`/api/festivals/${id}`);
    assert.equal(publicView.status, 404, 'still a draft, so not public');
  });

  it('a curator publishes the officer’s draft, and only then the public sees it', async () => {
    const created = await as(officer).post(`${FESTIVALS}?locale=vi`, { name: 'Lễ hội chờ duyệt', accessLevel: 'public' });
    const id = created.body.data.documentId;
    const publish = await as(curator).post(`${FESTIVALS}/${id}/actions/publish?locale=vi`);
    assert.equal(publish.status, 200, JSON.stringify(publish.body));
    const publicView = await app.http().get(`/api/festivals/${id}`);
    assert.equal(publicView.status, 200);
    assert.equal(publicView.body.data.name, 'Lễ hội chờ duyệt');
  });

  it('the admin API refuses bad input too, with the field named', async () => {
    const response = await as(curator).post(`${FESTIVALS}?locale=vi`, {
      name: 'Lễ sai',
      timing: { calendar: 'lunar', month: 13, day: 1 },
    });
    assert.equal(response.status, 400);
    assert.match(response.body.error.message, /month/);
  });

  it('restricted records stay visible in the admin', async () => {
    const created = await as(curator).post(`${FESTIVALS}?locale=vi`, { name: 'Nghi lễ kín', accessLevel: 'restricted' });
    const id = created.body.data.documentId;
    const view = await as(officer).get(`${FESTIVALS}/${id}?locale=vi`);
    assert.equal(view.status, 200);
    assert.equal(view.body.data.name, 'Nghi lễ kín');
    assert.equal((await app.http().get(`/api/festivals/${id}`)).status, 404);
  });
});

describe('self-registration', () => {
  const advanced = () => app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const countUsers = () => app.strapi.db.query('plugin::users-permissions.user').count();

  it('is closed by default: an anonymous sign-up is refused and creates no account', async () => {
    const before = await countUsers();
    const response = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'nguoi-la', email: 'nguoi-la@example.org', password: 'Mat-khau-dai-123' });
    assert.ok(response.status >= 400 && response.status < 500, `${response.status} ${response.text}`);
    assert.equal(response.body.jwt, undefined);
    assert.equal(await countUsers(), before);
  });

  it('stays open at the next start when an admin deliberately opened it', async () => {
    const settings = (await advanced().get({})) as Record<string, unknown>;
    await advanced().set({ value: { ...settings, allow_register: true } });
    await closeSelfRegistration(app.strapi);
    assert.equal(((await advanced().get({})) as { allow_register: boolean }).allow_register, true);
    await advanced().set({ value: { ...settings, allow_register: false } });
  });
});
