/**
 * Reads for the public site. Every query goes through the same access guard
 * as the REST API (src/access/query-guard) with the audience fixed to
 * "public": published only, public access level, valid consent, at the root
 * and inside every populated relation. Pages never see anything else, so a
 * restricted or researcher-only record cannot leak into a page, a preview tag
 * or a sitemap by a forgotten filter.
 */
import type { Core } from '@strapi/strapi';
import { vietnamToday } from '../../access/levels';
import { guardReadParams, type ModelInfo } from '../../access/query-guard';
import { type ArchiveType, uidOf } from '../../content-model';
import { DEFAULT_LOCALE } from '../../bootstrap/content-types';
import type { SiteLocale } from '../routes';

export type Row = Record<string, any> & { documentId: string; locale?: string };

export interface SiteReader {
  /** One record in `locale`, falling back to Vietnamese when it has no translation yet. */
  findOne(type: ArchiveType, where: Record<string, unknown>, locale: SiteLocale, populate?: Record<string, unknown>): Promise<Row | null>;
  /** Records in `locale` with the same fallback, in Vietnamese order. */
  findMany(type: ArchiveType, params: Record<string, unknown>, locale: SiteLocale): Promise<Row[]>;
}

export function siteReader(strapi: Core.Strapi): SiteReader {
  // Any uid a query follows, plugin ones too; getModel is typed for the known uids only.
  const schemaOf = (uid: string) => strapi.getModel(uid as never) as unknown as ModelInfo | undefined;
  const today = vietnamToday();
  const guard = (type: ArchiveType, params: Record<string, unknown>) =>
    guardReadParams(uidOf(type), params, { audience: 'public', today, schemaOf });
  const documents = (type: ArchiveType) => strapi.documents(uidOf(type)) as unknown as {
    findFirst(params: unknown): Promise<Row | null>;
    findMany(params: unknown): Promise<Row[]>;
  };

  return {
    async findOne(type, where, locale, populate) {
      const read = (wanted: string) => documents(type).findFirst(guard(type, { filters: where, locale: wanted, populate }));
      if (locale !== DEFAULT_LOCALE) {
        const translated = await read(locale);
        if (translated) return translated;
      }
      return read(DEFAULT_LOCALE);
    },
    async findMany(type, params, locale) {
      const base = await documents(type).findMany(guard(type, { ...params, locale: DEFAULT_LOCALE }));
      if (locale === DEFAULT_LOCALE || base.length === 0) return base;
      const ids = base.map((row) => row.documentId);
      const translated = await documents(type).findMany(
        guard(type, { ...params, locale, filters: { documentId: { $in: ids } }, limit: ids.length, start: 0 }),
      );
      const byId = new Map(translated.map((row) => [row.documentId, row]));
      return base.map((row) => byId.get(row.documentId) ?? row);
    },
  };
}
