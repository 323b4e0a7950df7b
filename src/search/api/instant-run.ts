/** Executing the instant-search side (see ./instant for the decision): token issuance and the proxy call. */
import type { Audience } from '../../access/levels';
import { isNotFound, type SearchClient } from '../client';
import { meiliApiError, searchBackend, type RawSearchResult } from './backend';
import { SearchParamsError, SearchUnavailableError } from './errors';
import { planInstantRequest, searchRulesFor, stripHidden, TOKEN_LIFETIME_SECONDS } from './instant';
import { getSearchKey } from './search-key';
import { signTenantToken, verifyTenantToken } from './tenant-token';

export interface IssuedToken {
  token: string;
  expiresAt: string;
  indexes: { catalogue: string; transcripts: string };
}

export async function issueSearchToken({ audience, search, now = Date.now() }: { audience: Audience; search: SearchClient | null; now?: number }): Promise<IssuedToken> {
  const backend = searchBackend(search);
  const key = await getSearchKey(backend);
  const exp = Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS;
  const token = signTenantToken({ claims: { searchRules: searchRulesFor({ audience, indexes: backend.indexes, validUntil: exp * 1000 }), apiKeyUid: key.uid, exp }, apiKey: key.key });
  return { token, expiresAt: new Date(exp * 1000).toISOString(), indexes: backend.indexes };
}

export class InvalidSearchTokenError extends Error {}

/** Run a proxied multi-search for the holder of `token`. */
export async function instantSearch({ token, body, search }: { token: string | null; body: unknown; search: SearchClient | null }): Promise<{ results: RawSearchResult[] }> {
  const backend = searchBackend(search);
  const key = await getSearchKey(backend);
  const claims = token ? verifyTenantToken({ token, apiKey: key.key, apiKeyUid: key.uid }) : null;
  if (!claims) throw new InvalidSearchTokenError('A valid search token is required: get one from GET /api/catalogue/search-token (it lasts 10 minutes).');
  const request = planInstantRequest({ body, rules: claims.searchRules, indexes: backend.indexes });
  try {
    const { results } = await backend.multiSearch(request);
    return { results: results.map(stripHidden) };
  } catch (error) {
    const api = meiliApiError(error);
    // The caller's own filter, sort or facet was refused (e.g. an attribute that is not filterable): their mistake, 400.
    if (api && /^invalid_(multi_)?search_/.test(api.code)) throw new SearchParamsError([`${api.code}: ${api.message}`]);
    if (isNotFound(error)) return { results: request.queries.map((q) => ({ indexUid: String(q.indexUid), hits: [], processingTimeMs: 0, estimatedTotalHits: 0, query: q.q ?? '' })) };
    throw new SearchUnavailableError(api ? `${api.code}: ${api.message}` : `Meilisearch is unreachable: ${(error as Error)?.message}`);
  }
}
