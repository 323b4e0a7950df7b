/** The app boots on real parts and reports them: /_health, locales, the first admin from env. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureFirstAdmin } from '../../../src/bootstrap/first-admin';
import { startTestApp, type TestApp } from '../../helpers/app';

let app: TestApp;

before(async () => {
  app = await startTestApp();
});
after(() => app?.stop());

describe('boot', () => {
  it('/_health reports the database and Meilisearch', async () => {
    const response = await app.http().get('/_health');
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.database, 'ok');
    // scripts/test.ts starts a real Meilisearch and passes MEILI_HOST to every test file.
    assert.equal(response.body.search, process.env.MEILI_HOST ? 'ok' : 'not-configured');
  });

  it('Meilisearch demands its master key', { skip: !process.env.MEILI_HOST }, async () => {
    const anonymous = await fetch(`${process.env.MEILI_HOST}/indexes`);
    assert.equal(anonymous.status, 401);
    const withKey = await fetch(`${process.env.MEILI_HOST}/indexes`, {
      headers: { authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
    });
    assert.equal(withKey.status, 200);
  });

  it('/_health turns 503 when Meilisearch is unreachable', async () => {
    const saved = process.env.MEILI_HOST;
    process.env.MEILI_HOST = 'http://127.0.0.1:9';
    try {
      const response = await app.http().get('/_health');
      assert.equal(response.status, 503);
      assert.equal(response.body.search, 'down');
    } finally {
      if (saved === undefined) delete process.env.MEILI_HOST;
      else process.env.MEILI_HOST = saved;
    }
  });

  it('has Vietnamese as the default locale and English beside it', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    assert.equal(await locales.getDefaultLocale(), 'vi');
    const codes = (await locales.find()).map((locale: { code: string }) => locale.code).sort();
    assert.deepEqual(codes, ['en', 'vi']);
  });

  it('creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, once', async () => {
    process.env.ADMIN_EMAIL = 'Quan.Tri@example.org';
    process.env.ADMIN_PASSWORD = 'Admin-password-123';
    try {
      await ensureFirstAdmin(app.strapi);
      await ensureFirstAdmin(app.strapi);
      const admins = await app.strapi.db.query('admin::user').findMany({ populate: ['roles'] });
      assert.equal(admins.length, 1);
      assert.equal(admins[0].email, 'quan.tri@example.org');
      assert.equal(admins[0].roles[0].code, 'strapi-super-admin');
      const login = await app.http().post('/admin/login').send({ email: 'quan.tri@example.org', password: 'Admin-password-123' });
      assert.equal(login.status, 200);
    } finally {
      delete process.env.ADMIN_EMAIL;
      delete process.env.ADMIN_PASSWORD;
    }
  });
});
