import type { Core } from '@strapi/strapi';
import { createSiteHandler } from '../site/handle';
import type { SiteCtx } from '../site/respond';

const NOT_SITE = /^\/(api|admin|media|uploads|_health|content-manager|content-type-builder|upload|i18n|users-permissions|email|review-workflows|content-releases|documentation|di-san)(\/|$)/;

/**
 * The public site (src/site), served by the app itself: Vietnamese at /,
 * English at /en/. Paths that are not the site's pass on to Strapi; a browser
 * asking for an unknown page that nothing else answered gets the site's
 * friendly 404 instead of a JSON error.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const site = createSiteHandler(strapi);
  return async (ctx: SiteCtx, next: () => Promise<void>) => {
    if (await site.handle(ctx)) return;
    await next();
    const wantsHtml = /text\/html/.test(ctx.get('Accept'));
    if (ctx.status === 404 && wantsHtml && (ctx.method === 'GET' || ctx.method === 'HEAD') && !NOT_SITE.test(ctx.path)) await site.notFound(ctx);
  };
};
