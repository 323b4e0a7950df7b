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

const SCALAR = new Set([
  'string', 'text', 'richtext', 'blocks', 'email', 'password', 'uid', 'enumeration', 'boolean', 'integer',
  'biginteger', 'float', 'decimal', 'date', 'time', 'datetime', 'timestamp', 'json',
]);

/** Bookkeeping Strapi sets on every save (the content-manager adds updatedBy): not a change anyone made. */
const BOOKKEEPING = new Set(['id', 'documentId', 'locale', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'localizations']);

/** Values as a database row and as submitted data may differ in form (dates, numbers as strings). */
const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  if (a instanceof Date || b instanceof Date) return new Date(a as string).getTime() === new Date(b as string).getTime();
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
};

/**
 * Names of the submitted fields that differ from the stored draft. Scalars
 * are compared; components, relations and media are named whenever they are
 * submitted (comparing them would cost a deep read per save).
 */
export function changedFields(
  attributes: Record<string, { type: string }>,
  before: Record<string, unknown> | null,
  data: Record<string, unknown> | undefined,
): string[] {
  if (!data) return [];
  return Object.keys(data)
    .filter((name) => name in attributes && !BOOKKEEPING.has(name))
    .filter((name) => !SCALAR.has(attributes[name].type) || !before || !same(before[name], data[name]))
    .sort();
}
