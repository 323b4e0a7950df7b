/**
 * Deletes the derivative runs of a media item that no version refers to any
 * more: after a new run is recorded, a publish replaced the published run, a
 * draft was discarded, or the item was deleted. Storage is listed BEFORE the
 * versions are read, so a run that starts meanwhile (its `pendingRun` is
 * recorded before its first object is stored) is never taken for an orphan.
 */
import type { Core } from '@strapi/strapi';
import { DERIVATIVES_PREFIX, runOfKey } from '../../media-access/keys';
import type { ObjectStore } from '../../storage/object-store';
import { loadVersions, referencedRuns } from './versions';

/** Keys of runs that `runs` does not name (a key that names no run is stale too). Pure. */
export function unreferencedKeys({ keys, runs }: { keys: string[]; runs: Set<string> }): string[] {
  return keys.filter((key) => !runs.has(runOfKey(key) ?? ''));
}

export async function pruneRuns({ strapi, store, documentId }: { strapi: Core.Strapi; store: ObjectStore; documentId: string }): Promise<number> {
  const keys = await store.list(`${DERIVATIVES_PREFIX}${documentId}/`);
  if (keys.length === 0) return 0;
  const stale = unreferencedKeys({ keys, runs: referencedRuns(await loadVersions(strapi, documentId)) });
  if (stale.length) await store.delete(stale);
  return stale.length;
}
