/**
 * A random id for this database, made once and kept in Strapi's core store.
 * The index marker records which database it was fully synced from, so a
 * fresh (or restored, or swapped) database pointed at an existing index
 * resyncs everything instead of trusting documents it did not write.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const KEY = { type: 'core', name: 'di-san', key: 'search-database-id' } as const;

export async function databaseIdentity(strapi: Core.Strapi): Promise<string> {
  const stored = (await strapi.store.get(KEY)) as string | null | undefined;
  if (stored) return stored;
  const id = randomUUID();
  await strapi.store.set({ ...KEY, value: id });
  return id;
}
