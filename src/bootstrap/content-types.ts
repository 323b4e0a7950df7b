/** The archive's own content types; API names are fixed (other parts and their users depend on them). */
export const ARCHIVE_TYPES = [
  'ethnic-group',
  'language',
  'festival',
  'custom',
  'place',
  'media-item',
  'person',
  'story',
] as const;
export type ArchiveType = (typeof ARCHIVE_TYPES)[number];

export const uidOf = (type: ArchiveType) => `api::${type}.${type}` as const;
export const ARCHIVE_UIDS = ARCHIVE_TYPES.map(uidOf);

export const UI_LOCALES = [
  { code: 'vi', name: 'Tiếng Việt (vi)' },
  { code: 'en', name: 'English (en)' },
] as const;
export const DEFAULT_LOCALE = 'vi';
