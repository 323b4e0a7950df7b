/**
 * Markers: each hidden record carries one unique string in every text field
 * (and in its file names), so that a leak is a plain substring search of the
 * raw response. Probes: the values a generated query uses, which remember
 * which of their characters came from a hidden record, so the same query can
 * be rewritten with those characters replaced by text that exists nowhere.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';

/** Ways a record can be out of a caller's reach. */
export const HIDDEN_KINDS = [
  'restricted',
  'researcher',
  'draft',
  'newer-draft',
  'consent-expired',
  'archive-only',
  'unpublished',
  'draft-translation',
] as const;
export type HiddenKind = (typeof HIDDEN_KINDS)[number];

/** Rows no public channel may match: drafts of public records, and any row of a hidden record. */
export type Secrecy = HiddenKind | 'draft-row';

export type Audience = 'public' | 'researcher';

export const KIND_CODE: Record<HiddenKind, string> = {
  restricted: 'rs',
  researcher: 'rc',
  draft: 'dr',
  'newer-draft': 'nd',
  'consent-expired': 'ce',
  'archive-only': 'ao',
  unpublished: 'up',
  'draft-translation': 'tr',
};

export function isHiddenFrom(secrecy: Secrecy, audience: Audience): boolean {
  return !(secrecy === 'researcher' && audience === 'researcher');
}

/** `mk` + kind code + type code + 8 hex digits: 14 lowercase characters, usable in slugs, codes and file names. */
export const MARKER_PATTERN = /mk[a-z]{4}[0-9a-f]{8}/g;
export const MARKER_LENGTH = 14;
/** A marker fragment shorter than this could match another record's marker by chance. */
export const MIN_FRAGMENT = 6;

export function makeMarker({ seed, kind, typeCode, index }: { seed: number; kind: HiddenKind; typeCode: string; index: number }): string {
  const hex = createHash('sha256').update(`${seed}:${kind}:${typeCode}:${index}`).digest('hex').slice(0, 8);
  return `mk${KIND_CODE[kind]}${typeCode}${hex}`;
}

/** Replacement characters: neither `q` nor `j` occurs in a marker's fixed part, and `qj` in no fixture text. */
export const NOWHERE_TEXT = 'qj';
export const NOWHERE_ID = 987654321;
export const NOWHERE_DOCUMENT_ID = 'qjqjqjqjqjqjqjqjqjqjqjqj';

export interface Span {
  start: number;
  end: number;
  secrecy: Secrecy;
}

const nowhere = (length: number) => NOWHERE_TEXT.repeat(Math.ceil(length / 2)).slice(0, length);

/** A value in a generated query. */
export class Probe {
  constructor(
    readonly value: string | number | boolean,
    /** Character ranges of `value` (a string) that came from hidden records. */
    readonly spans: readonly Span[] = [],
    /** For ids and documentIds: the whole value names a row the caller may not reach. */
    readonly rowSecrecy: Secrecy | null = null,
  ) {}

  isHiddenFrom(audience: Audience): boolean {
    if (this.rowSecrecy && isHiddenFrom(this.rowSecrecy, audience)) return true;
    return this.spans.some((span) => isHiddenFrom(span.secrecy, audience));
  }

  /** The same value with everything hidden from `audience` replaced by a value that matches nothing. */
  neutral(audience: Audience): string | number | boolean {
    if (this.rowSecrecy && isHiddenFrom(this.rowSecrecy, audience)) {
      return typeof this.value === 'number' ? NOWHERE_ID : NOWHERE_DOCUMENT_ID;
    }
    if (typeof this.value !== 'string' || this.spans.length === 0) return this.value;
    let text = this.value;
    for (const span of this.spans) {
      if (!isHiddenFrom(span.secrecy, audience)) continue;
      text = text.slice(0, span.start) + nowhere(span.end - span.start) + text.slice(span.end);
    }
    return text;
  }

  [fc.toStringMethod](): string {
    return JSON.stringify(this.value);
  }

  toJSON(): unknown {
    return this.value;
  }
}

export type MarkerIndex = ReadonlyMap<string, Secrecy>;

/** A probe for a slice of a stored text; fragments of markers are widened to at least MIN_FRAGMENT characters. */
export function sliceProbe(text: string, from: number, to: number, markers: MarkerIndex): Probe {
  let start = Math.max(0, Math.min(from, text.length));
  let end = Math.max(start, Math.min(to, text.length));
  const occurrences = [...text.matchAll(MARKER_PATTERN)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, secrecy: markers.get(match[0]) }));
  for (const marker of occurrences) {
    const overlap = Math.min(end, marker.end) - Math.max(start, marker.start);
    if (overlap <= 0 || overlap >= MIN_FRAGMENT) continue;
    if (start > marker.start && end >= marker.end) start = Math.min(start, marker.end - MIN_FRAGMENT);
    else if (end < marker.end && start <= marker.start) end = Math.max(end, marker.start + MIN_FRAGMENT);
    else {
      end = Math.min(marker.end, start + MIN_FRAGMENT);
      start = end - MIN_FRAGMENT;
    }
  }
  const spans: Span[] = [];
  for (const marker of occurrences) {
    if (!marker.secrecy) continue;
    const spanStart = Math.max(start, marker.start);
    const spanEnd = Math.min(end, marker.end);
    if (spanEnd > spanStart) spans.push({ start: spanStart - start, end: spanEnd - start, secrecy: marker.secrecy });
  }
  return new Probe(text.slice(start, end), spans);
}

/** Render a generated query tree: `real` as sent, or neutral for an audience. */
export function renderQuery(tree: unknown, mode: 'real' | Audience): unknown {
  if (tree instanceof Probe) return mode === 'real' ? tree.value : tree.neutral(mode);
  if (Array.isArray(tree)) return tree.map((item) => renderQuery(item, mode));
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, renderQuery(value, mode)]));
  }
  return tree;
}

/** Whether a tree names anything hidden from the audience (so its neutral twin is a different query). */
export function namesHidden(tree: unknown, audience: Audience): boolean {
  if (tree instanceof Probe) return tree.isHiddenFrom(audience);
  if (Array.isArray(tree)) return tree.some((item) => namesHidden(item, audience));
  if (tree && typeof tree === 'object') return Object.values(tree).some((value) => namesHidden(value, audience));
  return false;
}
