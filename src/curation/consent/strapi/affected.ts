/**
 * What a withdrawal reaches: the record itself and every media item under its
 * consent. For a person that is the portrait (the only link from a person to
 * a media item, src/content-model); for a media item, the item alone.
 */
import type { Core } from '@strapi/strapi';
import { uidOf } from '../../../content-model';
import type { ConsentRecord } from '../../../access/levels';

export interface Row {
  id: number;
  documentId: string;
  consent?: (ConsentRecord & { id: number }) | null;
  portrait?: { documentId: string } | null;
}

/** Every row of a document (each locale, draft and published), with its consent. */
export async function rowsOf(strapi: Core.Strapi, uid: string, documentId: string, withPortrait = false): Promise<Row[]> {
  return (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    populate: { consent: true, ...(withPortrait && { portrait: { select: ['documentId'] } }) },
    orderBy: { id: 'asc' },
  })) as Row[];
}

/** The media items a withdrawal of this record takes with it (documentIds, each once). */
export function affectedMediaItems(uid: string, documentId: string, rows: Row[]): string[] {
  if (uid === uidOf('media-item')) return [documentId];
  return [...new Set(rows.map((row) => row.portrait?.documentId).filter((id): id is string => !!id))];
}

/** The consent of a document: a non-localized component, the same on every row; the draft's when they differ. */
export const consentOf = (rows: Row[]): Row['consent'] => rows.find((row) => row.consent)?.consent ?? null;
