/**
 * Reads what a record's documents are made of: its published version in
 * each UI locale, populated with the linked records the documents name, and
 * the kinds of published media linked to it. Internal reads (no request
 * context), so the access guard leaves them alone; visibility is decided by
 * the caller and the mappers.
 */
import type { Core } from '@strapi/strapi';
import { isVisibleTo, type Audience } from '../../access/levels';
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
  consent?: { scope?: string | null; expiresOn?: string | null } | null;
  renditions?: { files?: Array<{ captions?: Array<{ tag: string; key: string }> }> } | null;
  publishedAt?: unknown;
};

export const typeOf = (uid: string): CatalogueType => uid.replace(/^api::([^.]+)\..*$/, '$1') as CatalogueType;

/** The published version of a record in each UI locale (null where there is none). */
export async function loadPublished(strapi: Core.Strapi, uid: string, documentId: string): Promise<Record<CatalogueLocale, LoadedRecord | null>> {
  const documents = strapi.documents(uid as never);
  const entries = await Promise.all(
    SEARCH_LOCALES.map(async (locale) => {
      const record = await documents.findOne({ documentId, locale, status: 'published', populate: POPULATE[typeOf(uid)] } as never);
      return [locale, (record as LoadedRecord | null) ?? null] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<CatalogueLocale, LoadedRecord | null>;
}

/** Media items point at these records through these fields (stories the other way: story.mediaItems). */
export const MEDIA_LINK_FIELD: Partial<Record<CatalogueType, string>> = {
  'ethnic-group': 'ethnicGroups',
  language: 'languages',
  festival: 'festivals',
  custom: 'customs',
  place: 'place',
};

/** Kinds of the published media items linked to a record that `audience` may see (consent included). */
export async function linkedMediaKinds(
  strapi: Core.Strapi,
  { type, documentId, audience, today }: { type: CatalogueType; documentId: string; audience: Audience; today?: string },
): Promise<string[]> {
  const media = 'api::media-item.media-item';
  let rows: Array<{ kind?: string | null; accessLevel?: string | null; consent?: { scope?: string; expiresOn?: string } | null }> = [];
  const field = MEDIA_LINK_FIELD[type];
  if (field) {
    rows = await strapi.db.query(media as never).findMany({
      where: { publishedAt: { $notNull: true }, [field]: { documentId } },
      select: ['kind', 'accessLevel'],
      populate: { consent: true },
    } as never);
  } else if (type === 'story') {
    const story = (await strapi.db.query('api::story.story' as never).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      populate: { mediaItems: { where: { publishedAt: { $notNull: true } }, select: ['kind', 'accessLevel'], populate: { consent: true } } },
    } as never)) as { mediaItems?: typeof rows } | null;
    rows = story?.mediaItems ?? [];
  }
  const kinds = rows.filter((row) => isVisibleTo({ record: row, audience, today })).map((row) => row.kind ?? '');
  return [...new Set(kinds.filter(Boolean))].sort();
}
