/** Names of the archive's record types in the admin's two languages, and edit-view links. */
import { type ArchiveType, typeOfUid } from '../../../content-model';

export const TYPE_NAMES: Record<ArchiveType, { vi: string; en: string }> = {
  'ethnic-group': { vi: 'Dân tộc', en: 'Ethnic group' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  festival: { vi: 'Lễ hội', en: 'Festival' },
  custom: { vi: 'Phong tục', en: 'Custom' },
  place: { vi: 'Địa danh', en: 'Place' },
  'media-item': { vi: 'Tư liệu media', en: 'Media item' },
  person: { vi: 'Nhân vật', en: 'Person' },
  story: { vi: 'Câu chuyện', en: 'Story' },
};

export function typeName(uid: string, language: 'vi' | 'en'): string {
  const type = typeOfUid(uid);
  return type ? TYPE_NAMES[type][language] : uid;
}

/** The content manager's edit view of one record in one locale (a path inside the admin router). */
export function editPath(uid: string, documentId: string, locale?: string | null): string {
  const query = locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : '';
  return `/content-manager/collection-types/${uid}/${documentId}${query}`;
}
