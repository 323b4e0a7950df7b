/**
 * Reads for the public site. Every query goes through the same access guard
 * as the REST API (src/access/query-guard) with the audience "public" (other
 * channels may name theirs): published only, public access level, valid consent, at the root
 * and inside every populated relation. Pages never see anything else, so a
 * restricted or researcher-only record cannot leak into a page, a preview tag
 * or a sitemap by a forgotten filter.
 */
import type { Core } from '@strapi/strapi';
import { vietnamToday, type Audience } from '../../access/levels';
import { guardReadParams, type ModelInfo } from '../../access/query-guard';
import { type ArchiveType, uidOf } from '../../content-model';
import { DEFAULT_LOCALE } from '../../bootstrap/content-types';
import { archive } from '../../archive';
import type { ObjectStore } from '../../storage/object-store';
import type { SearchClient } from '../../search/client';
import { readManyWithFallback, readOneWithFallback } from '../../locale/fallback';
import type { SiteLocale } from '../routes';

export type Row = Record<string, any> & { documentId: string; locale?: string };

export interface SiteReader {
  /** One record in `locale`, falling back to Vietnamese when it has no translation yet. */
  findOne(type: ArchiveType, where: Record<string, unknown>, locale: SiteLocale, populate?: Record<string, unknown>): Promise<Row | null>;
  /** Records in `locale` with the same fallback, in Vietnamese order. */
  findMany(type: ArchiveType, params: Record<string, unknown>, locale: SiteLocale): Promise<Row[]>;
  /** Records in exactly `locale`, without fallback (a channel that tags each version with its language). */
  findInLocale(type: ArchiveType, params: Record<string, unknown>, locale: SiteLocale): Promise<Row[]>;
  /** Where stored files (transcripts) are read. */
  storage: ObjectStore;
  /** The app's Meilisearch client, or null when search is off. */
  readonly search: SearchClient | null;
}

/**
 * @param audience who the reads are for: the site is always `public`; other
 * channels pass theirs and get the same guard with that audience's filter —
 * OAI-PMH the harvester's, IIIF `researcher` for a signed link (src/iiif/serve).
 * @default 'public'
 */
export function siteReader(strapi: Core.Strapi, { audience = 'public' }: { audience?: Audience } = {}): SiteReader {
  // Any uid a query follows, plugin ones too; getModel is typed for the known uids only.
  const schemaOf = (uid: string) => strapi.getModel(uid as never) as unknown as ModelInfo | undefined;
  const today = vietnamToday();
  const guard = (type: ArchiveType, params: Record<string, unknown>) =>
    guardReadParams(uidOf(type), params, { audience, today, schemaOf });
  const documents = (type: ArchiveType) => strapi.documents(uidOf(type)) as unknown as {
    findFirst(params: unknown): Promise<Row | null>;
    findMany(params: unknown): Promise<Row[]>;
  };

  return {
    storage: archive(strapi).storage,
    get search() {
      return archive(strapi).search;
    },
    async findOne(type, where, locale, populate) {
      const read = (wanted: string) => documents(type).findFirst(guard(type, { filters: where, locale: wanted, populate }));
      return (await readOneWithFallback({ requested: locale, read, isFound: Boolean })).result;
    },
    async findMany(type, params, locale) {
      const { rows } = await readManyWithFallback({
        requested: locale,
        readBase: () => documents(type).findMany(guard(type, { ...params, locale: DEFAULT_LOCALE })),
        readTranslations: (ids) =>
          documents(type).findMany(guard(type, { ...params, locale, filters: { documentId: { $in: ids } }, limit: ids.length, start: 0 })),
      });
      return rows;
    },
    findInLocale(type, params, locale) {
      return documents(type).findMany(guard(type, { ...params, locale }));
    },
  };
}
