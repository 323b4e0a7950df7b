/**
 * The running archive's parts: the object store, the job queue, the search
 * client and the tus upload endpoint. register() builds them once, in the
 * order they depend on each other, and keeps them on the strapi object
 * itself, never in module state: Strapi runs the compiled copy of this code
 * in dist/, while tests and scripts import src/ through tsx, and both copies
 * must see the same parts. `archive(strapi)` is the one way to reach them.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createQueue } from './queue';
import type { QueueAdapter } from './queue/contract';
import { createSearchClient, searchConfigFromEnv, type SearchClient } from './search/client';
import { createObjectStore, type ObjectStore } from './storage';
import { createTus, type TusRuntime } from './tus/register';

export interface Archive {
  /** Originals and derivatives: S3 when S3_* is set, else files under DATA_DIR/media. */
  storage: ObjectStore;
  /** Made in register, started in bootstrap (workers unless WORKERS_IN_APP=false), stopped in destroy. */
  queue: QueueAdapter;
  /**
   * Meilisearch, or null when MEILI_HOST is unset. Read from env at each use
   * (a new client when MEILI_HOST or MEILI_MASTER_KEY changed), as before:
   * tests point a running app at a dead host, or turn search on late.
   */
  readonly search: SearchClient | null;
  /** The resumable upload endpoint and where its unfinished uploads wait. */
  tus: TusRuntime;
  /** Runs `fn` in destroy(), after the queue stopped (timers, handles). */
  onStop(fn: () => void | Promise<void>): void;
  /** Stops the queue (letting running jobs finish up to 10 s), then what onStop() was given. */
  stop(): Promise<void>;
}

const KEY = Symbol.for('di-san.archive');

type WithArchive = Core.Strapi & { [KEY]?: Archive };

/** The app's parts; throws before register() built them. */
export function archive(strapi: Core.Strapi): Archive {
  const parts = (strapi as WithArchive)[KEY];
  if (!parts) throw new Error('The archive is not built yet (buildArchive runs in register).');
  return parts;
}

/** Stops the app's parts; nothing to do when register() failed before building them. */
export async function stopArchive(strapi: Core.Strapi): Promise<void> {
  await (strapi as WithArchive)[KEY]?.stop();
}

/** DATA_DIR: where local media, tus uploads and the SQLite database live. @default .data */
export const dataDirFromEnv = (env: NodeJS.ProcessEnv = process.env) => path.resolve(env.DATA_DIR || '.data');

/**
 * Builds the parts in dependency order (storage, then search, then the queue,
 * then tus, which writes finished uploads to storage) and keeps them on strapi.
 */
export function buildArchive(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Archive {
  const dataDir = dataDirFromEnv(env);
  const storage = createObjectStore({ env, dataDir });
  const search = searchFromEnv(env);
  const queue = createQueue({ strapi });
  const tus = createTus({ strapi, storage, dataDir });
  const stops: Array<() => void | Promise<void>> = [];
  const parts: Archive = {
    storage,
    queue,
    get search() {
      return search();
    },
    tus,
    onStop: (fn) => void stops.push(fn),
    async stop() {
      await queue.stop({ graceful: true, timeoutSeconds: 10 });
      for (const fn of stops.splice(0)) await fn();
    },
  };
  Object.defineProperty(strapi, KEY, { value: parts, configurable: true, enumerable: false });
  return parts;
}

/** A client per MEILI_HOST + MEILI_MASTER_KEY, remembered by this archive only. */
function searchFromEnv(env: NodeJS.ProcessEnv): () => SearchClient | null {
  let cached: { key: string; client: SearchClient } | undefined;
  return () => {
    const config = searchConfigFromEnv(env);
    if (!config) return null;
    const key = `${config.host}\n${config.apiKey}`;
    if (cached?.key !== key) cached = { key, client: createSearchClient(config) };
    return cached.client;
  };
}

/** The archive's search client, for work that cannot do anything useful without it (a job is then retried). */
export function requireSearch(parts: Pick<Archive, 'search'>): SearchClient {
  const client = parts.search;
  if (!client) throw new Error('MEILI_HOST is not set: search indexing is off.');
  return client;
}
