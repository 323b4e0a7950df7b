/**
 * The CSL-JSON item of an archive record (pure): what every citation format
 * is made from. Input records are as the site reader or a guarded REST
 * response gives them, so only what the caller may see goes in.
 *
 * Decisions (docs/citations.md):
 * - The author is the archive itself (an institution, as a CSL `literal`
 *   name, so it is never split into given and family names); a media item
 *   with a named `creator` is authored by that creator, also as a literal,
 *   because Vietnamese names put the family name first and any splitting
 *   rule would get some of them wrong.
 * - Reference-like records (groups, languages, festivals, customs, places,
 *   people) are entries in the archive as a reference work
 *   (`entry-encyclopedia`); stories are web pages; media items take the CSL
 *   type of their kind.
 * - `issued` is the media item's own date when it is a plain year, month or
 *   day, else the date the shown version was published (Vietnam time).
 */
import type { ArchiveType } from '../content-model';

export type CiteLocale = 'vi' | 'en';

/** The CSL-JSON fields we fill (a subset of CSL 1.0.2's variables). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: Array<{ literal: string }>;
  publisher: string;
  'publisher-place'?: string;
  'container-title'?: string;
  genre?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language?: string;
  keyword?: string;
  abstract?: string;
}

export interface CiteInput {
  type: ArchiveType;
  /** The record as read for the caller: documentId, title field, locale, publishedAt, optional links. */
  record: Record<string, unknown>;
  /** The language of the citation's own words (genre labels). */
  locale: CiteLocale;
  /** Absolute permanent link (or a path when no public URL is configured). */
  permalink: string;
  /** The day of access, YYYY-MM-DD (Vietnam date). */
  accessed: string;
  /** The archive's name, its publisher and default author. */
  publisher: string;
}

const RECORD_TYPE: Record<ArchiveType, string> = {
  'ethnic-group': 'entry-encyclopedia',
  language: 'entry-encyclopedia',
  festival: 'entry-encyclopedia',
  custom: 'entry-encyclopedia',
  place: 'entry-encyclopedia',
  person: 'entry-encyclopedia',
  story: 'webpage',
  'media-item': 'document',
};

/** CSL type and a genre label per media kind; the label is in the citation's language. */
const MEDIA_KIND: Record<string, { type: string; genre: Record<CiteLocale, string> }> = {
  video: { type: 'motion_picture', genre: { vi: 'Video', en: 'Video recording' } },
  audio: { type: 'song', genre: { vi: 'Bản ghi âm', en: 'Audio recording' } },
  image: { type: 'graphic', genre: { vi: 'Ảnh', en: 'Photograph' } },
  document: { type: 'document', genre: { vi: 'Tài liệu', en: 'Document' } },
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const rows = (value: unknown): Array<Record<string, unknown>> =>
  Array.isArray(value) ? value : value && typeof value === 'object' ? [value as Record<string, unknown>] : [];

/** [y, m, d] of an ISO day; [y] or [y, m] for a plain EDTF year or month; null for anything else (ranges, uncertain dates). */
export function dateParts(value: unknown): number[] | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text(value));
  if (!match) return null;
  return match.slice(1).filter(Boolean).map(Number);
}

/** The Vietnam date (UTC+7) of an instant, as [y, m, d]. */
export function vietnamDateParts(instant: unknown): number[] | null {
  const time = typeof instant === 'string' || instant instanceof Date ? new Date(instant).getTime() : NaN;
  if (!Number.isFinite(time)) return null;
  return dateParts(new Date(time + 7 * 3600 * 1000).toISOString().slice(0, 10));
}

export const titleOf = (record: Record<string, unknown>): string => text(record.name) || text(record.title) || text(record.documentId);

/** Names of the linked ethnic groups and places, as reference managers' keywords. */
export function keywordsOf(record: Record<string, unknown>): string[] {
  const linked = [...rows(record.ethnicGroups), ...rows(record.places), ...rows(record.place)];
  return [...new Set(linked.map(titleOf).filter(Boolean))];
}

export function citationId(type: ArchiveType, documentId: string): string {
  return `disan-${type}-${documentId}`;
}

export function toCslItem({ type, record, locale, permalink, accessed, publisher }: CiteInput): CslItem {
  const kind = type === 'media-item' ? MEDIA_KIND[text(record.kind)] : undefined;
  const creator = type === 'media-item' ? text(record.creator) : '';
  const issued = (type === 'media-item' ? dateParts(record.date) : null) ?? vietnamDateParts(record.publishedAt);
  const keywords = keywordsOf(record);
  const accessedParts = dateParts(accessed);
  if (!accessedParts || accessedParts.length !== 3) throw new Error(`accessed must be YYYY-MM-DD, got ${accessed}`);
  return {
    id: citationId(type, String(record.documentId)),
    type: kind?.type ?? RECORD_TYPE[type],
    title: titleOf(record),
    author: [{ literal: creator || publisher }],
    publisher,
    'publisher-place': 'Điện Biên',
    // Entries and web pages sit in the archive; a media item names it as publisher only.
    ...(type === 'media-item' ? {} : { 'container-title': publisher }),
    ...(kind ? { genre: kind.genre[locale] } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [accessedParts] },
    URL: permalink,
    ...(text(record.locale) ? { language: text(record.locale) } : {}),
    // citation-js splits keywords on commas.
    ...(keywords.length ? { keyword: keywords.map((k) => k.replace(/,/g, ' ')).join(',') } : {}),
  };
}
