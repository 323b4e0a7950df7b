/**
 * Search on the public site in real Chromium, on the real seed data: instant
 * search as a visitor types, the same search without JavaScript, and facets.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSiteArchive, type SiteArchive } from '../../helpers/site-archive';
import { hitLinks, openPage, until } from '../../helpers/site-page';

let site: SiteArchive;

before(async () => {
  site = await startSiteArchive();
});
after(() => site?.stop());

const SEARCH_BOX = 'form[data-instant-search] input[name=q]';

describe('search', () => {
  it('typing "xen ban" shows Xên bản without a page load, and the URL follows', async () => {
    const { page, close } = await openPage(site, '/tim-kiem');
    try {
      // A page load would drop this marker: the results must come from the in-page swap.
      await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
      await page.locator(SEARCH_BOX).click();
      await page.keyboard.type('xen ban', { delay: 80 });
      const hit = page.locator('#search-results a.hit', { hasText: 'Xên bản' }).first();
      await hit.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage), true, 'the page was reloaded');
      await until('the URL to carry q=xen ban', async () => new URL(page.url()).searchParams.get('q') === 'xen ban');
      assert.equal(new URL(page.url()).pathname, '/tim-kiem');
    } finally {
      await close();
    }
  });

  it('without JavaScript, submitting the form server-renders the same hit', async () => {
    const { page, close } = await openPage(site, '/tim-kiem', { javaScriptEnabled: false });
    try {
      await page.locator(SEARCH_BOX).fill('xen ban');
      await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === 'xen ban'), page.locator(SEARCH_BOX).press('Enter')]);
      assert.match(page.url(), /[?&]q=xen\+ban(&|$)/, 'a GET form submission');
      const hits = page.locator('#search-results a.hit', { hasText: 'Xên bản' });
      assert.ok((await hits.count()) > 0, `no Xên bản hit in: ${await page.locator('#search-results').innerText()}`);
      assert.ok(await hits.first().isVisible());
    } finally {
      await close();
    }
  });

  it('an ethnic-group facet narrows the results to that group and goes into the URL', async () => {
    const { context, page, close } = await openPage(site, '/tim-kiem?q=le+hoi');
    try {
      const before = await hitLinks(page);
      assert.ok(before.length > 0, 'no hits for "le hoi"');
      // Thái: GSO code 03. The filters may be folded away (results first on a phone): open them as a visitor would.
      const thai = page.locator('#search-results input[type=checkbox][name=ethnicGroup][value="03"]');
      if (!(await thai.isVisible())) await page.locator('#search-results details:has(input[name=ethnicGroup]) > summary').click();
      await thai.check();
      await until('the URL to carry ethnicGroup=03', async () => new URL(page.url()).searchParams.getAll('ethnicGroup').includes('03'));
      const after = await until('the results to change', async () => {
        const links = await hitLinks(page);
        return links.length > 0 && links.join() !== before.join() ? links : null;
      });
      assert.ok(after.length < before.length, `the facet did not narrow: ${before.length} → ${after.length}`);
      assert.ok(await page.locator('#search-results input[type=checkbox][name=ethnicGroup][value="03"]').isChecked(), 'the facet stays checked after the swap');
      for (const link of after) {
        const text = await (await context.request.get(link)).text();
        assert.match(text, /Thái/, `${link} does not mention the Thái`);
      }
    } finally {
      await close();
    }
  });
});
