/**
 * What a record write's audit entry says (pure): which record, and for an
 * update only the names of the fields that changed, never their content
 * (the log outlives consent withdrawals and must not keep personal data).
 */
export const RECORD_ACTIONS: Record<string, string> = {
  create: 'record.create',
  update: 'record.update',
  publish: 'record.publish',
  unpublish: 'record.unpublish',
  delete: 'record.delete',
  discardDraft: 'record.discard-draft',
};

/** `<type>:<documentId>:<locale>`; `*` when the write covered every locale. */
export const recordTarget = (type: string, documentId: string, locale: string | undefined | null): string =>
  `${type}:${documentId}:${locale ?? '*'}`;

/** Bookkeeping Strapi sets on every save (the content-manager adds updatedBy): not a change anyone made. */
export const BOOKKEEPING = new Set(['id', 'documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations']);

/**
 * A stored value in a form that compares across two reads: row ids of
 * components are dropped (Strapi may re-create component rows on a save),
 * a related record or file is its documentId or id, dates are ISO strings.
 */
export function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.documentId === 'string') return { documentId: object.documentId };
    if (typeof object.hash === 'string' && object.id != null) return { file: object.id };
    return Object.fromEntries(Object.entries(object).filter(([key]) => key !== 'id').sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, comparable(item)]));
  }
  return value ?? null;
}

/**
 * Names of the submitted fields whose stored value differs between the
 * draft read before the save and after it (the admin panel submits every
 * field on each save, so the submitted names alone say nothing).
 */
export function changedFields(
  attributes: Record<string, unknown>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  submitted: Record<string, unknown> | undefined,
): string[] {
  if (!submitted) return [];
  return Object.keys(submitted)
    .filter((name) => name in attributes && !BOOKKEEPING.has(name))
    .filter((name) => !before || !after || JSON.stringify(comparable(before[name])) !== JSON.stringify(comparable(after[name])))
    .sort();
}
