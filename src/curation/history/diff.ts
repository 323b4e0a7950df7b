import type { FieldKind } from './model';
import type { Snapshot } from './snapshot';

export interface FieldChange {
  field: string;
  kind: FieldKind;
  before: unknown;
  after: unknown;
  /** Relations and media only: documentIds (file ids) linked in `after` but not in `before`. */
  added?: unknown[];
  /** Relations and media only: those linked in `before` but not in `after`. */
  removed?: unknown[];
}

type Comparable = Pick<Snapshot, 'kinds' | 'data'>;

/** Deep equality of JSON values, where key order does not matter (databases return columns in any order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/**
 * What changed from snapshot `a` to snapshot `b`, field by field, in the
 * order of b's fields then the fields only a had. A field's kind comes from
 * the newer snapshot (the older one's when the field was removed).
 * Relations and media also list what was linked and unlinked; a reordering
 * alone is a change with nothing added or removed.
 */
export function diffSnapshots(a: Comparable, b: Comparable): FieldChange[] {
  const fields = [...new Set([...Object.keys(b.data), ...Object.keys(a.data)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const before = a.data[field] ?? null;
    const after = b.data[field] ?? null;
    if (sameValue(before, after)) continue;
    const kind = b.kinds[field] ?? a.kinds[field] ?? 'value';
    const change: FieldChange = { field, kind, before, after };
    if (kind === 'relation' || kind === 'media') {
      const was = asList(before);
      const now = asList(after);
      change.added = now.filter((item) => !was.includes(item));
      change.removed = was.filter((item) => !now.includes(item));
    }
    changes.push(change);
  }
  return changes;
}
