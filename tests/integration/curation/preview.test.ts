/**
 * Strapi's Preview, turned on: the admin asks for a preview URL, which opens
 * the draft on the public page layout (restricted records too), noindex and
 * never cached; the same path without a valid token is a 404.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MODEL, uidOf } from '../../../src/content-model';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

let app: TestApp;
let officer: string;
let documentId: string;
const FESTIVAL = uidOf('festival');

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  documentId = await createRecord(app, 'festival', { name: 'Lễ cúng bản (đã công bố)', slug: 'le-cung-ban-xem-truoc', accessLevel: 'public' });
  // A newer draft the public must not see yet.
  await app.strapi.documents(FESTIVAL as never).update({ documentId, locale: 'vi', data: { name: 'Lễ cúng bản (bản nháp mới)' } } as never);
});
after(() => app?.stop());

const previewUrl = async (token: string, id: string, locale = 'vi', status = 'draft') => {
  const response = await app
    .http()
    .get(`/content-manager/preview/url/${FESTIVAL}`)
    .query({ documentId: id, locale, status })
    .set('Authorization', `Bearer ${token}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return new URL(response.body.data.url);
};

describe('preview', () => {
  it('opens the draft on the public layout for a signed-in officer, noindex and no-store', async () => {
    const url = await previewUrl(officer, documentId);
    assert.match(url.pathname, /^\/xem-truoc\/le-hoi\//);
    const page = await app.http().get(url.pathname + url.search);
    assert.equal(page.status, 200);
    assert.match(page.text, /Lễ cúng bản \(bản nháp mới\)/);
    assert.match(page.text, /Bản xem trước/);
    assert.match(page.text, /<meta name="robots" content="noindex">/);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.headers['x-robots-tag'], /noindex/);
    const published = await app.http().get('/le-hoi/le-cung-ban-xem-truoc');
    assert.match(published.text, /Lễ cúng bản \(đã công bố\)/, 'the public page still shows the published version');
  });

  it('opens the English preview under /en/preview/, falling back to Vietnamese text', async () => {
    const url = await previewUrl(officer, documentId, 'en');
    assert.match(url.pathname, /^\/en\/preview\//);
    const page = await app.http().get(url.pathname + url.search);
    assert.equal(page.status, 200);
    assert.match(page.text, /Preview: this content is not published/);
  });

  it('works for a restricted record, which the public never sees', async () => {
    const hidden = await createRecord(app, 'festival', { name: 'Nghi lễ hạn chế', slug: 'nghi-le-han-che-xem-truoc', accessLevel: 'restricted' }, { publish: false });
    const url = await previewUrl(officer, hidden);
    const page = await app.http().get(url.pathname + url.search);
    assert.equal(page.status, 200);
    assert.match(page.text, /Nghi lễ hạn chế/);
    assert.equal((await app.http().get(`/api/festivals/${hidden}`)).status, 404);
  });

  it('answers 404 without a token, with a token for another record, locale or status, or an altered one', async () => {
    const url = await previewUrl(officer, documentId);
    const token = url.searchParams.get('token')!;
    const other = await createRecord(app, 'festival', { name: 'Lễ khác', slug: 'le-khac-xem-truoc', accessLevel: 'public' }, { publish: false });
    const attempts = [
      url.pathname,
      `${url.pathname}?token=`,
      `${url.pathname.replace(documentId, other)}?token=${token}`,
      `/en/preview/${MODEL.festival.route.en}/${documentId}?token=${token}`,
      `${url.pathname}?status=published&token=${token}`,
      `${url.pathname}?token=${token.slice(0, -2)}xx`,
    ];
    for (const path of attempts) {
      const page = await app.http().get(path);
      assert.equal(page.status, 404, path);
      assert.doesNotMatch(page.text, /Lễ cúng bản|Lễ khác/, path);
      assert.equal(page.headers['cache-control'], 'no-store', path);
    }
  });

  it('gives no URL to a caller who is not a signed-in admin', async () => {
    const anonymous = await app.http().get(`/content-manager/preview/url/${FESTIVAL}`).query({ documentId, locale: 'vi', status: 'draft' });
    assert.equal(anonymous.status, 401);
  });
});
