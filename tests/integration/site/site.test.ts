/**
 * The public site over plain HTTP against the real app, database and
 * Meilisearch: pages render from the seeded archive, hidden records answer
 * 404 everywhere (page, .ics, sitemap, search), record text is escaped, and
 * the headers a cheap phone and a careful browser need are there. Browser
 * behaviour (typing, playing, axe) is in tests/browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';
import * as calendar from '../../../src/calendar';
import { vietnamToday } from '../../../src/access/levels';
import { seedReferenceData } from '../../../src/seed/seed';
import { uidOf } from '../../../src/content-model';

let app: TestApp;
const XSS = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=1">';

const festival = (slug: string, name: string, extra: Record<string, unknown> = {}) => ({
  name,
  slug,
  accessLevel: 'public',
  description: `Mô tả ${name}.`,
  timing: { calendar: 'lunar', month: 3, day: 15 },
  sources: [{ url: 'https://example.org/nguon', title: 'Nguồn thử', accessedOn: '2026-01-01' }],
  ...extra,
});

/**
 * Every queued sync run; then `q` must find the record `slug`. The seeded archive's sync waits
 * behind whatever the shared Meilisearch still has queued from the files before (the seed test
 * indexes the same archive): 90 s was not always enough on 2 loaded cores, so 300 s, as in
 * tests/helpers/site-archive.ts.
 */
