/**
 * The built admin panel in Chromium, as a new officer meets it: Vietnamese
 * from the login page on, field labels in Vietnamese on the festival edit
 * view, and Strapi's Preview opening the draft on the public page layout.
 * Screenshots go to .tmp/admin-shots (or DOCS_SCREENSHOTS=<dir>).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { uidOf } from '../../../src/content-model';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { signIn } from '../../helpers/admin-page';
import { launchBrowser, listen } from '../../helpers/browser';
import { adminAccount } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let closeServer: () => Promise<void>;
let documentId: string;
const SHOTS = process.env.DOCS_SCREENSHOTS ?? path.join(APP_DIR, '.tmp', 'admin-shots');

before(async () => {
  app = await startTestApp({ admin: true });
  ({ baseUrl, close: closeServer } = await listen(app));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  documentId = await createRecord(app, 'festival', { name: 'Lễ hội Xên Bản (công bố)', slug: 'le-hoi-xen-ban-thu', accessLevel: 'public' });
  await app.strapi.documents(uidOf('festival') as never).update({ documentId, locale: 'vi', data: { name: 'Lễ hội Xên Bản (bản nháp)' } } as never);
});
after(async () => {
  await browser?.close();
  await closeServer?.();
  await app?.stop();
});

describe('the admin in Vietnamese', () => {
  it('greets a new visitor in Vietnamese on the login page', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/admin/auth/login`);
      await page.locator('input[name="email"]').waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('strapi-admin-language')), 'vi');
      // No admin exists yet in this app: the first-admin form, in Vietnamese.
      await page.getByText(/^Mật khẩu/).first().waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }
  });

  it('labels the festival edit view in Vietnamese, for an officer, without the upstream banner', async () => {
    const officer = await adminAccount(app, 'di-san-cultural-officer');
    const page = await signIn(browser, baseUrl, officer);
    try {
      await page.goto(`${baseUrl}/admin/content-manager/collection-types/${uidOf('festival')}/${documentId}?plugins[i18n][locale]=vi`);
      // "Tên gọi khác (0)": a repeatable component's label carries its count; required ones a "*".
      await page.getByText(/^Tên gọi khác/).first().waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(SHOTS, 'sua-le-hoi.png'), fullPage: false });
      for (const label of [/^Dân tộc/, /^Ghi chú địa điểm/, /^Mức truy cập/, /^Tên\b/]) {
        assert.ok((await page.getByText(label).count()) > 0, `no ${label} label`);
      }
      for (const raw of [/^otherNames/, /^Other names/, /^Ethnic groups/, /^Location note/]) {
        assert.equal(await page.getByText(raw).count(), 0, `${raw} is shown`);
      }
      assert.equal(await page.getByText(/Introducing the new Media Library/).count(), 0);
      // Strapi's own text on this view, and our type names in its menu, in Vietnamese too (src/admin/strapi-vi).
      assert.deepEqual(
        {
          noEntryYet: await page.getByText(/No entry yet/).count(),
          maxCharacters: await page.getByText(/max\. 255 characters/).count(),
          menuFestival: (await page.getByText('Lễ hội', { exact: true }).count()) > 0,
          menuSearch: await page.getByPlaceholder('Search', { exact: true }).count(),
        },
        { noEntryYet: 0, maxCharacters: 0, menuFestival: true, menuSearch: 0 },
      );
    } finally {
      await page.context().close();
    }
  });

  it('opens the draft on the public layout from the Preview button', async () => {
    const officer = await adminAccount(app, 'di-san-cultural-officer');
    const page = await signIn(browser, baseUrl, officer);
    try {
      await page.goto(`${baseUrl}/admin/content-manager/collection-types/${uidOf('festival')}/${documentId}?plugins[i18n][locale]=vi`);
      const open = page.getByRole('link', { name: /xem trước|preview/i }).first();
      await open.waitFor({ timeout: 60_000 });
      await open.click();
      const frame = page.frameLocator('iframe').first();
      await frame.getByText('Lễ hội Xên Bản (bản nháp)').first().waitFor({ timeout: 60_000 });
      assert.ok((await frame.getByText('Bản xem trước').count()) > 0);
      await page.screenshot({ path: path.join(SHOTS, 'xem-truoc.png'), fullPage: false });
    } finally {
      await page.context().close();
    }
  });
});
