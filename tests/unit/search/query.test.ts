/** Catalogue search planning: parameter validation, injection attempts, filters per audience, proxy bodies. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planInstantRequest, searchRulesFor, stripHidden } from '../../../src/search/api/instant';
import { signTenantToken, verifyTenantToken } from '../../../src/search/api/tenant-token';
import { toHighlightHtml } from '../../../src/search/api/highlight';
import { consentVisibleUntil, isVisibleTo, NO_EXPIRY, vietnamToday } from '../../../src/access/levels';
import { accessFilter, buildSearchRequest, equals, parseSearchParams, SearchParamsError, type SearchParams } from '../../../src/search/query';

const indexes = { catalogue: 'p_catalogue', transcripts: 'p_transcripts' };
const PUBLIC = ['accessLevel = "public"'];
const RESEARCHER = ['accessLevel = "public"', 'accessLevel = "researcher"'];
/** 2026-12-07 12:00 UTC: query time, and a token expiring ten minutes later. */
const NOW = Date.UTC(2026, 11, 7, 12);
const NOT_EXPIRED = [`visibleUntil > ${NOW / 1000}`];
const TOKEN_EXPIRES = NOW + 600_000;
const PUBLIC_RULE = `(accessLevel = "public") AND visibleUntil > ${TOKEN_EXPIRES / 1000}`;

function problemsOf(query: Record<string, unknown>): string[] {
  try {
    parseSearchParams(query);
  } catch (error) {
    assert.ok(error instanceof SearchParamsError, String(error));
    return error.problems;
  }
  assert.fail(`accepted ${JSON.stringify(query)}`);
}

describe('parseSearchParams: valid input', () => {
  const cases: Array<[string, Record<string, unknown>, Partial<SearchParams>]> = [
    ['defaults', {}, { q: '', locale: 'vi', types: [], sort: 'relevance', page: 1, pageSize: 20, calendar: null }],
    ['q is NFC-normalised and whitespace collapsed', { q: '  Xe\u0302n   ba\u0309n ' }, { q: 'Xên bản' }],
    ['q of exactly 200 characters', { q: 'ạ'.repeat(200) }, { q: 'ạ'.repeat(200) }],
    ['English', { locale: 'en' }, { locale: 'en' }],
    ['types repeated and as a comma list, deduplicated', { type: ['festival,custom', 'festival'] }, { types: ['festival', 'custom'] }],
    ['ethnic group codes', { ethnicGroup: '03,54' }, { ethnicGroups: ['03', '54'] }],
    ['language codes', { language: 'blt,hnj' }, { languages: ['blt', 'hnj'] }],
    ['place codes', { place: ['11', '03127'] }, { places: ['11', '03127'] }],
    ['month, either calendar', { month: '1,12' }, { months: [1, 12], calendar: null }],
    ['month, lunar only', { month: '3', calendar: 'lunar' }, { months: [3], calendar: 'lunar' }],
    ['media kinds', { mediaKind: 'video,audio' }, { mediaKinds: ['video', 'audio'] }],
    ['heritage', { heritage: 'unesco-representative' }, { heritage: ['unesco-representative'] }],
    ['decades', { decade: '1990,2020' }, { decades: [1990, 2020] }],
    ['sort and paging', { sort: 'year:desc', page: '3', pageSize: '50' }, { sort: 'year:desc', page: 3, pageSize: 50 }],
    ['empty values are no filter', { type: '', month: ',' }, { types: [], months: [] }],
  ];
  for (const [name, query, expected] of cases) {
    it(name, () => {
      const params = parseSearchParams(query);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(params[key as keyof SearchParams], value, key);
    });
  }
});

