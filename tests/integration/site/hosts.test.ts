/**
 * The Host header does not write the site's links. In production (as `npm
 * start` runs) links come from PUBLIC_URL when set, else from the request's
 * host only when ALLOWED_HOSTS lists it; any other host gets 421 with nothing
 * built from it, and nothing built from an unknown host is cached publicly.
 * X-Forwarded-Host is not trusted (Koa's proxy setting is off).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';

let app: TestApp;
const saved = { NODE_ENV: process.env.NODE_ENV, ALLOWED_HOSTS: process.env.ALLOWED_HOSTS, PUBLIC_URL: process.env.PUBLIC_URL };

before(async () => {
  Object.assign(process.env, { NODE_ENV: 'production', ALLOWED_HOSTS: 'archive.example, 127.0.0.1:1337' });
  delete process.env.PUBLIC_URL;
  app = await startTestApp();
  await createRecord(app, 'festival', {
    name: 'Lễ hội Xên bản',
    slug: 'xen-ban',
    accessLevel: 'public',
    description: 'Lễ cúng bản của người Thái.',
    timing: { calendar: 'lunar', month: 3, day: 15 },
  });
});
after(async () => {
  await app?.stop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const get = (path: string, host: string, headers: Record<string, string> = {}) => {
  const request = app.http().get(path).set('Host', host).set('Accept', 'text/html').set('Accept-Encoding', 'identity');
  for (const [name, value] of Object.entries(headers)) request.set(name, value);
  return request;
};

const PATHS = ['/', '/sitemap.xml', '/robots.txt', '/le-hoi/xen-ban', '/en/festivals/xen-ban', '/le-hoi/xen-ban.ics', '/khong-co-trang-nay'];
const FORGED = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', Forwarded: 'host=evil.example;proto=https' };

describe('site links in production', () => {
  it('an unknown Host gets 421, built from nothing it sent, and is not cached', async () => {
    for (const path of PATHS) {
      for (const host of ['evil.example', 'archive.example.evil.example', '127.0.0.1:9999']) {
        const response = await get(path, host);
        assert.equal(response.status, 421, `${host}${path}: ${response.status}`);
        assert.equal(response.headers['cache-control'], 'no-store', path);
        assert.doesNotMatch(response.text, /evil\.example|9999/, path);
        assert.match(response.text, /không phục vụ tên miền này/);
        assert.match(response.text, /not served under this host name/);
      }
    }
  });

  it('an allowed Host builds canonical, Open Graph, hreflang and sitemap links; X-Forwarded-Host is ignored', async () => {
    const page = await get('/le-hoi/xen-ban', 'archive.example', FORGED);
    assert.equal(page.status, 200);
    assert.match(page.text, /<link rel="canonical" href="http:\/\/archive\.example\/le-hoi\/xen-ban">/);
    assert.match(page.text, /property="og:url" content="http:\/\/archive\.example\/le-hoi\/xen-ban"/);
    assert.match(page.text, /hreflang="en" href="http:\/\/archive\.example\/en\/festivals\/xen-ban"/);
    const sitemap = await get('/sitemap.xml', 'archive.example', FORGED);
    assert.equal(sitemap.status, 200);
    assert.match(sitemap.text, /<loc>http:\/\/archive\.example\/le-hoi\/xen-ban<\/loc>/);
    assert.match(sitemap.headers['cache-control'], /^public/);
    const robots = await get('/robots.txt', 'ARCHIVE.example:8080', FORGED);
    assert.equal(robots.status, 200, 'a listed name without a port is allowed on any port, in any case');
    assert.match(robots.text, /Sitemap: http:\/\/archive\.example:8080\/sitemap\.xml/);
    for (const response of [page, sitemap, robots]) {
      assert.doesNotMatch(response.text, /evil\.example/);
      assert.doesNotMatch(response.text, /https:\/\/archive\.example/i, 'X-Forwarded-Proto is not trusted either');
    }
    assert.equal((await get('/', '127.0.0.1:1337')).status, 200, 'a listed host:port');
  });

  it('with PUBLIC_URL every link uses it, whatever the Host says, and the sitemap may be cached', async () => {
    // The operator's setting, read on each request (config/server.ts `url`, from PUBLIC_URL).
    app.strapi.config.set('server.url', 'https://disan.example/');
    try {
      for (const host of ['evil.example', 'archive.example']) {
        const page = await get('/le-hoi/xen-ban', host, FORGED);
        assert.equal(page.status, 200);
        assert.match(page.text, /<link rel="canonical" href="https:\/\/disan\.example\/le-hoi\/xen-ban">/);
        assert.doesNotMatch(page.text, /evil\.example|archive\.example/);
        const sitemap = await get('/sitemap.xml', host, FORGED);
        assert.match(sitemap.text, /<loc>https:\/\/disan\.example\/le-hoi\/xen-ban<\/loc>/);
        assert.doesNotMatch(sitemap.text, /evil\.example|archive\.example/);
        assert.match(sitemap.headers['cache-control'], /^public/);
      }
    } finally {
      app.strapi.config.set('server.url', '');
    }
  });

  it('the REST API does not depend on the Host', async () => {
    const response = await app.http().get('/api/festivals').set('Host', 'evil.example');
    assert.equal(response.status, 200);
  });
});
