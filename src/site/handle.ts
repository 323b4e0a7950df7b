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
import { CalendarQueryError, calendarIcs, calendarPage } from './pages/calendar';
import { homePage } from './pages/home';
import { festivalIcs, recordPage } from './pages/record';
import { searchPage } from './pages/search';
import { robotsTxt, sitemapXml } from './pages/sitemap';
import { send, type SiteCtx } from './respond';
import { isSitePath, matchRoute, type Route, type SiteLocale } from './routes';
import { badRequestPage, errorPage } from './views/errors';
import { layout, type PageContext, type PageMeta } from './views/layout';
import type { Html } from './html';

const HTML = 'text/html; charset=utf-8';

/** The public origin for canonical and share URLs: PUBLIC_URL when set (production), else this request's host. */
function originOf(strapi: Core.Strapi, ctx: SiteCtx & { protocol?: string; host?: string }): string {
  const configured = String(strapi.config.get('server.url', '') ?? '').replace(/\/+$/, '');
  if (/^https?:\/\//.test(configured)) return configured;
  return `${ctx.protocol ?? 'http'}://${ctx.host ?? '127.0.0.1'}`;
}

export function createSiteHandler(strapi: Core.Strapi) {
  let assets: SiteAssets | null = null;
  const assetsOf = () => (assets ??= loadSiteAssets(strapi.dirs.dist.root ?? path.join(strapi.dirs.app.root, 'dist')));

  const pageContext = (ctx: SiteCtx, locale: SiteLocale): PageContext => ({
    locale,
    t: messages(locale),
    origin: originOf(strapi, ctx),
    asset: (name) => assetsOf().path(name),
    currentPath: ctx.path,
  });

  const render = (ctx: SiteCtx, page: PageContext, result: { meta: PageMeta; body: Html }, status = 200) =>
    send(ctx, { status, type: HTML, body: layout(page, result.meta, result.body) });

  async function serveRoute(ctx: SiteCtx, route: Route): Promise<void> {
    const reader = siteReader(strapi);
    if (route.page === 'robots') return send(ctx, { type: 'text/plain; charset=utf-8', body: robotsTxt(originOf(strapi, ctx)), cache: 'public, max-age=3600' });
    if (route.page === 'sitemap') return send(ctx, { type: 'application/xml; charset=utf-8', body: await sitemapXml(reader, originOf(strapi, ctx)), cache: 'public, max-age=600' });
    const page = pageContext(ctx, route.locale);
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
      case 'record-ics': {
        const ics = await festivalIcs(page, reader, route.key);
        if (!ics) return render(ctx, page, errorPage(page, 404), 404);
        ctx.set('Content-Disposition', `attachment; filename="${route.key}.ics"`);
        return send(ctx, { type: 'text/calendar; charset=utf-8', body: ics });
      }
    }
  }

  const localeOfPath = (p: string): SiteLocale => (p === '/en' || p.startsWith('/en/') ? 'en' : 'vi');

  return {
    /** True when the site answered. */
    async handle(ctx: SiteCtx): Promise<boolean> {
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
      if (await assetsOf().serve(ctx as never)) return true;
      const route = matchRoute(ctx.path);
      if (!route) {
        if (!isSitePath(ctx.path)) return false;
        const page = pageContext(ctx, localeOfPath(ctx.path));
        render(ctx, page, errorPage(page, 404), 404);
        return true;
      }
      try {
        await serveRoute(ctx, route);
      } catch (error) {
        strapi.log.error(`site: ${ctx.method} ${ctx.path} failed: ${(error as Error)?.stack ?? error}`);
        const page = pageContext(ctx, 'locale' in route ? route.locale : 'vi');
        render(ctx, page, errorPage(page, 500), 500);
      }
      return true;
    },
    /** A friendly HTML 404 for unknown paths a browser asked for (not the API's JSON 404s). */
    notFound(ctx: SiteCtx): void {
      const page = pageContext(ctx, localeOfPath(ctx.path));
      render(ctx, page, errorPage(page, 404), 404);
    },
  };
}