describe('parseSearchParams: bad input is refused with a message naming it', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['q over 200 characters', { q: 'a'.repeat(201) }, /q is longer than 200 characters/],
    ['q given twice', { q: ['a', 'b'] }, /q must be given once/],
    ['q with control characters', { q: 'a\u0000b' }, /control characters/],
    ['unknown parameter', { filter: 'x', q: 'a' }, /unknown parameter "filter"/],
    ['Strapi-style filters are not this API', { filters: { type: 'x' } }, /unknown parameter "filters"/],
    ['unknown locale', { locale: 'fr' }, /locale: "fr" is not valid/],
    ['unknown type', { type: 'event' }, /type: "event" is not valid; expected one of/],
    ['type as an object (qs brackets)', { type: { $ne: 'x' } }, /type must be plain text values/],
    ['ethnic group out of range', { ethnicGroup: '55' }, /ethnicGroup: "55" is not valid/],
    ['ethnic group not two digits', { ethnicGroup: '3' }, /ethnicGroup: "3"/],
    ['language code shape', { language: 'BLT' }, /language: "BLT"/],
    ['language code unknown', { language: 'qqq' }, /language: "qqq"/],
    ['place not digits', { place: '11a' }, /place: "11a"/],
    ['month 13', { month: '13' }, /month: "13"/],
    ['month 0', { month: '0' }, /month: "0"/],
    ['month not an integer', { month: '2.5' }, /month: "2.5"/],
    ['calendar unknown', { month: '2', calendar: 'chinese' }, /calendar: "chinese"/],
    ['calendar without month', { calendar: 'lunar' }, /calendar only applies together with month/],
    ['media kind', { mediaKind: 'pdf' }, /mediaKind: "pdf"/],
    ['heritage', { heritage: 'unesco' }, /heritage: "unesco"/],
    ['decade not a multiple of ten', { decade: '1995' }, /decade: "1995"/],
    ['sort not allowed', { sort: 'accessLevel:asc' }, /sort: "accessLevel:asc" is not valid/],
    ['page 0', { page: '0' }, /page must be a whole number/],
    ['pageSize over 50', { pageSize: '51' }, /pageSize must be a whole number from 1 to 50/],
    ['beyond the result window', { page: '51', pageSize: '20' }, /first 1000 results/],
    ['too many values', { type: Array(21).fill('festival').join(',') }, /at most 20 values/],
  ];
  for (const [name, query, message] of cases) {
    it(name, () => assert.match(problemsOf(query).join(' '), message));
  }

  it('lists every problem at once, in English and Vietnamese', () => {
    try {
      parseSearchParams({ q: 'x'.repeat(300), month: '13', bogus: '1' });
      assert.fail('accepted');
    } catch (error) {
      assert.ok(error instanceof SearchParamsError);
      assert.equal(error.problems.length, 3);
      assert.match(error.message, /Invalid search parameters \(tham số tìm kiếm không hợp lệ\)/);
      assert.match(error.message, /từ khoá dài quá 200 ký tự/);
    }
  });
});

describe('injection attempts never reach a filter', () => {
  const attempts: Array<[string, Record<string, unknown>]> = [
    ['closing a quoted type', { type: 'x" OR accessLevel = "restricted' }],
    ['OR with restricted', { type: 'festival OR accessLevel = restricted' }],
    ['parenthesised', { ethnicGroup: '01) OR (accessLevel = "restricted"' }],
    ['IN list', { heritage: 'national" OR accessLevel IN ["restricted"] OR heritage = "x' }],
    ['NOT', { mediaKind: 'NOT image' }],
    ['EXISTS', { language: 'blt EXISTS' }],
    ['numeric with TO', { decade: '1990 TO 2020' }],
    ['month with OR', { month: '1 OR 1=1' }],
    ['place with backslash', { place: '11\\" OR 1' }],
    ['locale', { locale: 'vi" OR locale = "en' }],
    ['sort', { sort: 'title:asc,accessLevel:asc' }],
  ];
  for (const [name, query] of attempts) {
    it(name, () => assert.ok(problemsOf(query).length > 0));
  }

  it('filter syntax is named as such', () => {
    assert.match(problemsOf({ type: 'x" OR accessLevel = restricted' }).join(' '), /looks like filter syntax/);
  });

  it('equals() refuses anything but codes, enums and integers (a bug, never user input)', () => {
    assert.equal(equals('type', 'media-item'), 'type = "media-item"');
    assert.equal(equals('decade', 1990), 'decade = 1990');
    assert.throws(() => equals('type', 'x" OR 1'), /unsafe filter value/);
    assert.throws(() => equals('type = 1 OR type', 'x'), /unsafe filter attribute/);
    assert.throws(() => equals('decade', 1.5), /unsafe filter number/);
  });
});