async function waitUntilSearchable(q: string, slug: string, timeoutSeconds = 300): Promise<void> {
  await app.drain({ timeoutSeconds });
  const response = await app.http().get('/api/catalogue/search').query({ q });
  if (response.status === 200 && response.body.data.hits.some((hit: { slug?: string }) => hit.slug === slug)) return;
  throw new Error(`"${q}" not searchable once the queue drained: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
}

before(async () => {
  app = await startTestApp();
  await seedReferenceData(app.strapi);
  await createRecord(app, 'festival', festival('le-bi-mat', 'Lễ bí mật của bản', { accessLevel: 'restricted' }));
  await createRecord(app, 'festival', festival('le-nghien-cuu', 'Lễ dành cho nhà nghiên cứu', { accessLevel: 'researcher' }));
  await createRecord(app, 'festival', festival('le-ban-nhap', 'Lễ bản nháp'), { publish: false });
  await createRecord(app, 'festival', festival('le-xss', `Lễ ${XSS}`, {
    description: `Mô tả ${XSS} [bấm](javascript:window.__xss=1)`,
    otherNames: [{ tag: 'blt', value: `Xên ${XSS}` }],
    // javascript: source URLs are refused on write (write-checks); the markdown link above is the one to defuse.
    sources: [{ url: 'https://example.org/nguon', title: `Nguồn ${XSS}`, accessedOn: '2026-01-01' }],
  }));
  await waitUntilSearchable('xen ban', 'xen-ban-thai');
});

after(async () => {
  await app?.stop();
});

const get = (path: string) => app.http().get(path).set('Accept', 'text/html').set('Accept-Encoding', 'identity');

describe('site: pages from the seeded archive', () => {
  it('serves the home page in Vietnamese at / and in English at /en/', async () => {
    const vi = await get('/');
    assert.equal(vi.status, 200);
    assert.match(vi.headers['content-type'], /text\/html; charset=utf-8/);
    assert.match(vi.text, /<html lang="vi"/);
    assert.match(vi.text, /Các dân tộc ở Điện Biên/);
    assert.match(vi.text, /href="\/dan-toc\/thai"/);
    const en = await get('/en/');
    assert.equal(en.status, 200);
    assert.match(en.text, /<html lang="en"/);
    assert.match(en.text, /Ethnic groups of Điện Biên/);
  });

  it('renders search results on the server for a plain GET (no JavaScript needed)', async () => {
    const response = await get('/tim-kiem?q=xen+ban');
    assert.equal(response.status, 200);
    assert.match(response.text, /<mark>Xên<\/mark> <mark>bản<\/mark>/);
    assert.match(response.text, /href="\/le-hoi\/xen-ban-thai"/);
    const partial = await get('/tim-kiem?q=xen+ban&partial=1');
    assert.equal(partial.status, 200);
    assert.doesNotMatch(partial.text, /<html/);
    assert.match(partial.text, /href="\/le-hoi\/xen-ban-thai"/);
  });

  it('answers a bad search with 400 and a message, not a crash', async () => {
    const response = await get('/tim-kiem?month=13');
    assert.equal(response.status, 400);
    assert.match(response.text, /month/);
  });

  it('shows a festival with its dates this year and next, lunar beside solar, and an .ics', async () => {
    const response = await get('/le-hoi/xen-ban-thai');
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>Xên bản \(Lễ cúng bản\) của người Thái/);
    const next = Number(vietnamToday().slice(0, 4)) + 1;
    // A festival with a lunar rule: the page's date for next year is the calendar module's.
    const festivals = await app.strapi.documents(uidOf('festival')).findMany({ locale: 'vi', status: 'published', populate: { timing: true }, limit: 100 } as never) as Array<Record<string, any>>;
    const lunar = festivals.find((f) => f.timing?.calendar === 'lunar' && f.timing?.month && f.timing?.day && f.accessLevel === 'public')!;
    assert.ok(lunar, 'the seed has a festival with a lunar rule');
    const expected = calendar.occurrencesForYear({ rule: calendar.toTimingRule(lunar.timing), year: next })[0];
    const page = await get(`/le-hoi/${lunar.slug}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(`<time datetime="${expected.startDate}">`), `expected ${expected.startDate} on /le-hoi/${lunar.slug}`);
    assert.match(page.text, /âm lịch/);
    const ics = await get(`/le-hoi/${lunar.slug}.ics`);
    assert.equal(ics.status, 200);
    assert.match(ics.headers['content-type'], /text\/calendar/);
    assert.ok(ics.text.includes(`DTSTART;VALUE=DATE:${expected.startDate.replace(/-/g, '')}`));
  });

  it('renders every detail page type that the seed has, and the calendar', async () => {
    for (const path of ['/dan-toc/thai', '/en/ethnic-groups/thai', '/lich-le-hoi', '/en/calendar?year=2027&month=3', '/lich-le-hoi.ics']) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
    }
    const languages = await app.strapi.documents(uidOf('language')).findMany({ locale: 'vi', status: 'published', limit: 1 } as never) as unknown as Array<{ slug: string }>;
    assert.equal((await get(`/ngon-ngu/${languages[0].slug}`)).status, 200);
    const places = await app.strapi.documents(uidOf('place')).findMany({ locale: 'vi', status: 'published', limit: 1 } as never) as unknown as Array<{ slug: string }>;
    assert.equal((await get(`/dia-danh/${places[0].slug}`)).status, 200);
  });
});

