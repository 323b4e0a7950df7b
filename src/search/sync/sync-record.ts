/**
 * Makes the index agree with one record as the database has it now
 * (idempotent: the search.sync job runs it, at least once per change).
 */
import type { Core } from '@strapi/strapi';
import { catalogueId, type CatalogueDocument } from '../catalogue';
import { addDocuments, deleteDocuments, deleteDocumentsByFilter, getDocument, type SearchClient } from '../client';
import { catalogueIndexName, ensureIndexes, transcriptsIndexName } from '../indexes';
import { buildRecordDocuments } from './build';
import { typeOf } from '../../content-model';
import { SEARCH_LOCALES } from './load';
import { isShownElsewhere, relatedRecords } from './related';

export interface SyncOutcome {
  indexed: number;
  deleted: boolean;
  /** Records whose documents show this one and were queued again. */
  related: Array<{ uid: string; documentId: string }>;
}

export async function syncRecord(
  strapi: Core.Strapi,
  client: SearchClient,
  { uid, documentId, enqueueRelated }: { uid: string; documentId: string; enqueueRelated: (records: Array<{ uid: string; documentId: string }>) => Promise<void> },
): Promise<SyncOutcome> {
  await ensureIndexes(client);
  const type = typeOf(uid);
  const built = await buildRecordDocuments(strapi, { uid, documentId });
  const ids = SEARCH_LOCALES.map((locale) => catalogueId({ type, documentId, locale }));

  // Compare with what is indexed before writing, so a retry after a failed write still re-queues the related records.
  let related: Array<{ uid: string; documentId: string }> = [];
  if (isShownElsewhere(type)) {
    const before = await Promise.all(ids.map((id) => getDocument<CatalogueDocument>(client, catalogueIndexName(), id)));
    const shown = (doc: Pick<CatalogueDocument, 'title' | 'accessLevel' | 'mediaKinds'> | null | undefined) =>
      doc ? JSON.stringify([doc.title, doc.accessLevel, type === 'media-item' ? doc.mediaKinds : null]) : null;
    const changed = ids.some((id, i) => shown(before[i]) !== shown(built.catalogue.find((doc) => doc.id === id)));
    if (changed) {
      related = await relatedRecords(strapi, { type, documentId });
      await enqueueRelated(related);
    }
  }

  if (built.catalogue.length) await addDocuments(client, catalogueIndexName(), built.catalogue);
  else await deleteDocuments(client, catalogueIndexName(), ids);
  if (built.transcripts) {
    await deleteDocumentsByFilter(client, transcriptsIndexName(), `mediaDocumentId = ${JSON.stringify(documentId)}`);
    await addDocuments(client, transcriptsIndexName(), built.transcripts);
  }
  return { indexed: built.catalogue.length, deleted: built.catalogue.length === 0, related };
}
