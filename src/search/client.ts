/**
 * The only module that talks to Meilisearch (and the only import of
 * 'meilisearch'). Env: MEILI_HOST, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX
 * (default ''; prefixes every index name, so test files or several archives
 * can share one server).
 *
 * meilisearch-js 0.62 is ESM-only; Node 20.19+ loads it with require() under
 * our CommonJS build, and its types are reached by path because
 * `moduleResolution: node` ignores package "exports".
 */
import type * as Meili from 'meilisearch/dist/index';
import type * as MeiliToken from 'meilisearch/dist/token';

const { Meilisearch } = require('meilisearch') as typeof Meili;

export type SearchClient = Meili.Meilisearch;
export type SearchIndex<T extends Meili.RecordAny = Meili.RecordAny> = Meili.Index<T>;
export type IndexSettings = Meili.Settings;
export type SearchParams = Meili.SearchParams;
export type SearchResponse<T extends Meili.RecordAny = Meili.RecordAny> = Meili.SearchResponse<T>;
export type MultiSearchParams = Meili.MultiSearchParams;
export type { Filter } from 'meilisearch/dist/index';
export const { MeilisearchApiError } = require('meilisearch') as typeof Meili;

export interface SearchConfig {
  host: string;
  apiKey: string;
}

export function searchConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SearchConfig | null {
  if (!env.MEILI_HOST) return null;
  return { host: env.MEILI_HOST.replace(/\/+$/, ''), apiKey: env.MEILI_MASTER_KEY ?? '' };
}

/** True when Meilisearch answers /health with "available" within the timeout. */
export async function isSearchHealthy(config: SearchConfig, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(`${config.host}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
      // Compressed keep-alive responses stall the Node client ~44 ms (see README).
      headers: { 'accept-encoding': 'identity' },
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'available';
  } catch {
    return false;
  }
}

/** A client for the given server; the app's own is archive(strapi).search. */
export function createSearchClient(config: SearchConfig): SearchClient {
  return new Meilisearch({
    host: config.host,
    apiKey: config.apiKey,
    // Without it every request on a kept-alive connection stalls ~44 ms (stack-facts).
    requestInit: { headers: { 'accept-encoding': 'identity' } },
    // Indexing a batch or applying settings on a busy 2-core host can take a while.
    defaultWaitOptions: { timeout: 120_000, interval: 50 },
  });
}

/** MEILI_INDEX_PREFIX + name: every index this app touches goes through here. */
export const indexName = (base: string, env: NodeJS.ProcessEnv = process.env) => `${env.MEILI_INDEX_PREFIX ?? ''}${base}`;

/** Waits for an enqueued task and throws when it failed, with Meilisearch's own message. */
export async function settle(task: Meili.EnqueuedTaskPromise): Promise<Meili.Task> {
  const done = await task.waitTask();
  if (done.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? 'no reason given'}`);
  }
  return done;
}

/** Upsert (replace) documents by `id` and wait until they are searchable. */
export async function addDocuments<T extends Meili.RecordAny>(client: SearchClient, index: string, documents: T[]): Promise<void> {
  if (documents.length === 0) return;
  await settle(client.index<T>(index).addDocuments(documents, { primaryKey: 'id' }));
}

export async function deleteDocuments(client: SearchClient, index: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await settle(client.index(index).deleteDocuments(ids));
}

/** Deletes by filter (the attribute must be filterable); a missing index has nothing to delete. */
export async function deleteDocumentsByFilter(client: SearchClient, index: string, filter: string): Promise<void> {
  if (!(await indexExists(client, index))) return;
  await settle(client.index(index).deleteDocuments({ filter }));
}

/** One document by id, or null when it (or the index) does not exist. */
export async function getDocument<T extends Meili.RecordAny>(client: SearchClient, index: string, id: string): Promise<T | null> {
  try {
    return await client.index<T>(index).getDocument<T>(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Pages through every document of an index (only the given fields). */
export async function* allDocuments<T extends Meili.RecordAny>(
  client: SearchClient,
  index: string,
  fields: Array<Extract<keyof T, string>>,
  pageSize = 1000,
): AsyncGenerator<T[]> {
  if (!(await indexExists(client, index))) return;
  for (let offset = 0; ; offset += pageSize) {
    const page = await client.index<T>(index).getDocuments({ fields, offset, limit: pageSize });
    if (page.results.length) yield page.results;
    if (offset + pageSize >= page.total) return;
  }
}

export async function indexExists(client: SearchClient, index: string): Promise<boolean> {
  try {
    await client.getRawIndex(index);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

export async function documentCount(client: SearchClient, index: string): Promise<number> {
  if (!(await indexExists(client, index))) return 0;
  return (await client.index(index).getStats()).numberOfDocuments;
}

export async function createIndex(client: SearchClient, index: string): Promise<void> {
  if (await indexExists(client, index)) return;
  const task = await client.createIndex(index, { primaryKey: 'id' }).waitTask();
  // A concurrent worker may have created it first.
  if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
    throw new Error(`Creating index ${index} ${task.status}: ${task.error?.message ?? 'no reason given'}`);
  }
}

export async function updateSettings(client: SearchClient, index: string, settings: IndexSettings): Promise<void> {
  await settle(client.index(index).updateSettings(settings));
}

export async function deleteIndex(client: SearchClient, index: string): Promise<void> {
  await client.deleteIndexIfExists(index);
}

/** Atomically exchanges two indexes' contents (for a reindex into a fresh index, then swap). */
export async function swapIndexes(client: SearchClient, pairs: Array<[string, string]>): Promise<void> {
  await settle(client.swapIndexes(pairs.map((indexes) => ({ indexes, rename: false }))));
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return code === 'index_not_found' || code === 'document_not_found';
}

export const { generateTenantToken } = require('meilisearch/token') as typeof MeiliToken;
