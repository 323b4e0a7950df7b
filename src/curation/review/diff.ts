/**
 * Draft against published, field by field, for the curator's review screen.
 * Deliberately simple: top-level attributes only; components and dynamic zones
 * compared as JSON (without their row ids, which change on every publish);
 * relations and media as lists of documentIds.
 */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The schema's attributes as the diff needs them: name → type. */
export type AttributeTypes = Record<string, { type: string }>;

/** Bookkeeping fields that differ between any draft and its published copy. */
const IGNORED = new Set(['id', 'documentId', 'locale', 'localizations', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt', 'createdBy', 'updatedBy']);

type Record_ = Record<string, unknown>;

const documentIds = (value: unknown): string[] | null => {
  if (value == null) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => String((item as Record_)?.documentId ?? (item as Record_)?.id ?? item)).sort();
};

/** Drops row ids at any depth: a published component is a copy with new ids. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, withoutIds(inner)]));
  }
  return value;
}

function comparable(type: string, value: unknown): unknown {
  if (type === 'relation' || type === 'media') return documentIds(value);
  if (type === 'component' || type === 'dynamiczone') return value == null ? null : withoutIds(value);
  return value === undefined ? null : value;
}

/** The changes from the published version (before; null when there is none) to the draft (after). */
export function diffVersions(attributes: AttributeTypes, published: Record_ | null, draft: Record_): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, { type }] of Object.entries(attributes)) {
    if (IGNORED.has(field) || type === 'password') continue;
    const before = published ? comparable(type, published[field]) : null;
    const after = comparable(type, draft[field]);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before, after });
  }
  return changes;
}
