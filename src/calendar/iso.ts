/**
 * Small, pure helpers for Gregorian ISO dates ('YYYY-MM-DD').
 * No Date objects in local time: everything is plain integer arithmetic or
 * UTC, so results never depend on the server's TZ.
 */

export interface SolarDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a Gregorian month (month 1–12). */
export function daysInSolarMonth(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate({ year, month, day }: SolarDateParts): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a strict 'YYYY-MM-DD' string; returns null if malformed or not a real date. */
export function parseIsoDate(iso: string): SolarDateParts | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInSolarMonth(year, month)) return null;
  return { year, month, day };
}

/** First and last day of a solar month as ISO strings. */
export function solarMonthBounds(year: number, month: number): { first: string; last: string } {
  return {
    first: formatIsoDate({ year, month, day: 1 }),
    last: formatIsoDate({ year, month, day: daysInSolarMonth(year, month) }),
  };
}

/** True when the closed ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. ISO strings compare lexically. */
export function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}
