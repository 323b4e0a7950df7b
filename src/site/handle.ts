/**
 * The public site's request handling: match the path, load through the
 * public reader, render, answer. Anything a visitor may not see answers the
 * same 404 page as a record that never existed.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadSiteAssets, type SiteAssets } from './assets';
import { messages } from './i18n';
import { siteReader } from './load/reader';
import { previewReader } from './load/preview-reader';
import { isValidPreview, previewKey } from '../curation/preview/token';
import { CalendarQueryError, calendarIcs, calendarPage } from './pages/calendar';
import { homePage } from './pages/home';
import { festivalIcs, recordPage } from './pages/record';
import { citationItem } from './pages/cite';
import { loadCitedRecord } from './load/cite';
import { DOWNLOADS } from '../cite/formats';
import { MODEL } from '../content-model';
import { recordPath } from './routes';
import { searchPage } from './pages/search';
import { robotsTxt, sitemapXml } from './pages/sitemap';
import { send, type SiteCtx } from './respond';
import { isSitePath, matchRoute, type Route, type SiteLocale } from './routes';
import { badRequestPage, errorPage } from './views/errors';
import { layout, type PageContext, type PageMeta } from './views/layout';
import { html, type Html } from './html';
import { hostPolicy, siteOrigin, type SiteOrigin } from './origin';
import { createResearcherPages, type ResearcherCtx } from './pages/researchers';

const HTML = 'text/html; charset=utf-8';

/** Said to a request for an unknown host in production: nothing in it comes from the request. */
const UNKNOWN_HOST =
  'Kho lưu trữ Di Sản không phục vụ tên miền này. / The Di Sản archive is not served under this host name.\n' +
  '(Quản trị viên: đặt PUBLIC_URL hoặc thêm tên miền vào ALLOWED_HOSTS. / Operators: set PUBLIC_URL, or list the host in ALLOWED_HOSTS.)\n';

