/**
 * EDTF (Extended Date/Time Format, ISO 8601-2) validation using the npm
 * package `edtf`. That package is ESM-first but ships a CommonJS build
 * (exports["."].require -> dist/index.cjs), so a plain require() works under
 * tsc's CommonJS output and under tsx. It has no type declarations, hence
 * the small local interface below.
 *
 * Two-digit centuries ("19") and three-digit decades ("201") are valid EDTF
 * but are easily mistaken for typos, so they are rejected with the
 * unambiguous spelling ("19XX", "201X").
 */
import { quote } from './util';

interface EdtfModule {
  parse(input: string): { type: string };
  /** Builds the date object; throws RangeError e.g. when an interval ends before it starts. */
  default(parsed: object): unknown;
}

let edtfModule: EdtfModule | undefined;

function lib(): EdtfModule {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  edtfModule ??= require('edtf') as EdtfModule;
  return edtfModule;
}

const EXAMPLES =
  'e.g. "2019", "2019-12-05", "2019-12~" (approximate), "2019?" (uncertain), "201X" (the 2010s) or "1950/1960" (a range)';

export function checkEdtf(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `Date is empty. Enter an EDTF date, ${EXAMPLES}.`;
  if (value !== value.trim()) return `Date ${quote(value)} has spaces around it. Remove them.`;
  let parsed: { type: string };
  try {
    // parse(), not edtf(string): edtf() reads 5+ digit strings as Unix timestamps.
    parsed = lib().parse(value);
  } catch {
    const month = /^\d{4}-(\d{2})(?:\D|$)/.exec(value)?.[1];
    const hint = month && Number(month) > 12 && Number(month) < 21 ? ` Month "${month}" does not exist (months are 01-12).` : '';
    return `Date ${quote(value)} is not a valid EDTF date.${hint} Use year-month-day order with "-", ${EXAMPLES}.`;
  }
  if (parsed.type === 'Century') {
    return `Date ${quote(value)} is read as a whole century. Write "${value}XX" for the years ${value}00-${value}99, or give a four-digit year.`;
  }
  if (parsed.type === 'Decade') {
    return `Date ${quote(value)} is read as a decade. Write "${value}X" for the ${value}0s, or give a four-digit year.`;
  }
  try {
    lib().default(parsed);
  } catch {
    return `Date range ${quote(value)} does not run forwards: the start must be before the end, e.g. "1950/1960".`;
  }
  return null;
}
