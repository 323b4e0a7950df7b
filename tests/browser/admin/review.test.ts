/**
 * The review workflow in the built admin panel, as an officer and a curator
 * live it: the officer submits an edited festival from the edit view's
 * "Duyệt nội dung" panel with a note; the curator finds it on the "Chờ duyệt"
 * page (and the list view's and home page's counts), reads the changes with
 * Vietnamese field labels, asks for changes; the officer reads the comment in
 * the panel and submits again; the curator approves and the public API shows
 * the new text. Each step is checked against the server too.
 * Screenshots go to .tmp/admin-shots (or DOCS_SCREENSHOTS=<dir>).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { uidOf } from '../../../src/content-model';
import { signIn } from '../../helpers/admin-page';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { launchBrowser, listen } from '../../helpers/browser';
import { adminAccount, adminClient, adminJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { reviewAs } from '../../helpers/review';

const SHOTS = process.env.DOCS_SCREENSHOTS ?? path.join(APP_DIR, '.tmp', 'admin-shots');
const FESTIVAL = uidOf('festival');
const PUBLISHED_NAME = 'Lễ hội Hết Chá (bản đã công bố)';
const DRAFT_NAME = 'Lễ hội Hết Chá (bản sửa có nguồn)';
const OFFICER_NOTE = 'Đã thêm nguồn từ Sở Văn hoá';
const CURATOR_COMMENT = 'Cần ghi rõ năm của nguồn trích dẫn';

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let closeServer: () => Promise<void>;
let documentId: string;
let officer: Awaited<ReturnType<typeof adminAccount>>;
let curator: Awaited<ReturnType<typeof adminAccount>>;

before(async () => {
  app = await startTestApp({ admin: true });
  ({ baseUrl, close: closeServer } = await listen(app));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  officer = await adminAccount(app, 'di-san-cultural-officer');
  curator = await adminAccount(app, 'di-san-curator');
  // Officers edit (and submit) only records of their communes (docs/curation.md#commune-scope).
  const commune = await createRecord(app, 'place', { name: 'Xã Thử Duyệt', kind: 'commune', code: 'TD01', accessLevel: 'public' });
  const assigned = await adminClient(app, await adminJwt(app, 'strapi-super-admin')).put(`/di-san/scope/officers/${officer.id}`, { communes: ['TD01'] });
  assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
  documentId = await createRecord(app, 'festival', { name: PUBLISHED_NAME, slug: 'le-hoi-het-cha-duyet', accessLevel: 'public', places: [commune] });
  // A saved edit of the published record: a new draft, waiting to be submitted.
  await app.strapi.documents(FESTIVAL as never).update({ documentId, locale: 'vi', data: { name: DRAFT_NAME } } as never);
});
after(async () => {
  await browser?.close();
  await closeServer?.();
  await app?.stop();
});

const editUrl = () => `${baseUrl}/admin/content-manager/collection-types/${FESTIVAL}/${documentId}?plugins[i18n][locale]=vi`;
// Animations finished: a dialog caught mid fade-in is a transparent ghost.
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: false, animations: 'disabled' });
const serverStatus = async () => (await reviewAs(app, curator.jwt).status(documentId)).body.data as { state: string; note: string | null };

/** The edit view's review panel, once it has read the record's state. */
async function openPanel(page: Page) {
  await page.goto(editUrl());
  const panel = page.getByTestId('di-san-review-panel');
  await panel.waitFor({ timeout: 60_000 });
  return panel;
}

async function as(account: { email: string; password: string }, run: (page: Page) => Promise<void>) {
  const page = await signIn(browser, baseUrl, account);
  try {
    await run(page);
  } finally {
    await page.context().close();
  }
}

