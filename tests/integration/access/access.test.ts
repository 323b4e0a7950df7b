/**
 * Access levels on the REST API: unauthenticated callers see only published
 * public records, researchers add researcher-level ones, restricted records
 * and drafts never leave the admin — whatever the query says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { apiToken, userJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { uidOf } from '../../../src/content-model';

let app: TestApp;
const ids: Record<string, string> = {};
let researcherJwt: string;
let memberJwt: string;

const group = (name: string, gsoCode: string, accessLevel: string) => ({ name, gsoCode, accessLevel });

before(async () => {
  app = await startTestApp();
  ids.publicGroup = await createRecord(app, 'ethnic-group', group('Thái', '03', 'public'));
  ids.researcherGroup = await createRecord(app, 'ethnic-group', group('Nhóm nghiên cứu', '40', 'researcher'));
  ids.restrictedGroup = await createRecord(app, 'ethnic-group', group('Nhóm hạn chế', '50', 'restricted'));
  ids.draftGroup = await createRecord(app, 'ethnic-group', group('Nhóm bản nháp', '48', 'public'), { publish: false });
  ids.sacredRite = await createRecord(app, 'festival', {
    name: 'Nghi lễ bí truyền',
    accessLevel: 'restricted',
    ethnicGroups: [ids.publicGroup],
  });
  ids.publicFestival = await createRecord(app, 'festival', {
    name: 'Xên bản',
    accessLevel: 'public',
    ethnicGroups: [ids.publicGroup, ids.researcherGroup, ids.restrictedGroup, ids.draftGroup],
  });
  ids.story = await createRecord(app, 'story', {
    title: 'Câu chuyện',
    accessLevel: 'public',
    festivals: [ids.publicFestival, ids.sacredRite],
  });
  ids.consentExpired = await createRecord(app, 'media-item', {
    title: 'Ảnh hết hạn đồng ý',
    kind: 'image',
    rightsUri: 'https://creativecommons.org/licenses/by/4.0/',
    accessLevel: 'public',
    consent: { givenBy: 'Lò Văn A', scope: 'public', givenOn: '2020-01-01', expiresOn: '2021-01-01' },
  });
  ids.consentResearch = await createRecord(app, 'media-item', {
    title: 'Ghi âm cho nghiên cứu',
    kind: 'audio',
    rightsUri: 'http://rightsstatements.org/vocab/InC-EDU/1.0/',
    accessLevel: 'public',
    consent: { givenBy: 'Lò Văn B', scope: 'research', givenOn: '2024-01-01' },
  });
  ids.consentPublic = await createRecord(app, 'media-item', {
    title: 'Ảnh công khai',
    kind: 'image',
    rightsUri: 'https://creativecommons.org/licenses/by-sa/4.0/',
    accessLevel: 'public',
    consent: { givenBy: 'Lò Văn C', scope: 'public', givenOn: '2024-01-01', expiresOn: '2099-01-01' },
  });
  researcherJwt = await userJwt(app, 'researcher');
  memberJwt = await userJwt(app, 'authenticated');
});

after(() => app?.stop());

const names = (body: { data: Array<{ name?: string; title?: string }> }) =>
  body.data.map((entry) => entry.name ?? entry.title).sort();

describe('unauthenticated REST', () => {
  it('lists only published public records, with a matching total', async () => {
    const response = await app.http().get('/api/ethnic-groups');
    assert.equal(response.status, 200);
    assert.deepEqual(names(response.body), ['Thái']);
    assert.equal(response.body.meta.pagination.total, 1);
  });

  it('never returns drafts, whatever ?status= says (strapi#25326)', async () => {
    for (const query of ['status=draft', 'status=published', 'status=draft&locale=vi', 'hasPublishedVersion=false']) {
      const response = await app.http().get(`/api/ethnic-groups?${query}`);
      if (response.status === 200) assert.deepEqual(names(response.body), ['Thái'], query);
      else assert.equal(response.status, 400, query);
    }
    const draft = await app.http().get(`/api/ethnic-groups/${ids.draftGroup}?status=draft`);
    assert.equal(draft.status, 404);
  });

  it('answers 404 for a restricted or researcher record fetched by id', async () => {
    for (const id of [ids.restrictedGroup, ids.researcherGroup, ids.sacredRite]) {
      const type = id === ids.sacredRite ? 'festivals' : 'ethnic-groups';
      const response = await app.http().get(`/api/${type}/${id}`);
      assert.equal(response.status, 404, id);
      assert.equal(response.body.data, null);
    }
  });

  it('does not leak hidden records through populate, in any syntax', async () => {
    for (const populate of ['populate=*', 'populate=ethnicGroups', 'populate[0]=ethnicGroups', 'populate[ethnicGroups][populate]=*', 'populate[ethnicGroups][fields][0]=name']) {
      const response = await app.http().get(`/api/festivals/${ids.publicFestival}?${populate}`);
      assert.equal(response.status, 200, populate);
      assert.deepEqual(names({ data: response.body.data.ethnicGroups }), ['Thái'], populate);
    }
    const story = await app.http().get(`/api/stories/${ids.story}?populate[festivals][populate]=ethnicGroups`);
    assert.equal(story.status, 200, JSON.stringify(story.body));
    assert.deepEqual(names({ data: story.body.data.festivals }), ['Xên bản']);
  });

  it('does not leak an unpublished translation or the editors through populate', async () => {
    await app.strapi.documents(uidOf('ethnic-group')).update({
      documentId: ids.publicGroup,
      locale: 'en',
      data: { name: 'Unpublished English draft' },
    } as never);
    for (const populate of ['populate=localizations', 'populate=*', 'populate[0]=createdBy&populate[1]=updatedBy']) {
      const response = await app.http().get(`/api/ethnic-groups/${ids.publicGroup}?${populate}`);
      assert.ok(response.status === 200 || response.status === 400, populate);
      const body = JSON.stringify(response.body);
      assert.ok(!body.includes('Unpublished English draft'), populate);
      assert.ok(!body.includes('@'), `${populate} exposes an email`);
    }
    const english = await app.http().get(`/api/ethnic-groups/${ids.publicGroup}?locale=en`);
    assert.equal(english.body.data.name, 'Thái', 'falls back to the published Vietnamese version');
  });

  it('does not let relation filters probe hidden records', async () => {
    const response = await app.http().get('/api/festivals?filters[ethnicGroups][name][$eq]=Nhóm hạn chế');
    assert.equal(response.status, 200);
    assert.equal(response.body.data.length, 0);
    const direct = await app.http().get('/api/ethnic-groups?filters[accessLevel][$eq]=restricted');
    assert.equal(direct.body.data.length, 0);
  });

  it('hides media whose consent expired or does not cover the public', async () => {
    const response = await app.http().get('/api/media-items');
    assert.equal(response.status, 200);
    assert.deepEqual(names(response.body), ['Ảnh công khai']);
  });

  it('treats a signed-in member without the researcher role as public', async () => {
    const response = await app.http().get('/api/ethnic-groups').set('Authorization', `Bearer ${memberJwt}`);
    assert.deepEqual(names(response.body), ['Thái']);
  });
});

describe('researchers', () => {
  it('see public and researcher records, never restricted ones or drafts', async () => {
    const response = await app.http().get('/api/ethnic-groups?status=draft').set('Authorization', `Bearer ${researcherJwt}`);
    assert.equal(response.status, 200);
    assert.deepEqual(names(response.body), ['Nhóm nghiên cứu', 'Thái']);
  });

  it('see research-scope consent, not expired consent', async () => {
    const response = await app.http().get('/api/media-items').set('Authorization', `Bearer ${researcherJwt}`);
    assert.deepEqual(names(response.body), ['Ghi âm cho nghiên cứu', 'Ảnh công khai']);
  });

  it('see researcher records through populate but not restricted ones', async () => {
    const response = await app
      .http()
      .get(`/api/festivals/${ids.publicFestival}?populate=ethnicGroups`)
      .set('Authorization', `Bearer ${researcherJwt}`);
    assert.deepEqual(names({ data: response.body.data.ethnicGroups }), ['Nhóm nghiên cứu', 'Thái']);
  });

  it('API tokens read like researchers', async () => {
    const token = await apiToken(app, 'read-only');
    const response = await app.http().get('/api/ethnic-groups').set('Authorization', `Bearer ${token}`);
    assert.deepEqual(names(response.body), ['Nhóm nghiên cứu', 'Thái']);
  });
});

describe('the admin side still sees everything', () => {
  it('the document service outside a REST request is not filtered', async () => {
    const all = await app.strapi.documents(uidOf('ethnic-group')).findMany({ status: 'draft' } as never);
    assert.equal(all.length, 4);
  });
});
