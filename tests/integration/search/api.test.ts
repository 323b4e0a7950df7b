/**
 * GET /api/catalogue/search, /search-token and the instant-search proxy, on
 * the real app and the real Meilisearch. The indexes are seeded directly with
 * CatalogueDocument / TranscriptSegmentDocument values under a random
 * MEILI_INDEX_PREFIX, so this file tests the search API, not sync.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NO_EXPIRY } from '../../../src/access/levels';
import type { CatalogueDocument, TranscriptSegmentDocument } from '../../../src/search/catalogue';
import { addDocuments, createSearchClient, deleteIndex, documentCount, indexName, type SearchClient } from '../../../src/search/client';
import { applySettings, catalogueIndexName, readMarker, transcriptsIndexName } from '../../../src/search/indexes';
import { startTestApp, type TestApp } from '../../helpers/app';
import { apiToken, userJwt } from '../../helpers/people';

const MEILI_HOST = process.env.MEILI_HOST ?? '';
const MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY ?? '';

let app: TestApp;
let meili: SearchClient;
let researcherJwt: string;
let fullToken: string;
let readOnlyToken: string;

function doc(fields: Partial<CatalogueDocument> & Pick<CatalogueDocument, 'documentId' | 'type' | 'title'>): CatalogueDocument {
  const locale = fields.locale ?? 'vi';
  return {
    id: `${fields.type}-${fields.documentId}-${locale}`,
    locale,
    accessLevel: 'public',
    visibleUntil: NO_EXPIRY,
    slug: null,
    names: [],
    taggedNames: [],
    hiddenNames: [],
    description: '',
    snippet: '',
    ethnicGroups: [],
    ethnicGroupCodes: [],
    languages: [],
    languageCodes: [],
    places: [],
    placeCodes: [],
    lunarMonths: [],
    solarMonths: [],
    heritage: [],
    mediaKinds: [],
    year: null,
    decade: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

const DOCS: CatalogueDocument[] = [
  doc({
    documentId: 'xenban', type: 'festival', title: 'Xên bản', names: ['Xên bản Mường Thanh'], slug: 'xen-ban',
    description: 'Lễ cúng bản của người Thái <đen> vào mùa xuân, cầu mưa thuận gió hoà.', snippet: 'Lễ cúng bản của người Thái <đen> vào mùa xuân.',
    ethnicGroupCodes: ['03'], languageCodes: ['blt'], placeCodes: ['11', '03127'], lunarMonths: [3], solarMonths: [4],
    heritage: ['national'], mediaKinds: ['video'], year: 2019, decade: 2010,
  }),
  doc({ documentId: 'xenban', type: 'festival', locale: 'en', title: 'Xên Bản village ceremony', snippet: 'The Thái village spirit ceremony.', ethnicGroupCodes: ['03'], lunarMonths: [3], solarMonths: [4] }),
  doc({
    documentId: 'xoe', type: 'custom', title: 'Nghệ thuật Xòe Thái', snippet: 'Múa xoè của người Thái.',
    ethnicGroupCodes: ['03'], heritage: ['unesco-representative'], mediaKinds: ['image'], year: 1995, decade: 1990, solarMonths: [9],
  }),
  doc({ documentId: 'hmong', type: 'ethnic-group', title: "H'Mông", names: ['Hmông'], hiddenNames: ['Mèo'], snippet: 'Dân tộc HMông.', ethnicGroupCodes: ['08'], languageCodes: ['hnj'] }),
  doc({ documentId: 'film', type: 'media-item', title: 'Phim tư liệu Xên bản', snippet: 'Phim quay năm 2005.', mediaKinds: ['video'], year: 2005, decade: 2000, placeCodes: ['03127'] }),
  doc({ documentId: 'field', type: 'story', accessLevel: 'researcher', title: 'Xên bản Mường Lay: ghi chép điền dã', ethnicGroupCodes: ['03'], lunarMonths: [1], year: 1998, decade: 1990 }),
  // Restricted records are never indexed; one wrongly indexed must still never come back.
  doc({ documentId: 'secret', type: 'festival', accessLevel: 'restricted' as never, title: 'Xên bản bí mật', ethnicGroupCodes: ['03'], lunarMonths: [3] }),
];

const SEGMENTS: TranscriptSegmentDocument[] = [
  { id: 'film-vi-0', mediaDocumentId: 'film', mediaTitle: 'Phim tư liệu Xên bản', tag: 'vi', locale: 'vi', accessLevel: 'public', visibleUntil: NO_EXPIRY, start: 12.5, end: 17, text: 'Chúng tôi làm lễ xên bản vào tháng ba âm lịch.' },
  { id: 'rec-vi-0', mediaDocumentId: 'rec', mediaTitle: 'Ghi âm phỏng vấn', tag: 'blt', locale: 'vi', accessLevel: 'researcher', visibleUntil: NO_EXPIRY, start: 30, end: 34, text: 'Xên bản là lễ của cả bản.' },
  { id: 'sec-vi-0', mediaDocumentId: 'sec', mediaTitle: 'Bí mật', tag: 'vi', locale: 'vi', accessLevel: 'restricted' as never, visibleUntil: NO_EXPIRY, start: 40, end: 44, text: 'Xên bản bí mật.' },
];

/**
 * The app's boot catch-up applies the settings and runs a full sync, which
 * removes documents of records the database does not have: seed only after it.
 */
