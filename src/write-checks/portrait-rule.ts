/**
 * A portrait shows a person's face, so it may never be seen where the person
 * may not: for every audience, the portrait stops being visible no later than
 * the person does. Pure; src/write-checks/portrait-check.ts loads the records.
 *
 * Comparing the whole timeline (not just today) means the rule still holds
 * tomorrow, when a consent expires: the portrait's expiry is never later.
 */
import { type Audience, type ConsentRecord, consentScopesVisibleTo, isWithdrawn, levelsVisibleTo, type AccessLevel, type ConsentScope } from '../access/levels';

export interface AccessRecord {
  accessLevel?: string | null;
  consent?: ConsentRecord | null;
}

export interface PortraitProblem {
  vi: string;
  en: string;
}

const AUDIENCES: Audience[] = ['public', 'researcher'];
const NEVER = '';
const FOREVER = '9999-12-31';

/** The last Vietnam day on which `record` is visible to `audience`: NEVER, a YYYY-MM-DD, or FOREVER. */
export function visibleUntil(record: AccessRecord, audience: Audience): string {
  if (!record.accessLevel || !levelsVisibleTo(audience).includes(record.accessLevel as AccessLevel)) return NEVER;
  const consent = record.consent;
  if (!consent) return FOREVER;
  if (!consent.scope || !consentScopesVisibleTo(audience).includes(consent.scope as ConsentScope)) return NEVER;
  if (isWithdrawn(consent)) return NEVER;
  return consent.expiresOn || FOREVER;
}

/** Whether the portrait is, for some audience and some day, visible while its person is not. */
export function isMoreOpenThanPerson({ portrait, person }: { portrait: AccessRecord; person: AccessRecord }): boolean {
  return AUDIENCES.some((audience) => visibleUntil(portrait, audience) > visibleUntil(person, audience));
}

const describeAccess = (record: AccessRecord) => {
  const consent = record.consent;
  const parts = [record.accessLevel ?? 'restricted'];
  parts.push(consent ? `${consent.scope ?? 'archive-only'}${consent.expiresOn ? ` → ${consent.expiresOn}` : ''}` : '–');
  return parts.join(', ');
};

/** What the officer is told when a portrait would be more open than its person. */
export function portraitTooOpen({ title, personName, portrait, person }: { title: string; personName: string; portrait: AccessRecord; person: AccessRecord }): PortraitProblem {
  const theirs = describeAccess(person);
  const its = describeAccess(portrait);
  return {
    vi:
      `Ảnh chân dung "${title}" được xem rộng hơn người "${personName}" (ảnh: ${its}; người: ${theirs}). ` +
      'Mức truy cập và sự đồng ý (phạm vi, ngày hết hạn) của ảnh không được rộng hơn hay dài hơn của người trong ảnh.',
    en:
      `The portrait "${title}" would be visible more widely than "${personName}" (portrait: ${its}; person: ${theirs}). ` +
      "A portrait's access level and consent (scope, expiry) may be no wider and last no longer than its person's.",
  };
}

export function portraitNotAnImage({ title, kind }: { title: string; kind: string }): PortraitProblem {
  return {
    vi: `Tư liệu "${title}" là ${kind}, không phải ảnh: ảnh chân dung phải là tư liệu loại ảnh (image).`,
    en: `The media item "${title}" is a ${kind}, not an image: a portrait must be a media item of kind image.`,
  };
}
