/**
 * The archive's content model, described once: for each of its record types,
 * the Strapi uid, the API names, the public site's path words, its title
 * field and page key, whether its records carry consent, and the relations
 * it holds. Everything else (the
 * search sync, the site loaders, the write checks, scripts and tests) derives
 * what it needs from here through the helpers below, and never spells a uid,
 * a type list or a link map itself.
 *
 * The rule for a new type (a "product" is coming): add its entry to MODEL,
 * its schema and one-line factories under src/api/<type>/ (then `npm run
 * types` to regenerate Strapi's typings in types/generated/), and its views
 * (the site view and labels, the search document mapper). Nothing else should
 * need to change; if something does, the knowledge it needed belongs here.
 *
 * Relations are declared here rather than read from the schema.json files at
 * run time, so that they are typed and readable in one place;
 * tests/unit/content-model/model.test.ts holds the declaration to the schemas
 * (every relation attribute, its target, and the API names), so the two
 * cannot drift apart. The search type name of a record is its type key.
 */
interface TypeDescription {
  /** Strapi's content-type uid; also what `strapi.documents()` and `strapi.db.query()` take. */
  uid: string;
  /** The REST collection name: /api/<plural>. */
  plural: string;
  /** What one record of the type is called, in each UI language, and in English for several (Vietnamese nouns do not inflect). */
  name: { vi: string; en: string; enPlural: string };
  /** Path words of the public site, per locale: /le-hoi/<slug>, /en/festivals/<slug>. */
  route: { vi: string; en: string };
  /** The field that names a record in lists, pages and search results. */
  titleField: 'name' | 'title';
  /** What names a record in URLs: its slug, or its documentId for types without one. */
  pageKey: 'slug' | 'documentId';
  /** Whether records carry the consent component (media.consent), which limits who may see them. */
  hasConsent: boolean;
  /** Relation attributes (both sides of a two-way relation), field name → the type it points at. */
  links: Record<string, string>;
}

export const MODEL = {
  'ethnic-group': {
    uid: 'api::ethnic-group.ethnic-group',
    plural: 'ethnic-groups',
    name: { vi: 'Dân tộc', en: 'Ethnic group', enPlural: 'Ethnic groups' },
    route: { vi: 'dan-toc', en: 'ethnic-groups' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: false,
    links: { languages: 'language', places: 'place' },
  },
  language: {
    uid: 'api::language.language',
    plural: 'languages',
    name: { vi: 'Ngôn ngữ', en: 'Language', enPlural: 'Languages' },
    route: { vi: 'ngon-ngu', en: 'languages' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: false,
    links: { speakingGroups: 'ethnic-group' },
  },
  festival: {
    uid: 'api::festival.festival',
    plural: 'festivals',
    name: { vi: 'Lễ hội', en: 'Festival', enPlural: 'Festivals' },
    route: { vi: 'le-hoi', en: 'festivals' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: false,
    links: { ethnicGroups: 'ethnic-group', places: 'place' },
  },
  custom: {
    uid: 'api::custom.custom',
    plural: 'customs',
    name: { vi: 'Phong tục', en: 'Custom', enPlural: 'Customs' },
    route: { vi: 'phong-tuc', en: 'customs' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: false,
    links: { ethnicGroups: 'ethnic-group', places: 'place' },
  },
  place: {
    uid: 'api::place.place',
    plural: 'places',
    name: { vi: 'Địa danh', en: 'Place', enPlural: 'Places' },
    route: { vi: 'dia-danh', en: 'places' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: false,
    links: { parent: 'place', children: 'place' },
  },
  'media-item': {
    uid: 'api::media-item.media-item',
    plural: 'media-items',
    name: { vi: 'Tư liệu media', en: 'Media item', enPlural: 'Media items' },
    route: { vi: 'tu-lieu', en: 'media' },
    titleField: 'title',
    pageKey: 'documentId',
    hasConsent: true,
    links: { place: 'place', ethnicGroups: 'ethnic-group', festivals: 'festival', customs: 'custom', languages: 'language' },
  },
  person: {
    uid: 'api::person.person',
    plural: 'people',
    name: { vi: 'Nhân vật', en: 'Person', enPlural: 'People' },
    route: { vi: 'nhan-vat', en: 'people' },
    titleField: 'name',
    pageKey: 'slug',
    hasConsent: true,
    links: { ethnicGroups: 'ethnic-group', place: 'place', portrait: 'media-item' },
  },
  story: {
    uid: 'api::story.story',
    plural: 'stories',
    name: { vi: 'Câu chuyện', en: 'Story', enPlural: 'Stories' },
    route: { vi: 'cau-chuyen', en: 'stories' },
    titleField: 'title',
    pageKey: 'slug',
    hasConsent: false,
    links: { ethnicGroups: 'ethnic-group', festivals: 'festival', customs: 'custom', places: 'place', people: 'person', mediaItems: 'media-item' },
  },
} as const satisfies Record<string, TypeDescription>;

export type ArchiveType = keyof typeof MODEL;
export type ArchiveUid = (typeof MODEL)[ArchiveType]['uid'];

/** Every record type, in the order lists and facets show them. */
export const ARCHIVE_TYPES = Object.keys(MODEL) as ArchiveType[];
export const ARCHIVE_UIDS: ArchiveUid[] = ARCHIVE_TYPES.map((type) => MODEL[type].uid);

export const uidOf = <T extends ArchiveType>(type: T): (typeof MODEL)[T]['uid'] => MODEL[type].uid;

const TYPE_BY_UID = new Map<string, ArchiveType>(ARCHIVE_TYPES.map((type) => [MODEL[type].uid, type]));

/** The record type of a uid; undefined for anything that is not an archive type (users, files…). */
export const typeOfUid = (uid: string): ArchiveType | undefined => TYPE_BY_UID.get(uid);

/** The record type of an archive uid; throws on any other uid, which would be a programming error. */
export function typeOf(uid: string): ArchiveType {
  const type = TYPE_BY_UID.get(uid);
  if (!type) throw new Error(`${uid} is not one of the archive's content types.`);
  return type;
}

export const isArchiveUid = (uid: string): uid is ArchiveUid => TYPE_BY_UID.has(uid);

/** The title field of a type; 'name' for anything that is not an archive type. */
export const titleFieldOf = (type: string): 'name' | 'title' => (MODEL as Record<string, TypeDescription>)[type]?.titleField ?? 'name';

/** Types whose records carry consent. */
export const CONSENT_TYPES = ARCHIVE_TYPES.filter((type) => MODEL[type].hasConsent);

export interface Link {
  /** The type holding the relation attribute. */
  source: ArchiveType;
  field: string;
  /** The type it points at. */
  target: ArchiveType;
}

const ALL_LINKS: Link[] = ARCHIVE_TYPES.flatMap((source) =>
  Object.entries(MODEL[source].links as Record<string, ArchiveType>).map(([field, target]) => ({ source, field, target })),
);

/** The relations a record of this type holds. */
export const linksTo = (type: ArchiveType): Link[] => ALL_LINKS.filter((link) => link.source === type);

/** The relations of any type that point at a record of this type. */
export const reverseLinks = (type: ArchiveType): Link[] => ALL_LINKS.filter((link) => link.target === type);

/**
 * Media item fields written only by the media pipeline (straight to the
 * database): a form or API client cannot set them, and the admin panel shows
 * them read-only.
 */
export const MEDIA_PIPELINE_FIELDS = [
  'processing',
  'processingStatus',
  'processingNotices',
  'renditions',
  'pendingRun',
  'technical',
  'capturedAt',
  'gps',
  'sha256',
  'perceptualHash',
] as const;