async function waitForBootSync(timeoutSeconds = 90): Promise<void> {
  await app.drain({ timeoutSeconds });
  if (!(await readMarker(meili, catalogueIndexName()))?.fullSyncAt) throw new Error(`the queue drained without the boot full sync of ${catalogueIndexName()}`);
}

before(async () => {
  assert.ok(MEILI_HOST, 'run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  // startTestApp gives this file its own MEILI_INDEX_PREFIX; the app and this file both name indexes through it.
  app = await startTestApp();
  meili = createSearchClient({ host: MEILI_HOST, apiKey: MEILI_MASTER_KEY });
  await waitForBootSync();
  // Already applied by the app; kept so this file does not depend on how sync names its steps.
  await applySettings(meili, { kind: 'catalogue' });
  await applySettings(meili, { kind: 'transcripts' });
  await addDocuments(meili, catalogueIndexName(), DOCS);
  await addDocuments(meili, transcriptsIndexName(), SEGMENTS);
  researcherJwt = await userJwt(app, 'researcher');
  fullToken = await apiToken(app, 'full-access');
  readOnlyToken = await apiToken(app, 'read-only');
});

after(async () => {
  if (meili) for (const name of [catalogueIndexName(), transcriptsIndexName(), indexName('di_san_meta')]) await deleteIndex(meili, name);
  await app?.stop();
});

type Hit = { id: string; documentId: string; title: string; _formatted: { title: string; names: string[]; snippet: string } } & Record<string, unknown>;

async function search(query: string, bearer?: string) {
  const request = app.http().get(`/api/catalogue/search?${query}`);
  if (bearer) request.set('Authorization', `Bearer ${bearer}`);
  const response = await request;
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body as { data: { hits: Hit[]; facets: Record<string, unknown>; total: number; page: number; pageSize: number; totalPages: number; processingTimeMs: number; transcripts: { hits: Array<Record<string, unknown> & { _formatted: { text: string } }>; total: number } }; meta: Record<string, unknown> };
}
const ids = async (query: string, bearer?: string) => (await search(query, bearer)).data.hits.map((hit) => hit.id).sort();

describe('search: matching and access', () => {
  it("'xen ban' finds 'Xên bản', highlighted as safe HTML, with no hidden fields", async () => {
    const { data, meta } = await search('q=xen%20ban');
    assert.equal(data.hits[0].title, 'Xên bản');
    assert.equal(data.hits[0]._formatted.title, '<mark>Xên</mark> <mark>bản</mark>');
    assert.match(data.hits[0]._formatted.snippet, /người Thái &lt;đen&gt;/);
    for (const hit of data.hits) {
      assert.ok(!('hiddenNames' in hit) && !('description' in hit), Object.keys(hit).join());
    }
    assert.equal(meta.audience, 'public');
    assert.equal(meta.locale, 'vi');
  });

  it('anonymous callers get public records only, never a restricted-marked one', async () => {
    assert.deepEqual(await ids('q=xen%20ban'), ['festival-xenban-vi', 'media-item-film-vi']);
    const all = await ids('pageSize=50');
    assert.ok(!all.includes('story-field-vi') && !all.includes('festival-secret-vi'));
  });

  it('researchers, full-access and read-only API tokens also get researcher records; restricted never', async () => {
    for (const bearer of [researcherJwt, fullToken, readOnlyToken]) {
      const { data, meta } = await search('q=xen%20ban', bearer);
      assert.deepEqual(data.hits.map((hit) => hit.id).sort(), ['festival-xenban-vi', 'media-item-film-vi', 'story-field-vi']);
      assert.equal(meta.audience, 'researcher');
    }
    assert.ok(!(await ids('q=b%C3%AD%20m%E1%BA%ADt', researcherJwt)).includes('festival-secret-vi'));
  });

  it('a hidden exonym finds the record but is never returned', async () => {
    const response = await app.http().get('/api/catalogue/search?q=M%C3%A8o');
    assert.equal(response.body.data.hits[0].id, 'ethnic-group-hmong-vi');
    assert.doesNotMatch(JSON.stringify(response.body.data), /Mèo/);
  });

  it('locale selects that language version', async () => {
    assert.deepEqual(await ids('q=xen%20ban&locale=en'), ['festival-xenban-en']);
  });
});

describe('search: filters, facets, totals, sort', () => {
  const cases: Array<[string, string[]]> = [
    ['type=custom', ['custom-xoe-vi']],
    ['type=festival,media-item', ['festival-xenban-vi', 'media-item-film-vi']],
    ['ethnicGroup=08', ['ethnic-group-hmong-vi']],
    ['language=blt', ['festival-xenban-vi']],
    ['place=03127', ['festival-xenban-vi', 'media-item-film-vi']],
    ['month=4', ['festival-xenban-vi']],
    ['month=3&calendar=lunar', ['festival-xenban-vi']],
    ['month=3&calendar=solar', []],
    ['month=9', ['custom-xoe-vi']],
    ['mediaKind=image', ['custom-xoe-vi']],
    ['heritage=unesco-representative', ['custom-xoe-vi']],
    ['decade=2000', ['media-item-film-vi']],
    ['ethnicGroup=03&decade=1990', ['custom-xoe-vi']],
  ];
  for (const [query, expected] of cases) {
    it(query, async () => assert.deepEqual(await ids(query), expected));
  }

  it('researcher-only values show up in filters for researchers only', async () => {
    assert.deepEqual(await ids('month=1&calendar=lunar'), []);
    assert.deepEqual(await ids('month=1&calendar=lunar', researcherJwt), ['story-field-vi']);
  });

  it('facets and totals count what the caller may see', async () => {
    const { data } = await search('pageSize=2&page=2');
    assert.equal(data.total, 4);
    assert.equal(data.totalPages, 2);
    assert.equal(data.page, 2);
    assert.equal(data.pageSize, 2);
    assert.equal(data.hits.length, 2);
    assert.deepEqual(data.facets.type, { custom: 1, 'ethnic-group': 1, festival: 1, 'media-item': 1 });
    assert.deepEqual(data.facets.ethnicGroupCodes, { '03': 2, '08': 1 });
    assert.deepEqual(data.facets.heritage, { national: 1, 'unesco-representative': 1 });
    assert.deepEqual(data.facets.mediaKinds, { image: 1, video: 2 });
    assert.deepEqual(data.facets.decade, { '1990': 1, '2000': 1, '2010': 1 });
    assert.deepEqual(data.facets.months, { lunar: { '3': 1 }, solar: { '4': 1, '9': 1 } });
    assert.deepEqual(data.facets.languageCodes, { blt: 1, hnj: 1 });
    assert.equal(typeof data.processingTimeMs, 'number');
    const researcher = await search('', researcherJwt);
    assert.equal(researcher.data.total, 5);
    assert.deepEqual(researcher.data.facets.decade, { '1990': 2, '2000': 1, '2010': 1 });
  });

  it('sorts by an allowed attribute', async () => {
    const { data } = await search('sort=year:desc&pageSize=3');
    assert.deepEqual(data.hits.map((hit) => hit.year), [2019, 2005, 1995]);
  });
});

describe('search: transcript segments', () => {
  it('a spoken phrase finds the moment in the media item, for the caller only', async () => {
    const { data } = await search('q=xen%20ban');
    assert.equal(data.transcripts.total, 1);
    const [segment] = data.transcripts.hits;
    assert.deepEqual({ ...segment, _formatted: undefined }, {
      mediaDocumentId: 'film', mediaTitle: 'Phim tư liệu Xên bản', tag: 'vi', start: 12.5, end: 17,
      text: 'Chúng tôi làm lễ xên bản vào tháng ba âm lịch.', _formatted: undefined,
    });
    assert.match(segment._formatted.text, /<mark>xên<\/mark> <mark>bản<\/mark>/);
    const researcher = await search('q=xen%20ban', researcherJwt);
    assert.deepEqual(researcher.data.transcripts.hits.map((hit) => hit.start).sort(), [12.5, 30]);
    assert.deepEqual((await search('q=xen%20ban&type=festival')).data.transcripts.hits, []);
  });
});

describe('search: bad input gets 400', () => {
  const cases: Array<[string, RegExp]> = [
    [`q=${'a'.repeat(201)}`, /q is longer than 200 characters/],
    ['q=x&foo=1', /unknown parameter "foo"/],
    ['filters[type]=festival', /unknown parameter "filters"/],
    ['locale=fr', /locale: "fr"/],
    ['type=event', /type: "event"/],
    ['type[$ne]=festival', /type must be plain text values/],
    [`type=${encodeURIComponent('x" OR accessLevel = "restricted')}`, /looks like filter syntax/],
    [`ethnicGroup=${encodeURIComponent('03" OR accessLevel = restricted')}`, /looks like filter syntax/],
    [`heritage=${encodeURIComponent('national) OR (accessLevel EXISTS')}`, /looks like filter syntax/],
    ['ethnicGroup=99', /ethnicGroup: "99"/],
    ['language=english', /language: "english"/],
    ['place=abc', /place: "abc"/],
    ['month=13', /month: "13"/],
    ['calendar=lunar', /calendar only applies together with month/],
    ['mediaKind=pdf', /mediaKind: "pdf"/],
    ['heritage=world', /heritage: "world"/],
    ['decade=1995', /decade: "1995"/],
    ['sort=accessLevel:asc', /sort: "accessLevel:asc"/],
    ['pageSize=51', /pageSize must be/],
    ['page=-1', /page must be/],
  ];
  for (const [query, message] of cases) {
    it(query.slice(0, 60), async () => {
      const response = await app.http().get(`/api/catalogue/search?${query}`);
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal(response.body.error.name, 'ValidationError');
      assert.match(response.body.error.message, /Invalid search parameters \(tham số tìm kiếm không hợp lệ\)/);
      assert.match(response.body.error.details.problems.join(' '), message);
    });
  }
});

describe('search: Meilisearch unreachable', () => {
  it('answers 503 and the app keeps serving', async () => {
    process.env.MEILI_HOST = 'http://127.0.0.1:9';
    try {
      for (const path of ['/api/catalogue/search?q=xen', '/api/catalogue/search-token']) {
        const response = await app.http().get(path);
        assert.equal(response.status, 503, `${path}: ${JSON.stringify(response.body)}`);
        assert.deepEqual(response.body.error.name, 'ServiceUnavailableError');
        assert.match(response.body.error.message, /^Search is temporarily unavailable/);
      }
      assert.equal((await app.http().get('/api/calendar?year=2027')).status, 200);
    } finally {
      process.env.MEILI_HOST = MEILI_HOST;
    }
    assert.deepEqual(await ids('q=xen%20ban'), ['festival-xenban-vi', 'media-item-film-vi']);
  });
});

async function searchToken(bearer?: string) {
  const request = app.http().get('/api/catalogue/search-token');
  if (bearer) request.set('Authorization', `Bearer ${bearer}`);
  const response = await request;
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data as { token: string; expiresAt: string; host: string; audience: string; indexes: { catalogue: string; transcripts: string } };
}

/** A multi-search straight against Meilisearch, as a browser with the token would do if it could reach it. */
async function meiliDirect(token: string, queries: unknown[]) {
  const response = await fetch(`${MEILI_HOST}/multi-search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body: JSON.stringify({ queries }),
  });
  return { status: response.status, body: (await response.json()) as { results: Array<{ hits: Array<{ id: string }> }> } };
}

describe('search token', () => {
  it('anonymous: a short-lived tenant token that cannot see researcher records, even against Meilisearch directly', async () => {
    const issued = await searchToken();
    assert.equal(issued.audience, 'public');
    assert.match(issued.host, /\/api\/catalogue\/instant$/);
    const minutes = (Date.parse(issued.expiresAt) - Date.now()) / 60000;
    assert.ok(minutes > 9 && minutes <= 10, String(minutes));
    const all = await meiliDirect(issued.token, [
      { indexUid: issued.indexes.catalogue, q: 'xen ban', filter: 'locale = "vi"', limit: 50 },
      { indexUid: issued.indexes.catalogue, filter: 'accessLevel = "researcher" OR accessLevel = "restricted"', limit: 50 },
      { indexUid: issued.indexes.transcripts, q: 'xen ban' },
    ]);
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual(all.body.results[0].hits.map((h) => h.id).sort(), ['festival-xenban-vi', 'media-item-film-vi']);
    assert.deepEqual(all.body.results[1].hits, []);
    assert.deepEqual(all.body.results[2].hits.map((h) => h.id), ['film-vi-0']);
    // Only the archive's two indexes.
    assert.notEqual((await meiliDirect(issued.token, [{ indexUid: indexName('di_san_meta') }])).status, 200);
  });

  it('researchers get a token that sees researcher records, never restricted ones; no key leaks', async () => {
    const response = await app.http().get('/api/catalogue/search-token').set('Authorization', `Bearer ${researcherJwt}`);
    assert.doesNotMatch(JSON.stringify(response.body), new RegExp(MEILI_MASTER_KEY));
    const keys = (await meili.getKeys()).results.map((key) => key.key);
    for (const key of keys) assert.ok(!JSON.stringify(response.body).includes(key));
    const issued = response.body.data;
    assert.equal(issued.audience, 'researcher');
    const found = await meiliDirect(issued.token, [{ indexUid: issued.indexes.catalogue, q: 'xen ban', filter: ['locale = "vi"'], limit: 50 }]);
    assert.deepEqual(found.body.results[0].hits.map((h) => h.id).sort(), ['festival-xenban-vi', 'media-item-film-vi', 'story-field-vi']);
  });
});

describe('instant-search proxy', () => {
  const proxy = (path: string, token: string | null, body: unknown) => {
    const request = app.http().post(path).send(body as object);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  it('runs a multi-search with the token rules enforced, and never returns hidden names', async () => {
    const { token, indexes } = await searchToken();
    const response = await proxy('/api/catalogue/instant/multi-search', token, {
      queries: [
        { indexUid: indexes.catalogue, q: 'xen ban', filter: ['locale = "vi"'], facets: ['type'], attributesToHighlight: ['*'], limit: 20 },
        { indexUid: indexes.catalogue, q: 'Mèo', attributesToRetrieve: ['*'] },
        { indexUid: indexes.transcripts, q: 'xen ban' },
      ],
    });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const [catalogue, meo, segments] = response.body.results;
    assert.deepEqual(catalogue.hits.map((h: Hit) => h.id).sort(), ['festival-xenban-vi', 'media-item-film-vi']);
    assert.deepEqual(catalogue.facetDistribution.type, { festival: 1, 'media-item': 1 });
    assert.equal(meo.hits[0].id, 'ethnic-group-hmong-vi');
    assert.doesNotMatch(JSON.stringify(meo.hits), /Mèo/);
    assert.deepEqual(segments.hits.map((h: { start: number }) => h.start), [12.5]);
  });

  it('a caller filter cannot widen the token rule', async () => {
    const { token, indexes } = await searchToken();
    for (const filter of ['accessLevel = "researcher") OR (accessLevel = "public"', ['accessLevel = "researcher"'], 'accessLevel = "researcher" OR accessLevel = "restricted"']) {
      const response = await proxy('/api/catalogue/instant', token, { queries: [{ indexUid: indexes.catalogue, filter, limit: 50 }] });
      if (response.status === 200) assert.deepEqual(response.body.results[0].hits, [], JSON.stringify(filter));
      else assert.equal(response.status, 400, JSON.stringify(response.body));
    }
  });

  it('refuses missing and forged tokens, the master key, other indexes and other paths', async () => {
    const { token, indexes } = await searchToken();
    const body = { queries: [{ indexUid: indexes.catalogue, q: 'xen' }] };
    assert.equal((await proxy('/api/catalogue/instant', null, body)).status, 401);
    assert.equal((await proxy('/api/catalogue/instant', MEILI_MASTER_KEY, body)).status, 401);
    assert.equal((await proxy('/api/catalogue/instant', `${token.slice(0, -4)}AAAA`, body)).status, 401);
    const other = await proxy('/api/catalogue/instant', token, { queries: [{ indexUid: indexName('di_san_meta') }] });
    assert.equal(other.status, 400);
    assert.match(other.body.error.message, /indexUid must be one of/);
    const before = await documentCount(meili, indexes.catalogue);
    for (const path of ['/api/catalogue/instant/keys', '/api/catalogue/instant/indexes', `/api/catalogue/instant/indexes/${indexes.catalogue}/documents`, '/api/catalogue/instant/search']) {
      const posted = await proxy(path, token, [{ id: 'evil', title: 'x' }]);
      assert.ok([404, 405].includes(posted.status), `${path}: ${posted.status}`);
      const got = await app.http().get(path).set('Authorization', `Bearer ${token}`);
      assert.ok([404, 405].includes(got.status), `${path}: ${got.status}`);
    }
    assert.equal(await documentCount(meili, indexes.catalogue), before);
  });
});
