/**
 * The catalogue's shared vocabulary: index names and the document shape that
 * sync writes and the search API reads. One document per record and locale,
 * for every heritage type and media item. Restricted records are never
 * indexed; `accessLevel` is the effective level (consent included).
 */
import type { ArchiveType } from '../content-model';

export const CATALOGUE_INDEX = 'catalogue';
export const TRANSCRIPTS_INDEX = 'transcripts';

/** A document's type is its record's type (src/content-model). */
export type CatalogueType = ArchiveType;
export type CatalogueLocale = 'vi' | 'en';
export type IndexedAccessLevel = 'public' | 'researcher';

export interface CatalogueDocument {
  /** `${type}-${documentId}-${locale}`: Meilisearch ids allow letters, digits, '-' and '_'. */
  id: string;
  documentId: string;
  type: CatalogueType;
  locale: CatalogueLocale;
  accessLevel: IndexedAccessLevel;
  /**
   * Unix seconds from which the record must not be found: the end of its consent's
   * expiry day in Vietnam, or NO_EXPIRY. Every query filters `visibleUntil > now`, so
   * expiry needs no re-sync to take effect (src/access/levels.ts consentVisibleUntil).
   */
  visibleUntil: number;
  slug: string | null;
  title: string;
  /** Other names and endonyms shown to people (tagged values included, by value). */
  names: string[];
  taggedNames: Array<{ tag: string; value: string }>;
  /** Searchable, never displayed: historical exonyms such as "Mèo". */
  hiddenNames: string[];
  /** Plain text (markdown stripped). */
  description: string;
  /** ≤ 200 characters of description for result lists. */
  snippet: string;
  ethnicGroups: string[];
  /** GSO codes, for filters and facets. */
  ethnicGroupCodes: string[];
  languages: string[];
  /** ISO 639-3 codes. */
  languageCodes: string[];
  /** Names of linked places with their commune/ward. */
  places: string[];
  /** Official codes of the places and of the communes/wards they lie in. */
  placeCodes: string[];
  /** Festivals: months of the lunar rule, and solar months of rule or recorded occurrences. */
  lunarMonths: number[];
  solarMonths: number[];
  /** e.g. 'unesco-representative', 'national'. */
  heritage: string[];
  /** Media kinds of the record (media items: their kind; others: kinds of linked media). */
  mediaKinds: string[];
  year: number | null;
  decade: number | null;
  updatedAt: string;
}

/** One caption or transcript cue of a media item: a hit can jump straight to `start`. */
export interface TranscriptSegmentDocument {
  /** `${mediaDocumentId}-${tag}-${index}` */
  id: string;
  mediaDocumentId: string;
  mediaTitle: string;
  /** BCP 47 tag of the caption track. */
  tag: string;
  /** The UI locale of the media item version this segment was indexed from. */
  locale: CatalogueLocale;
  accessLevel: IndexedAccessLevel;
  /** The media item's, as on its catalogue documents. */
  visibleUntil: number;
  /** Seconds. */
  start: number;
  end: number;
  text: string;
}

export const catalogueId = ({ type, documentId, locale }: { type: CatalogueType; documentId: string; locale: string }) =>
  `${type}-${documentId}-${locale}`;
