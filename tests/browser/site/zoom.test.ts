/**
 * Deep zoom on a phone, in real Chromium: a processed photo's page loads
 * nothing of the viewer until "Phóng to" is tapped; then the viewer (its own
 * asset) opens full screen over the level 0 tiles, zooming in fetches finer
 * tiles of the visible area only, and Escape closes it. The photo goes
 * through the real upload, processing (sharp tiles) and publishing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../helpers/app';
import { launchBrowser, listen } from '../../helpers/browser';
import { makeImage } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';
import { until } from '../../helpers/site-page';
import { uidOf } from '../../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' };

let browser: Browser;
let app: TestApp;
let server: Awaited<ReturnType<typeof listen>>;
let dir: string;
let photo: string;

before(async () => {
  browser = await launchBrowser();
  app = await startTestApp();
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-zoom-'));
  const officer = await adminJwt(app, 'di-san-cultural-officer');
  const curator = await adminJwt(app, 'di-san-curator');
  const file = await makeImage(dir, 'tho-cam.jpg', { width: 2400, height: 1600 });
  const uploaded = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, 'tho-cam.jpg');
  assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
  const created = await app
    .http()
    .post(`${CM}?locale=vi`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ title: 'Hoa văn thổ cẩm Thái Đen', kind: 'image', rightsUri: 'https://creativecommons.org/licenses/by-sa/4.0/', accessLevel: 'public', consent: { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' }, files: [uploaded.body[0].id] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  photo = created.body.data.documentId;
  await app.drain({ timeoutSeconds: 120 });
  const published = await app.http().post(`${CM}/${photo}/actions/publish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
  assert.equal(published.status, 200, JSON.stringify(published.body));
  server = await listen(app);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('deep zoom on a phone', () => {
  it('loads the viewer only when asked, shows the tiles, fetches finer ones when zooming in, and closes with Escape', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${server.baseUrl}/tu-lieu/${photo}`, { waitUntil: 'load' });
      const button = page.getByRole('button', { name: 'Phóng to' });
      await button.waitFor({ state: 'visible' });
      assert.deepEqual(requested.filter((p) => /zoom\.|\/iiif\//.test(p)), [], 'nothing of the viewer before the tap');

      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Hoa văn thổ cẩm Thái Đen' });
      await dialog.waitFor({ state: 'visible' });
      assert.ok(requested.some((p) => /^\/assets\/zoom\.[0-9a-f]{8}\.js$/.test(p)), 'the viewer came as its own asset');
      assert.ok(requested.some((p) => p.startsWith(`/iiif/image/${photo}/`) && p.endsWith('/info.json')), 'the image service was asked for its info.json');
      const loadedTiles = () =>
        page.locator('.zoom-viewer img').evaluateAll((images) => (images as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth > 0).map((img) => new URL(img.src).pathname));
      const first = await until('tiles shown', async () => ((await loadedTiles()).length > 0 ? loadedTiles() : null));
      assert.ok(first.some((p) => p.includes('/full/')), `the whole image as a backdrop: ${first}`);
      // Fitted to 360 CSS px on a 2x screen: 0.3 device px per image px, so half-resolution tiles (2048 px squares shown as 512).
      assert.ok(first.some((p) => /\/\d+,\d+,1024,1024\/512,512\//.test(p)), `half-resolution tiles: ${first}`);

      for (let i = 0; i < 4; i++) await page.keyboard.press('+');
      const zoomed = await until('full-resolution tiles', async () => {
        const now = await loadedTiles();
        return now.some((p) => /\/\d+,\d+,512,512\/512,512\//.test(p)) ? now : null;
      });
      const fullSize = zoomed.filter((p) => /,512,512\/512,512\//.test(p));
      // 5 x 4 full-resolution tiles in all; a phone screen at this zoom shows a few of them.
      assert.ok(fullSize.length > 0 && fullSize.length <= 6, `only the visible full-resolution tiles: ${fullSize}`);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.ok(await button.evaluate((element) => element === document.activeElement), 'focus returns to the button');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the button is not offered', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/tu-lieu/${photo}`, { waitUntil: 'load' });
      assert.equal(await page.getByRole('button', { name: 'Phóng to' }).count(), 0);
    } finally {
      await context.close();
    }
  });
});
