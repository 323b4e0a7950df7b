import type { Core } from '@strapi/strapi';
import { isArchiveUid } from '../../../content-model';
import { notFound, reviewError } from './errors';
import type { ReviewKey } from './store';

/** The locales the archive has (vi, en), from the i18n plugin. */
export async function archiveLocales(strapi: Core.Strapi): Promise<string[]> {
  const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>;
  return locales.map((locale) => locale.code);
}

/** Whether the document has a row in that locale: its draft (publishedAt null), or its published version. */
export async function hasVersion(strapi: Core.Strapi, key: ReviewKey, published: boolean): Promise<boolean> {
  const count = await strapi.db
    .query(key.uid as never)
    .count({ where: { documentId: key.documentId, locale: key.locale, publishedAt: published ? { $notNull: true } : null } });
  return Number(count) > 0;
}

/**
 * Checks a route's target before anything is read or written: an unknown type
 * or document is a 404 (also for a locale the document lacks), a missing or
 * unknown locale a 400.
 */
export async function resolveTarget(strapi: Core.Strapi, uid: string, documentId: string, locale: unknown): Promise<ReviewKey> {
  if (!isArchiveUid(uid)) throw notFound();
  if (typeof locale !== 'string' || !(await archiveLocales(strapi)).includes(locale)) {
    throw reviewError(400, 'Ngôn ngữ không hợp lệ (locale: vi hoặc en)', 'Invalid or missing locale (vi or en)');
  }
  const key = { uid, documentId, locale };
  if (!(await hasVersion(strapi, key, false))) throw notFound();
  return key;
}