describe('review in the admin panel', () => {
  it('an officer submits the draft from the panel, with a note', async () => {
    await as(officer, async (page) => {
      const panel = await openPanel(page);
      await panel.getByText('Bản nháp', { exact: true }).waitFor();
      // An officer has no curator's buttons.
      assert.equal(await panel.getByRole('button', { name: 'Duyệt và công bố' }).count(), 0);
      await panel.getByRole('button', { name: 'Gửi duyệt' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText('Gửi duyệt bản nháp').waitFor();
      await dialog.getByRole('textbox').fill(OFFICER_NOTE);
      await shot(page, 'gui-duyet.png');
      await dialog.getByRole('button', { name: 'Gửi duyệt' }).click();
      await dialog.waitFor({ state: 'detached' });
      await panel.getByText('Chờ duyệt', { exact: true }).waitFor();
      await panel.getByText(OFFICER_NOTE).waitFor();
      assert.equal(await panel.getByRole('button', { name: 'Gửi duyệt' }).count(), 0, 'a submitted draft cannot be submitted again');
    });
    const status = await serverStatus();
    assert.equal(status.state, 'submitted');
    assert.equal(status.note, OFFICER_NOTE);
  });

  it('the curator finds it on the "Chờ duyệt" page, in the list view and on the home page', async () => {
    await as(curator, async (page) => {
      await page.goto(`${baseUrl}/admin/cho-duyet`);
      await page.getByRole('tab', { name: 'Chờ duyệt (1)' }).waitFor({ timeout: 60_000 });
      const row = page.getByRole('row').filter({ hasText: DRAFT_NAME });
      await row.waitFor();
      for (const text of ['Lễ hội', 'Tiếng Việt', OFFICER_NOTE, `Test di-san-cultural-officer`]) {
        assert.ok((await row.getByText(text).count()) > 0, `the row lacks ${text}`);
      }
      await shot(page, 'cho-duyet.png');

      // Filtered by type from the URL: another type's list is empty.
      await page.goto(`${baseUrl}/admin/cho-duyet?uid=${uidOf('story')}`);
      await page.getByText('Không có hồ sơ nào trong danh sách này.').waitFor();
      assert.equal(await page.getByRole('row').filter({ hasText: DRAFT_NAME }).count(), 0);

      // The festival list's button counts this type's submissions and opens the filtered queue.
      await page.goto(`${baseUrl}/admin/content-manager/collection-types/${FESTIVAL}`);
      const button = page.getByRole('link', { name: 'Chờ duyệt (1)' });
      await button.waitFor({ timeout: 60_000 });
      await button.click();
      await page.waitForURL((url) => url.pathname.endsWith('/cho-duyet') && url.searchParams.get('uid') === FESTIVAL);
      await page.getByRole('row').filter({ hasText: DRAFT_NAME }).waitFor();

      await page.goto(`${baseUrl}/admin`);
      const widget = page.getByTestId('di-san-review-widget');
      await widget.waitFor({ timeout: 60_000 });
      assert.match((await widget.innerText()).replace(/\s+/g, ' '), /1 hồ sơ chờ duyệt/);
    });
  });

  it('the curator reads the changes with Vietnamese field labels, then asks for changes', async () => {
    await as(curator, async (page) => {
      await page.goto(`${baseUrl}/admin/cho-duyet`);
      await page.getByRole('link', { name: DRAFT_NAME }).click({ timeout: 60_000 });
      const panel = page.getByTestId('di-san-review-panel');
      await panel.waitFor({ timeout: 60_000 });
      await panel.getByRole('button', { name: 'Xem thay đổi' }).click();
      const modal = page.getByRole('dialog');
      const nameRow = modal.getByRole('row').filter({ hasText: PUBLISHED_NAME });
      await nameRow.waitFor();
      assert.equal((await nameRow.locator('td').first().innerText()).trim(), 'Tên', 'the name field is labelled "Tên"');
      assert.ok((await nameRow.getByText(DRAFT_NAME).count()) > 0);
      assert.equal(await modal.getByText(/^name$/).count(), 0, 'no raw attribute names');
      await shot(page, 'xem-thay-doi.png');
      await modal.getByRole('button', { name: 'Đóng' }).click();
      await modal.waitFor({ state: 'detached' });

      await panel.getByRole('button', { name: 'Yêu cầu sửa' }).click();
      const dialog = page.getByRole('alertdialog');
      // The comment is required: an empty one is refused before the server is asked.
      await dialog.getByRole('button', { name: 'Yêu cầu sửa' }).click();
      await dialog.getByText('Hãy viết nhận xét để cán bộ biết cần sửa gì.').waitFor();
      await dialog.getByRole('textbox').fill(CURATOR_COMMENT);
      await dialog.getByRole('button', { name: 'Yêu cầu sửa' }).click();
      await dialog.waitFor({ state: 'detached' });
      await panel.getByText('Cần sửa', { exact: true }).waitFor();
    });
    const status = await serverStatus();
    assert.equal(status.state, 'changes-requested');
    assert.equal(status.note, CURATOR_COMMENT);
  });

  it('the officer sees the comment in the panel and submits again', async () => {
    await as(officer, async (page) => {
      const panel = await openPanel(page);
      const note = panel.getByTestId('di-san-review-note');
      await note.getByText(CURATOR_COMMENT).waitFor();
      assert.match(await note.innerText(), /Yêu cầu sửa của Test di-san-curator/i);
      assert.equal(await note.getAttribute('role'), 'alert');
      await shot(page, 'yeu-cau-sua.png');

      // What gets reviewed is the saved draft: unsaved edits hold the button back until they are saved or undone.
      const name = page.locator('input[name="name"]');
      const submit = panel.getByRole('button', { name: 'Gửi duyệt' });
      await name.fill(`${DRAFT_NAME} (chưa lưu)`);
      await panel.getByText('Có thay đổi chưa lưu: hãy lưu trước khi gửi duyệt.').waitFor();
      assert.ok(await submit.isDisabled());
      await name.fill(DRAFT_NAME);
      await panel.getByText('Có thay đổi chưa lưu: hãy lưu trước khi gửi duyệt.').waitFor({ state: 'detached' });

      await submit.click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('button', { name: 'Gửi duyệt' }).click();
      await dialog.waitFor({ state: 'detached' });
      await panel.getByText('Chờ duyệt', { exact: true }).waitFor();
    });
    assert.equal((await serverStatus()).state, 'submitted');
  });

  it('the curator approves and the public API shows the new text', async () => {
    const before = await app.http().get(`/api/festivals/${documentId}?locale=vi`);
    assert.equal(before.body.data?.name, PUBLISHED_NAME);
    await as(curator, async (page) => {
      const panel = await openPanel(page);
      // The content manager's status badge ("Modified", in our Vietnamese: src/admin/strapi-vi).
      const modified = page.getByText('Đã sửa đổi', { exact: true }).first();
      await modified.waitFor();
      await panel.getByRole('button', { name: 'Duyệt và công bố' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('button', { name: 'Duyệt và công bố' }).click();
      await dialog.waitFor({ state: 'detached' });
      await panel.getByText('Đã duyệt', { exact: true }).waitFor();
      await page.getByText('Đã duyệt và công bố.').first().waitFor();
      // The content manager's own copy was refreshed, without a reload: the draft is no longer "Đã sửa đổi".
      await modified.waitFor({ state: 'detached' });
    });
    assert.equal((await serverStatus()).state, 'approved');
    const published = await app.http().get(`/api/festivals/${documentId}?locale=vi`);
    assert.equal(published.status, 200);
    assert.equal(published.body.data.name, DRAFT_NAME);
  });
});
