/** The built admin panel in real Chromium: sign in as a person would, through the login form. */
import type { Browser, Page } from 'playwright-core';

export async function signIn(browser: Browser, baseUrl: string, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'), { timeout: 60_000 });
  return page;
}
