/** Names of the archive's record types in the admin's two languages, and edit-view links. */
import { ARCHIVE_TYPES, type ArchiveType, MODEL, typeOfUid } from '../../../content-model';

export const TYPE_NAMES = Object.fromEntries(ARCHIVE_TYPES.map((type) => [type, { vi: MODEL[type].name.vi, en: MODEL[type].name.en }])) as Record<ArchiveType, { vi: string; en: string }>;

export function typeName(uid: string, language: 'vi' | 'en'): string {
  const type = typeOfUid(uid);
  return type ? TYPE_NAMES[type][language] : uid;
}

/** The content manager's edit view of one record in one locale (a path inside the admin router). */
export function editPath(uid: string, documentId: string, locale?: string | null): string {
  const query = locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : '';
  return `/content-manager/collection-types/${uid}/${documentId}${query}`;
}
