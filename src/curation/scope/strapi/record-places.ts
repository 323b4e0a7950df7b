import type { Core } from '@strapi/strapi';
import { typeOf } from '../../../content-model';
import { PLACE_LINKS, type RecordPlaces } from '../plan';

type Row = Record<string, unknown> & { documentId: string; createdBy?: { id: number } | null };

/**
 * Where a record lies, read from its draft (what an officer edits), all
 * locales together: relations are per locale, and a place set on either
 * version counts. Null when the document does not exist.
 */
export async function recordPlaces(strapi: Core.Strapi, uid: string, documentId: string): Promise<RecordPlaces | null> {
  const link = PLACE_LINKS[typeOf(uid)] ?? { kind: 'none' };
  const populate: Record<string, unknown> = { createdBy: { select: ['id'] } };
  if (link.kind === 'many' || link.kind === 'one') populate[link.field] = { select: ['documentId'] };
  if (link.kind === 'self') populate.parent = { select: ['documentId'] };
  const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId, publishedAt: null }, populate })) as Row[];
  if (rows.length === 0) return null;
  const places = new Set<string>();
  for (const row of rows) {
    if (link.kind === 'many') for (const place of (row[link.field] as Row[] | null) ?? []) places.add(place.documentId);
    if (link.kind === 'one' && row[link.field]) places.add((row[link.field] as Row).documentId);
    if (link.kind === 'self') {
      places.add(row.documentId);
      if (row.parent) places.add((row.parent as Row).documentId);
    }
  }
  const createdBy = rows.find((row) => row.createdBy)?.createdBy?.id ?? null;
  return { places: [...places], createdBy };
}
