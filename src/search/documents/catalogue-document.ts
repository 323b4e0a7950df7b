/**
 * One catalogue document for one record version (pure). The caller loads the
 * published version, decides the effective `accessLevel` (records the
 * researcher audience cannot see are deleted, never mapped) and passes the
 * kinds of linked media the audience may see.
 */
import { catalogueId, type CatalogueDocument, type CatalogueLocale, type CatalogueType, type IndexedAccessLevel } from '../catalogue';
import { decadeOf, edtfYearAndDecade, festivalMonths, latestOccurrenceYear, type Occurrence, type TimingRule } from './dates';
import { groupFacts, languageFacts, placeFacts, visibleLinks, type LinkedGroup, type LinkedLanguage, type LinkedPlace } from './linked';
import { splitNames, type TaggedName } from './names';
import { joinText, snippetOf, uniqueStrings } from './text';

/** A published record version, populated as src/search/sync/load.ts loads it. */
export interface IndexableRecord {
  documentId: string;
  locale?: string | null;
  slug?: string | null;
  name?: string | null;
  title?: string | null;
  otherNames?: TaggedName[] | null;
  description?: string | null;
  rituals?: string | null;
  summary?: string | null;
  body?: string | null;
  roles?: string | null;
  biography?: string | null;
  family?: string | null;
  vitality?: string | null;
  locationNote?: string | null;
  gsoCode?: string | null;
  iso6393?: string | null;
  code?: string | null;
  kind?: string | null;
  date?: string | null;
  creator?: string | null;
  formerUnits?: Array<{ name?: string | null; code?: string | null }> | null;
  ethnicGroups?: LinkedGroup[] | null;
  speakingGroups?: LinkedGroup[] | null;
  languages?: LinkedLanguage[] | null;
  places?: LinkedPlace[] | null;
  place?: LinkedPlace | null;
  parent?: LinkedPlace | null;
  timing?: TimingRule | null;
  occurrences?: Occurrence[] | null;
  heritageStatus?: Array<{ list?: string | null }> | null;
  updatedAt?: string | Date | null;
}

export interface CatalogueDocumentInput {
  type: CatalogueType;
  record: IndexableRecord;
  /** The locale this document is for; the record may be the other locale's version (fallback). */
  locale: CatalogueLocale;
  accessLevel: IndexedAccessLevel;
  /** Unix seconds from which the record is hidden (its consent expiry); NO_EXPIRY when none. */
  visibleUntil: number;
  /** Title of the record's other locale version, searchable as another name ("Hmong" on the vi document). */
  otherLocaleTitle?: string | null;
  /** Kinds of published media items linked to the record that this audience may see. */
  linkedMediaKinds?: string[];
  /** Vietnam date for consent checks of linked records. @default today */
  today?: string;
}

export function toCatalogueDocument({
  type,
  record,
  locale,
  accessLevel,
  visibleUntil,
  otherLocaleTitle,
  linkedMediaKinds = [],
  today,
}: CatalogueDocumentInput): CatalogueDocument {
  const audience = accessLevel;
  const title = (record.title ?? record.name ?? '').normalize('NFC').trim();
  const { shown, hidden } = splitNames(record.otherNames);
  const groups = visibleLinks(type === 'language' ? record.speakingGroups : record.ethnicGroups, audience, today);
  const languages = visibleLinks(record.languages, audience, today);
  const linkedPlaces = visibleLinks(record.places ?? (record.place ? [record.place] : []), audience, today);

  const own = ownFacts({ type, record, audience, today });
  const groupPart = groupFacts(groups);
  const languagePart = languageFacts(languages);
  const placePart = placeFacts(linkedPlaces, audience, today);
  const description = descriptionOf(type, record);
  const months = type === 'festival' ? festivalMonths({ timing: record.timing, occurrences: record.occurrences }) : { lunarMonths: [], solarMonths: [] };
  const { year, decade } = yearOf(type, record);

  return {
    id: catalogueId({ type, documentId: record.documentId, locale }),
    documentId: record.documentId,
    type,
    locale,
    accessLevel,
    visibleUntil,
    slug: record.slug ?? null,
    title,
    names: uniqueStrings([otherLocaleTitle, ...shown.map((n) => n.value), ...own.names]).filter((n) => n !== title),
    taggedNames: shown,
    hiddenNames: uniqueStrings(hidden),
    description,
    snippet: snippetOf(description),
    ethnicGroups: uniqueStrings([...own.ethnicGroups, ...groupPart.ethnicGroups]),
    ethnicGroupCodes: uniqueStrings([...own.ethnicGroupCodes, ...groupPart.ethnicGroupCodes]),
    languages: uniqueStrings([...own.languages, ...languagePart.languages]),
    languageCodes: uniqueStrings([...own.languageCodes, ...languagePart.languageCodes]),
    places: uniqueStrings([...own.places, ...placePart.places]),
    placeCodes: uniqueStrings([...own.placeCodes, ...placePart.placeCodes]),
    lunarMonths: months.lunarMonths,
    solarMonths: months.solarMonths,
    heritage: uniqueStrings((record.heritageStatus ?? []).map((status) => status.list)),
    mediaKinds: uniqueStrings(type === 'media-item' ? [record.kind] : linkedMediaKinds),
    year,
    decade,
    updatedAt: record.updatedAt ? new Date(record.updatedAt).toISOString() : new Date(0).toISOString(),
  };
}

/** What a record contributes about itself: a group lists itself under ethnic groups, a place its own code, … */
function ownFacts({ type, record, audience, today }: { type: CatalogueType; record: IndexableRecord; audience: IndexedAccessLevel; today?: string }) {
  const none = { names: [] as string[], ethnicGroups: [] as string[], ethnicGroupCodes: [] as string[], languages: [] as string[], languageCodes: [] as string[], places: [] as string[], placeCodes: [] as string[] };
  const name = record.name ?? null;
  switch (type) {
    case 'ethnic-group':
      return { ...none, ethnicGroups: uniqueStrings([name]), ethnicGroupCodes: uniqueStrings([record.gsoCode]) };
    case 'language':
      return { ...none, languages: uniqueStrings([name]), languageCodes: uniqueStrings([record.iso6393]) };
    case 'place': {
      const parents = placeFacts(visibleLinks([record.parent], audience, today), audience, today);
      return {
        ...none,
        // Former units (before the July 2025 reform) are names people still use.
        names: uniqueStrings((record.formerUnits ?? []).map((unit) => unit.name)),
        places: parents.places,
        placeCodes: uniqueStrings([record.code, ...parents.placeCodes]),
      };
    }
    case 'media-item':
      return { ...none, names: uniqueStrings([record.creator]) };
    default:
      return none;
  }
}

function descriptionOf(type: CatalogueType, record: IndexableRecord): string {
  switch (type) {
    case 'festival':
      return joinText(record.description, record.rituals, record.locationNote);
    case 'custom':
      return joinText(record.description, record.locationNote);
    case 'language':
      return joinText(record.family, record.vitality);
    case 'person':
      return joinText(record.roles, record.biography);
    case 'story':
      return joinText(record.summary, record.body);
    default:
      return joinText(record.description);
  }
}

function yearOf(type: CatalogueType, record: IndexableRecord): { year: number | null; decade: number | null } {
  if (type === 'media-item') return edtfYearAndDecade(record.date);
  if (type === 'festival') {
    const year = latestOccurrenceYear(record.occurrences);
    return { year, decade: decadeOf(year) };
  }
  return { year: null, decade: null };
}
