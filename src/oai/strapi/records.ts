/**
 * The metadata of live ledger entries, read through the access guard with the
 * harvester's audience (src/site/load/reader.ts): a record the rule hides now
 * comes back missing, whatever the ledger says, and is reported deleted.
 * Linked records appear only when the same audience may see them.
 */
import type { Core } from '@strapi/strapi';
import type { Audience } from '../../access/levels';
import type { ArchiveType } from '../../content-model';
import { siteReader, type Row } from '../../site/load/reader';
import { dublinCore, type DcContext, type DcRecord } from '../dublin-core';

const LINK = { fields: ['name', 'slug'] };
const TITLE_LINK = { fields: ['title'] };
const COMMON = { sources: true };

const POPULATE: Record<ArchiveType, Record<string, unknown>> = {
  festival: { ...COMMON, otherNames: true, ethnicGroups: LINK, places: LINK },
  custom: { ...COMMON, otherNames: true, ethnicGroups: LINK, places: LINK },
  'ethnic-group': { ...COMMON, otherNames: true, languages: LINK, places: LINK },
  language: { ...COMMON, speakingGroups: LINK },
  place: { ...COMMON, parent: LINK, coordinates: true },
  person: { ...COMMON, otherNames: true, ethnicGroups: LINK, place: LINK, portrait: TITLE_LINK },
  story: { ...COMMON, ethnicGroups: LINK, festivals: LINK, customs: LINK, places: LINK, people: LINK, mediaItems: TITLE_LINK },
  'media-item': { ...COMMON, place: LINK, ethnicGroups: LINK, festivals: LINK, customs: LINK, languages: LINK },
};

export type RecordContext = Omit<DcContext, 'permalink'> & { permalinkOf(type: ArchiveType, documentId: string): string };

/** oai_dc of each of `documentIds` the audience may see now (missing ones are absent from the map). */
export async function readDublinCore(
  strapi: Core.Strapi,
  { audience, type, documentIds, context }: { audience: Audience; type: ArchiveType; documentIds: string[]; context: RecordContext },
): Promise<Map<string, DcRecord>> {
  const reader = siteReader(strapi, { audience });
  const params = { filters: { documentId: { $in: documentIds } }, populate: POPULATE[type], limit: documentIds.length, start: 0 };
  const [vi, en] = await Promise.all([reader.findInLocale(type, params, 'vi'), reader.findInLocale(type, params, 'en')]);
  const byId = (rows: Row[]) => new Map(rows.map((row) => [row.documentId, row]));
  const viRows = byId(vi);
  const enRows = byId(en);
  const out = new Map<string, DcRecord>();
  for (const documentId of documentIds) {
    const viRow = viRows.get(documentId) ?? null;
    const enRow = enRows.get(documentId) ?? null;
    if (!viRow && !enRow) continue;
    out.set(documentId, dublinCore(type, viRow, enRow, { ...context, permalink: context.permalinkOf(type, documentId) }));
  }
  return out;
}

/** The members of the group and place sets that the audience may see, named in both languages. */
export async function readSetMembers(strapi: Core.Strapi, audience: Audience): Promise<Array<{ spec: string; name: string }>> {
  const reader = siteReader(strapi, { audience });
  const named = async (type: 'ethnic-group' | 'place', field: 'gsoCode' | 'code', family: string) => {
    const params = { fields: ['name', field], filters: { [field]: { $notNull: true } }, limit: 5000, start: 0 };
    const [vi, en] = await Promise.all([reader.findInLocale(type, params, 'vi'), reader.findInLocale(type, params, 'en')]);
    const english = new Map(en.map((row) => [row.documentId, String(row.name ?? '')]));
    const members = new Map<string, string>();
    for (const row of [...vi, ...en]) {
      const code = String(row[field] ?? '').trim();
      if (!/^[A-Za-z0-9\-_.!~*'()]+$/.test(code) || members.has(code)) continue;
      const names = [String(row.name ?? ''), english.get(row.documentId) ?? ''].filter((name, i, all) => name && all.indexOf(name) === i);
      members.set(code, names.join(' / '));
    }
    return [...members].map(([code, name]) => ({ spec: `${family}:${code}`, name })).sort((a, b) => a.spec.localeCompare(b.spec));
  };
  return [...(await named('ethnic-group', 'gsoCode', 'group')), ...(await named('place', 'code', 'place'))];
}
