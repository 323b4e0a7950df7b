/**
 * Reads what a record's documents are made of: its published version in
 * each UI locale, populated with the linked records the documents name, and
 * the kinds of published media linked to it. Internal reads (no request
 * context), so the access guard leaves them alone; visibility is decided by
 * the caller and the mappers.
 */
import type { Core } from '@strapi/strapi';
import { isVisibleTo, type Audience, type ConsentRecord } from '../../access/levels';
import { linksTo, reverseLinks, typeOf, uidOf } from '../../content-model';
import type { CatalogueLocale, CatalogueType } from '../catalogue';
import type { IndexableRecord } from '../documents';

export const SEARCH_LOCALES: CatalogueLocale[] = ['vi', 'en'];

const linkFields = ['documentId', 'name', 'accessLevel', 'publishedAt'];
const group = { fields: [...linkFields, 'gsoCode'] };
const language = { fields: [...linkFields, 'iso6393'] };
// A place with its commune/ward (and that one's parent, for villages and sites).
const place = {
  fields: [...linkFields, 'code', 'kind'],
  populate: { parent: { fields: [...linkFields, 'code', 'kind'], populate: { parent: { fields: [...linkFields, 'code', 'kind'] } } } },
};

export const POPULATE: Record<CatalogueType, Record<string, unknown>> = {
  'ethnic-group': { otherNames: true, languages: language, places: place },
  language: { speakingGroups: group },
  festival: { otherNames: true, ethnicGroups: group, places: place, timing: true, occurrences: true, heritageStatus: true },
  custom: { otherNames: true, ethnicGroups: group, places: place, heritageStatus: true },
  place: { formerUnits: true, parent: place },
  'media-item': { ethnicGroups: group, languages: language, place, consent: true },
  person: { otherNames: true, ethnicGroups: group, place, consent: true },
  story: { ethnicGroups: group, places: place },
};

export type LoadedRecord = IndexableRecord & {
  accessLevel?: string | null;
  consent?: ConsentRecord | null;
  renditions?: { files?: Array<{ captions?: Array<{ tag: string; key: string }> }> } | null;
  publishedAt?: unknown;
};

/** The published version of a record in each UI locale (null where there is none). */
export async function loadPublished(strapi: Core.Strapi, uid: string, documentId: string): Promise<Record<CatalogueLocale, LoadedRecord | null>> {
  const documents = strapi.documents(uidOf(typeOf(uid)));
  const entries = await Promise.all(
    SEARCH_LOCALES.map(async (locale) => {
      const record = await documents.findOne({ documentId, locale, status: 'published', populate: POPULATE[typeOf(uid)] });
      return [locale, (record as LoadedRecord | null) ?? null] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<CatalogueLocale, LoadedRecord | null>;
}

/**
 * Records that hold media items through a relation of their own (a story's
 * mediaItems); the others are pointed at by the media items' relations. A
 * person's portrait is not among their media: no kinds are listed for it.
 */
export const MEDIA_HOLDERS = reverseLinks('media-item').filter((link) => link.field !== 'portrait');

/** Kinds of the published media items linked to a record that `audience` may see (consent included). */
export async function linkedMediaKinds(
  strapi: Core.Strapi,
  { type, documentId, audience, today }: { type: CatalogueType; documentId: string; audience: Audience; today?: string },
): Promise<string[]> {
  let rows: Array<{ kind?: string | null; accessLevel?: string | null; consent?: ConsentRecord | null }> = [];
  const field = linksTo('media-item').find((link) => link.target === type)?.field;
  const holder = MEDIA_HOLDERS.find((link) => link.source === type);
  if (field) {
    rows = await strapi.db.query(uidOf('media-item')).findMany({
      where: { publishedAt: { $notNull: true }, [field]: { documentId } },
      select: ['kind', 'accessLevel'],
      populate: { consent: true },
    });
  } else if (holder) {
    const record = (await strapi.db.query(uidOf(type)).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      populate: { [holder.field]: { where: { publishedAt: { $notNull: true } }, select: ['kind', 'accessLevel'], populate: { consent: true } } },
    })) as Record<string, typeof rows | undefined> | null;
    rows = record?.[holder.field] ?? [];
  }
  const kinds = rows.filter((row) => isVisibleTo({ record: row, audience, today })).map((row) => row.kind ?? '');
  return [...new Set(kinds.filter(Boolean))].sort();
}
