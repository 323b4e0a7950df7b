/**
 * Rebuilds both search indexes with no downtime: every published record's
 * documents go into fresh indexes (`<live>_next_<timestamp>`, settings
 * applied first), which are then swapped with the live ones in one atomic
 * Meilisearch task; the old contents (now under the "next" names) are
 * deleted. Searches keep hitting the live names throughout.
 *
 * Writes that land while the rebuild runs go to the old live index and would
 * be lost by the swap, so afterwards every record changed since the start,
 * and every record built that is no longer published, gets a search.sync
 * job (run by the app's workers).
 */
import type { Core } from '@strapi/strapi';
import { addDocuments, deleteDocuments, deleteIndex, indexExists, swapIndexes, type SearchClient } from '../client';
import { applySettings, catalogueIndexName, markSettingsApplied, metaIndexName, readMarker, transcriptsIndexName, writeMarker } from '../indexes';
import { SETTINGS_VERSION, type IndexKind } from '../settings';
import { buildRecordDocuments } from '../sync/build';
import { databaseIdentity } from '../sync/identity';
import { queueSearchSync } from '../sync/queue-sync';
import { mapWithLimit, publishedRecords, recordsChangedSince, type RecordRef } from './records';

const KINDS: IndexKind[] = ['catalogue', 'transcripts'];

export interface ReindexOptions {
  /** Called after each batch: records built so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Records per batch (documents are added once per batch). @default 100 */
  batchSize?: number;
  /** Records built at the same time within a batch. @default 4 */
  concurrency?: number;
}

export interface ReindexReport {
  /** The live index names (unchanged by the swap). */
  live: Record<IndexKind, string>;
  records: number;
  catalogueDocuments: number;
  transcriptSegments: number;
  /** Records changed (or unpublished) during the rebuild, queued for a sync. */
  requeued: number;
  seconds: number;
}

export async function reindex(strapi: Core.Strapi, client: SearchClient, { onProgress = () => {}, batchSize = 100, concurrency = 4 }: ReindexOptions = {}): Promise<ReindexReport> {
  const startedAt = new Date();
  const live: Record<IndexKind, string> = { catalogue: catalogueIndexName(), transcripts: transcriptsIndexName() };
  const next: Record<IndexKind, string> = { catalogue: `${live.catalogue}_next_${startedAt.getTime()}`, transcripts: `${live.transcripts}_next_${startedAt.getTime()}` };
  let catalogueDocuments = 0;
  let transcriptSegments = 0;
  let records: RecordRef[] = [];
  try {
    for (const kind of KINDS) await applySettings(client, { kind, index: next[kind], force: true });
    records = await publishedRecords(strapi);
    onProgress(0, records.length);
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const built = await mapWithLimit(batch, concurrency, (record) => buildRecordDocuments(strapi, record));
      const catalogue = built.flatMap((b) => b.catalogue);
      const transcripts = built.flatMap((b) => b.transcripts ?? []);
      await addDocuments(client, next.catalogue, catalogue);
      await addDocuments(client, next.transcripts, transcripts);
      catalogueDocuments += catalogue.length;
      transcriptSegments += transcripts.length;
      onProgress(start + batch.length, records.length);
    }
    // A swap needs both sides to exist: a first reindex swaps with an empty live index.
    for (const kind of KINDS) if (!(await indexExists(client, live[kind]))) await applySettings(client, { kind, index: live[kind], force: true });
    await swapIndexes(client, KINDS.map((kind) => [live[kind], next[kind]] as [string, string]));
    for (const kind of KINDS) await markSettingsApplied(client, live[kind]);
    const marker = await readMarker(client, live.catalogue);
    await writeMarker(client, {
      ...(marker ?? {}),
      id: live.catalogue,
      settingsVersion: SETTINGS_VERSION,
      fullSyncOf: await databaseIdentity(strapi),
      fullSyncVersion: SETTINGS_VERSION,
      fullSyncAt: new Date().toISOString(),
    });
  } finally {
    // Before the swap these hold the partial rebuild; after it, the old contents.
    for (const kind of KINDS) await deleteIndex(client, next[kind]);
    if (await indexExists(client, metaIndexName())) await deleteDocuments(client, metaIndexName(), KINDS.map((kind) => next[kind]));
  }

  const stillPublished = new Set((await publishedRecords(strapi)).map((r) => `${r.uid}:${r.documentId}`));
  const requeue = new Map<string, RecordRef>();
  for (const record of records) if (!stillPublished.has(`${record.uid}:${record.documentId}`)) requeue.set(`${record.uid}:${record.documentId}`, record);
  for (const record of await recordsChangedSince(strapi, startedAt)) requeue.set(`${record.uid}:${record.documentId}`, record);
  for (const record of requeue.values()) await queueSearchSync(strapi, record.uid, record.documentId);

  return { live, records: records.length, catalogueDocuments, transcriptSegments, requeued: requeue.size, seconds: (Date.now() - startedAt.getTime()) / 1000 };
}
