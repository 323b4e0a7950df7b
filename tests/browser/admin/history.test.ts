/**
 * Record history and the audit log in the built admin panel (Chromium): a
 * festival's versions, a diff of two of them with Vietnamese field labels,
 * restoring an old version as a draft through the confirm dialog, and the
 * "Nhật ký" page for a curator (filter, CSV) and for an officer (403).
 * Screenshots go to .tmp/admin-shots (or DOCS_SCREENSHOTS=<dir>).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { uidOf } from '../../../src/content-model';
import { fieldLabel } from '../../../src/curation/labels/fields';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { signIn } from '../../helpers/admin-page';
import { launchBrowser, listen } from '../../helpers/browser';
import { adminAccount, adminClient } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

const UID = uidOf('festival');
const SHOTS = process.env.DOCS_SCREENSHOTS ?? path.join(APP_DIR, '.tmp', 'admin-shots');
const NAMES = ['Lễ hội Gầu Tào (bản đầu)', 'Lễ hội Gầu Tào (bản công bố)', 'Lễ hội Gầu Tào (bản mới nhất)'];
const FIRST_DESCRIPTION = 'Lễ hội cầu phúc của người Mông.\nTổ chức vào tháng Giêng.';
const LATER_DESCRIPTION = 'Lễ hội cầu phúc, cầu mệnh của người Mông ở Điện Biên.\nTổ chức từ mùng 1 đến rằm tháng Giêng.';

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let closeServer: () => Promise<void>;
let documentId: string;
let superAdmin: Awaited<ReturnType<typeof adminAccount>>;
/** Version ids of the festival's vi locale, oldest first: save, save, publish, save. */
let versionIds: number[];

before(async () => {
  app = await startTestApp({ admin: true });
  ({ baseUrl, close: closeServer } = await listen(app));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  superAdmin = await adminAccount(app, 'strapi-super-admin');
  const documents = app.strapi.documents(UID as never);
  const hmong = await createRecord(app, 'ethnic-group', { name: 'Mông', gsoCode: '17', accessLevel: 'public' });
  documentId = await createRecord(app, 'festival', { name: NAMES[0], slug: 'le-hoi-gau-tao-lich-su', accessLevel: 'public', description: FIRST_DESCRIPTION }, { publish: false });
  await documents.update({ documentId, locale: 'vi', data: { name: NAMES[1], description: LATER_DESCRIPTION, ethnicGroups: [hmong] } } as never);
  await documents.publish({ documentId, locale: 'vi' } as never);
  await documents.update({ documentId, locale: 'vi', data: { name: NAMES[2] } } as never);
  const listed = await adminClient(app, superAdmin.jwt).get(`/di-san/history/${UID}/${documentId}?locale=vi`);
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  const versions = listed.body.data as Array<{ id: number; kind: string }>;
  assert.deepEqual(versions.map((version) => version.kind), ['save', 'publish', 'save', 'save']);
  versionIds = versions.map((version) => version.id).reverse();
});
after(async () => {
  await browser?.close();
  await closeServer?.();
  await app?.stop();
});

const editUrl = () => `${baseUrl}/admin/content-manager/collection-types/${UID}/${documentId}?plugins[i18n][locale]=vi`;

async function openHistory(page: Page) {
  await page.goto(editUrl());
  // The button is enabled once the versions are loaded.
  const open = page.getByRole('button', { name: 'Xem lịch sử', disabled: false });
  await open.waitFor({ timeout: 60_000 });
  await open.click();
  const dialog = page.getByRole('dialog', { name: /Lịch sử hồ sơ/ });
  await dialog.waitFor();
  return dialog;
}

/** The diff row of one field, once the diff of `from` → `to` is shown. */
async function diffRow(page: Page, from: number, to: number, field: string) {
  const diff = page.locator('[data-testid="history-diff"]');
  await diff.getByRole('heading', { name: `Thay đổi từ #${from} đến #${to}` }).waitFor();
  const row = diff.locator(`tr[data-field="${field}"]`);
  await row.waitFor();
  return row;
}

