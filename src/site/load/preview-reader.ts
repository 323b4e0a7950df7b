/**
 * The reader behind a preview page: like the public reader, except that the
 * previewed record itself is read in the asked status (the draft, usually)
 * and whatever its access level, since only a signed-in admin holding a
 * valid preview token gets here (src/curation/preview). Everything around it
 * (backlinks, lists) still comes through the public reader, so a preview
 * shows the draft as the public would see it once published.
 */
import type { Core } from '@strapi/strapi';
import { type ArchiveType, uidOf } from '../../content-model';
import { readOneWithFallback } from '../../locale/fallback';
import { type Row, type SiteReader, siteReader } from './reader';

export function previewReader(strapi: Core.Strapi, { documentId, status }: { documentId: string; status: 'draft' | 'published' }): SiteReader {
  const reader = siteReader(strapi);
  return {
    ...reader,
    get search() {
      return reader.search;
    },
    async findOne(type: ArchiveType, where, locale, populate) {
      if (where.documentId !== documentId) return reader.findOne(type, where, locale, populate);
      const documents = strapi.documents(uidOf(type)) as unknown as { findFirst(params: unknown): Promise<Row | null> };
      const read = (wanted: string) => documents.findFirst({ filters: { documentId }, locale: wanted, status, populate });
      return (await readOneWithFallback({ requested: locale, read, isFound: Boolean })).result;
    },
  };
}
