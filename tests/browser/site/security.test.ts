/**
 * What the public site must never do, checked in real Chromium: show a
 * restricted, researcher-only or draft record (page, search, sitemap), or run
 * script that came in through a record's name, description, caption or
 * source URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, Response } from 'playwright-core';
import { startSiteArchive, type SiteArchive } from '../../helpers/site-archive';
import { hitLinks, openPage, until } from '../../helpers/site-page';
import { HIDDEN, XSS_ATTRIBUTE, XSS_FESTIVAL, XSS_SCRIPT } from '../../helpers/site-records';

let site: SiteArchive;

before(async () => {
  site = await startSiteArchive({ hidden: true, xss: true });
});
after(() => site?.stop());

const CONTROL = { path: '/le-hoi/le-hoi-thanh-ban-phu', query: 'thanh ban phu' };

describe('records the public may not see', () => {
  for (const [kind, record] of Object.entries(HIDDEN)) {
    it(`a ${kind} festival answers the friendly 404, in both languages`, async () => {
      for (const path of [`/le-hoi/${record.slug}`, `/en/festivals/${record.slug}`]) {
        const { page, response, close } = await openPage(site, path);
        try {
          assert.equal(response?.status(), 404, path);
          assert.match(response?.headers()['content-type'] ?? '', /^text\/html/, path);
          assert.equal(await page.getAttribute('html', 'lang'), path.startsWith('/en/') ? 'en' : 'vi');
          assert.ok(await page.locator('h1').first().isVisible(), `${path}: the 404 page has a heading`);
          assert.ok((await page.locator('a[href="/"], a[href="/en/"]').count()) > 0, `${path}: the 404 page links home`);
          assert.ok(!(await page.locator('body').innerText()).includes(record.name), `${path} shows the record's name`);
        } finally {
          await close();
        }
      }
    });

    it(`a ${kind} festival is not found by search, typed or submitted`, async () => {
      const { page, close } = await openPage(site, `/tim-kiem?q=${encodeURIComponent(CONTROL.query)}`);
      try {
        // The same search finds a public festival: an empty result below means hidden, not broken.
        assert.ok((await hitLinks(page)).some((link) => link.endsWith(CONTROL.path)), 'the control festival is found');
        await page.goto(site.url(`/tim-kiem?q=${encodeURIComponent(record.word)}`));
        assert.ok(!(await page.locator('#search-results').innerText()).includes(record.name));
        assert.ok((await hitLinks(page)).every((link) => !link.includes(record.slug)));
        await page.goto(site.url('/tim-kiem'));
        await page.locator('form[data-instant-search] input[name=q]').pressSequentially(record.word, { delay: 40 });
        await until('the instant search to answer', async () => new URL(page.url()).searchParams.get('q') === record.word);
        await page.waitForLoadState('networkidle');
        assert.ok(!(await page.locator('#search-results').innerText()).includes(record.name));
      } finally {
        await close();
      }
    });
  }

  it('the sitemap lists public festivals and none of the hidden ones', async () => {
    const { context, close } = await openPage(site, '/');
    try {
      const response = await context.request.get(site.url('/sitemap.xml'));
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /xml/);
      const xml = await response.text();
      assert.ok(xml.includes(CONTROL.path), 'the control festival is listed');
      for (const record of Object.values(HIDDEN)) assert.ok(!xml.includes(record.slug), `${record.slug} is in the sitemap`);
    } finally {
      await close();
    }
  });
});

/** Names of elements whose URL attributes would run script if followed or loaded. */
const scriptUrls = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[href], [src], [action], [formaction], [poster], [data]'))
      .flatMap((el) => ['href', 'src', 'action', 'formaction', 'poster', 'data'].map((name) => el.getAttribute(name) ?? ''))
      .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value) && !/^data:image\//i.test(value.trim())),
  );

function scriptSources(response: Response | null): string[] {
  const policy = response?.headers()['content-security-policy'] ?? '';
  assert.ok(policy, 'no Content-Security-Policy header');
  const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name.toLowerCase(), values]));
  const sources = directives.get('script-src') ?? directives.get('default-src');
  assert.ok(sources, `the policy does not restrict scripts: ${policy}`);
  return sources;
}

describe('XSS payloads in records render as inert text', () => {
  const pages = () => [
    { path: `/le-hoi/${XSS_FESTIVAL.slug}`, shows: [XSS_SCRIPT, XSS_ATTRIBUTE] },
    { path: `/en/festivals/${XSS_FESTIVAL.slug}`, shows: [XSS_SCRIPT] },
    { path: `/tu-lieu/${site.media.xssAudio}`, shows: [XSS_SCRIPT] },
    { path: `/tim-kiem?q=${encodeURIComponent(XSS_FESTIVAL.word)}`, shows: [XSS_SCRIPT] },
  ];

  it('record pages and server-rendered results: no script runs, the payload shows as text, the CSP forbids inline script', async () => {
    for (const { path, shows } of pages()) {
      const dialogs: string[] = [];
      const { page, response, close } = await openPage(site, path, {}, { beforeLoad: (p) => void p.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))) });
      try {
        assert.equal(response?.status(), 200, path);
        await page.waitForLoadState('networkidle');
        assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined, `${path}: a payload ran`);
        assert.deepEqual(dialogs, [], `${path}: a dialog opened`);
        const text = await page.locator('body').innerText();
        for (const payload of shows) assert.ok(text.includes(payload), `${path} does not show ${payload} as text`);
        assert.equal(await page.locator('img[src="x"]').count(), 0, `${path}: the <img> payload became an element`);
        assert.deepEqual(await scriptUrls(page), [], `${path}: script URLs in attributes`);
        const sources = scriptSources(response);
        assert.ok(!sources.includes("'unsafe-inline'"), `${path}: script-src allows 'unsafe-inline': ${sources.join(' ')}`);
      } finally {
        await close();
      }
    }
  });

  it('instant search results built in the browser stay inert too', async () => {
    const dialogs: string[] = [];
    const { page, close } = await openPage(site, '/tim-kiem', {}, { beforeLoad: (p) => void p.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message()))) });
    try {
      await page.locator('form[data-instant-search] input[name=q]').pressSequentially(XSS_FESTIVAL.word, { delay: 60 });
      await page.locator('#search-results a.hit', { hasText: 'Bản Lác' }).first().waitFor({ timeout: 10_000 });
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined);
      assert.deepEqual(dialogs, []);
      assert.ok((await page.locator('#search-results').innerText()).includes(XSS_SCRIPT));
      assert.equal(await page.locator('#search-results script, #search-results img[src="x"]').count(), 0);
    } finally {
      await close();
    }
  });

  it('a javascript: source URL stored in the database is not rendered as a link; its title still shows', async () => {
    const { page, close } = await openPage(site, `/le-hoi/${XSS_FESTIVAL.slug}`);
    try {
      assert.ok((await page.locator('body').innerText()).includes(`Nguồn ${XSS_SCRIPT}`), 'the source is listed');
      const protocols = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol));
      assert.ok(protocols.length > 0 && !protocols.includes('javascript:'), `link protocols: ${[...new Set(protocols)].join(' ')}`);
    } finally {
      await close();
    }
  });
});
