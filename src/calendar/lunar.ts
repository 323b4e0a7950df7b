/**
 * Vietnamese lunar calendar (âm lịch, UTC+7) conversions.
 *
 * This is the ONLY module that imports the lunar library
 * (`@nghiavuive/lunar_date_vi`, a table-driven port of Hồ Ngọc Đức's
 * algorithm computed for UTC+7). Everything else in src/calendar goes through
 * the functions below, so the library can be swapped in one place.
 *
 * Notes on the library, learned by reading its dist/ code:
 * - Lunar → solar: `new LunarDate({ year, month, day, leap_month }).init(true)`
 *   then `.toSolarDate()`. `init` throws `Error('Invalid date')` when the day is
 *   larger than the month's length (day 30 of a 29-day month).
 * - Asking for `leap_month: true` in a month that is not doubled that year is
 *   SILENTLY turned into the regular month (and with `init()` without `true`
 *   the object even keeps claiming `leap_month: true`). We therefore check the
 *   year's leap month ourselves before converting.
 * - Solar → lunar: `new SolarDate({ year, month, day }).toLunarDate().get()`.
 *   Uses local-time `Date` objects only to round-trip y/m/d, so the result does
 *   not depend on TZ.
 * - Its tables nominally cover 1200-01-31 … 2199-12-31 (Julian dates before
 *   1582-10-15), but the pre-1800 tables are partly corrupt (see
 *   MIN_SUPPORTED_YEAR). We only accept solar years MIN_SUPPORTED_YEAR…
 *   MAX_SUPPORTED_YEAR (lunar years from one earlier).
 * - It applies the modern UTC+7 rules to every year. Before 1968 North Vietnam
 *   used the Chinese (UTC+8) calendar, so historical dates before then may
 *   differ by a day or a month from what people actually used.
 */
import { LunarDate, SolarDate } from '@nghiavuive/lunar_date_vi';
import { formatIsoDate, parseIsoDate } from './iso';

/**
 * Lowest SOLAR year accepted. Lunar years are accepted from one year earlier,
 * because the end of lunar year Y-1 lies in solar year Y.
 * Why 1800: the library's year tables for 1200–1799 contain corrupted entries
 * (every tenth code has lost a hex digit, e.g. 0x5064b for 1709), which give
 * impossible dates such as "lunar 12/31" or Tết on 2–4 January. A day-by-day
 * sweep of 1791–2198 (round trip + continuity) found no anomaly.
 */
export const MIN_SUPPORTED_YEAR = 1800;
/** Highest solar and lunar year accepted (the library's tables stop in lunar 2199). */
export const MAX_SUPPORTED_YEAR = 2198;
/** Lowest lunar year accepted. */
export const MIN_SUPPORTED_LUNAR_YEAR = MIN_SUPPORTED_YEAR - 1;

export interface LunarMonthRef {
  /** Lunar year: the year whose Tết starts it (lunar month 12 can end in the next solar year). */
  year: number;
  /** 1–12. */
  month: number;
  /** True for the leap (intercalary, "nhuận") copy of `month`. */
  isLeap: boolean;
}

export interface LunarDateParts extends LunarMonthRef {
  /** 1–30. */
  day: number;
}

export type LunarCalendarErrorCode = 'invalid-input' | 'out-of-range' | 'no-such-month';

/** Thrown for malformed input, years outside the supported range, or a leap month that does not exist. */
export class LunarCalendarError extends Error {
  readonly code: LunarCalendarErrorCode;

  constructor(code: LunarCalendarErrorCode, message: string) {
    super(message);
    this.name = 'LunarCalendarError';
    this.code = code;
    Object.setPrototypeOf(this, LunarCalendarError.prototype);
  }
}

