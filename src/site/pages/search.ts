/**
 * Search: a plain GET form whose results are rendered here, so it works
 * without JavaScript and every search has a shareable URL. With JavaScript
 * the client asks for `?partial=1` and swaps in just the results region.
 * It calls the same searchCatalogue() as the search API, with the audience
 * fixed to "public".
 */
import { SearchParamsError, SearchUnavailableError } from '../../search/api/errors';
import { parseSearchParams, type SearchParams } from '../../search/query';
import { searchCatalogue, type CatalogueSearchResult } from '../../search/search';
import type { ArchiveType } from '../../content-model';
import { html, raw, type Html } from '../html';
import type { SiteReader } from '../load/reader';
import { recordPath, searchPath } from '../routes';
import type { PageContext, PageMeta } from '../views/layout';
import { clock } from '../views/media';

const FORM_KEYS = ['q', 'type', 'ethnicGroup', 'language', 'place', 'month', 'mediaKind', 'page'] as const;

export interface SearchPage {
  status: number;
  meta: PageMeta;
  /** The whole page body, and the results region alone (for ?partial=1). */
  body: Html;
  region: Html;
}

interface Labels {
  ethnicGroup: Map<string, string>;
  language: Map<string, string>;
  place: Map<string, string>;
}

async function loadLabels(reader: SiteReader, locale: PageContext['locale']): Promise<Labels> {
  const [groups, languages, places] = await Promise.all([
    reader.findMany('ethnic-group', { fields: ['name', 'gsoCode'], limit: 100 }, locale),
    reader.findMany('language', { fields: ['name', 'iso6393'], limit: 500 }, locale),
    reader.findMany('place', { fields: ['name', 'code'], limit: 1000 }, locale),
  ]);
  return {
    ethnicGroup: new Map(groups.map((g) => [String(g.gsoCode), String(g.name)])),
    language: new Map(languages.map((l) => [String(l.iso6393), String(l.name)])),
    place: new Map(places.map((p) => [String(p.code), String(p.name)])),
  };
}

/** Only the form's own parameters reach the search planner; `partial` and unknown keys are dropped. */
export function formQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(FORM_KEYS.filter((key) => query[key] !== undefined && query[key] !== '').map((key) => [key, query[key]]));
}

function queryString(params: SearchParams, page: number): string {
  const qs = new URLSearchParams();
  if (params.q) qs.set('q', params.q);
  for (const [name, values] of [['type', params.types], ['ethnicGroup', params.ethnicGroups], ['language', params.languages], ['place', params.places], ['month', params.months], ['mediaKind', params.mediaKinds]] as const) {
    for (const value of values) qs.append(name, String(value));
  }
  if (page > 1) qs.set('page', String(page));
  return qs.toString();
}

function facetGroup(name: string, legend: string, counts: Record<string, number>, selected: Array<string | number>, label: (value: string) => string): Html {
  const values = Object.keys(counts);
  for (const value of selected) if (!values.includes(String(value))) values.push(String(value));
  if (values.length === 0) return html``;
  return html`<fieldset><legend>${legend}</legend><div class="facet-list">${values.map((value) => {
    const checked = selected.map(String).includes(value);
    return html`<label><input type="checkbox" name="${name}" value="${value}"${checked ? html` checked` : ''}> ${label(value)} <span class="meta">(${counts[value] ?? 0})</span></label>`;
  })}</div></fieldset>`;
}

function facets(ctx: PageContext, params: SearchParams, result: CatalogueSearchResult, labels: Labels): Html {
  const { t } = ctx;
  const f = result.facets;
  const months: Record<string, number> = {};
  for (const [m, n] of [...Object.entries(f.months.solar), ...Object.entries(f.months.lunar)]) months[m] = Math.max(months[m] ?? 0, n);
  const sortedMonths = Object.fromEntries(Object.entries(months).sort((a, b) => Number(a[0]) - Number(b[0])));
  const any = params.types.length + params.ethnicGroups.length + params.languages.length + params.places.length + params.months.length + params.mediaKinds.length > 0;
  // Closed until a filter is chosen: on a 360 px screen open facets would push every result below the fold.
  return html`<details class="facets"${any ? html` open` : ''}><summary>${t.filters}</summary>
${facetGroup('type', t.facet.type, f.type, params.types, (v) => t.types[v as ArchiveType] ?? v)}
${facetGroup('ethnicGroup', t.facet.ethnicGroup, f.ethnicGroupCodes, params.ethnicGroups, (v) => labels.ethnicGroup.get(v) ?? v)}
${facetGroup('language', t.facet.language, f.languageCodes, params.languages, (v) => labels.language.get(v) ?? v)}
${facetGroup('place', t.facet.place, f.placeCodes, params.places, (v) => labels.place.get(v) ?? v)}
${facetGroup('month', t.facet.month, sortedMonths, params.months, (v) => t.monthFacet(Number(v)))}
${facetGroup('mediaKind', t.facet.mediaKind, f.mediaKinds, params.mediaKinds, (v) => t.mediaKinds[v] ?? v)}
<noscript><button type="submit">${t.applyFilters}</button></noscript>
${any ? html`<p><a href="${searchPath(ctx.locale)}${params.q ? `?q=${encodeURIComponent(params.q)}` : ''}">${t.clearFilters}</a></p>` : ''}
</details>`;
}