describe('buildSearchRequest: filters per audience', () => {
  const params = (query: Record<string, unknown>) => parseSearchParams(query);

  it('anonymous callers see public records only; researchers and tokens public + researcher; never restricted', () => {
    assert.deepEqual(accessFilter({ audience: 'public', locale: 'vi', now: NOW }), [PUBLIC, ['locale = "vi"'], NOT_EXPIRED]);
    assert.deepEqual(accessFilter({ audience: 'researcher', locale: 'en', now: NOW }), [RESEARCHER, ['locale = "en"'], NOT_EXPIRED]);
    for (const audience of ['public', 'researcher'] as const) {
      const body = buildSearchRequest({ params: params({ q: 'xen' }), audience, indexes });
      for (const query of body.queries) assert.doesNotMatch(JSON.stringify(query.filter), /restricted/);
    }
  });

  it('every filter becomes an OR group of quoted, validated values', () => {
    const { queries } = buildSearchRequest({
      params: params({ type: 'festival,custom', ethnicGroup: '03', language: 'blt', place: '11', month: '2', mediaKind: 'video', heritage: 'national', decade: '1990', locale: 'en' }),
      audience: 'public',
      indexes,
      now: NOW,
    });
    assert.deepEqual(queries[0].filter, [
      PUBLIC,
      ['locale = "en"'],
      NOT_EXPIRED,
      ['type = "festival"', 'type = "custom"'],
      ['ethnicGroupCodes = "03"'],
      ['languageCodes = "blt"'],
      ['placeCodes = "11"'],
      ['lunarMonths = 2', 'solarMonths = 2'],
      ['mediaKinds = "video"'],
      ['heritage = "national"'],
      ['decade = 1990'],
    ]);
  });

  it('calendar narrows month to one calendar', () => {
    const lunar = buildSearchRequest({ params: params({ month: '1,2', calendar: 'lunar' }), audience: 'public', indexes });
    assert.deepEqual(lunar.queries[0].filter.at(-1), ['lunarMonths = 1', 'lunarMonths = 2']);
    const solar = buildSearchRequest({ params: params({ month: '8', calendar: 'solar' }), audience: 'public', indexes });
    assert.deepEqual(solar.queries[0].filter.at(-1), ['solarMonths = 8']);
  });

  it('asks for facets, pages, highlights and never for hidden names', () => {
    const { queries } = buildSearchRequest({ params: params({ q: 'xen ban', sort: 'title:asc', page: '2', pageSize: '5' }), audience: 'researcher', indexes, now: NOW });
    const [catalogue, transcripts] = queries;
    assert.equal(catalogue.indexUid, 'p_catalogue');
    assert.equal(catalogue.q, 'xen ban');
    assert.deepEqual(catalogue.sort, ['title:asc']);
    assert.equal(catalogue.page, 2);
    assert.equal(catalogue.hitsPerPage, 5);
    assert.deepEqual(catalogue.facets, ['type', 'ethnicGroupCodes', 'languageCodes', 'placeCodes', 'mediaKinds', 'heritage', 'decade', 'lunarMonths', 'solarMonths']);
    assert.deepEqual(catalogue.attributesToHighlight, ['title', 'names', 'snippet']);
    assert.ok(!(catalogue.attributesToRetrieve as string[]).includes('hiddenNames'));
    assert.equal(transcripts.indexUid, 'p_transcripts');
    assert.deepEqual(transcripts.filter, [RESEARCHER, ['locale = "vi"'], NOT_EXPIRED], 'consent expiry hides transcripts too');
    assert.ok((transcripts.attributesToRetrieve as string[]).includes('start'));
  });

  it('relevance sort sends no sort; transcripts only for a text query that may include media items', () => {
    assert.equal(buildSearchRequest({ params: params({ q: 'x' }), audience: 'public', indexes }).queries[0].sort, undefined);
    assert.equal(buildSearchRequest({ params: params({}), audience: 'public', indexes }).queries.length, 1);
    assert.equal(buildSearchRequest({ params: params({ q: 'x', type: 'festival' }), audience: 'public', indexes }).queries.length, 1);
    assert.equal(buildSearchRequest({ params: params({ q: 'x', type: 'festival,media-item' }), audience: 'public', indexes }).queries.length, 2);
  });
});

