/**
 * Search sync as durable jobs on the app queue (at-least-once; every handler
 * re-reads the database and is idempotent).
 *
 * - search.sync { uid, documentId }: one record's documents.
 * - search.reindex-all: queues search.sync for every record, removes
 *   documents of records that no longer exist, records the full sync.
 * - search.catch-up { reason }: at boot and on a schedule — applies settings,
 *   queues a full sync when needed, re-syncs records whose consent expired.
 *
 * Retries: while Meilisearch is down every attempt fails and is retried with
 * backoff 5 s · 2^(n-1), capped at 30 s (pg-boss, which cannot cap a growing
 * delay: every 30 s): 3000 retries wait out a day-long outage, and a record is
 * searchable within ~30 s of Meilisearch coming back. Anything still unsynced
 * after that is caught by the next full sync (boot catch-up, or reindex).
 */
import { requireSearch } from '../../archive';
import type { JobServicesOfApp } from '../../jobs';
import type { JobDefinition } from '../../queue/contract';
import { catchUp, type CatchUpReason } from './catch-up';
import { CATCH_UP_JOB, isArchiveUid, queueSearchSync, REINDEX_ALL_JOB, searchEnabled, SYNC_JOB } from './queue-sync';
import { reindexAll } from './reindex-all';
import { syncRecord } from './sync-record';

const RETRY = { retries: 3000, backoffSeconds: 5, maxBackoffSeconds: 30 };

export interface SearchSyncPayload {
  uid: string;
  documentId: string;
}

export const searchSyncJob: JobDefinition<SearchSyncPayload, JobServicesOfApp> = {
  name: SYNC_JOB,
  ...RETRY,
  timeoutSeconds: 300,
  validate(payload) {
    const { uid, documentId } = (payload ?? {}) as Partial<SearchSyncPayload>;
    if (typeof uid !== 'string' || !isArchiveUid(uid)) throw new Error(`uid must be an archive content type (got ${JSON.stringify(uid)}).`);
    if (typeof documentId !== 'string' || documentId === '') throw new Error('documentId is required.');
    return { uid, documentId };
  },
  async handler({ uid, documentId }, context) {
    if (!searchEnabled()) return;
    const { strapi } = context;
    await syncRecord(strapi, requireSearch(context), {
      uid,
      documentId,
      enqueueRelated: async (records) => {
        for (const record of records) await queueSearchSync(strapi, record.uid, record.documentId);
      },
    });
  },
};

export const reindexAllJob: JobDefinition<{ reason: string }, JobServicesOfApp> = {
  name: REINDEX_ALL_JOB,
  ...RETRY,
  timeoutSeconds: 3600,
  validate: (payload) => ({ reason: String((payload as { reason?: unknown })?.reason ?? 'manual') }),
  async handler(_payload, context) {
    if (!searchEnabled()) return;
    await reindexAll(context.strapi, requireSearch(context), { reportProgress: (percent) => context.reportProgress(percent) });
  },
};

export const catchUpJob: JobDefinition<{ reason: CatchUpReason }, JobServicesOfApp> = {
  name: CATCH_UP_JOB,
  ...RETRY,
  timeoutSeconds: 600,
  validate(payload) {
    const reason = (payload as { reason?: unknown })?.reason;
    if (reason !== 'boot' && reason !== 'scheduled') throw new Error('reason must be "boot" or "scheduled".');
    return { reason };
  },
  async handler({ reason }, { strapi, ...services }) {
    if (!searchEnabled()) return;
    await catchUp(strapi, requireSearch(services), { reason });
  },
};
