/**
 * What the IIIF documents are built from, read through the site reader: the
 * public audience's guard (published, public level, valid consent) at the
 * root and inside every populated relation. A hidden record reads as
 * missing, exactly like an unknown one.
 */
import { reverseLinks } from '../../content-model';
import type { Row, SiteReader } from '../../site/load/reader';
import type { CollectionType } from '../paths';

const NAMED = { fields: ['name'], populate: { otherNames: true } };
const NAMED_PLAIN = { fields: ['name'] };
// consent: whether the item is public decides between plain and signed file URLs.
const MEDIA_POPULATE = { consent: true, ethnicGroups: NAMED, festivals: NAMED, customs: NAMED, languages: NAMED_PLAIN, place: NAMED_PLAIN };

/** A Collection lists at most this many items, newest first; IIIF paging is not worth it at the archive's sizes. */
export const COLLECTION_LIMIT = 500;

export interface Versions {
  vi: Row;
  en: Row | null;
}

/** The English row only when it is a real translation (the reader falls back to Vietnamese). */
const english = (row: Row | null): Row | null => (row?.locale === 'en' ? row : null);

export async function loadMediaItem(reader: SiteReader, documentId: string): Promise<Versions | null> {
  const vi = await reader.findOne('media-item', { documentId }, 'vi', MEDIA_POPULATE);
  if (!vi?.renditions) return null;
  return { vi, en: english(await reader.findOne('media-item', { documentId }, 'en', MEDIA_POPULATE)) };
}

export async function loadCollection(reader: SiteReader, type: CollectionType, slug: string): Promise<{ record: Versions; items: Versions[] } | null> {
  const populate = type === 'story' ? { mediaItems: true } : { otherNames: true };
  const vi = await reader.findOne(type, { slug }, 'vi', populate);
  if (!vi) return null;
  // By documentId: a translation may have its own slug, or none yet.
  const en = english(await reader.findOne(type, { documentId: vi.documentId }, 'en', populate));
  let rows: Row[];
  if (type === 'story') {
    rows = (vi.mediaItems as Row[] | undefined) ?? [];
  } else {
    // The media item's relation that points at this type (festivals, customs, ethnicGroups), from the content model.
    const relation = reverseLinks(type).find((link) => link.source === 'media-item')?.field;
    if (!relation) return null;
    rows = await reader.findMany('media-item', { filters: { [relation]: { documentId: vi.documentId } }, sort: ['createdAt:desc'], limit: COLLECTION_LIMIT }, 'vi');
  }
  const ready = rows.filter((row) => row.renditions).slice(0, COLLECTION_LIMIT);
  const translations = ready.length
    ? await reader.findMany('media-item', { filters: { documentId: { $in: ready.map((row) => row.documentId) } }, limit: ready.length }, 'en')
    : [];
  const enById = new Map(translations.filter((row) => row.locale === 'en').map((row) => [row.documentId, row]));
  return { record: { vi, en }, items: ready.map((row) => ({ vi: row, en: enById.get(row.documentId) ?? null })) };
}
