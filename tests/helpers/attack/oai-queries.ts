/**
 * Generated OAI-PMH requests for the attack suite: every verb, identifiers of
 * hidden and public records (and near misses), sets named after hidden
 * records' codes, dates good and bad, forged and tampered resumption tokens.
 */
import fc from 'fast-check';
import { ARCHIVE_TYPES } from '../../../src/content-model';
import { encodeToken } from '../../../src/oai/token';
import type { AttackArchive, AttackRecord } from './archive';
import { type Audience, NOWHERE_DOCUMENT_ID } from './markers';

export const OAI_REPOSITORY = 'di-san.localhost';

export interface OaiAttack {
  query: Record<string, string>;
  /** The same request with every hidden record named in it replaced by one that exists nowhere. */
  neutral: Record<string, string>;
  /** A record this request names, when it names exactly one. */
  target?: AttackRecord;
}

/**
 * Hidden records that the public once saw: their deletion is reported (a
 * tombstone with the identifier, never metadata), as the protocol's
 * persistent deletion asks. Every other hidden record must not appear at all.
 */
export const ONCE_PUBLIC = new Set(['unpublished', 'consent-expired']);

export const oaiId = (record: Pick<AttackRecord, 'type' | 'documentId'>) => `oai:${OAI_REPOSITORY}:${record.type}/${record.documentId}`;

export function isHiddenRecord(record: AttackRecord, audience: Audience): boolean {
  return record.kind !== 'public' && record.kind !== 'newer-draft' && record.kind !== 'draft-translation' && !(record.kind === 'researcher' && audience === 'researcher');
}

export function oaiAttackArbitrary(archive: AttackArchive, audience: Audience): fc.Arbitrary<OaiAttack> {
  const records = archive.records;
  const record = fc.constantFrom(...records);
  const neutralOf = (value: string, r: AttackRecord) => (isHiddenRecord(r, audience) ? value.split(r.documentId).join(NOWHERE_DOCUMENT_ID).split(r.token).join('qjqjqjqjqjqjqj') : value);
  const idOf = fc
    .tuple(record, fc.nat(4))
    .map(([r, how]) => {
      const id = [oaiId(r), oaiId(r).toUpperCase(), `${oaiId(r)}/`, `oai:other.example:${r.type}/${r.documentId}`, `oai:${OAI_REPOSITORY}:${r.type}/${r.token}`][how];
      return { value: id, neutral: neutralOf(id, r), target: how === 0 ? r : undefined };
    });
  const set = fc.oneof(
    fc.constantFrom('type', 'group', 'place', 'domain', ...ARCHIVE_TYPES.map((t) => `type:${t}`), 'domain:performing-arts', 'type:unicorn', 'a b', '').map((value) => ({ value, neutral: value })),
    fc.tuple(record, fc.constantFrom('group', 'place', 'type')).map(([r, family]) => ({ value: `${family}:${r.token}`, neutral: neutralOf(`${family}:${r.token}`, r) })),
  );
  const date = fc.constantFrom('2020-01-01', '2020-01-01T00:00:00Z', '2999-01-01', '2026-02-30', '2026-02-30T25:00:00Z', 'yesterday', '2020-01-01T00:00:00+07:00', '2020-1-1');
  const tokenKeyGuess = Buffer.from('not the key');
  const token = fc.oneof(
    fc.string(),
    fc.constantFrom('e30.', 'x.y', '.'),
    fc.tuple(fc.constantFrom('ListIdentifiers', 'ListRecords') as fc.Arbitrary<'ListIdentifiers' | 'ListRecords'>, fc.nat(50)).map(([verb, cursor]) =>
      encodeToken(tokenKeyGuess, { verb, metadataPrefix: 'oai_dc', until: Date.now(), cursor, completeListSize: 999, expires: Date.now() + 3_600_000 }),
    ),
  );
  const plain = (query: Record<string, string>): OaiAttack => ({ query, neutral: query });
  return fc.oneof(
    fc.constantFrom(plain({ verb: 'Identify' }), plain({ verb: 'ListSets' }), plain({ verb: 'ListMetadataFormats' }), plain({})),
    idOf.map((id) => ({ query: { verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: id.value }, neutral: { verb: 'GetRecord', metadataPrefix: 'oai_dc', identifier: id.neutral }, target: id.target })),
    idOf.map((id) => ({ query: { verb: 'ListMetadataFormats', identifier: id.value }, neutral: { verb: 'ListMetadataFormats', identifier: id.neutral }, target: id.target })),
    fc
      .tuple(fc.constantFrom('ListIdentifiers', 'ListRecords'), fc.option(set, { nil: undefined }), fc.option(date, { nil: undefined }), fc.option(date, { nil: undefined }), fc.constantFrom('oai_dc', 'marc21'))
      .map(([verb, s, from, until, prefix]) => {
        const base: Record<string, string> = { verb, metadataPrefix: prefix, ...(from ? { from } : {}), ...(until ? { until } : {}) };
        return { query: { ...base, ...(s ? { set: s.value } : {}) }, neutral: { ...base, ...(s ? { set: s.neutral } : {}) } };
      }),
    fc.tuple(fc.constantFrom('ListIdentifiers', 'ListRecords', 'ListSets'), token).map(([verb, t]) => plain({ verb, resumptionToken: t })),
  );
}

export const oaiPath = (query: Record<string, string>) => `/oai?${new URLSearchParams(query).toString()}`;
