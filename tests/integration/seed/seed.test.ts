/**
 * The reference data: seeded idempotently, published, public, sourced, and
 * visible through REST the way the "done when" lists it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedReferenceData } from '../../../src/seed/seed';
import { startTestApp, type TestApp } from '../../helpers/app';
import { countRows } from '../../helpers/records';
import { uidOf, type ArchiveType } from '../../../src/content-model';

let app: TestApp;
const TYPES: ArchiveType[] = ['place', 'language', 'ethnic-group', 'festival', 'custom'];
let firstCounts: Record<string, number>;

before(async () => {
  app = await startTestApp();
  await seedReferenceData(app.strapi);
  firstCounts = Object.fromEntries(await Promise.all(TYPES.map(async (type) => [type, await countRows(app, type)])));
});
after(() => app?.stop());

async function listAll(path: string, query = '') {
  const all: Array<Record<string, unknown>> = [];
  for (let page = 1; ; page++) {
    const response = await app.http().get(`${path}?pagination[page]=${page}&pagination[pageSize]=100${query}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    all.push(...response.body.data);
    if (page >= response.body.meta.pagination.pageCount) return all;
  }
}

describe('seed', () => {
  it('running it again leaves the same counts and creates nothing', async () => {
    const report = await seedReferenceData(app.strapi);
    assert.deepEqual(report.created, {});
    for (const type of TYPES) assert.equal(await countRows(app, type), firstCounts[type], type);
  });

  it('never overwrites a record an officer corrected', async () => {
    const documents = app.strapi.documents(uidOf('ethnic-group'));
    const thai = (await documents.findFirst({ filters: { gsoCode: '03' }, locale: 'vi' } as never)) as { documentId: string };
    await documents.update({ documentId: thai.documentId, locale: 'vi', data: { description: 'Đã sửa bởi cán bộ.' } } as never);
    await seedReferenceData(app.strapi);
    const after = (await documents.findOne({ documentId: thai.documentId, locale: 'vi' } as never)) as unknown as { description: string };
    assert.equal(after.description, 'Đã sửa bởi cán bộ.');
  });

  it('/api/ethnic-groups lists 54 published groups with unique GSO codes, in vi and en', async () => {
    const groups = await listAll('/api/ethnic-groups');
    assert.equal(groups.length, 54);
    const codes = new Set(groups.map((group) => group.gsoCode));
    assert.equal(codes.size, 54);
    assert.ok(groups.every((group) => group.publishedAt && group.locale === 'vi'));
    const hmong = groups.find((group) => group.gsoCode === '08')!;
    assert.equal(hmong.name, "H'Mông");
    const english = await listAll('/api/ethnic-groups', '&locale=en');
    assert.equal(english.length, 54);
    assert.ok(english.every((group) => group.locale === 'en'));
  });

  it('/api/places holds Điện Biên’s 45 current units, each with its former units', async () => {
    const places = await listAll('/api/places', '&populate[0]=formerUnits&populate[1]=parent');
    const units = places.filter((place) => place.kind === 'ward' || place.kind === 'commune');
    assert.equal(units.length, 45);
    assert.equal(units.filter((place) => place.kind === 'ward').length, 3);
    const formerCount = units.reduce((sum, place) => sum + (place.formerUnits as unknown[]).length, 0);
    assert.equal(formerCount, 129);
    assert.ok(units.every((place) => (place.parent as { code: string }).code === '11'));
    assert.ok(units.some((place) => place.name === 'Phường Điện Biên Phủ'));
  });

  it('/api/festivals holds at least 20, each with a source, and uncertain facts stay flagged', async () => {
    const festivals = await listAll('/api/festivals', '&populate[0]=sources&populate[1]=uncertainties&populate[2]=ethnicGroups');
    assert.ok(festivals.length >= 20, `only ${festivals.length}`);
    for (const festival of festivals) {
      const sources = festival.sources as Array<{ url: string }>;
      assert.ok(sources.length > 0 && sources.every((source) => /^https?:\/\//.test(source.url)), String(festival.name));
      assert.ok((festival.ethnicGroups as unknown[]).length > 0 || festival.slug === 'le-hoi-hoa-ban', String(festival.name));
    }
    const flagged = festivals.filter((festival) => (festival.uncertainties as unknown[]).length > 0);
    assert.ok(flagged.length >= 4);
    assert.ok(!festivals.some((festival) => String(festival.name).includes('Mạ Khăm')));
  });

  it('languages carry valid ISO 639-3 codes and link to the groups that speak them', async () => {
    const languages = await listAll('/api/languages', '&populate=speakingGroups');
    const taiDam = languages.find((language) => language.iso6393 === 'blt')!;
    assert.ok(taiDam, 'Tai Dam is seeded');
    assert.ok((taiDam.speakingGroups as Array<{ gsoCode: string }>).some((group) => group.gsoCode === '03'));
  });

  it('the calendar for 2027 dates the seeded lunar festivals', async () => {
    const response = await app.http().get('/api/calendar?year=2027');
    assert.equal(response.status, 200);
    assert.ok(response.body.data.entries.length > 0);
    for (const entry of response.body.data.entries) {
      assert.match(entry.startDate, /^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
