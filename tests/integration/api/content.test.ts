/**
 * CRUD and relations for every content type: written in the admin panel's
 * own HTTP API by a curator (the content API is read-only), read over REST;
 * plus locale fallback for readers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { uidOf, type ArchiveType } from '../../../src/content-model';

let app: TestApp;
let curator: string;
const ids: Record<string, string> = {};

before(async () => {
  app = await startTestApp();
  curator = await adminJwt(app, 'di-san-curator');
});
after(() => app?.stop());

/** The admin panel's content-manager API for one type, in Vietnamese, as the curator. */
const admin = (type: ArchiveType) => {
  const base = `/content-manager/collection-types/${uidOf(type)}`;
  const as = <T extends { set(name: string, value: string): T }>(request: T) => request.set('Authorization', `Bearer ${curator}`);
  return {
    create: (data: unknown) => as(app.http().post(`${base}?locale=vi`)).send(data as object),
    update: (id: string, data: unknown) => as(app.http().put(`${base}/${id}?locale=vi`)).send(data as object),
    publish: (id: string) => as(app.http().post(`${base}/${id}/actions/publish?locale=vi`)).send({}),
    remove: (id: string) => as(app.http().delete(`${base}/${id}?locale=vi`)),
  };
};
const read = (path: string) => app.http().get(path);

