/**
 * The oai_dc record of an archive record (pure): the fifteen Dublin Core
 * elements, filled from the published Vietnamese version and, where it
 * exists, the English one, each value tagged with its language (minority
 * names keep their BCP 47 tags). The mapping per type is in docs/oai.md.
 *
 * Input records are as the site reader returns them: relations populated
 * with their own published, visible records only (the access rule has run),
 * components as plain objects.
 */
import { type ArchiveType, MODEL } from '../content-model';
import { markdownToText } from '../search/documents';

type Row = Record<string, unknown>;

export interface DcValue {
  value: string;
  lang?: string;
}

export type DcElement =
  | 'title' | 'creator' | 'subject' | 'description' | 'publisher' | 'contributor' | 'date' | 'type'
  | 'format' | 'identifier' | 'source' | 'language' | 'relation' | 'coverage' | 'rights';

export type DcRecord = Array<{ element: DcElement; value: string; lang?: string }>;

export interface DcContext {
  /** The record's permanent link (survives slug changes). */
  permalink: string;
  /** Who publishes the archive (the operator's institution), from settings. */
  publisher: string;
  /** The rights statement of records without their own (text records), from settings; may be empty. */
  defaultRights: string;
  /** The permanent link of a related record. */
  linkOf(type: ArchiveType, documentId: string): string;
}

/** DCMI Type vocabulary term of each record, and of each media kind. */
const DCMI_TYPE: Record<ArchiveType, string> = {
  'ethnic-group': 'Text',
  language: 'Text',
  festival: 'Event',
  custom: 'Text',
  place: 'Text',
  'media-item': 'Dataset',
  person: 'Text',
  story: 'Text',
};
const MEDIA_TYPE: Record<string, string> = { image: 'StillImage', video: 'MovingImage', audio: 'Sound', document: 'Text' };

/** The archive's own kind of record, in both languages, as a second dc:type. */

/** UNESCO 2003 Convention domains (customs' `domain`). */
export const UNESCO_DOMAINS: Record<string, [string, string]> = {
  'oral-traditions': ['Truyền thống và biểu đạt truyền khẩu', 'Oral traditions and expressions'],
  'performing-arts': ['Nghệ thuật trình diễn', 'Performing arts'],
  'social-practices': ['Tập quán xã hội, nghi lễ và lễ hội', 'Social practices, rituals and festive events'],
  'knowledge-of-nature': ['Tri thức và tập quán về tự nhiên và vũ trụ', 'Knowledge and practices concerning nature and the universe'],
  craftsmanship: ['Nghề thủ công truyền thống', 'Traditional craftsmanship'],
};

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : value && typeof value === 'object' ? [value as Row] : []);
const titleOf = (row: Row): string => text(row.name) || text(row.title);

/** Description-like fields of each type, first the main one. */
const PROSE: Record<ArchiveType, string[]> = {
  'ethnic-group': ['description'],
  language: ['vitality'],
  festival: ['description', 'rituals'],
  custom: ['description'],
  place: ['description'],
  'media-item': ['description'],
  person: ['biography'],
  story: ['summary', 'body'],
};

/** Relation fields whose records say what a record is about (dc:subject) or where (dc:coverage). */
const SUBJECT_LINKS = ['ethnicGroups', 'festivals', 'customs', 'languages', 'people', 'speakingGroups'];
const COVERAGE_LINKS = ['places', 'place', 'parent'];

/** `vi` or `en` may be missing (a record published in one language only), not both. */
export function dublinCore(type: ArchiveType, viVersion: Row | null, en: Row | null, context: DcContext): DcRecord {
  // Links, codes and files are read from one version: the Vietnamese one, else the English.
  const vi = (viVersion ?? en) as Row;
  const out: DcRecord = [];
  const add = (element: DcElement, value: string, lang?: string) => {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean && !out.some((e) => e.element === element && e.value === clean && e.lang === lang)) out.push({ element, value: clean, ...(lang ? { lang } : {}) });
  };
  const versions = ([[viVersion, 'vi'], [en, 'en']] as Array<[Row | null, string]>).filter((pair): pair is [Row, string] => pair[0] !== null);

  for (const [row, lang] of versions) add('title', titleOf(row), lang);
  for (const name of list(vi.otherNames)) add('title', text(name.value), text(name.tag) || undefined);
  for (const [row, lang] of versions) for (const field of PROSE[type]) add('description', markdownToText(row[field]), lang);
  for (const [row, lang] of versions) if (text(row.locationNote)) add('coverage', text(row.locationNote), lang);

  for (const field of SUBJECT_LINKS) for (const related of list(vi[field])) add('subject', titleOf(related), 'vi');
  if (type === 'custom' && UNESCO_DOMAINS[text(vi.domain)]) {
    const [viName, enName] = UNESCO_DOMAINS[text(vi.domain)];
    add('subject', viName, 'vi');
    add('subject', enName, 'en');
  }
  for (const field of COVERAGE_LINKS) for (const related of list(vi[field])) add('coverage', titleOf(related), 'vi');
  const point = vi.coordinates as { latitude?: number; longitude?: number } | null | undefined;
  if (point && typeof point.latitude === 'number' && typeof point.longitude === 'number') add('coverage', `${point.latitude}, ${point.longitude}`);

  const kind = text(vi.kind);
  add('type', type === 'media-item' ? MEDIA_TYPE[kind] ?? DCMI_TYPE[type] : DCMI_TYPE[type]);
  add('type', MODEL[type].name.vi, 'vi');
  add('type', MODEL[type].name.en, 'en');

  add('identifier', context.permalink);
  if (type === 'language') add('identifier', text(vi.bcp47));
  if (type === 'place' && text(vi.code)) add('identifier', text(vi.code));
  if (type === 'ethnic-group' && text(vi.gsoCode)) add('identifier', text(vi.gsoCode));

  for (const [, lang] of versions) if (type !== 'media-item') add('language', lang);
  for (const language of list(vi.languages)) add('language', text(language.bcp47));
  if (type === 'language') add('language', text(vi.bcp47));

  add('creator', text(vi.creator));
  add('date', text(vi.date));
  add('publisher', context.publisher);
  for (const file of list(vi.files)) add('format', text(file.mime));
  add('rights', text(vi.rightsUri) || context.defaultRights);
  add('rights', text(vi.rightsHolder));
  for (const source of list(vi.sources)) add('source', [text(source.title), text(source.publisher), text(source.url)].filter(Boolean).join('. '));

  for (const [field, target] of RELATION_TYPES) {
    for (const related of list(vi[field])) if (text(related.documentId)) add('relation', context.linkOf(target, text(related.documentId)));
  }
  return out;
}

const RELATION_TYPES: Array<[string, ArchiveType]> = [
  ['ethnicGroups', 'ethnic-group'],
  ['speakingGroups', 'ethnic-group'],
  ['languages', 'language'],
  ['festivals', 'festival'],
  ['customs', 'custom'],
  ['places', 'place'],
  ['place', 'place'],
  ['parent', 'place'],
  ['people', 'person'],
  ['portrait', 'media-item'],
  ['mediaItems', 'media-item'],
];
