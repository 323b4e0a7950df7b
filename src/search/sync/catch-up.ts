/**
 * Keeps the index from drifting without anyone acting:
 *
 * - At boot (search.catch-up 'boot', queued by bootstrapSearch) and on every
 *   scheduled run: apply the settings if the stored SETTINGS_VERSION differs
 *   or the index is missing, and queue a full sync when the settings were
 *   (re)applied, the marker does not name this database, or the index is
 *   empty while published records exist. If Meilisearch is down, the job
 *   fails and the queue retries it.
 * - Consent expiry: consent expires at the end of its day in Vietnam; an
 *   expired media item or person must leave the index. Each run re-syncs the
 *   published media items and people whose consent expired since the last
 *   run (all expired ones on the first run of a database). The next run is
 *   scheduled for just after the next Vietnam midnight, and at most 6 h
 *   away, so an expired record leaves the index within minutes of midnight.
 */
import type { Core } from '@strapi/strapi';
import { vietnamToday } from '../../access/levels';
import { archive } from '../../archive';
import { ARCHIVE_UIDS, CONSENT_TYPES, uidOf } from '../../content-model';
import { documentCount, type SearchClient } from '../client';
import { SETTINGS_VERSION } from '../settings';
import { applySettings, catalogueIndexName, readMarker } from '../indexes';
import { databaseIdentity } from './identity';
import { CATCH_UP_JOB, queueReindexAll, queueSearchSync } from './queue-sync';

export type CatchUpReason = 'boot' | 'scheduled';

const LAST_SWEEP = { type: 'core', name: 'di-san', key: 'search-consent-swept-through' } as const;
const MAX_GAP_SECONDS = 6 * 3600;

export async function catchUp(strapi: Core.Strapi, client: SearchClient, { reason }: { reason: CatchUpReason }): Promise<{ fullSync: boolean; consentResynced: number }> {
  const appliedCatalogue = await applySettings(client, { kind: 'catalogue' });
  const applied = (await applySettings(client, { kind: 'transcripts' })) || appliedCatalogue;
  const marker = await readMarker(client, catalogueIndexName());
  const stale = marker?.fullSyncOf !== (await databaseIdentity(strapi)) || marker?.fullSyncVersion !== SETTINGS_VERSION;
  const empty = (await documentCount(client, catalogueIndexName())) === 0 && (await hasPublishedRecords(strapi));
  const fullSync = applied || stale || empty;
  if (fullSync) await queueReindexAll(strapi, `catch-up (${reason}): ${applied ? 'settings applied' : stale ? 'no full sync of this database' : 'empty index'}`);

  const consentResynced = await resyncExpiredConsent(strapi);
  await scheduleNext(strapi);
  return { fullSync, consentResynced };
}

async function hasPublishedRecords(strapi: Core.Strapi): Promise<boolean> {
  for (const uid of ARCHIVE_UIDS) {
    if ((await strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true } } })) > 0) return true;
  }
  return false;
}

async function resyncExpiredConsent(strapi: Core.Strapi): Promise<number> {
  const today = vietnamToday();
  const sweptThrough = (await strapi.store.get(LAST_SWEEP)) as string | null | undefined;
  let count = 0;
  for (const uid of CONSENT_TYPES.map(uidOf)) {
    const expiresOn: Record<string, string> = { $lt: today };
    // One day of overlap: a run that died mid-way is covered by the next.
    if (sweptThrough) expiresOn.$gte = new Date(Date.parse(`${sweptThrough}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: { $notNull: true }, consent: { expiresOn } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    for (const documentId of new Set(rows.map((row) => row.documentId))) {
      await queueSearchSync(strapi, uid, documentId);
      count++;
    }
  }
  await strapi.store.set({ ...LAST_SWEEP, value: today });
  return count;
}

/** Seconds until one minute past the next midnight in Vietnam (UTC+7), capped at 6 h. */
export function secondsUntilNextRun(now = new Date()): number {
  const vietnam = new Date(now.getTime() + 7 * 3600_000);
  const nextMidnightVietnam = Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate() + 1) - 7 * 3600_000;
  return Math.min(MAX_GAP_SECONDS, Math.ceil((nextMidnightVietnam - now.getTime()) / 1000) + 60);
}

async function scheduleNext(strapi: Core.Strapi): Promise<void> {
  await archive(strapi).queue.enqueue(CATCH_UP_JOB, { reason: 'scheduled' }, { singletonKey: 'scheduled', startAfterSeconds: secondsUntilNextRun() });
}