describe('site: what a visitor may not see', () => {
  for (const [slug, why] of [['le-bi-mat', 'restricted'], ['le-nghien-cuu', 'researcher-only'], ['le-ban-nhap', 'a draft']]) {
    it(`answers 404 for ${why} records, on the page, its English page and its .ics`, async () => {
      for (const path of [`/le-hoi/${slug}`, `/en/festivals/${slug}`, `/le-hoi/${slug}.ics`]) {
        const response = await get(path);
        assert.equal(response.status, 404, path);
        assert.match(response.text, /Không tìm thấy trang|Page not found/);
      }
    });
  }

  it('keeps hidden records out of the sitemap, search and the calendar', async () => {
    const sitemap = await get('/sitemap.xml');
    assert.equal(sitemap.status, 200);
    assert.match(sitemap.text, /\/le-hoi\/xen-ban-thai/);
    assert.match(sitemap.text, /hreflang="en"/);
    for (const hidden of ['le-bi-mat', 'le-nghien-cuu', 'le-ban-nhap']) assert.ok(!sitemap.text.includes(hidden), hidden);
    const search = await get('/tim-kiem?q=le');
    // The record's whole name: the footer's researcher link says "nhà nghiên cứu" on every page.
    for (const hidden of ['le-bi-mat', 'le-nghien-cuu', 'le-ban-nhap', 'bí mật', 'Lễ dành cho nhà nghiên cứu']) assert.ok(!search.text.includes(hidden), hidden);
    const calendar = await get('/lich-le-hoi.ics');
    assert.ok(!calendar.text.includes('bí mật'));
  });

  it('gives unknown pages a friendly 404 in the right language, and leaves API 404s as JSON', async () => {
    const vi = await get('/khong-co-trang-nay');
    assert.equal(vi.status, 404);
    assert.match(vi.text, /Không tìm thấy trang/);
    const en = await get('/en/nothing-here');
    assert.equal(en.status, 404);
    assert.match(en.text, /Page not found/);
    const api = await app.http().get('/api/nothing-here').set('Accept', 'text/html');
    assert.equal(api.status, 404);
    assert.doesNotMatch(api.text, /<html/);
  });
});

describe('site: safety and delivery', () => {
  it('escapes record text everywhere and drops javascript: links', async () => {
    const response = await get('/le-hoi/le-xss');
    assert.equal(response.status, 200);
    assert.ok(!response.text.includes('<script>window.__xss'), 'no live script tag');
    assert.ok(!response.text.includes('<img src=x'), 'no live img tag');
    assert.ok(!/href="javascript:/i.test(response.text), 'no javascript: link');
    assert.match(response.text, /&lt;script&gt;window.__xss=1&lt;\/script&gt;/);
    assert.match(response.text, /<span lang="blt">Xên &lt;script&gt;/);
  });

  it('sends a strict CSP, compresses pages and answers 304 to a matching ETag', async () => {
    // supertest listens on a new port per request: a fixed Host keeps the absolute URLs (and so the ETag) stable.
    const response = await app.http().get('/').set('Host', 'di-san.test').set('Accept-Encoding', 'br');
    const csp = response.headers['content-security-policy'];
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['content-encoding'], 'br');
    const again = await app.http().get('/').set('Host', 'di-san.test').set('If-None-Match', response.headers.etag);
    assert.equal(again.status, 304);
  });

  it('puts share metadata and JSON-LD on a festival page', async () => {
    const response = await get('/le-hoi/xen-ban-thai');
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card']) assert.match(response.text, new RegExp(`(property|name)="${tag}"`), tag);
    assert.match(response.text, /<link rel="canonical" href="http:\/\/[^"]+\/le-hoi\/xen-ban-thai">/);
    assert.match(response.text, /hreflang="en" href="http:\/\/[^"]+\/en\/festivals\/xen-ban-thai"/);
    assert.match(response.text, /<script type="application\/ld\+json">/);
    const ogImage = /property="og:image" content="http:\/\/[^/]+([^"]+)"/.exec(response.text)![1];
    const image = await app.http().get(ogImage);
    assert.equal(image.status, 200);
    assert.match(image.headers['content-type'], /^image\//);
  });

  it('in development, links follow an unconfigured Host, but nothing built from it is cached publicly', async () => {
    const sitemap = await get('/sitemap.xml').set('Host', 'evil.example');
    assert.equal(sitemap.status, 200);
    assert.doesNotMatch(sitemap.headers['cache-control'], /public/);
    const robots = await get('/robots.txt').set('Host', 'evil.example');
    assert.doesNotMatch(robots.headers['cache-control'], /public/);
  });

  it('serves robots.txt pointing at the sitemap', async () => {
    const response = await get('/robots.txt');
    assert.equal(response.status, 200);
    assert.match(response.text, /Sitemap: http:\/\/.+\/sitemap\.xml/);
    assert.match(response.text, /Disallow: \/api\//);
  });
});