export function createSiteHandler(strapi: Core.Strapi) {
  let assets: SiteAssets | null = null;
  const assetsOf = () => (assets ??= loadSiteAssets(strapi.dirs.dist.root ?? path.join(strapi.dirs.app.root, 'dist')));

  // Read on each request: config is the operator's, and cheap to read.
  const originFor = (ctx: SiteCtx) => siteOrigin(hostPolicy(strapi.config), { protocol: ctx.protocol ?? 'http', host: ctx.host ?? '' });

  /**
   * Answers a request for a host that may not build links (421), or runs `serve` with
   * the origin. A response built from a host the operator did not configure is never
   * left in a shared cache, whatever `serve` asked for.
   */
  const withOrigin = async (ctx: SiteCtx, serve: (origin: string) => Promise<void> | void): Promise<void> => {
    const site: SiteOrigin = originFor(ctx);
    if ('isRefused' in site) return send(ctx, { status: 421, type: 'text/plain; charset=utf-8', body: UNKNOWN_HOST, cache: 'no-store' });
    await serve(site.origin);
    // A no-store answer (a preview) stays no-store.
    if (!site.isShareable && ctx.response?.get('Cache-Control') !== 'no-store') ctx.set('Cache-Control', 'private, no-cache');
  };

  const pageContext = (ctx: SiteCtx, locale: SiteLocale, origin: string): PageContext => ({
    locale,
    t: messages(locale),
    origin,
    asset: (name) => assetsOf().path(name),
    currentPath: ctx.path,
  });

  const render = (ctx: SiteCtx, page: PageContext, result: { meta: PageMeta; body: Html }, status = 200) =>
    send(ctx, { status, type: HTML, body: layout(page, result.meta, result.body) });

  async function serveRoute(ctx: SiteCtx, route: Route, origin: string): Promise<void> {
    const reader = siteReader(strapi);
    if (route.page === 'robots') return send(ctx, { type: 'text/plain; charset=utf-8', body: robotsTxt(origin), cache: 'public, max-age=3600' });
    if (route.page === 'sitemap') return send(ctx, { type: 'application/xml; charset=utf-8', body: await sitemapXml(reader, origin), cache: 'public, max-age=600' });
    const page = pageContext(ctx, route.locale, origin);
    switch (route.page) {
      case 'home':
        return render(ctx, page, await homePage(page, reader));
      case 'search': {
        const result = await searchPage(page, reader, ctx.query);
        if (ctx.query.partial === '1') return send(ctx, { status: result.status, type: HTML, body: result.region.value });
        return render(ctx, page, result, result.status);
      }
      case 'calendar':
        try {
          return render(ctx, page, await calendarPage(page, reader, ctx.query));
        } catch (error) {
          if (error instanceof CalendarQueryError) return render(ctx, page, badRequestPage(page, error.message), 400);
          throw error;
        }
      case 'calendar-ics':
        return send(ctx, { type: 'text/calendar; charset=utf-8', body: await calendarIcs(page, reader) });
      case 'record': {
        const result = await recordPage(page, reader, { type: route.type, key: route.key, query: ctx.query });
        return result ? render(ctx, page, result) : render(ctx, page, errorPage(page, 404), 404);
      }
      case 'preview':
        return servePreview(ctx, page, route);
      case 'researcher':
        return serveResearcher(ctx, page, route);
      case 'permalink': {
        // 302, not 301: the target moves when the slug changes, and a browser keeps a 301 for good.
        const record = await loadCitedRecord(reader, route.type, route.documentId, route.locale);
        if (!record) return render(ctx, page, errorPage(page, 404), 404);
        const target = origin + recordPath(route.locale, route.type, String(record[MODEL[route.type].pageKey]));
        send(ctx, { status: 302, type: 'text/plain; charset=utf-8', body: `${target}\n` });
        return ctx.set('Location', target);
      }
      case 'cite-file': {
        const record = await loadCitedRecord(reader, route.type, route.documentId, route.locale);
        if (!record) return render(ctx, page, errorPage(page, 404), 404);
        const download = DOWNLOADS[route.format];
        ctx.set('Content-Disposition', `attachment; filename="disan-${route.type}-${route.documentId}.${route.format}"`);
        return send(ctx, { type: download.contentType, body: download.render(citationItem(page, route.type, record)) });
      }
      case 'record-ics': {
        const ics = await festivalIcs(page, reader, route.key);
        if (!ics) return render(ctx, page, errorPage(page, 404), 404);
        ctx.set('Content-Disposition', `attachment; filename="${route.key}.ics"`);
        return send(ctx, { type: 'text/calendar; charset=utf-8', body: ics });
      }
    }
  }

  /**
   * A draft on the real page layout, for the admin's Preview frame: only with
   * a valid token for exactly this record, locale and status (else the same
   * 404 as a missing record), never indexed, never kept by any cache.
   */
  async function servePreview(ctx: SiteCtx, page: PageContext, route: Extract<Route, { page: 'preview' }>): Promise<void> {
    const status = ctx.query.status === 'published' ? 'published' : 'draft';
    const { type, documentId, locale } = route;
    const key = previewKey(String(strapi.config.get('admin.auth.secret', '')));
    const result = isValidPreview(key, { type, documentId, locale, status }, ctx.query.token)
      ? await recordPage(page, previewReader(strapi, { documentId, status }), { type, key: documentId, query: ctx.query, by: 'documentId' })
      : null;
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    if (!result) return send(ctx, { status: 404, type: HTML, body: layout(page, errorPage(page, 404).meta, errorPage(page, 404).body), cache: 'no-store' });
    const banner = html`<p class="preview-note" role="status">${page.t.previewNote}</p>`;
    const body = html`${banner}${result.body}`;
    send(ctx, { type: HTML, body: layout(page, { ...result.meta, noindex: true }, body), cache: 'no-store' });
  }

  const researchers = createResearcherPages(strapi);

  /** The researcher pages never reach a cache: they show a person's own account, or a token once. */
  async function serveResearcher(ctx: SiteCtx, page: PageContext, route: Extract<Route, { page: 'researcher' }>): Promise<void> {
    const result = await researchers.serve(ctx as ResearcherCtx, page, route.view);
    if ('redirect' in result) {
      // 303: after a POST the browser follows with a GET, so a reload does not send the form again.
      send(ctx, { status: 303, type: 'text/plain; charset=utf-8', body: `${page.origin}${result.redirect}\n`, cache: 'no-store' });
      return ctx.set('Location', page.origin + result.redirect);
    }
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    send(ctx, { status: result.status, type: HTML, body: layout(page, result.meta, result.body), cache: 'no-store' });
  }

  const localeOfPath = (p: string): SiteLocale => (p === '/en' || p.startsWith('/en/') ? 'en' : 'vi');

  return {
    /** True when the site answered. */
    async handle(ctx: SiteCtx): Promise<boolean> {
      // The researcher pages are the site's only forms that POST.
      if (ctx.method === 'POST') {
        if (matchRoute(ctx.path)?.page !== 'researcher') return false;
      } else if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
      else if (await assetsOf().serve(ctx as never)) return true;
      const route = matchRoute(ctx.path);
      if (!route) {
        if (!isSitePath(ctx.path)) return false;
        await withOrigin(ctx, (origin) => {
          const page = pageContext(ctx, localeOfPath(ctx.path), origin);
          render(ctx, page, errorPage(page, 404), 404);
        });
        return true;
      }
      await withOrigin(ctx, async (origin) => {
        try {
          await serveRoute(ctx, route, origin);
        } catch (error) {
          strapi.log.error(`site: ${ctx.method} ${ctx.path} failed: ${(error as Error)?.stack ?? error}`);
          const page = pageContext(ctx, 'locale' in route ? route.locale : 'vi', origin);
          render(ctx, page, errorPage(page, 500), 500);
        }
      });
      return true;
    },
    /** A friendly HTML 404 for unknown paths a browser asked for (not the API's JSON 404s). */
    async notFound(ctx: SiteCtx): Promise<void> {
      await withOrigin(ctx, (origin) => {
        const page = pageContext(ctx, localeOfPath(ctx.path), origin);
        render(ctx, page, errorPage(page, 404), 404);
      });
    },
  };
}
