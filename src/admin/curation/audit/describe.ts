/** How audit entries read in the table (pure): actors, record targets, short details. */
import { ARCHIVE_TYPES, type ArchiveType, uidOf } from '../../../content-model';
import { editPath, TYPE_NAMES } from '../shared/types';

/** `admin:3`, `token:2`, `user:5` (a users-permissions account: a researcher), `system`, `anonymous`: which message names it, with what id. */
export function actorKind(actor: string): { id: 'system' | 'anonymous' | 'token' | 'user' | 'deleted' | null; value: string } {
  if (actor === 'system' || actor === 'anonymous') return { id: actor, value: '' };
  const token = /^token:(\d+)$/.exec(actor);
  if (token) return { id: 'token', value: token[1] };
  const user = /^user:(\d+)$/.exec(actor);
  if (user) return { id: 'user', value: user[1] };
  const admin = /^admin:(\d+)$/.exec(actor);
  if (admin) return { id: 'deleted', value: admin[1] };
  return { id: null, value: actor };
}

export interface RecordTarget {
  typeName: string;
  documentId: string;
  locale: string | null;
  /** The record's edit view, inside the admin router (its default locale for `*`, every locale). */
  path: string;
}

/** `festival:<documentId>:<locale>` (locale `*` for all) as a record, or null for other targets. */
export function recordTarget(target: string | null, language: 'vi' | 'en'): RecordTarget | null {
  if (!target) return null;
  const [type, documentId, locale] = target.split(':');
  if (!documentId || !(ARCHIVE_TYPES as string[]).includes(type)) return null;
  const uid = uidOf(type as ArchiveType);
  const oneLocale = locale && locale !== '*' ? locale : null;
  return {
    typeName: TYPE_NAMES[type as ArchiveType][language],
    documentId,
    locale: locale ?? null,
    path: editPath(uid, documentId, oneLocale),
  };
}

const MAX_DETAILS = 140;

/** Details in one short line: `key: value` pairs, lists joined; the table shows the rest on hover. */
export function shortDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object') return String(details);
  const text = Object.entries(details as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => {
      if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return `${key}: ${value.join(', ')}`;
      return `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    })
    .join('; ');
  return text.length > MAX_DETAILS ? `${text.slice(0, MAX_DETAILS - 1)}…` : text;
}
