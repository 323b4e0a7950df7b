import type { Core } from '@strapi/strapi';

/**
 * The locales a document-service call acts on: its `locale` param ('*' = every
 * locale the document has, omitted = the default locale, as Strapi reads it).
 */
export async function localesOfCall(strapi: Core.Strapi, uid: string, documentId: string, locale: unknown): Promise<string[]> {
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (Array.isArray(locale)) return locale.map(String);
  if (locale === '*') {
    const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId }, select: ['locale'] })) as Array<{ locale: string }>;
    return [...new Set(rows.map((row) => row.locale))];
  }
  return [(await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string];
}
