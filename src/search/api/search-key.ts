/**
 * The search-only API key that signs tenant tokens: Meilisearch's own
 * "Default Search API Key", looked up once with the master key and cached
 * (uid and key) for the process. The master key never leaves the server, and
 * neither does this key: only tokens signed with it do.
 */
import { type SearchBackend } from './backend';
import { SearchUnavailableError } from './errors';

export interface SearchKey {
  uid: string;
  key: string;
}

const DEFAULT_SEARCH_KEY_NAME = 'Default Search API Key';
const cached = new Map<string, Promise<SearchKey>>();

async function lookUp(backend: SearchBackend): Promise<SearchKey> {
  let keys;
  try {
    keys = await backend.getKeys();
  } catch (error) {
    throw new SearchUnavailableError(`Meilisearch keys could not be read: ${(error as Error)?.message}`);
  }
  const found =
    keys.find((k) => k.name === DEFAULT_SEARCH_KEY_NAME && !k.expiresAt) ??
    keys.find((k) => k.actions.length === 1 && k.actions[0] === 'search' && k.indexes.includes('*') && !k.expiresAt);
  if (!found) throw new SearchUnavailableError(`Meilisearch has no "${DEFAULT_SEARCH_KEY_NAME}" (a search-only key for all indexes) to sign tenant tokens with.`);
  return { uid: found.uid, key: found.key };
}

/** The signing key of the server `backend` talks to (MEILI_HOST may change at runtime). */
export function getSearchKey(backend: SearchBackend): Promise<SearchKey> {
  let key = cached.get(backend.host);
  if (!key) {
    key = lookUp(backend);
    cached.set(backend.host, key);
    // A failed look-up (Meilisearch down) is retried on the next request.
    key.catch(() => cached.delete(backend.host));
  }
  return key;
}