const rights = 'https://creativecommons.org/licenses/by-sa/4.0/';
/** Each type in dependency order: its plural, a valid payload (given earlier ids), the relation to check. */
const TYPES: Array<{ type: ArchiveType; plural: string; data: () => Record<string, unknown>; relation?: [string, string] }> = [
  { type: 'place', plural: 'places', data: () => ({ name: 'Xã Thanh An', kind: 'commune', code: '03316', accessLevel: 'public' }) },
  {
    type: 'language',
    plural: 'languages',
    data: () => ({ name: 'Tiếng Thái Đen', iso6393: 'blt', bcp47: 'blt-Tavt', scripts: ['Tavt', 'Latn'], accessLevel: 'public' }),
  },
  {
    type: 'ethnic-group',
    plural: 'ethnic-groups',
    data: () => ({
      name: 'Thái',
      gsoCode: '03',
      languageGroup: 'tay-thai',
      otherNames: [{ tag: 'blt', value: 'Tay Đăm' }],
      languages: [ids.language],
      places: [ids.place],
      accessLevel: 'public',
    }),
    relation: ['languages', 'language'],
  },
  {
    type: 'festival',
    plural: 'festivals',
    data: () => ({
      name: 'Lễ hội Thành Bản Phủ',
      ethnicGroups: [ids['ethnic-group']],
      places: [ids.place],
      timing: { calendar: 'lunar', month: 2, day: 24, endDay: 25 },
      sources: [{ url: 'https://www.vietnamplus.vn/', title: 'Khai hội đền thờ Hoàng Công Chất' }],
      accessLevel: 'public',
    }),
    relation: ['ethnicGroups', 'ethnic-group'],
  },
  {
    type: 'custom',
    plural: 'customs',
    data: () => ({ name: 'Nghệ thuật Xòe Thái', domain: 'performing-arts', ethnicGroups: [ids['ethnic-group']], accessLevel: 'public' }),
    relation: ['ethnicGroups', 'ethnic-group'],
  },
  {
    type: 'person',
    plural: 'people',
    data: () => ({
      name: 'Lò Văn Mến',
      isPrestigious: true,
      ethnicGroups: [ids['ethnic-group']],
      place: ids.place,
      consent: { givenBy: 'Lò Văn Mến', scope: 'public', givenOn: '2025-03-01' },
      accessLevel: 'public',
    }),
    relation: ['ethnicGroups', 'ethnic-group'],
  },
  {
    type: 'media-item',
    plural: 'media-items',
    data: () => ({
      title: 'Múa xòe ở Thanh An',
      kind: 'video',
      date: '2019-12~',
      rightsUri: rights,
      festivals: [ids.festival],
      customs: [ids.custom],
      languages: [ids.language],
      place: ids.place,
      captions: [{ tag: 'blt-Tavt', kind: 'captions' }],
      consent: { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2019-12-01' },
      accessLevel: 'public',
    }),
    relation: ['festivals', 'festival'],
  },
  {
    type: 'story',
    plural: 'stories',
    data: () => ({
      title: 'Mùa lễ hội ở Thanh An',
      festivals: [ids.festival],
      mediaItems: [ids['media-item']],
      people: [ids.person],
      accessLevel: 'public',
    }),
    relation: ['mediaItems', 'media-item'],
  },
];

describe('CRUD and relations for every type', () => {
  for (const spec of TYPES) {
    it(`${spec.type}: create, read with its relations, update`, async () => {
      const created = await admin(spec.type).create(spec.data());
      assert.equal(created.status, 201, JSON.stringify(created.body));
      ids[spec.type] = created.body.data.documentId;
      const published = await admin(spec.type).publish(ids[spec.type]);
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const fetched = await read(`/api/${spec.plural}/${ids[spec.type]}?populate=*`);
      assert.equal(fetched.status, 200, JSON.stringify(fetched.body));
      if (spec.relation) {
        const [field, target] = spec.relation;
        const linked = fetched.body.data[field].map((entry: { documentId: string }) => entry.documentId);
        assert.deepEqual(linked, [ids[target]]);
      }
      const titleField = 'title' in spec.data() ? 'title' : 'name';
      const updated = await admin(spec.type).update(ids[spec.type], { [titleField]: `${spec.data()[titleField]} (sửa)` });
      assert.equal(updated.status, 200, JSON.stringify(updated.body));
      assert.equal((await read(`/api/${spec.plural}/${ids[spec.type]}`)).body.data[titleField], spec.data()[titleField], 'an edit is a draft until published');
      assert.equal((await admin(spec.type).publish(ids[spec.type])).status, 200);
      const reread = await read(`/api/${spec.plural}/${ids[spec.type]}`);
      assert.equal(reread.body.data[titleField], `${spec.data()[titleField]} (sửa)`);
    });
  }

  it('the inverse side of a relation is readable too (language → speaking groups)', async () => {
    const response = await read(`/api/languages/${ids.language}?populate=speakingGroups`);
    assert.deepEqual(
      response.body.data.speakingGroups.map((group: { gsoCode: string }) => group.gsoCode),
      ['03'],
    );
  });

  it('delete removes a record from every read', async () => {
    const response = await admin('story').remove(ids.story);
    assert.ok([200, 204].includes(response.status), String(response.status));
    assert.equal((await read(`/api/stories/${ids.story}`)).status, 404);
    const festival = await read(`/api/festivals/${ids.festival}`);
    assert.equal(festival.status, 200, 'deleting a story leaves what it linked to');
  });

  it('public callers cannot write (nor can anyone over REST: tests/integration/api/content-api-writes.test.ts)', async () => {
    const response = await app.http().post('/api/festivals').send({ data: { name: 'Không được phép' } });
    assert.equal(response.status, 403);
  });
});

describe('locale fallback', () => {
  let translated: string;
  let untranslated: string;

  before(async () => {
    translated = await createRecord(
      app,
      'custom',
      { name: 'Dệt thổ cẩm', domain: 'craftsmanship', accessLevel: 'public', slug: 'det-tho-cam' },
      { en: { name: 'Brocade weaving', domain: 'craftsmanship', accessLevel: 'public' } },
    );
    untranslated = await createRecord(app, 'custom', { name: 'Khèn Mông', domain: 'performing-arts', accessLevel: 'public', slug: 'khen-mong' });
  });

  it('a list in English swaps in translations and keeps Vietnamese where there is none', async () => {
    const response = await read('/api/customs?locale=en&sort=name:asc&filters[slug][$in][0]=det-tho-cam&filters[slug][$in][1]=khen-mong');
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const served = response.body.data.map((entry: { name: string; locale: string }) => [entry.name, entry.locale]);
    assert.deepEqual(served, [
      ['Brocade weaving', 'en'],
      ['Khèn Mông', 'vi'],
    ]);
    assert.deepEqual(response.body.meta.localeFallback.documents, [untranslated]);
  });

  it('a single record falls back to Vietnamese, and says so', async () => {
    const fallback = await read(`/api/customs/${untranslated}?locale=en`);
    assert.equal(fallback.status, 200);
    assert.equal(fallback.body.data.locale, 'vi');
    assert.deepEqual(fallback.body.meta.localeFallback, { requested: 'en', fallback: 'vi' });
    const english = await read(`/api/customs/${translated}?locale=en`);
    assert.equal(english.body.data.name, 'Brocade weaving');
  });

  it('the Vietnamese default needs no locale parameter and keeps its diacritics', async () => {
    const response = await read(`/api/customs/${translated}`);
    assert.equal(response.body.data.name, 'Dệt thổ cẩm');
    assert.equal(response.body.data.locale, 'vi');
  });
});
