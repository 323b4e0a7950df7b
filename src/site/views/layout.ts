/**
 * The page shell: head (title, description, canonical, hreflang, Open Graph,
 * Twitter card, JSON-LD), header with navigation and language switch, main,
 * footer. Every page goes through here, so share previews and alternates are
 * never forgotten.
 */
import { html, jsonForScript, raw, type Html } from '../html';
import type { Messages } from '../i18n';
import { calendarPath, homePath, researcherPath, searchPath, type SiteLocale } from '../routes';
import { SITE_CSS } from './styles';

export interface PageImage {
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** This page's path (with its canonical query, if any). */
  path: string;
  /** The same page in each locale; null for pages that exist in one locale only. */
  alternates: Record<SiteLocale, string> | null;
  image?: PageImage;
  ogType?: 'website' | 'article' | 'video.other' | 'music.song';
  jsonLd?: Array<Record<string, unknown>>;
  /** Error pages and search results stay out of search engines. */
  noindex?: boolean;
  /** Further `<meta name content>` pairs (a record's citation_* tags for reference managers). */
  metaTags?: Array<[name: string, content: string]>;
}

export interface PageContext {
  locale: SiteLocale;
  t: Messages;
  /** Absolute origin for canonical and share URLs, e.g. https://disan.dienbien.gov.vn */
  origin: string;
  asset(name: string): string;
  /** Path of the current request, for the language switch. */
  currentPath: string;
}

const OG_LOCALE: Record<SiteLocale, string> = { vi: 'vi_VN', en: 'en_US' };

export const absolute = (ctx: PageContext, path: string) => (/^https?:\/\//.test(path) ? path : ctx.origin + path);

function head(ctx: PageContext, meta: PageMeta): Html {
  const canonical = absolute(ctx, meta.path);
  const image = meta.image ?? { url: ctx.asset('og-default.png'), width: 1200, height: 630, alt: ctx.t.siteName };
  const fullTitle = meta.title === ctx.t.siteName ? meta.title : `${meta.title} – ${ctx.t.siteName}`;
  const other: SiteLocale = ctx.locale === 'vi' ? 'en' : 'vi';
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
${meta.alternates
  ? html`<link rel="alternate" hreflang="vi" href="${absolute(ctx, meta.alternates.vi)}">
<link rel="alternate" hreflang="en" href="${absolute(ctx, meta.alternates.en)}">
<link rel="alternate" hreflang="x-default" href="${absolute(ctx, meta.alternates.vi)}">`
  : ''}
<meta property="og:site_name" content="${ctx.t.siteName}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${OG_LOCALE[ctx.locale]}">
${meta.alternates ? html`<meta property="og:locale:alternate" content="${OG_LOCALE[other]}">` : ''}
<meta property="og:image" content="${absolute(ctx, image.url)}">
${image.width ? html`<meta property="og:image:width" content="${image.width}">` : ''}
${image.height ? html`<meta property="og:image:height" content="${image.height}">` : ''}
<meta property="og:image:alt" content="${image.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
<meta name="twitter:image" content="${absolute(ctx, image.url)}">
${(meta.metaTags ?? []).map(([name, content]) => html`<meta name="${name}" content="${content}">
`)}<meta name="theme-color" content="#1d1b18">
<link rel="icon" href="${ctx.asset('favicon.svg')}" type="image/svg+xml">
<style>${raw(SITE_CSS)}</style>
<script type="module" src="${ctx.asset('site.js')}"></script>
${(meta.jsonLd ?? []).map((item) => html`<script type="application/ld+json">${jsonForScript(item)}</script>`)}`;
}

function header(ctx: PageContext, meta: PageMeta): Html {
  const { t, locale } = ctx;
  const other: SiteLocale = locale === 'vi' ? 'en' : 'vi';
  const switchTo = meta.alternates?.[other] ?? homePath(other);
  return html`<a class="skip" href="#main">${t.skip}</a>
<header class="site"><div class="wrap">
<a class="brand" href="${homePath(locale)}">${t.siteName}</a>
<nav class="main" aria-label="${t.menu}"><ul>
<li><a href="${searchPath(locale)}">${t.nav.search}</a></li>
<li><a href="${calendarPath(locale)}">${t.nav.calendar}</a></li>
</ul></nav>
<a class="lang" href="${switchTo}" hreflang="${other}" lang="${other}">${t.otherLanguage}</a>
</div></header>`;
}

export function layout(ctx: PageContext, meta: PageMeta, body: Html): string {
  const { t, locale } = ctx;
  return html`<!doctype html>
<html lang="${locale}" data-hls-src="${ctx.asset('hls.js')}">
<head>
${head(ctx, meta)}
</head>
<body>
${header(ctx, meta)}
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site"><div class="wrap"><p>${t.footer}</p>
<p><a href="${researcherPath(locale, 'request')}">${t.forResearchers}</a> · <a href="${researcherPath(locale, 'sign-in')}">${t.researcherSignIn}</a></p></div></footer>
<p id="live-status" class="visually-hidden" aria-live="polite"></p>
</body>
</html>`.value;
}

/** A search form (plain GET; the search page enhances its own). */
export function searchBox(ctx: PageContext, value = ''): Html {
  const { t } = ctx;
  return html`<form class="search-box" role="search" action="${searchPath(ctx.locale)}" method="get">
<label class="visually-hidden" for="q-box">${t.searchLabel}</label>
<input id="q-box" type="search" name="q" value="${value}" placeholder="${t.searchPlaceholder}" maxlength="200" autocomplete="off" enterkeyhint="search">
<button type="submit">${t.searchButton}</button>
</form>`;
}

export function breadcrumbs(ctx: PageContext, items: Array<{ href?: string; label: string }>): Html {
  return html`<nav class="crumbs" aria-label="${ctx.t.breadcrumb}"><ol>
<li><a href="${homePath(ctx.locale)}">${ctx.t.home}</a></li>
${items.map((item) => (item.href ? html`<li><a href="${item.href}">${item.label}</a></li>` : html`<li aria-current="page">${item.label}</li>`))}
</ol></nav>`;
}
