/**
 * Executing a planned catalogue search, thinly: one multi-search round trip
 * (catalogue + transcript segments), then the response mapped to what a
 * result page needs. Planning and validation live in ./query.
 */
import type { Audience } from '../access/levels';
import { meiliApiError, type RawSearchResult, searchBackend } from './api/backend';
import { isNotFound, type SearchClient } from './client';
import { SearchUnavailableError } from './api/errors';
import { CATALOGUE_HIGHLIGHT_FIELDS, CATALOGUE_HIT_FIELDS, TRANSCRIPT_HIT_FIELDS } from './api/fields';
import { toHighlightHtml } from './api/highlight';
import { buildSearchRequest, type SearchParams } from './query';

type Hit = Record<string, unknown> & { _formatted?: Record<string, unknown> };

export interface CatalogueSearchResult {
  hits: Array<Record<string, unknown>>;
  facets: {
    type: Record<string, number>;
    ethnicGroupCodes: Record<string, number>;
    languageCodes: Record<string, number>;
    placeCodes: Record<string, number>;
    mediaKinds: Record<string, number>;
    heritage: Record<string, number>;
    decade: Record<string, number>;
    months: { lunar: Record<string, number>; solar: Record<string, number> };
  };
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
  transcripts: { hits: Array<Record<string, unknown>>; total: number };
}

const pickFields = (hit: Hit, fields: readonly string[]) => Object.fromEntries(fields.filter((f) => f in hit).map((f) => [f, hit[f]]));

function toCatalogueHit(hit: Hit) {
  const formatted = hit._formatted ?? {};
  return {
    ...pickFields(hit, CATALOGUE_HIT_FIELDS),
    _formatted: Object.fromEntries(CATALOGUE_HIGHLIGHT_FIELDS.map((f) => [f, toHighlightHtml(formatted[f] ?? hit[f])])),
  };
}

function toTranscriptHit(hit: Hit) {
  const { id: _id, locale: _locale, accessLevel: _level, ...segment } = pickFields(hit, TRANSCRIPT_HIT_FIELDS);
  return { ...segment, _formatted: { text: toHighlightHtml(hit._formatted?.text ?? hit.text) } };
}

function emptyResult(params: SearchParams): CatalogueSearchResult {
  const none = {};
  return {
    hits: [],
    facets: { type: none, ethnicGroupCodes: none, languageCodes: none, placeCodes: none, mediaKinds: none, heritage: none, decade: none, months: { lunar: none, solar: none } },
    total: 0,
    page: params.page,
    pageSize: params.pageSize,
    totalPages: 0,
    processingTimeMs: 0,
    transcripts: { hits: [], total: 0 },
  };
}

function toResult(params: SearchParams, [catalogue, transcripts]: RawSearchResult[]): CatalogueSearchResult {
  const facets = catalogue.facetDistribution ?? {};
  return {
    hits: catalogue.hits.map(toCatalogueHit),
    facets: {
      type: facets.type ?? {},
      ethnicGroupCodes: facets.ethnicGroupCodes ?? {},
      languageCodes: facets.languageCodes ?? {},
      placeCodes: facets.placeCodes ?? {},
      mediaKinds: facets.mediaKinds ?? {},
      heritage: facets.heritage ?? {},
      decade: facets.decade ?? {},
      months: { lunar: facets.lunarMonths ?? {}, solar: facets.solarMonths ?? {} },
    },
    total: catalogue.totalHits ?? 0,
    page: catalogue.page ?? params.page,
    pageSize: catalogue.hitsPerPage ?? params.pageSize,
    totalPages: catalogue.totalPages ?? 0,
    processingTimeMs: catalogue.processingTimeMs + (transcripts?.processingTimeMs ?? 0),
    transcripts: transcripts
      ? { hits: transcripts.hits.map(toTranscriptHit), total: transcripts.estimatedTotalHits ?? transcripts.hits.length }
      : { hits: [], total: 0 },
  };
}

/** Search the catalogue as `audience`. Throws SearchUnavailableError when Meilisearch cannot answer. */
export async function searchCatalogue({
  params,
  audience,
  search,
}: {
  params: SearchParams;
  audience: Audience;
  /** The app's client, archive(strapi).search. */
  search: SearchClient | null;
}): Promise<CatalogueSearchResult> {
  const backend = searchBackend(search);
  const request = buildSearchRequest({ params, audience, indexes: backend.indexes });
  try {
    return toResult(params, (await backend.multiSearch(request)).results);
  } catch (error) {
    // Nothing indexed yet (a fresh archive before its first sync) is an empty catalogue, not an outage.
    if (isNotFound(error)) return emptyResult(params);
    const api = meiliApiError(error);
    throw new SearchUnavailableError(api ? `Meilisearch refused the search: ${api.code}: ${api.message}` : `Meilisearch is unreachable: ${(error as Error)?.message}`);
  }
}
