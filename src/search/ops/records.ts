/**
 * Which records the index should hold, read from the database: every archive
 * record that has a published version (buildRecordDocuments then decides
 * whether it is indexed: restricted records yield no documents).
 */
import type { Core } from '@strapi/strapi';
import { ARCHIVE_UIDS } from '../../content-model';

export interface RecordRef {
  uid: string;
  documentId: string;
}

const PAGE = 500;

/** Every archive record with a published version, once per document (both locales share a documentId). */
export async function publishedRecords(strapi: Core.Strapi): Promise<RecordRef[]> {
  const records: RecordRef[] = [];
  for (const uid of ARCHIVE_UIDS) {
    const seen = new Set<string>();
    for (let offset = 0; ; offset += PAGE) {
      const rows = (await strapi.db.query(uid).findMany({
        where: { publishedAt: { $notNull: true } },
        select: ['documentId'],
        orderBy: { id: 'asc' },
        offset,
        limit: PAGE,
      })) as Array<{ documentId: string }>;
      for (const { documentId } of rows) {
        if (seen.has(documentId)) continue;
        seen.add(documentId);
        records.push({ uid, documentId });
      }
      if (rows.length < PAGE) break;
    }
  }
  return records;
}

/** Records with any row (draft or published, any locale) written at or after `since`. */
export async function recordsChangedSince(strapi: Core.Strapi, since: Date): Promise<RecordRef[]> {
  const records: RecordRef[] = [];
  for (const uid of ARCHIVE_UIDS) {
    const rows = (await strapi.db.query(uid).findMany({
      where: { updatedAt: { $gte: since } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    for (const documentId of new Set(rows.map((row) => row.documentId))) records.push({ uid, documentId });
  }
  return records;
}

/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
export async function mapWithLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
