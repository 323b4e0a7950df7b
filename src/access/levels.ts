/**
 * Who may see what. Every record carries one access level; every caller of a
 * public channel (REST, search, media URLs, exports, pages) is one audience.
 * Restricted records and drafts are for the admin panel only, so no audience
 * of a public channel ever includes them.
 */
export const ACCESS_LEVELS = ['public', 'researcher', 'restricted'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export type Audience = 'public' | 'researcher';

/** Consent scopes, narrowest last. `archive-only` is never shown outside the admin. */
export const CONSENT_SCOPES = ['public', 'research', 'archive-only'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export function levelsVisibleTo(audience: Audience): AccessLevel[] {
  return audience === 'researcher' ? ['public', 'researcher'] : ['public'];
}

export function consentScopesVisibleTo(audience: Audience): ConsentScope[] {
  return audience === 'researcher' ? ['public', 'research'] : ['public'];
}

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD: consent expires at the end of its day there. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

export interface ConsentRecord {
  scope?: string | null;
  expiresOn?: string | null;
  /** Set when the person or their family withdrew consent: hidden at once, whatever the date. */
  withdrawnOn?: string | null;
}

/** A withdrawn consent shows nothing on any public channel, from the moment it is recorded (not from its date). */
export const isWithdrawn = (consent: ConsentRecord | null | undefined): boolean => !!consent?.withdrawnOn;

/**
 * Whether a single loaded record may be shown to an audience: the rule of
 * (caller, record, version, consent, date) that `visibilityFilter` states for
 * the database; a unit test holds the two to the same answers. Used where a
 * record is already in memory (search documents, media URLs); database
 * queries use the equivalent filter from `visibilityFilter`.
 */
export function isVisibleTo({
  record,
  audience,
  today = vietnamToday(),
}: {
  record: { accessLevel?: string | null; consent?: ConsentRecord | null; publishedAt?: unknown };
  audience: Audience;
  today?: string;
}): boolean {
  // A row read with its version says so: a draft row (publishedAt null) is never shown outside the admin.
  if ('publishedAt' in record && !record.publishedAt) return false;
  if (!record.accessLevel || !levelsVisibleTo(audience).includes(record.accessLevel as AccessLevel)) return false;
  const consent = record.consent;
  if (!consent) return true;
  if (!consent.scope || !consentScopesVisibleTo(audience).includes(consent.scope as ConsentScope)) return false;
  if (isWithdrawn(consent)) return false;
  return !consent.expiresOn || consent.expiresOn >= today;
}

/** `visibleUntil` of a record whose consent never expires: 9999-12-31T23:59:59Z, in Unix seconds. */
export const NO_EXPIRY = 253_402_300_799;

/**
 * The first moment (Unix seconds) a record is no longer visible because its consent
 * expired: the start of the day after `expiresOn` in Vietnam (UTC+7), the same rule as
 * `isVisibleTo`. Lets a search index filter `visibleUntil > now` at query time instead
 * of waiting for a sweep to remove the record.
 */
export function consentVisibleUntil(consent: ConsentRecord | null | undefined): number {
  // Withdrawn: already past, so a search document not yet removed is filtered out at query time.
  if (isWithdrawn(consent)) return 0;
  const expiresOn = consent?.expiresOn;
  if (!expiresOn) return NO_EXPIRY;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(String(expiresOn))?.[0];
  const startOfDayVietnam = day ? Date.parse(`${day}T00:00:00+07:00`) : NaN;
  // An expiry we cannot read hides the record rather than showing it forever.
  return Number.isFinite(startOfDayVietnam) ? startOfDayVietnam / 1000 + 86_400 : 0;
}
