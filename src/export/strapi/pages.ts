/**
 * The pages of an export, read through the access guard with the caller's
 * audience (src/site/load/reader.ts), so the file holds exactly what the same
 * caller sees on REST: a record the rule hides is absent, and so is a linked
 * record it hides.
 *
 * Pages are read by keyset on documentId (`$gt` the last one sent), not by
 * offset: each page is one short indexed query however deep the export is,
 * and a record published or deleted meanwhile does not shift the pages after
 * it (it is in the file or not, never twice). The records listed are those
 * with a Vietnamese version, the archive's base locale, as on the site; with
 * `locale=en` each row comes from the English version where there is one.
 */
import type { Core } from '@strapi/strapi';
import type { Audience } from '../../access/levels';
import { titleFieldOf, type ArchiveType } from '../../content-model';
import { siteReader, type Row } from '../../site/load/reader';
import type { SiteLocale } from '../../site/routes';
import { exportRow } from '../columns';
import { exportPopulate } from '../populate';
import type { ExportRowObject } from '../stream';

/** Records per read; the guard caps an `$in` list at 200 values. */
export const EXPORT_PAGE_SIZE = 100;

export async function* exportPages(
  strapi: Core.Strapi,
  { audience, type, locale, pageSize = EXPORT_PAGE_SIZE }: { audience: Audience; type: ArchiveType; locale: SiteLocale; pageSize?: number },
): AsyncGenerator<ExportRowObject[]> {
  const reader = siteReader(strapi, { audience });
  const populate = exportPopulate(type);
  const titleField = titleFieldOf(type);
  let after: string | null = null;
  for (;;) {
    const page: Row[] = await reader.findInLocale(
      type,
      {
        filters: after ? { documentId: { $gt: after } } : {},
        sort: ['documentId:asc'],
        populate,
        limit: pageSize,
        start: 0,
      },
      'vi',
    );
    if (!page.length) return;
    after = page[page.length - 1].documentId;
    const ids = page.map((row) => row.documentId);
    // The other version: whole when it is the one exported, else just its title.
    const others = await reader.findInLocale(
      type,
      locale === 'en'
        ? { filters: { documentId: { $in: ids } }, populate, limit: ids.length, start: 0 }
        : { filters: { documentId: { $in: ids } }, fields: [titleField], limit: ids.length, start: 0 },
      'en',
    );
    const english = new Map(others.map((row) => [row.documentId, row]));
    yield page.map((vi) => {
      const en = english.get(vi.documentId);
      const record = locale === 'en' && en ? en : vi;
      return exportRow(type, { record, titles: { vi: vi[titleField] ?? undefined, en: en?.[titleField] ?? undefined }, locale });
    });
    if (page.length < pageSize) return;
  }
}
