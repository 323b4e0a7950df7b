/**
 * OAI-PMH sets (pure). Four families, each a set of its own with its members
 * below it (the protocol's hierarchy, written "family:member"):
 *
 * - type:<record type>           type:festival, type:media-item, …
 * - group:<GSO code>             the ethnic groups a record is about (or is)
 * - place:<official code>        the administrative units it is in, with their parents
 * - domain:<UNESCO domain>       customs by their domain; festivals are "social practices,
 *                                rituals and festive events" by the Convention's definition
 *
 * A record's memberships are kept in the OAI ledger as "|spec|spec|", so a set
 * and every set below it are found with one LIKE.
 */
import { ARCHIVE_TYPES, type ArchiveType, MODEL } from '../content-model';
import { UNESCO_DOMAINS } from './dublin-core';

export const SET_FAMILIES = ['type', 'group', 'place', 'domain'] as const;
export type SetFamily = (typeof SET_FAMILIES)[number];

/** The protocol's setSpec syntax (OAI-PMH.xsd setSpecType). */
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/;
const MEMBER = /^[A-Za-z0-9\-_.!~*'()]+$/;

export const isSetSpec = (value: string): boolean => SET_SPEC.test(value);

export const FAMILY_NAMES: Record<SetFamily, string> = {
  type: 'Loại hồ sơ / Record type',
  group: 'Dân tộc / Ethnic group',
  place: 'Địa danh hành chính / Administrative unit',
  domain: 'Loại hình di sản (UNESCO 2003) / Heritage domain (UNESCO 2003)',
};

export const TYPE_NAMES = Object.fromEntries(ARCHIVE_TYPES.map((type) => [type, `${MODEL[type].name.vi} / ${MODEL[type].name.enPlural}`])) as Record<ArchiveType, string>;

type Row = Record<string, unknown>;

/** What decides a record's sets: its own fields and its linked records, each already known visible or not. */
export interface SetSource {
  type: ArchiveType;
  /** The record's own fields (gsoCode, code, domain…) from any of its published versions. */
  record: Row;
  /** Linked ethnic groups whose code may be shown. */
  groups: Row[];
  /** Linked places (with their parents already added) whose code may be shown. */
  places: Row[];
}

const code = (row: Row, field: string): string | null => {
  const value = typeof row[field] === 'string' ? (row[field] as string).trim() : '';
  return value && MEMBER.test(value) ? value : null;
};

/** The setSpecs a record belongs to, leaf sets only (parents are implied by the hierarchy). */
export function setsOf({ type, record, groups, places }: SetSource): string[] {
  const specs = new Set<string>([`type:${type}`]);
  const own = type === 'ethnic-group' ? [record] : [];
  for (const group of [...own, ...groups]) {
    const gso = code(group, 'gsoCode');
    if (gso) specs.add(`group:${gso}`);
  }
  for (const place of [...(type === 'place' ? [record] : []), ...places]) {
    const official = code(place, 'code');
    if (official) specs.add(`place:${official}`);
  }
  const domain = type === 'festival' ? 'social-practices' : type === 'custom' ? code(record, 'domain') : null;
  if (domain && UNESCO_DOMAINS[domain]) specs.add(`domain:${domain}`);
  return [...specs].sort();
}

/** The ledger column's form: "|a|b|" (empty list: "|"). */
export const joinSets = (specs: readonly string[]): string => `|${specs.map((s) => `${s}|`).join('')}`;
export const splitSets = (joined: string | null | undefined): string[] => (joined ?? '').split('|').filter(Boolean);

/** LIKE patterns (escape character "\") matching a set and every set below it. */
export function setPatterns(spec: string): [string, string] {
  const escaped = spec.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [`%|${escaped}|%`, `%|${escaped}:%`];
}

/** A set this repository could have: a family, or a family's member (members are data and may be empty). */
export function isKnownSetShape(spec: string): boolean {
  if (!isSetSpec(spec)) return false;
  const [family, member, ...rest] = spec.split(':');
  if (!(SET_FAMILIES as readonly string[]).includes(family) || rest.length) return false;
  if (member === undefined) return true;
  if (family === 'type') return (ARCHIVE_TYPES as readonly string[]).includes(member);
  if (family === 'domain') return member in UNESCO_DOMAINS;
  return true;
}