describe('consent expiry as a time (visibleUntil)', () => {
  it('is the start of the day after expiry in Vietnam; none is far in the future; unreadable hides', () => {
    assert.equal(consentVisibleUntil({ expiresOn: '2026-12-06' }), Date.UTC(2026, 11, 6, 17) / 1000);
    assert.equal(consentVisibleUntil({ expiresOn: null }), NO_EXPIRY);
    assert.equal(consentVisibleUntil(null), NO_EXPIRY);
    assert.equal(consentVisibleUntil({ expiresOn: 'soon' }), 0);
  });

  it('is already past for a withdrawn consent, whatever its expiry', () => {
    assert.equal(consentVisibleUntil({ expiresOn: '2099-12-31', withdrawnOn: '2026-12-06' }), 0);
  });

  it('agrees with isVisibleTo on either side of Vietnam midnight', () => {
    const consent = { scope: 'public', expiresOn: '2026-12-06' };
    for (const at of ['2026-12-06T16:59:59Z', '2026-12-06T17:00:00Z', '2026-12-05T17:00:00Z', '2026-12-07T03:00:00Z']) {
      const now = new Date(at);
      const byDate = isVisibleTo({ record: { accessLevel: 'public', consent }, audience: 'public', today: vietnamToday(now) });
      assert.equal(consentVisibleUntil(consent) > now.getTime() / 1000, byDate, at);
    }
  });
});

describe('highlights are safe HTML', () => {
  it('escapes stored text and turns only the match markers into <mark>', () => {
    assert.equal(toHighlightHtml('\u0002Xên\u0003 <b>bản</b> & "x"'), '<mark>Xên</mark> &lt;b&gt;bản&lt;/b&gt; &amp; &quot;x&quot;');
    assert.deepEqual(toHighlightHtml(['a\u0002b\u0003', 'c']), ['a<mark>b</mark>', 'c']);
    assert.equal(toHighlightHtml(undefined), null);
  });
});

describe('tenant tokens', () => {
  const rules = searchRulesFor({ audience: 'public', indexes, validUntil: TOKEN_EXPIRES });
  const claims = { searchRules: rules, apiKeyUid: 'uid-1', exp: Math.floor(Date.now() / 1000) + 600 };

  it('force the audience access rule on both indexes, hiding what expires before the token does', () => {
    assert.deepEqual(rules, { p_catalogue: { filter: PUBLIC_RULE }, p_transcripts: { filter: PUBLIC_RULE } });
    assert.deepEqual(searchRulesFor({ audience: 'researcher', indexes, validUntil: TOKEN_EXPIRES }).p_catalogue, {
      filter: `(accessLevel = "public" OR accessLevel = "researcher") AND visibleUntil > ${TOKEN_EXPIRES / 1000}`,
    });
  });

  it('verify only when signed with the key, for its uid, and not expired', () => {
    const token = signTenantToken({ claims, apiKey: 'key-1' });
    assert.deepEqual(verifyTenantToken({ token, apiKey: 'key-1', apiKeyUid: 'uid-1' }), claims);
    assert.equal(verifyTenantToken({ token, apiKey: 'key-2', apiKeyUid: 'uid-1' }), null);
    assert.equal(verifyTenantToken({ token, apiKey: 'key-1', apiKeyUid: 'uid-2' }), null);
    assert.equal(verifyTenantToken({ token, apiKey: 'key-1', apiKeyUid: 'uid-1', now: (claims.exp + 1) * 1000 }), null);
    const [header, , signature] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ ...claims, searchRules: ['*'] })).toString('base64url');
    assert.equal(verifyTenantToken({ token: `${header}.${widened}.${signature}`, apiKey: 'key-1', apiKeyUid: 'uid-1' }), null);
    assert.equal(verifyTenantToken({ token: 'test-master-key', apiKey: 'key-1', apiKeyUid: 'uid-1' }), null);
  });
});

