/** Enqueue a record's sync (joins the caller's transaction when there is one). */
import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { isArchiveUid } from '../../content-model';
import { searchConfigFromEnv } from '../client';

export const SYNC_JOB = 'search.sync';
export const REINDEX_ALL_JOB = 'search.reindex-all';
export const CATCH_UP_JOB = 'search.catch-up';

export { isArchiveUid };
export const searchEnabled = () => searchConfigFromEnv() !== null;

/**
 * Queues `search.sync` for one record: call it after any write that changes
 * what a record's search documents hold and that bypasses the document
 * service (e.g. the media pipeline recording renditions with db.query).
 * One waiting job per record (singletonKey `${uid}:${documentId}`); a no-op
 * when search is off (MEILI_HOST unset) or the uid is not an archive type.
 */
export async function queueSearchSync(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  if (!searchEnabled() || !isArchiveUid(uid) || !documentId) return;
  await archive(strapi).queue.enqueue(SYNC_JOB, { uid, documentId }, { singletonKey: `${uid}:${documentId}` });
}

/** Queues the full sync (one waiting at a time). */
export async function queueReindexAll(strapi: Core.Strapi, reason: string): Promise<void> {
  if (searchEnabled()) await archive(strapi).queue.enqueue(REINDEX_ALL_JOB, { reason }, { singletonKey: 'all' });
}
