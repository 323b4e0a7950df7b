/** Small helpers for driving the public site's pages in the browser tests. */
// Callbacks given to page.evaluate() run in the browser: the browser tests, which all import this file, type-check against the DOM.
/// <reference lib="dom" />
import type { BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import type { SiteArchive } from './site-archive';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  response: Response | null;
  close(): Promise<void>;
}

/** A fresh context per page, so state (storage, JS on/off, viewport) never leaks between tests. */
export async function openPage(
  site: SiteArchive,
  path: string,
  options: BrowserContextOptions = {},
  { beforeLoad }: { beforeLoad?: (page: Page) => void | Promise<void> } = {},
): Promise<OpenedPage> {
  const context = await site.browser.newContext({ locale: 'vi-VN', ...options });
  const page = await context.newPage();
  await beforeLoad?.(page);
  const response = await page.goto(site.url(path), { waitUntil: 'load' });
  return { context, page, response, close: () => context.close() };
}

/** Polls until probe returns a truthy value; the message names what never happened. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every JSON-LD node of the page, @graph entries flattened. */
export async function jsonLdNodes(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as unknown;
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.flatMap((node) => ((node as { '@graph'?: unknown[] })['@graph'] as Array<Record<string, unknown>>) ?? [node as Record<string, unknown>]);
  });
}

export const hasType = (node: Record<string, unknown>, type: string) => ([] as unknown[]).concat(node['@type']).includes(type);

/** Content of a <meta> by property (Open Graph) or name (Twitter), or null. */
export const metaContent = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content', { timeout: 1000 }).catch(() => null);

/** The hrefs of the result links in the search region, as absolute URLs. */
export const hitLinks = (page: Page) => page.locator('#search-results a.hit').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
