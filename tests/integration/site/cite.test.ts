/**
 * Citations on the public site, against the real app: every record type's
 * page carries the "Cite" block and correct citation_* tags; the permanent
 * link follows slug and title changes; the BibTeX, RIS and CSL-JSON files
 * parse back with the Vietnamese title intact; and a restricted,
 * researcher-only or draft record answers exactly like an unknown id.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import { createHiddenRecords, createPersonAndStory, HIDDEN } from '../../helpers/site-records';
import { ARCHIVE_TYPES, MODEL, uidOf, type ArchiveType } from '../../../src/content-model';
import { seedReferenceData } from '../../../src/seed/seed';
import { recordPath } from '../../../src/site/routes';

let app: TestApp;
type Doc = { documentId: string; slug?: string; name?: string; title?: string };
const records = {} as Record<ArchiveType, Doc>;
const hiddenIds: string[] = [];
const MEDIA_TITLE = 'Hát khắp Xên bản ở Mường Phăng';

const published = async (type: ArchiveType, filters: Record<string, unknown> = {}) =>
  (await app.strapi.documents(uidOf(type)).findFirst({ filters, locale: 'vi', status: 'published' } as never)) as unknown as Doc;

before(async () => {
  app = await startTestApp();
  await seedReferenceData(app.strapi);
  await createPersonAndStory(app);
  await createHiddenRecords(app);
  await createRecord(app, 'media-item', {
    title: MEDIA_TITLE,
    kind: 'audio',
    creator: 'Lò Văn Pọm',
    date: '2019-03',
    rightsUri: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    accessLevel: 'public',
    consent: { givenBy: 'Lò Văn Pọm', scope: 'public', givenOn: '2025-03-01' },
  });
  for (const type of ARCHIVE_TYPES) records[type] = await published(type, type === 'media-item' ? { title: MEDIA_TITLE } : {});
  records.festival = await published('festival', { slug: 'xen-ban-thai' });
  for (const hidden of Object.values(HIDDEN)) {
    const row = (await app.strapi.documents(uidOf('festival')).findFirst({ filters: { slug: hidden.slug }, locale: 'vi' } as never)) as unknown as Doc;
    hiddenIds.push(row.documentId);
  }
});

after(async () => {
  await app?.stop();
});

const get = (path: string) => app.http().get(path).set('Accept', 'text/html').set('Accept-Encoding', 'identity');
const keyOf = (type: ArchiveType, doc: Doc) => String(doc[MODEL[type].pageKey as 'slug' | 'documentId']);
const titleOf = (doc: Doc) => String(doc.name ?? doc.title);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const metaOf = (page: string, name: string) => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, 'g'))].map((m) => m[1]);

describe('cite: record pages', () => {
  for (const type of ARCHIVE_TYPES) {
    it(`${type}: citation_* tags and the Cite block, in Vietnamese and English`, async () => {
      const doc = records[type];
      assert.ok(doc, `no published ${type} to test`);
      const page = await get(recordPath('vi', type, keyOf(type, doc)));
      assert.equal(page.status, 200);
      assert.deepEqual(metaOf(page.text, 'citation_title'), [escapeHtml(titleOf(doc))]);
      assert.deepEqual(metaOf(page.text, 'citation_publisher'), ['Di Sản Điện Biên']);
      assert.deepEqual(metaOf(page.text, 'citation_language'), ['vi']);
      const [url] = metaOf(page.text, 'citation_public_url');
      assert.match(url, new RegExp(`^http://[^/]+/p/${type}/${doc.documentId}$`));
      const [date] = metaOf(page.text, 'citation_date');
      assert.match(date, type === 'media-item' ? /^2019\/03$/ : /^\d{4}\/\d{2}\/\d{2}$/);
      assert.match(page.text, /<details class="cite" id="cite">\s*<summary><h2 id="cite-h">Trích dẫn<\/h2><\/summary>/);
      assert.match(page.text, /<dt>APA<\/dt>/);
      assert.match(page.text, /Chicago \(tác giả – năm\)/);
      assert.match(page.text, /Truy cập ngày<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} tháng \d{1,2} năm \d{4}<\/time>/);
      assert.ok(page.text.includes(`href="/p/${type}/${doc.documentId}/cite.bib" download`));
      assert.ok(page.text.includes(`href="/p/${type}/${doc.documentId}/cite.ris" download`));
      assert.ok(page.text.includes(`href="/p/${type}/${doc.documentId}/cite.json" download`));

      const en = await get(recordPath('en', type, keyOf(type, doc)));
      assert.equal(en.status, 200);
      assert.match(en.text, /<h2 id="cite-h">Cite<\/h2>/);
      assert.match(metaOf(en.text, 'citation_public_url')[0], new RegExp(`/en/p/${type}/${doc.documentId}$`));
      assert.ok(en.text.includes(`href="/en/p/${type}/${doc.documentId}/cite.ris" download`));
    });
  }

  it('a media item cites its creator, its own date and its kind', async () => {
    const page = await get(recordPath('vi', 'media-item', records['media-item'].documentId));
    assert.match(page.text, /Lò Văn Pọm\. \(2019, March\)\. Hát khắp Xên bản ở Mường Phăng \[Bản ghi âm\]\. Di Sản Điện Biên\./);
    assert.match(page.text, /Lò Văn Pọm\. 2019\. “Hát khắp Xên bản ở Mường Phăng\.” Bản ghi âm\. Di Sản Điện Biên\. Accessed /);
  });
});

describe('cite: permanent links', () => {
  it('redirect (302) to the record page in each locale, and follow a slug and title change', async () => {
    const doc = records.custom;
    const vi = await get(`/p/custom/${doc.documentId}`);
    assert.equal(vi.status, 302);
    assert.match(vi.headers.location, new RegExp(`^http://[^/]+/phong-tuc/${doc.slug}$`));
    const en = await get(`/en/p/custom/${doc.documentId}`);
    assert.equal(en.status, 302);
    assert.match(en.headers.location, new RegExp(`/en/customs/${doc.slug}$`));

    const documents = app.strapi.documents(uidOf('custom'));
    await documents.update({ documentId: doc.documentId, locale: 'vi', data: { slug: 'phong-tuc-doi-ten', name: 'Tên mới của phong tục' } } as never);
    await documents.publish({ documentId: doc.documentId, locale: 'vi' } as never);
    const moved = await get(`/p/custom/${doc.documentId}`);
    assert.equal(moved.status, 302);
    assert.match(moved.headers.location, /\/phong-tuc\/phong-tuc-doi-ten$/);
    const page = await get('/phong-tuc/phong-tuc-doi-ten');
    assert.deepEqual(metaOf(page.text, 'citation_title'), ['Tên mới của phong tục']);
    assert.match(metaOf(page.text, 'citation_public_url')[0], new RegExp(`/p/custom/${doc.documentId}$`));
  });

  it('a hidden record (restricted, researcher-only, draft) answers exactly like an unknown id, for the link and every file', async () => {
    const unknown = 'zzzzzzzzzzzzzzzzzzzzzzzz';
    for (const suffix of ['', '/cite.bib', '/cite.ris', '/cite.json']) {
      const missing = await get(`/p/festival/${unknown}${suffix}`);
      assert.equal(missing.status, 404);
      for (const id of hiddenIds) {
        const hidden = await get(`/p/festival/${id}${suffix}`);
        assert.equal(hidden.status, 404, `${id}${suffix}`);
        // Each request goes to a fresh port (supertest), which the page's absolute links name.
        const same = (text: string) => text.replaceAll(id, unknown).replace(/127\.0\.0\.1:\d+/g, 'host');
        assert.equal(same(hidden.text), same(missing.text));
        assert.equal(hidden.headers['content-type'], missing.headers['content-type']);
      }
    }
    // A visible record under another type's word is not found either.
    assert.equal((await get(`/p/custom/${records.festival.documentId}`)).status, 404);
  });
});

describe('cite: downloads', () => {
  const file = (format: string) => get(`/p/festival/${records.festival.documentId}/cite.${format}`);
  const title = () => titleOf(records.festival);

  it('BibTeX: UTF-8, as an attachment, parses back with the Vietnamese title', async () => {
    const response = await file('bib');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/x-bibtex; charset=utf-8');
    assert.equal(response.headers['content-disposition'], `attachment; filename="disan-festival-${records.festival.documentId}.bib"`);
    const [item] = new Cite(response.text).data as Array<Record<string, any>>;
    assert.equal(item.title, title());
    assert.match(item.URL, new RegExp(`/p/festival/${records.festival.documentId}$`));
  });

  it('RIS parses back with the title, publisher and permanent link', async () => {
    const response = await file('ris');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/x-research-info-systems; charset=utf-8');
    assert.match(response.headers['content-disposition'], /\.ris"$/);
    const [item] = new Cite(response.text).data as Array<Record<string, any>>;
    assert.equal(item.title, title());
    assert.equal(item.publisher, 'Di Sản Điện Biên');
  });

  it('CSL-JSON is one item of type entry-encyclopedia, with the date accessed', async () => {
    const response = await file('json');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'application/vnd.citationstyles.csl+json; charset=utf-8');
    const [item] = JSON.parse(response.text);
    assert.equal(item.title, title());
    assert.equal(item.type, 'entry-encyclopedia');
    assert.deepEqual(item.author, [{ literal: 'Di Sản Điện Biên' }]);
    assert.equal(item.accessed['date-parts'][0].length, 3);
  });
});

describe('cite: REST', () => {
  it('a single record carries meta.citation, in its locale; lists and hidden records do not', async () => {
    const doc = records.festival;
    const one = await app.http().get(`/api/festivals/${doc.documentId}`);
    assert.equal(one.status, 200);
    const citation = one.body.meta.citation;
    assert.ok(citation.apa.includes(titleOf(doc)), citation.apa);
    assert.match(citation.chicago, /Accessed /);
    assert.match(citation.permalink, new RegExp(`(^|/)p/festival/${doc.documentId}$`));
    assert.match(citation.downloads.bibtex, new RegExp(`/p/festival/${doc.documentId}/cite\\.bib$`));
    assert.match(citation.downloads.ris, /cite\.ris$/);
    assert.match(citation.downloads.cslJson, /cite\.json$/);
    assert.match(citation.accessed, /^\d{4}-\d{2}-\d{2}$/);

    const en = await app.http().get(`/api/festivals/${doc.documentId}`).query({ locale: 'en' });
    assert.equal(en.status, 200);
    assert.match(en.body.meta.citation.permalink, new RegExp(`/en/p/festival/${doc.documentId}$`));

    const list = await app.http().get('/api/festivals');
    assert.equal(list.status, 200);
    assert.equal(list.body.meta.citation, undefined);
    for (const id of hiddenIds) {
      const hidden = await app.http().get(`/api/festivals/${id}`);
      assert.equal(hidden.status, 404);
      assert.doesNotMatch(JSON.stringify(hidden.body), /citation/);
    }
  });
});
