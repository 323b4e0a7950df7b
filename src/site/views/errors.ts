/** Friendly 404 and 500 pages, in the visitor's language, with a way on (search, home). */
import { html, type Html } from '../html';
import { homePath } from '../routes';
import { searchBox, type PageContext, type PageMeta } from './layout';

export function errorPage(ctx: PageContext, status: 404 | 500 | 400): { meta: PageMeta; body: Html } {
  const { t } = ctx;
  const notFound = status === 404;
  const title = notFound ? t.notFoundTitle : t.errorTitle;
  const text = notFound ? t.notFoundText : t.errorText;
  return {
    meta: { title, description: text, path: ctx.currentPath, alternates: null, noindex: true },
    body: html`<h1>${title}</h1><p>${text}</p>${searchBox(ctx)}<p><a href="${homePath(ctx.locale)}">${t.home}</a></p>`,
  };
}

export function badRequestPage(ctx: PageContext, problem: string): { meta: PageMeta; body: Html } {
  const page = errorPage(ctx, 400);
  return { meta: page.meta, body: html`<h1>${page.meta.title}</h1><p class="notice" role="alert">${problem}</p>${searchBox(ctx)}` };
}
