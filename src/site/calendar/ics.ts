/**
 * RFC 5545 iCalendar writer for the festival calendar feed.
 *
 * Every festival date is an all-day date (DATE values), so the feed needs no
 * VTIMEZONE: a DATE has no time and no zone, and calendar apps show it on the
 * same day everywhere. X-WR-TIMEZONE is only a hint for apps that want one.
 * Pure: no Strapi, no I/O; `now` is passed in so output is reproducible.
 */
import { parseIsoDate } from '../../calendar/iso';

export interface IcsEvent {
  uid: string;
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, inclusive, 'YYYY-MM-DD'. Written as the exclusive DTEND (the day after). */
  end: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
}

export const DEFAULT_PRODID = '-//Di San//Dien Bien heritage archive//VI';

const UID_DOMAIN = 'di-san.dienbien';
const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** 'YYYY-MM-DD' → 'YYYYMMDD', throwing on anything that is not a real date. */
function icsDate(iso: string, what: string): string {
  if (!parseIsoDate(iso)) throw new Error(`ICS: ${what} is not a valid date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return iso.replace(/-/g, '');
}

/** The day after an ISO date. UTC arithmetic so the server's TZ never matters. */
function nextDay(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)!;
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that for tiny years.
  d.setUTCFullYear(year, month - 1, day + 1);
  return d.toISOString().slice(0, 10);
}

/** DATE-TIME in UTC, form 'YYYYMMDDTHHMMSSZ'. */
function icsUtcDateTime(now: Date): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new Error('ICS: `now` must be a valid Date');
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * TEXT escaping (RFC 5545 §3.3.11). Any line break (CRLF, CR, LF) becomes the
 * two characters '\n'. Other control characters are not allowed in TEXT, so
 * they are dropped (HTAB is allowed and kept).
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (ch) => (ch === '\n' ? '\\n' : `\\${ch}`));
}

/** Octets one code point takes in UTF-8 (no Buffer, so this also runs in a browser). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets of UTF-8.
 * Continuation lines start with one space, which counts toward their 75.
 * Splits only between code points, never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`ICS: ${what} must be a non-empty string`);
  return value;
}

/** URL is a URI value, not TEXT: no escaping, but a CR or LF would inject new properties. */
function uriValue(url: string): string {
  if (/[\r\n]/.test(url)) throw new Error(`ICS: url must not contain line breaks: ${JSON.stringify(url)}`);
  return url;
}

/** Stable UID for one festival occurrence, so re-downloads update events instead of duplicating them. */
export function icsUid(festivalDocumentId: string, startDate: string): string {
  requireText(festivalDocumentId, 'festivalDocumentId');
  if (/[\s@]/.test(festivalDocumentId) || /[\u0000-\u001F\u007F]/.test(festivalDocumentId)) {
    throw new Error(`ICS: festivalDocumentId must not contain whitespace, control characters or '@': ${JSON.stringify(festivalDocumentId)}`);
  }
  return `${festivalDocumentId}-${icsDate(startDate, 'startDate')}@${UID_DOMAIN}`;
}

function eventLines(event: IcsEvent, dtstamp: string): string[] {
  const uid = requireText(event.uid, 'event uid');
  const summary = requireText(event.summary, `summary of event ${uid}`);
  const start = icsDate(event.start, `start of event ${uid}`);
  icsDate(event.end, `end of event ${uid}`);
  if (event.end < event.start) {
    throw new Error(`ICS: event ${uid} ends (${event.end}) before it starts (${event.start})`);
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.end), `day after the end of event ${uid}`)}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  const categories = (event.categories ?? []).filter((c) => c.trim() !== '');
  // Commas separate the values; commas inside a category are escaped by escapeText.
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  // Festivals are not appointments: they should not mark the subscriber as busy.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A complete VCALENDAR document, CRLF line endings, folded at 75 octets. */
export function buildIcs({
  events,
  name,
  description,
  now,
  prodId = DEFAULT_PRODID,
}: {
  events: IcsEvent[];
  name: string;
  description?: string;
  now: Date;
  prodId?: string;
}): string {
  const dtstamp = icsUtcDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(requireText(prodId, 'prodId'))}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(requireText(name, 'calendar name'))}`,
  ];
  if (description) lines.push(`X-WR-CALDESC:${escapeText(description)}`);
  lines.push('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');

  // Two VEVENTs with one UID (and no RECURRENCE-ID) are the same event to a
  // client, which would silently keep only one of them.
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.uid)) throw new Error(`ICS: duplicate event uid ${JSON.stringify(event.uid)}`);
    seen.add(event.uid);
    lines.push(...eventLines(event, dtstamp));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