describe('record history in the admin', () => {
  it('shows no history panel while a festival is being created', async () => {
    const page = await signIn(browser, baseUrl, superAdmin);
    try {
      await page.goto(`${baseUrl}/admin/content-manager/collection-types/${UID}/create?plugins[i18n][locale]=vi`);
      await page.getByText(/^Tên gọi khác/).first().waitFor({ timeout: 60_000 });
      assert.equal(await page.getByRole('button', { name: 'Xem lịch sử' }).count(), 0);
    } finally {
      await page.context().close();
    }
  });

  it('lists the versions and diffs the two newest, then any two picked, with Vietnamese field labels', async () => {
    const page = await signIn(browser, baseUrl, superAdmin);
    try {
      const dialog = await openHistory(page);
      // Four versions, newest first, their kinds in Vietnamese.
      const rows = dialog.locator('tr[data-version]');
      assert.equal(await rows.count(), 4);
      assert.deepEqual(await rows.locator('td:nth-child(3)').allTextContents(), ['Lưu', 'Công bố', 'Lưu', 'Lưu']);
      assert.match(await rows.first().innerText(), /Hệ thống/);

      // Default: the newest against the one before (the publish): only the name changed.
      const [first, second, published, newest] = versionIds;
      const nameRow = await diffRow(page, published, newest, 'name');
      const nameCells = await nameRow.locator('td').allInnerTexts();
      // The label in Vietnamese, the stored name under it.
      assert.equal(await nameRow.locator('td').first().textContent(), `${fieldLabel(UID, 'name')!.vi}name`);
      assert.match(nameCells[1], new RegExp(escapeRegExp(NAMES[1])));
      assert.match(nameCells[2], new RegExp(escapeRegExp(NAMES[2])));
      assert.equal(await page.locator('[data-testid="history-diff"] tr[data-field]').count(), 1);

      // Pick the first version instead of the publish: name and description changed since then.
      await dialog.getByRole('checkbox', { name: `Chọn phiên bản #${published} để so sánh` }).click();
      await dialog.getByRole('checkbox', { name: `Chọn phiên bản #${first} để so sánh` }).click();
      const descriptionRow = await diffRow(page, first, newest, 'description');
      const cells = await descriptionRow.locator('td').allInnerTexts();
      assert.equal(await descriptionRow.locator('td').first().textContent(), `${fieldLabel(UID, 'description')!.vi}description`);
      // Long texts keep their lines.
      assert.equal(cells[1].trim(), FIRST_DESCRIPTION);
      assert.equal(cells[2].trim(), LATER_DESCRIPTION);
      const renamed = await (await diffRow(page, first, newest, 'name')).locator('td').allInnerTexts();
      assert.match(renamed[1], new RegExp(escapeRegExp(NAMES[0])));
      assert.match(renamed[2], new RegExp(escapeRegExp(NAMES[2])));
      // A relation reads by the related record's name, with what was linked.
      const groups = await diffRow(page, first, newest, 'ethnicGroups');
      await groups.getByText('Thêm 1: Mông').waitFor();
      assert.equal(await groups.locator('td').first().textContent(), `${fieldLabel(UID, 'ethnicGroups')!.vi}ethnicGroups`);
      assert.ok(second < published);
      await page.screenshot({ path: path.join(SHOTS, 'lich-su.png'), fullPage: false });
    } finally {
      await page.context().close();
    }
  });

  it('restores an older version as a new draft after a confirm; the published version stays', async () => {
    const page = await signIn(browser, baseUrl, superAdmin);
    try {
      const dialog = await openHistory(page);
      const [first] = versionIds;
      await dialog.getByRole('button', { name: `Khôi phục phiên bản này (#${first})` }).click();
      const confirm = page.getByRole('alertdialog', { name: `Khôi phục phiên bản #${first}?` });
      await confirm.waitFor();
      const text = await confirm.innerText();
      assert.match(text, /bản nháp mới/);
      assert.match(text, /Bản đang công bố không thay đổi/);
      assert.match(text, /duyệt/);
      await confirm.getByRole('button', { name: 'Khôi phục thành bản nháp' }).click();
      // The edit view reloads with the restored draft, and says what happened.
      await page.getByText(new RegExp(`Đã khôi phục phiên bản #${first} thành bản nháp mới`)).waitFor({ timeout: 60_000 });
      await page.waitForFunction((name) => (document.querySelector('input[name="name"]') as HTMLInputElement | null)?.value === name, NAMES[0]);

      const documents = app.strapi.documents(UID as never);
      const draft = (await documents.findOne({ documentId, locale: 'vi', status: 'draft' } as never)) as unknown as { name: string; description: string };
      const published = (await documents.findOne({ documentId, locale: 'vi', status: 'published' } as never)) as unknown as { name: string };
      assert.equal(draft.name, NAMES[0]);
      assert.equal(draft.description, FIRST_DESCRIPTION);
      assert.equal(published.name, NAMES[1]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the audit log page', () => {
  it('lists entries for a curator, narrows them by action, and downloads the CSV', async () => {
    const curator = await adminAccount(app, 'di-san-curator');
    const page = await signIn(browser, baseUrl, curator);
    try {
      // The menu link shows to a curator (publish right); the page is opened by its address so
      // that no hover or focus leaves the link's tooltip over the screenshot.
      await page.getByRole('link', { name: 'Nhật ký' }).first().waitFor({ timeout: 60_000 });
      await page.goto(`${baseUrl}/admin/nhat-ky`);
      await page.getByRole('heading', { name: 'Nhật ký kiểm toán' }).waitFor({ timeout: 60_000 });
      const rows = page.locator('tr[data-seq]');
      await rows.first().waitFor();
      const actions = await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-action')));
      assert.ok(actions.includes('history.restore'), `no restore among ${actions.join(', ')}`);
      assert.ok(actions.some((action) => action?.startsWith('record.')), 'no record entries');
      const restoreRow = page.locator('tr[data-seq][data-action="history.restore"]');
      const restoreText = await restoreRow.innerText();
      assert.match(restoreText, /Khôi phục phiên bản/);
      assert.match(restoreText, new RegExp(superAdmin.email.replace(/[.+]/g, '\\$&')));
      assert.match(restoreText, new RegExp(`Lễ hội[\\s\\S]*${documentId}`));
      await page.screenshot({ path: path.join(SHOTS, 'nhat-ky.png'), fullPage: false });

      await page.getByRole('combobox', { name: 'Hành động' }).click();
      await page.getByRole('option', { name: /\(history\.restore\)/ }).click();
      await page.waitForFunction(() => {
        const list = Array.from(document.querySelectorAll('tr[data-seq]'));
        return list.length > 0 && list.every((row) => row.getAttribute('data-action') === 'history.restore');
      });
      assert.equal(await rows.count(), 1);
      assert.ok(actions.length > 1);

      // The CSV of the filtered log, saved under the day's name.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
      assert.match(download.suggestedFilename(), /^audit-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv.trim().split(/\r\n/);
      assert.equal(lines.length, 2, csv);
      assert.match(lines[1], /history\.restore/);
    } finally {
      await page.context().close();
    }
  });

  it('tells an officer plainly that the log is not theirs, without the menu link', async () => {
    const officer = await adminAccount(app, 'di-san-cultural-officer');
    const page = await signIn(browser, baseUrl, officer);
    try {
      await page.goto(`${baseUrl}/admin/nhat-ky`);
      await page.getByText('Bạn không có quyền xem nhật ký').waitFor({ timeout: 60_000 });
      // The menu is drawn (the upload link, which officers have) without the log's link.
      await page.getByRole('link', { name: 'Tải lên video' }).first().waitFor();
      assert.equal(await page.locator('tr[data-seq]').count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Nhật ký' }).count(), 0);
    } finally {
      await page.context().close();
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
