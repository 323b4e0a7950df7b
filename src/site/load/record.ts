/**
 * Everything a detail page shows about one record: the record with its
 * components and linked records, plus the records that link to it (media
 * items and stories point at festivals, customs, groups…). All through the
 * public reader, so links to hidden records simply do not appear.
 */
import { MODEL, reverseLinks, type ArchiveType } from '../../content-model';
import { DEFAULT_LOCALE } from '../../bootstrap/content-types';
import type { SiteLocale } from '../routes';
import type { Row, SiteReader } from './reader';

const LINK = { fields: ['name', 'slug'] };
// All fields: the document service refuses private ones (renditions) in a `fields` list.
const TITLED = true;
const COMMON = { sources: true, uncertainties: true };

const POPULATE: Record<ArchiveType, Record<string, unknown>> = {
  festival: { ...COMMON, otherNames: true, ethnicGroups: LINK, places: LINK, timing: true, occurrences: true, heritageStatus: true },
  custom: { ...COMMON, otherNames: true, ethnicGroups: LINK, places: LINK, heritageStatus: true },
  'ethnic-group': { ...COMMON, otherNames: true, populationNotes: true, languages: LINK, places: LINK },
  language: { ...COMMON, speakingGroups: LINK },
  place: { ...COMMON, formerUnits: true, parent: LINK, children: LINK, coordinates: true },
  // The portrait is a media item like any other: its renditions, through the same guard.
  person: { ...COMMON, otherNames: true, ethnicGroups: LINK, place: LINK, portrait: TITLED },
  story: { ...COMMON, ethnicGroups: LINK, festivals: LINK, customs: LINK, places: LINK, people: LINK, mediaItems: TITLED },
  'media-item': { ...COMMON, place: LINK, ethnicGroups: LINK, festivals: LINK, customs: LINK, languages: LINK, captions: true },
};

/**
 * The types a page lists as pointing back at its record (media items,
 * stories, festivals… that name it). Groups, languages and places appear
 * through the record's own links instead, and a media item's page lists
 * none (the stories and portraits using it are not shown).
 */
const BACKLINK_SOURCES = ['media-item', 'story', 'festival', 'custom', 'person'] as const;
type BacklinkSource = (typeof BACKLINK_SOURCES)[number];
const isBacklinkSource = (type: ArchiveType): type is BacklinkSource => (BACKLINK_SOURCES as readonly ArchiveType[]).includes(type);

/** Which relation of each listed type points back at a record of this type. */
export function backlinksTo(type: ArchiveType): Array<[BacklinkSource, string]> {
  if (type === 'media-item') return [];
  return reverseLinks(type).flatMap(({ source, field }) => (isBacklinkSource(source) ? [[source, field] as [BacklinkSource, string]] : []));
}

export interface RecordPage {
  record: Row;
  /** The locale actually served (Vietnamese when no translation exists yet). */
  servedLocale: SiteLocale;
  backlinks: Partial<Record<BacklinkSource, Row[]>>;
}

const BACKLINK_LIMIT = 24;

/** `by`: the field `key` is matched on — the page key (slug), or documentId for a preview. */
export async function loadRecordPage(
  reader: SiteReader,
  type: ArchiveType,
  key: string,
  locale: SiteLocale,
  by: string = MODEL[type].pageKey,
): Promise<RecordPage | null> {
  const where = { [by]: key };
  const record = await reader.findOne(type, where, locale, POPULATE[type]);
  if (!record) return null;
  if (type === 'person' && !record.portrait && record.locale !== DEFAULT_LOCALE) {
    // Relations are per locale: a translation made without re-picking the portrait shows the Vietnamese one.
    const vietnamese = await reader.findOne('person', { documentId: record.documentId }, DEFAULT_LOCALE, { portrait: TITLED });
    record.portrait = vietnamese?.portrait ?? null;
  }
  const backlinks: RecordPage['backlinks'] = {};
  const wanted = backlinksTo(type);
  await Promise.all(
    wanted.map(async ([from, relation]) => {
      const fields = from === 'media-item' ? undefined : from === 'story' ? ['title', 'slug', 'summary'] : ['name', 'slug'];
      backlinks[from] = await reader.findMany(
        from,
        { filters: { [relation]: { documentId: record.documentId } }, fields, sort: ['updatedAt:desc'], limit: BACKLINK_LIMIT },
        locale,
      );
    }),
  );
  return { record, servedLocale: (record.locale as SiteLocale) ?? 'vi', backlinks };
}
