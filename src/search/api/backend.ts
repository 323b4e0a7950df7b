/**
 * What the search API needs from src/search/client.ts (the only module that
 * imports 'meilisearch'): the configured client and the prefixed index names.
 * Kept to the few calls used, so the API code reads against a small surface.
 */
import type { MultiSearchParams, SearchClient } from '../client';
import { catalogueIndexName, transcriptsIndexName } from '../indexes';
import { SearchUnavailableError } from './errors';

export interface SearchIndexes {
  catalogue: string;
  transcripts: string;
}

export interface RawSearchResult {
  indexUid: string;
  hits: Array<Record<string, unknown>>;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
  totalHits?: number;
  estimatedTotalHits?: number;
  page?: number;
  hitsPerPage?: number;
  totalPages?: number;
  [key: string]: unknown;
}

export interface SearchBackend {
  /** The server's address (never its key): cached look-ups are per server. */
  host: string;
  indexes: SearchIndexes;
  multiSearch(body: { queries: Array<Record<string, unknown>> }): Promise<{ results: RawSearchResult[] }>;
  getKeys(): Promise<Array<{ uid: string; key: string; name?: string | null; actions: string[]; indexes: string[]; expiresAt?: unknown }>>;
}

export const searchIndexes = (): SearchIndexes => ({ catalogue: catalogueIndexName(), transcripts: transcriptsIndexName() });

/** The app's client (`archive(strapi).search`) as a backend; SearchUnavailableError when MEILI_HOST is not set. */
export function searchBackend(client: SearchClient | null): SearchBackend {
  if (!client) throw new SearchUnavailableError('Meilisearch is not configured (MEILI_HOST is not set).');
  return {
    host: client.config.host,
    indexes: searchIndexes(),
    multiSearch: (body) => client.multiSearch(body as MultiSearchParams) as unknown as Promise<{ results: RawSearchResult[] }>,
    getKeys: async () => (await client.getKeys({ limit: 100 })).results,
  };
}

export function meiliApiError(error: unknown): { status: number; code: string; message: string } | null {
  const e = error as { name?: string; message?: string; cause?: { code?: string }; response?: { status?: number } };
  if (e?.name !== 'MeilisearchApiError' || !e.cause?.code) return null;
  return { status: e.response?.status ?? 500, code: e.cause.code, message: e.message ?? '' };
}
