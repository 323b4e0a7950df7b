/**
 * Researcher accounts end to end in Chromium, without a mail server: a
 * researcher fills the public form (first with a mistake, fixed on the page
 * the server sends back), a curator approves in the admin's "Nhà nghiên cứu"
 * page and gets the one-time link, the researcher sets a password, signs in
 * and creates a token, which then reads REST as a researcher. The public
 * pages pass axe. Screenshots go to .tmp/admin-shots (or DOCS_SCREENSHOTS).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { signIn } from '../../helpers/admin-page';
import { axeCheck, formatAxe, launchBrowser, listen } from '../../helpers/browser';
import { adminAccount } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

let app: TestApp;
let browser: Browser;
let baseUrl: string;
let closeServer: () => Promise<void>;
let researchId: string;
let link = '';
const SHOTS = process.env.DOCS_SCREENSHOTS ?? path.join(APP_DIR, '.tmp', 'admin-shots');
const EMAIL = 'pham.thu.ha@vienvanhoa.example.vn';

before(async () => {
  delete process.env.SMTP_HOST;
  app = await startTestApp({ admin: true });
  ({ baseUrl, close: closeServer } = await listen(app));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  researchId = await createRecord(app, 'festival', { name: 'Lễ cúng bản (nghiên cứu)', accessLevel: 'researcher' });
});
after(async () => {
  await browser?.close();
  await closeServer?.();
  await app?.stop();
});

async function visitor(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  return context.newPage();
}

describe('researcher accounts in a browser', () => {
  it('a researcher sends the form, fixing what the server named, and it passes axe', async () => {
    const page = await visitor();
    try {
      await page.goto(`${baseUrl}/nha-nghien-cuu/dang-ky`);
      assert.deepEqual(await axeCheck(page), [], formatAxe('form', await axeCheck(page)));
      await page.getByLabel('Họ và tên').fill('Phạm Thu Hà');
      await page.getByLabel('Cơ quan, trường hoặc tổ chức').fill('Viện Văn hoá');
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Mục đích nghiên cứu').fill('Ngắn');
      await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      await page.getByText('Vui lòng sửa 2 lỗi bên dưới.').waitFor();
      await page.getByText('Mục đích nghiên cứu cần ít nhất 20 ký tự.').waitFor();
      const problems = await axeCheck(page);
      assert.deepEqual(problems, [], formatAxe('form with errors', problems));
      await page.screenshot({ path: path.join(SHOTS, 'nha-nghien-cuu-loi.png'), fullPage: true });
      assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Phạm Thu Hà', 'what was typed is kept');
      await page.getByLabel('Mục đích nghiên cứu').fill('Nghiên cứu lễ cúng bản của người Thái trắng ở Mường Lay.');
      await page.getByLabel('Tôi đã đọc và đồng ý với điều khoản sử dụng').check();
      await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
      await page.getByRole('heading', { name: 'Đã nhận yêu cầu' }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  it("a curator approves it in the admin's researcher page and gets the one-time link", async () => {
    const curator = await adminAccount(app, 'di-san-curator');
    const page = await signIn(browser, baseUrl, curator);
    try {
      await page.goto(`${baseUrl}/admin/nha-nghien-cuu`);
      await page.getByText(EMAIL).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: path.join(SHOTS, 'nha-nghien-cuu-cho-duyet.png') });
      await page.getByRole('button', { name: 'Chấp thuận' }).first().click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Chấp thuận' }).click();
      await page.getByText('Đường dẫn đặt mật khẩu', { exact: true }).waitFor();
      link = (await page.locator('code').filter({ hasText: '/nha-nghien-cuu/dat-mat-khau?code=' }).textContent()) ?? '';
      assert.match(link, /\/nha-nghien-cuu\/dat-mat-khau\?code=dsp_/);
      await page.screenshot({ path: path.join(SHOTS, 'nha-nghien-cuu-duong-dan.png') });
    } finally {
      await page.context().close();
    }
  });

  it('the researcher sets a password, signs in, and makes a token that reads as a researcher', async () => {
    const page = await visitor();
    try {
      await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
      await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill('mat-khau-rat-dai');
      await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-rat-dai');
      await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
      await page.getByText('Đã đặt mật khẩu. Bây giờ bạn có thể đăng nhập.').waitFor();
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Mật khẩu').fill('mat-khau-rat-dai');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/nha-nghien-cuu\/tai-khoan$/);
      await page.getByLabel('Tên khoá (ví dụ: thu thập OAI)').fill('Zotero');
      await page.getByRole('button', { name: 'Tạo khoá mới' }).click();
      const secret = (await page.locator('#new-secret').textContent()) ?? '';
      assert.match(secret, /^dsr_[A-Za-z0-9_-]{43}$/);
      const problems = await axeCheck(page);
      assert.deepEqual(problems, [], formatAxe('account', problems));
      await page.screenshot({ path: path.join(SHOTS, 'nha-nghien-cuu-khoa.png'), fullPage: true });
      const rest = await fetch(`${baseUrl}/api/festivals/${researchId}`, { headers: { Authorization: `Bearer ${secret}` } });
      assert.equal(rest.status, 200);
    } finally {
      await page.context().close();
    }
  });
});
