/**
 * Generated /api/export requests for the attack suite: every type, format
 * and locale, near-miss values, and REST's filter, sort and paging
 * parameters naming hidden records (the export must refuse them, not run
 * them and not ignore them).
 */
import fc from 'fast-check';
import { ARCHIVE_TYPES, uidOf } from '../../../src/content-model';
import type { AttackArchive } from './archive';
import { type Audience, NOWHERE_DOCUMENT_ID } from './markers';
import { isHiddenRecord } from './oai-queries';

export interface ExportAttack {
  query: Array<[string, string]>;
  /** The same request with every hidden record named in it replaced by one that exists nowhere. */
  neutral: Array<[string, string]>;
}

export function exportAttackArbitrary(archive: AttackArchive, audience: Audience): fc.Arbitrary<ExportAttack> {
  const record = fc.constantFrom(...archive.records);
  const hide = (value: string, documentId: string, token: string, hidden: boolean) =>
    hidden ? value.split(documentId).join(NOWHERE_DOCUMENT_ID).split(token).join('qjqjqjqjqjqjqj') : value;
  const named = fc.tuple(record, fc.constantFrom(
    'filters[documentId][$eq]', 'filters[name][$contains]', 'filters[$or][0][documentId]', 'documentId', 'q', 'sort', 'fields[0]', 'populate', 'pagination[start]', 'after',
  ), fc.boolean()).map(([r, name, useId]) => {
    const value = useId ? r.documentId : r.token;
    return { pair: [name, value] as [string, string], neutral: [name, hide(value, r.documentId, r.token, isHiddenRecord(r, audience))] as [string, string] };
  });
  const type = fc.oneof({ arbitrary: fc.constantFrom(...ARCHIVE_TYPES), weight: 6 }, { arbitrary: fc.constantFrom('Festival', 'festivals', 'festival ', '', uidOf('festival'), '../festival'), weight: 1 });
  const format = fc.option(fc.constantFrom('csv', 'json', 'jsonl', 'xlsx', 'CSV'), { nil: undefined });
  const locale = fc.option(fc.constantFrom('vi', 'en', 'fr', '*', 'all'), { nil: undefined });
  return fc
    .tuple(
      type,
      format,
      locale,
      fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: named, weight: 1 }),
      fc.nat(9).map((n) => n === 0),
    )
    .map(([t, f, l, extra, repeatType]) => {
      const base: Array<[string, string]> = [['type', t], ...(f ? [['format', f] as [string, string]] : []), ...(l ? [['locale', l] as [string, string]] : [])];
      if (repeatType) base.push(['type', 'story']);
      return { query: extra ? [...base, extra.pair] : base, neutral: extra ? [...base, extra.neutral] : base };
    });
}

export const exportPath = (query: Array<[string, string]>) => `/api/export?${new URLSearchParams(query).toString()}`;

/** The records an export of `type` must hold for `audience` (others may exist, made by the archive's set-up). */
export const expectedInExport = (archive: AttackArchive, type: string, audience: Audience) =>
  archive.records.filter((r) => r.type === type && !isHiddenRecord(r, audience)).map((r) => r.documentId);
