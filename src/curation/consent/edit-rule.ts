/**
 * The withdrawal fields are written by the withdrawal route only: an edit
 * (admin form, script) may neither set them, which would hide the record
 * without the audit entry and the file purge, nor clear or change them,
 * which would show again what a family asked to take down. Pure; the
 * document-service glue is src/curation/consent/strapi/edit-guard.ts.
 */
export const WITHDRAWAL_FIELDS = ['withdrawnOn', 'withdrawnBy', 'withdrawalReason'] as const;

type Fields = Partial<Record<(typeof WITHDRAWAL_FIELDS)[number], unknown>> & Record<string, unknown>;

export type EditOutcome = { consent: unknown } | { problem: { vi: string; en: string } };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Empty, null and absent are the same "not withdrawn"; a date may come back as a Date or with a time. */
const norm = (value: unknown): string | null => {
  if (value === undefined || value === null || value === '') return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
};
const same = (a: unknown, b: unknown) => norm(a) === norm(b);

/**
 * What to write as the record's consent, given what is stored. When the
 * stored consent is withdrawn, its fields are carried into the incoming one
 * (Strapi replaces a component sent without its id, and the fields would be
 * lost), and removing the consent is refused.
 */
export function guardConsentEdit(stored: Fields | null | undefined, incoming: unknown): EditOutcome {
  const withdrawn = norm(stored?.withdrawnOn) !== null;
  if (!isObject(incoming)) {
    if (withdrawn && incoming === null) return { problem: CANNOT_CHANGE };
    return { consent: incoming };
  }
  for (const field of WITHDRAWAL_FIELDS) {
    if (field in incoming && !same(incoming[field], withdrawn ? stored?.[field] : null)) return { problem: withdrawn ? CANNOT_CHANGE : USE_THE_ACTION };
  }
  if (!withdrawn) return { consent: incoming };
  return { consent: { ...incoming, ...Object.fromEntries(WITHDRAWAL_FIELDS.map((field) => [field, stored?.[field] ?? null])) } };
}

const USE_THE_ACTION = {
  vi: 'Việc rút đồng ý chỉ được ghi bằng chức năng "Rút đồng ý" của người phụ trách duyệt',
  en: 'A consent withdrawal is recorded only through a curator’s “Withdraw consent” action',
};
const CANNOT_CHANGE = {
  vi: 'Sự đồng ý đã bị rút: không được sửa hay xoá thông tin rút',
  en: 'Consent was withdrawn: the withdrawal cannot be changed or removed',
};
