/**
 * Linked records as they appear on a catalogue document: only those the
 * document's audience may see (a public document never names a restricted
 * or researcher-only group, place or language).
 */
import { isVisibleTo, type ConsentRecord } from '../../access/levels';
import type { IndexedAccessLevel } from '../catalogue';
import { uniqueStrings } from './text';

export interface Linked {
  documentId?: string;
  name?: string | null;
  title?: string | null;
  accessLevel?: string | null;
  consent?: ConsentRecord | null;
  publishedAt?: unknown;
}
export interface LinkedGroup extends Linked {
  gsoCode?: string | null;
}
export interface LinkedLanguage extends Linked {
  iso6393?: string | null;
}
export interface LinkedPlace extends Linked {
  code?: string | null;
  kind?: string | null;
  parent?: LinkedPlace | null;
}

export const visibleLinks = <T extends Linked>(links: Array<T | null | undefined> | null | undefined, audience: IndexedAccessLevel, today?: string): T[] =>
  (links ?? []).filter((link): link is T => !!link && isVisibleTo({ record: link, audience, today }));

export function groupFacts(groups: LinkedGroup[]) {
  return { ethnicGroups: uniqueStrings(groups.map((g) => g.name)), ethnicGroupCodes: uniqueStrings(groups.map((g) => g.gsoCode)) };
}

export function languageFacts(languages: LinkedLanguage[]) {
  return { languages: uniqueStrings(languages.map((l) => l.name)), languageCodes: uniqueStrings(languages.map((l) => l.iso6393)) };
}

/** Ancestors a place is listed with: its commune or ward (and a village's site chain), never the province. */
function withAncestors(place: LinkedPlace, audience: IndexedAccessLevel, today?: string): LinkedPlace[] {
  const chain: LinkedPlace[] = [];
  let current: LinkedPlace | null | undefined = place;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current.kind !== 'province') chain.push(current);
    const parent: LinkedPlace | null | undefined = current.parent;
    current = parent && isVisibleTo({ record: parent, audience, today }) ? parent : null;
  }
  return chain;
}

export function placeFacts(places: LinkedPlace[], audience: IndexedAccessLevel, today?: string) {
  const all = places.flatMap((place) => withAncestors(place, audience, today));
  return { places: uniqueStrings(all.map((p) => p.name)), placeCodes: uniqueStrings(all.map((p) => p.code)) };
}
