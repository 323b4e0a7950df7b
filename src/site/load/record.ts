/**
 * Everything a detail page shows about one record: the record with its
 * components and linked records, plus the records that link to it (media
 * items and stories point at festivals, customs, groups…). All through the
 * public reader, so links to hidden records simply do not appear.
 */
import { type ArchiveType, DEFAULT_LOCALE } from '../../bootstrap/content-types';
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

/** Which relation of a media item / story / festival… points back at a record of each type. */
const BACKLINKS: Partial<Record<ArchiveType, Partial<Record<'media-item' | 'story' | 'festival' | 'custom' | 'person', string>>>> = {
  festival: { 'media-item': 'festivals', story: 'festivals' },
  custom: { 'media-item': 'customs', story: 'customs' },
  'ethnic-group': { 'media-item': 'ethnicGroups', story: 'ethnicGroups', festival: 'ethnicGroups', custom: 'ethnicGroups', person: 'ethnicGroups' },
  language: { 'media-item': 'languages' },
  place: { 'media-item': 'place', story: 'places', festival: 'places', custom: 'places', person: 'place' },
  person: { story: 'people' },
};

export interface RecordPage {
  record: Row;
  /** The locale actually served (Vietnamese when no translation exists yet). */
  servedLocale: SiteLocale;
  backlinks: Partial<Record<'media-item' | 'story' | 'festival' | 'custom' | 'person', Row[]>>;
}

const BACKLINK_LIMIT = 24;

export async function loadRecordPage(reader: SiteReader, type: ArchiveType, key: string, locale: SiteLocale): Promise<RecordPage | null> {
  const where = type === 'media-item' ? { documentId: key } : { slug: key };
  const record = await reader.findOne(type, where, locale, POPULATE[type]);
  if (!record) return null;
  if (type === 'person' && !record.portrait && record.locale !== DEFAULT_LOCALE) {
    // Relations are per locale: a translation made without re-picking the portrait shows the Vietnamese one.
    const vietnamese = await reader.findOne('person', { documentId: record.documentId }, DEFAULT_LOCALE, { portrait: TITLED });
    record.portrait = vietnamese?.portrait ?? null;
  }
  const backlinks: RecordPage['backlinks'] = {};
  const wanted = Object.entries(BACKLINKS[type] ?? {}) as Array<[keyof RecordPage['backlinks'], string]>;
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
