/**
 * How history values read in the admin (pure): dates in Vietnam's time zone,
 * authors, sizes, locales, and stored field values as plain text.
 */
import { fieldLabel } from '../../../curation/labels/fields';
import type { Author } from './api';

export type Language = 'vi' | 'en';

/** Officers work in Điện Biên; the server stores UTC. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "07/12/2026 14:05:09" in both languages (day first, as officers write dates); always Vietnam time. */
export function formatDateTime(iso: string, _language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Today's date in Vietnam as YYYY-MM-DD (file names). */
export function todayInVietnam(now = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function formatBytes(bytes: number, language: Language): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits });
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

const LOCALE_NAMES: Record<string, { vi: string; en: string }> = {
  vi: { vi: 'tiếng Việt', en: 'Vietnamese' },
  en: { vi: 'tiếng Anh', en: 'English' },
};

export function localeName(locale: string | null | undefined, language: Language): string {
  if (!locale) return '';
  return LOCALE_NAMES[locale]?.[language] ?? locale;
}

/** An author that is not an admin user (a string): which message names it, with what id. */
export function authorKey(author: string): { id: 'system' | 'token' | 'deleted' | null; value: string } {
  if (author === 'system') return { id: 'system', value: '' };
  const token = /^token:(\d+)$/.exec(author);
  if (token) return { id: 'token', value: token[1] };
  const admin = /^admin:(\d+)$/.exec(author);
  if (admin) return { id: 'deleted', value: admin[1] };
  return { id: null, value: author };
}

export function isAdminAuthor(author: Author): author is { id: number; name: string; email: string } {
  return typeof author === 'object' && author !== null;
}

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A field name inside a component, in the admin's language where one is written. */
function keyLabel(key: string, language: Language): string {
  return fieldLabel('', key)?.[language] ?? key;
}

/**
 * A stored value as readable text: strings as they are (newlines kept),
 * lists of plain values joined, components as "label: value" lines with
 * repeated ones numbered, so an officer reads a diff without JSON.
 */
export function readableValue(value: unknown, language: Language, words: ValueWords, depth = 0): string {
  if (isEmpty(value)) return words.empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  const indent = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return value.map((item) => readableValue(item, language, words)).join(', ');
    return value.map((item, index) => `${indent}${index + 1}.\n${readableValue(item, language, words, depth + 1)}`).join('\n');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => key !== '__component' && !isEmpty(item))
      .map(([key, item]) => {
        const text = readableValue(item, language, words, depth + 1);
        return text.includes('\n') ? `${indent}${keyLabel(key, language)}:\n${text}` : `${indent}${keyLabel(key, language)}: ${text}`;
      })
      .join('\n') || words.empty;
  }
  return String(value);
}
