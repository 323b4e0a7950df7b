/**
 * The full sync: every record of every archive type gets a search.sync job
 * (in batches, each batch in one transaction), documents of records that no
 * longer exist are removed, and the marker says which database was synced.
 * A fresh database (or a wiped Meilisearch) indexes itself this way.
 */
import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { ARCHIVE_UIDS, MODEL, uidOf } from '../../content-model';
import type { CatalogueDocument, TranscriptSegmentDocument } from '../catalogue';
import { allDocuments, deleteDocuments, type SearchClient } from '../client';
import { SETTINGS_VERSION } from '../settings';
import { catalogueIndexName, ensureIndexes, readMarker, transcriptsIndexName, writeMarker } from '../indexes';
import { databaseIdentity } from './identity';
import { SYNC_JOB } from './queue-sync';

const BATCH = 200;

export async function reindexAll(
  strapi: Core.Strapi,
  client: SearchClient,
  { reportProgress = async () => {} }: { reportProgress?: (percent: number) => Promise<void> } = {},
): Promise<{ queued: number; removed: number }> {
  await ensureIndexes(client);
  const existing = new Set<string>();
  let queued = 0;
  for (const [position, uid] of ARCHIVE_UIDS.entries()) {
    for (let offset = 0; ; offset += BATCH) {
      // Every row (draft and published, all locales) names its document; sync decides what is indexed.
      const rows = (await strapi.db.query(uid).findMany({ select: ['documentId'], orderBy: { id: 'asc' }, offset, limit: BATCH })) as Array<{ documentId: string }>;
      const fresh = [...new Set(rows.map((row) => row.documentId))].filter((id) => !existing.has(`${uid}:${id}`));
      await strapi.db.transaction(async () => {
        for (const documentId of fresh) {
          existing.add(`${uid}:${documentId}`);
          await archive(strapi).queue.enqueue(SYNC_JOB, { uid, documentId }, { singletonKey: `${uid}:${documentId}` });
        }
      });
      queued += fresh.length;
      if (rows.length < BATCH) break;
    }
    await reportProgress(((position + 1) / ARCHIVE_UIDS.length) * 80);
  }

  let removed = 0;
  const orphanIds: string[] = [];
  for await (const page of allDocuments<CatalogueDocument>(client, catalogueIndexName(), ['id', 'type', 'documentId'])) {
    // A type the model no longer has (an index from older code) has no uid: its documents are orphans.
    for (const doc of page) if (!existing.has(`${MODEL[doc.type]?.uid}:${doc.documentId}`)) orphanIds.push(doc.id);
  }
  await deleteDocuments(client, catalogueIndexName(), orphanIds);
  removed += orphanIds.length;
  const orphanSegments: string[] = [];
  for await (const page of allDocuments<TranscriptSegmentDocument>(client, transcriptsIndexName(), ['id', 'mediaDocumentId'])) {
    for (const doc of page) if (!existing.has(`${uidOf('media-item')}:${doc.mediaDocumentId}`)) orphanSegments.push(doc.id);
  }
  await deleteDocuments(client, transcriptsIndexName(), orphanSegments);
  removed += orphanSegments.length;

  const marker = await readMarker(client, catalogueIndexName());
  await writeMarker(client, {
    ...(marker ?? {}),
    id: catalogueIndexName(),
    fullSyncOf: await databaseIdentity(strapi),
    fullSyncVersion: SETTINGS_VERSION,
    fullSyncAt: new Date().toISOString(),
  });
  await reportProgress(100);
  return { queued, removed };
}