function hitHref(ctx: PageContext, hit: Record<string, any>): string {
  const type = hit.type as ArchiveType;
  return recordPath(ctx.locale, type, type === 'media-item' ? hit.documentId : hit.slug ?? hit.documentId);
}

function results(ctx: PageContext, params: SearchParams, result: CatalogueSearchResult): Html {
  const { t } = ctx;
  const hits = result.hits as Array<Record<string, any>>;
  const transcripts = result.transcripts.hits as Array<Record<string, any>>;
  if (hits.length === 0 && transcripts.length === 0) return html`<p data-search-status>${t.noResults}</p>`;
  const pager = result.totalPages > 1
    ? html`<nav class="pager" aria-label="${t.page(result.page, result.totalPages)}">${result.page > 1 ? html`<a href="?${queryString(params, result.page - 1)}" rel="prev">${t.previous}</a>` : html`<span></span>`}<span>${t.page(result.page, result.totalPages)}</span>${
        result.page < result.totalPages ? html`<a href="?${queryString(params, result.page + 1)}" rel="next">${t.next}</a>` : html`<span></span>`
      }</nav>`
    : '';
  return html`<p class="meta" data-search-status>${t.results(result.total)}</p>
<ol class="hits">${hits.map((hit) => {
    const formatted = hit._formatted ?? {};
    const names = Array.isArray(formatted.names) ? (formatted.names as string[]).filter((n) => n.includes('<mark>')) : [];
    return html`<li><span class="tag">${t.types[hit.type as ArchiveType] ?? hit.type}</span> <a class="hit" href="${hitHref(ctx, hit)}">${raw(String(formatted.title ?? ''))}</a>
${names.length ? html`<p class="meta">${raw(names.join(', '))}</p>` : ''}
${formatted.snippet ? html`<p>${raw(String(formatted.snippet))}</p>` : ''}
${(hit.ethnicGroups as string[] | undefined)?.length ? html`<p class="meta">${(hit.ethnicGroups as string[]).join(', ')}</p>` : ''}</li>`;
  })}</ol>
${transcripts.length
  ? html`<h2>${t.inTranscript}</h2><ol class="hits">${transcripts.map(
      (seg) => html`<li><a class="hit" href="${recordPath(ctx.locale, 'media-item', seg.mediaDocumentId)}?t=${Math.floor(Number(seg.start))}">${seg.mediaTitle} <span class="meta">${clock(Number(seg.start))}</span></a><p lang="${seg.tag}">${raw(String(seg._formatted?.text ?? ''))}</p></li>`,
    )}</ol>`
  : ''}
${pager}`;
}

export async function searchPage(ctx: PageContext, reader: SiteReader, query: Record<string, unknown>): Promise<SearchPage> {
  const { t, locale } = ctx;
  let status = 200;
  let region: Html;
  let q = typeof query.q === 'string' ? query.q : '';
  let canonicalQs = '';
  try {
    const params = parseSearchParams({ ...formQuery(query), locale });
    q = params.q;
    canonicalQs = queryString(params, params.page);
    const [result, labels] = await Promise.all([searchCatalogue({ params, audience: 'public', search: reader.search }), loadLabels(reader, locale)]);
    region = html`${facets(ctx, params, result, labels)}<div class="results">${results(ctx, params, result)}</div>`;
  } catch (error) {
    if (error instanceof SearchParamsError) {
      status = 400;
      region = html`<div class="notice" role="alert"><ul>${error.problems.map((p) => html`<li>${p}</li>`)}</ul></div>`;
    } else if (error instanceof SearchUnavailableError) {
      status = 503;
      region = html`<p class="notice" role="alert">${t.searchUnavailable}</p>`;
    } else throw error;
  }
  const body = html`<h1>${t.nav.search}</h1>
<form class="search" data-instant-search action="${searchPath(locale)}" method="get" role="search">
<div class="search-box"><label class="visually-hidden" for="q">${t.searchLabel}</label>
<input id="q" type="search" name="q" value="${q}" placeholder="${t.searchPlaceholder}" maxlength="200" autocomplete="off" enterkeyhint="search">
<button type="submit">${t.searchButton}</button></div>
<div id="search-results" class="layout-search">${region}</div>
</form>`;
  const path = `${searchPath(locale)}${canonicalQs ? `?${canonicalQs}` : ''}`;
  return {
    status,
    region,
    body,
    meta: {
      title: q ? `${t.nav.search}: ${q}` : t.nav.search,
      description: t.tagline,
      path,
      alternates: { vi: `${searchPath('vi')}${canonicalQs ? `?${canonicalQs}` : ''}`, en: `${searchPath('en')}${canonicalQs ? `?${canonicalQs}` : ''}` },
      // Indexable on purpose: a shared search ("lễ hội Thái") is a real page. Crawlers cannot
      // wander through facet combinations, which are checkboxes, not links; the canonical URL
      // normalizes parameter order.
    },
  };
}