function assertYear(year: number, kind: 'lunar' | 'solar'): void {
  if (!Number.isInteger(year)) {
    throw new LunarCalendarError('invalid-input', `${kind} year must be an integer, got ${String(year)}`);
  }
  const min = kind === 'lunar' ? MIN_SUPPORTED_LUNAR_YEAR : MIN_SUPPORTED_YEAR;
  if (year < min || year > MAX_SUPPORTED_YEAR) {
    throw new LunarCalendarError(
      'out-of-range',
      `${kind} year ${year} is outside the supported range ${min}–${MAX_SUPPORTED_YEAR}`,
    );
  }
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new LunarCalendarError('invalid-input', `lunar month must be an integer 1–12, got ${String(month)}`);
  }
}

function assertDay(day: number): void {
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw new LunarCalendarError('invalid-input', `lunar day must be an integer 1–30, got ${String(day)}`);
  }
}

const leapMonthCache = new Map<number, number | null>();

/**
 * The month that is doubled in `lunarYear` (its leap copy follows the regular
 * one), or null when the year has 12 months. E.g. 2023 → 2, 2025 → 6, 2026 → null.
 */
export function leapMonthOf(lunarYear: number): number | null {
  assertYear(lunarYear, 'lunar');
  const cached = leapMonthCache.get(lunarYear);
  if (cached !== undefined) return cached;
  let found: number | null = null;
  for (let month = 1; month <= 12; month++) {
    const probe = new LunarDate({ year: lunarYear, month, day: 1, leap_month: true });
    probe.init(true);
    // The library falls back to the regular month when `month` is not doubled.
    if (probe.get().leap_month === true) {
      found = month;
      break;
    }
  }
  leapMonthCache.set(lunarYear, found);
  return found;
}

/**
 * Solar (Gregorian) ISO date of a lunar date, or null when that day does not
 * exist: day 30 of a 29-day month, or the leap copy of a month that is not
 * doubled that year. Callers decide whether to skip or clamp.
 * Throws LunarCalendarError for malformed input (month ∉ 1–12, day ∉ 1–30,
 * non-integers) and for years outside the supported range.
 */
export function lunarToSolar(date: LunarDateParts): string | null {
  const { year, month, day, isLeap } = date;
  assertYear(year, 'lunar');
  assertMonth(month);
  assertDay(day);
  if (isLeap && leapMonthOf(year) !== month) return null;
  const lunar = new LunarDate({ year, month, day, leap_month: isLeap });
  try {
    lunar.init(true);
  } catch {
    // The library throws 'Invalid date' when day > month length.
    return null;
  }
  if (lunar.get().leap_month !== isLeap) return null; // defensive, should not happen
  const solar = lunar.toSolarDate().get();
  return formatIsoDate({ year: solar.year, month: solar.month, day: solar.day });
}

/** Lunar date of a solar ISO date ('YYYY-MM-DD'). Throws LunarCalendarError if malformed or out of range. */
export function solarToLunar(isoDate: string): LunarDateParts {
  const parts = parseIsoDate(isoDate);
  if (!parts) {
    throw new LunarCalendarError('invalid-input', `not a valid ISO date (YYYY-MM-DD): ${String(isoDate)}`);
  }
  assertYear(parts.year, 'solar');
  const lunar = new SolarDate({ year: parts.year, month: parts.month, day: parts.day }).toLunarDate().get();
  return { year: lunar.year, month: lunar.month, day: lunar.day, isLeap: lunar.leap_month === true };
}

/**
 * Number of days (29 or 30) in a lunar month. Throws LunarCalendarError with
 * code 'no-such-month' when asked for the leap copy of a month that is not
 * doubled that year.
 */
export function daysInLunarMonth(ref: LunarMonthRef): 29 | 30 {
  const { year, month, isLeap } = ref;
  assertYear(year, 'lunar');
  assertMonth(month);
  if (isLeap && leapMonthOf(year) !== month) {
    throw new LunarCalendarError('no-such-month', `lunar year ${year} has no leap month ${month}`);
  }
  if (lunarToSolar({ year, month, day: 30, isLeap }) !== null) return 30;
  if (lunarToSolar({ year, month, day: 29, isLeap }) !== null) return 29;
  // Unreachable with a sane table; surface it instead of guessing.
  throw new LunarCalendarError('no-such-month', `could not determine the length of lunar ${year}/${month}`);
}
