/**
 * Generic text helpers for names and titles.
 */
import { describeType } from './util';

/**
 * A required human-readable name (title, person, place...).
 * Rejects missing values, non-strings and strings that are blank after trimming.
 */
export function checkRequiredName(value: unknown, fieldLabel: string): string | null {
  if (value === undefined || value === null) {
    return `${fieldLabel} is missing. Enter a name; it cannot be left empty.`;
  }
  if (typeof value !== 'string') {
    return `${fieldLabel} must be text, but got ${describeType(value)}.`;
  }
  if (value.trim() === '') {
    return `${fieldLabel} is blank. Enter a name with at least one visible character.`;
  }
  return null;
}

/**
 * Unicode NFC normalisation. Vietnamese text pasted from macOS or some
 * keyboards arrives decomposed (NFD); storing NFC keeps search and
 * uniqueness checks consistent.
 */
export function nfc(value: string): string {
  return value.normalize('NFC');
}