describe('planInstantRequest: the proxy forwards only a checked multi-search', () => {
  const rules = searchRulesFor({ audience: 'public', indexes, validUntil: TOKEN_EXPIRES });
  const plan = (body: unknown) => planInstantRequest({ body, rules, indexes });
  const refused = (body: unknown, message: RegExp) =>
    assert.throws(() => plan(body), (error: unknown) => error instanceof SearchParamsError && message.test(error.problems.join(' ')));

  it('puts the token rule first, in its own filter element, before the caller filter', () => {
    const { queries } = plan({ queries: [{ indexUid: 'p_catalogue', q: 'xen', filter: 'type = "festival") OR (accessLevel = "researcher"', facets: ['type'], limit: 10 }] });
    assert.deepEqual(queries[0].filter, [PUBLIC_RULE, 'type = "festival") OR (accessLevel = "researcher"']);
    assert.deepEqual(plan({ queries: [{ indexUid: 'p_transcripts', q: 'x' }] }).queries[0].filter, [PUBLIC_RULE]);
    assert.deepEqual(plan({ queries: [{ indexUid: 'p_catalogue', filter: [['type = "a"', 'type = "b"'], 'locale = "vi"'] }] }).queries[0].filter, [
      PUBLIC_RULE,
      ['type = "a"', 'type = "b"'],
      'locale = "vi"',
    ]);
  });

  it('never retrieves or highlights hidden names', () => {
    const [query] = plan({ queries: [{ indexUid: 'p_catalogue', attributesToRetrieve: ['*'], attributesToHighlight: ['hiddenNames', 'title'], attributesToCrop: ['description'] }] }).queries;
    assert.ok(!(query.attributesToRetrieve as string[]).includes('hiddenNames'));
    assert.deepEqual(query.attributesToHighlight, ['title']);
    assert.deepEqual(query.attributesToCrop, []);
    const stripped = stripHidden({ hits: [{ title: 'a', hiddenNames: ['Mèo'], _formatted: { title: 'a', hiddenNames: ['Mèo'] } }] });
    assert.deepEqual(stripped.hits, [{ title: 'a', _formatted: { title: 'a' } }]);
  });

  it('refuses other indexes, other bodies, unknown parameters and oversize values', () => {
    refused({ queries: [{ indexUid: 'other', q: 'x' }] }, /indexUid must be one of p_catalogue, p_transcripts/);
    refused({ queries: [{ indexUid: 'constructor' }] }, /indexUid must be one of/);
    refused({ queries: [] }, /multi-search only/);
    refused({ queries: [{ indexUid: 'p_catalogue' }], federation: {} }, /multi-search only/);
    refused({ q: 'x' }, /multi-search only/);
    refused(null, /multi-search only/);
    refused({ queries: [{ indexUid: 'p_catalogue', showMatchesPosition: true }] }, /showMatchesPosition is not accepted/);
    refused({ queries: [{ indexUid: 'p_catalogue', vector: [1] }] }, /vector is not accepted/);
    refused({ queries: [{ indexUid: 'p_catalogue', limit: 1000 }] }, /limit must be 0–50/);
    refused({ queries: [{ indexUid: 'p_catalogue', q: 'x'.repeat(201) }] }, /q must be text of at most 200/);
    refused({ queries: [{ indexUid: 'p_catalogue', filter: { accessLevel: 'x' } }] }, /filter must be text or a list/);
    refused({ queries: [{ indexUid: 'p_catalogue', sort: ['title:up'] }] }, /sort has a value that is not allowed/);
  });
});
