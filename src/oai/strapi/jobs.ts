/**
 * The ledger as durable jobs on the app queue (at-least-once; the handler
 * re-reads the record, so running twice is harmless):
 *
 * - oai.refresh { uid, documentId }: one record's entry, after any write to it;
 * - oai.rebuild: a refresh of every record, when an archive that already has
 *   published records first gets the ledger (an upgrade), or on demand.
 */
import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { ARCHIVE_UIDS, isArchiveUid } from '../../content-model';
import type { JobServicesOfApp } from '../../jobs';
import type { JobDefinition } from '../../queue/contract';
import { refreshEntry } from './refresh';

export const REFRESH_JOB = 'oai.refresh';
export const REBUILD_JOB = 'oai.rebuild';

/** Queues one record's refresh (joins the caller's transaction when there is one); one waiting job per record. */
export async function queueOaiRefresh(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  if (!isArchiveUid(uid) || !documentId) return;
  await archive(strapi).queue.enqueue(REFRESH_JOB, { uid, documentId }, { singletonKey: `${uid}:${documentId}` });
}

export const oaiRefreshJob: JobDefinition<{ uid: string; documentId: string }, JobServicesOfApp> = {
  name: REFRESH_JOB,
  retries: 10,
  backoffSeconds: 5,
  maxBackoffSeconds: 300,
  timeoutSeconds: 120,
  validate(payload) {
    const { uid, documentId } = (payload ?? {}) as { uid?: unknown; documentId?: unknown };
    if (typeof uid !== 'string' || !isArchiveUid(uid)) throw new Error(`uid must be an archive content type (got ${JSON.stringify(uid)}).`);
    if (typeof documentId !== 'string' || documentId === '') throw new Error('documentId is required.');
    return { uid, documentId };
  },
  async handler({ uid, documentId }, { strapi }) {
    await refreshEntry(strapi, uid, documentId, { refreshLater: (u, id) => queueOaiRefresh(strapi, u, id) });
  },
};

export const oaiRebuildJob: JobDefinition<{ reason: string }, JobServicesOfApp> = {
  name: REBUILD_JOB,
  retries: 5,
  backoffSeconds: 10,
  timeoutSeconds: 3600,
  validate: (payload) => ({ reason: String((payload as { reason?: unknown })?.reason ?? 'manual') }),
  async handler(_payload, { strapi, reportProgress }) {
    const work: Array<[string, string]> = [];
    for (const uid of ARCHIVE_UIDS) {
      const rows = (await strapi.db.query(uid).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
      for (const documentId of new Set(rows.map((row) => row.documentId))) work.push([uid, documentId]);
    }
    for (const [index, [uid, documentId]] of work.entries()) {
      // Every record is refreshed here anyway: nothing to queue for linked ones.
      await refreshEntry(strapi, uid, documentId, { refreshLater: async () => {} });
      if (index % 50 === 0) await reportProgress((100 * index) / work.length);
    }
  },
};
