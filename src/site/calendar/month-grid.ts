/**
 * The month view of the festival calendar: a grid of full weeks over one
 * solar month, each day carrying its Vietnamese lunar date, plus the labels
 * the view prints (month and weekday names, lunar and solar dates in vi/en).
 * Pure: no Strapi, no I/O; `today` is passed in (use vietnamToday()).
 */
import { daysInSolarMonth, formatIsoDate, parseIsoDate } from '../../calendar/iso';
import { LunarCalendarError, solarToLunar } from '../../calendar/lunar';

export type Locale = 'vi' | 'en';

export interface LunarDay {
  /** Lunar year (the year whose Tết starts it). */
  year: number;
  month: number;
  day: number;
  /** True in the leap ("nhuận") copy of `month`. */
  isLeap: boolean;
}

export interface MonthGridDay {
  iso: string;
  /** Day of the solar month, 1–31. */
  day: number;
  /** False for the days of the previous/next month that pad the first and last week. */
  inMonth: boolean;
  isToday: boolean;
  /** Saturday or Sunday. */
  isWeekend: boolean;
  /** Null when the date is outside the range the lunar tables support. */
  lunar: LunarDay | null;
  isLunarMonthStart: boolean;
  /** Indexes into the `entries` given to monthGrid whose range includes this day. */
  entryIndexes: number[];
}

export interface MonthGrid {
  year: number;
  month: number;
  /** Full weeks, Monday first; every week has 7 days. */
  weeks: MonthGridDay[][];
}

function assertMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9998) {
    throw new Error(`year must be an integer 1–9998, got ${String(year)}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`month must be an integer 1–12, got ${String(month)}`);
  }
}

/** A UTC Date for a calendar day; setUTCFullYear avoids Date.UTC's 0–99 → 1900s quirk. */
function utcDay(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function isoOf(d: Date): string {
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Monday = 0 … Sunday = 6. */
function mondayIndex(d: Date): number {
  return (d.getUTCDay() + 6) % 7;
}

function lunarOrNull(iso: string): LunarDay | null {
  try {
    const { year, month, day, isLeap } = solarToLunar(iso);
    return { year, month, day, isLeap };
  } catch (error) {
    if (error instanceof LunarCalendarError) return null;
    throw error;
  }
}

/**
 * The weeks covering a solar month. Weeks start on Monday: that is how
 * calendars in Vietnam are printed (Thứ Hai first, Chủ Nhật last), and ISO 8601
 * agrees. Entries with a malformed or reversed range are attached to no day
 * (buildCalendar never produces such entries).
 */
export function monthGrid({
  year,
  month,
  entries,
  today,
}: {
  year: number;
  month: number;
  entries: Array<{ startDate: string; endDate: string }>;
  today: string;
}): MonthGrid {
  assertMonth(year, month);
  if (!parseIsoDate(today)) throw new Error(`today is not a valid date (YYYY-MM-DD): ${JSON.stringify(today)}`);

  const usable = entries
    .map((entry, index) => ({ ...entry, index }))
    .filter((e) => parseIsoDate(e.startDate) && parseIsoDate(e.endDate) && e.startDate <= e.endDate);

  const first = utcDay(year, month, 1);
  const last = utcDay(year, month, daysInSolarMonth(year, month));
  const leading = mondayIndex(first);
  const total = leading + daysInSolarMonth(year, month) + (6 - mondayIndex(last));

  const weeks: MonthGridDay[][] = [];
  for (let offset = 0; offset < total; offset++) {
    const date = utcDay(year, month, 1 - leading + offset);
    const iso = isoOf(date);
    const lunar = lunarOrNull(iso);
    if (offset % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({
      iso,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() + 1 === month,
      isToday: iso === today,
      isWeekend: mondayIndex(date) >= 5,
      lunar,
      isLunarMonthStart: lunar?.day === 1,
      // ISO strings compare lexically, so a closed-range check is two string comparisons.
      entryIndexes: usable.filter((e) => e.startDate <= iso && iso <= e.endDate).map((e) => e.index),
    });
  }
  return { year, month, weeks };
}

export function adjacentMonths(
  year: number,
  month: number,
): { previous: { year: number; month: number }; next: { year: number; month: number } } {
  assertMonth(year, month);
  return {
    previous: month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 },
    next: month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 },
  };
}

type LunarRef = Pick<LunarDay, 'day' | 'month' | 'isLeap'>;

/**
 * Short label for a day cell: the lunar day, and on the first day of a lunar
 * month also the month ("1/6"), as printed Vietnamese calendars do. A leap
 * month is marked N (nhuận) in Vietnamese and L in English: "1/6N", "1/6L".
 */
export function lunarLabel(lunar: LunarRef, locale: Locale): string {
  if (lunar.day !== 1) return String(lunar.day);
  const leapMark = lunar.isLeap ? (locale === 'vi' ? 'N' : 'L') : '';
  return `${lunar.day}/${lunar.month}${leapMark}`;
}

/** English ordinal: 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Vietnamese name of a lunar month: the first is "Giêng" and the last "Chạp", the rest are numbered. */
function vietnameseLunarMonth(month: number): string {
  if (month === 1) return 'Giêng';
  if (month === 12) return 'Chạp';
  return String(month);
}

/** Long form: "ngày 15 tháng 6 âm lịch" / "15th day of the 6th lunar month". */
export function formatLunarDate(lunar: LunarRef, locale: Locale): string {
  if (locale === 'vi') {
    const leap = lunar.isLeap ? ' nhuận' : '';
    return `ngày ${lunar.day} tháng ${vietnameseLunarMonth(lunar.month)}${leap} âm lịch`;
  }
  const leap = lunar.isLeap ? 'leap ' : '';
  return `${ordinal(lunar.day)} day of the ${leap}${ordinal(lunar.month)} lunar month`;
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Solar months are numbered in Vietnamese ("Tháng 1"), named in English ("January"). */
export function monthName(month: number, locale: Locale): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`month must be an integer 1–12, got ${String(month)}`);
  }
  return locale === 'vi' ? `Tháng ${month}` : EN_MONTHS[month - 1];
}

/** Column headers, Monday first to match monthGrid. */
export function weekdayShortNames(locale: Locale): string[] {
  return locale === 'vi'
    ? ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
    : ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
}

function parseOrThrow(iso: string, what: string): { year: number; month: number; day: number } {
  const parts = parseIsoDate(iso);
  if (!parts) throw new Error(`${what} is not a valid date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

/** Day and month without the year: "9 tháng 7" / "9 July". */
function dayMonth(day: number, month: number, locale: Locale): string {
  return locale === 'vi' ? `${day} tháng ${month}` : `${day} ${EN_MONTHS[month - 1]}`;
}

function yearSuffix(year: number, locale: Locale): string {
  return locale === 'vi' ? ` năm ${year}` : ` ${year}`;
}

/** "ngày 9 tháng 7 năm 2025" / "9 July 2025". */
export function formatSolarDate(iso: string, locale: Locale): string {
  const { year, month, day } = parseOrThrow(iso, 'date');
  const text = dayMonth(day, month, locale) + yearSuffix(year, locale);
  return locale === 'vi' ? `ngày ${text}` : text;
}

/**
 * A date range with shared parts said once: "9–11 tháng 7 năm 2025" /
 * "9–11 July 2025"; "30 June – 2 July 2025"; different years in full.
 * A one-day range is just formatSolarDate.
 */
export function formatSolarRange(start: string, end: string, locale: Locale): string {
  const a = parseOrThrow(start, 'start');
  const b = parseOrThrow(end, 'end');
  if (end < start) throw new Error(`range ends (${end}) before it starts (${start})`);
  if (start === end) return formatSolarDate(start, locale);
  if (a.year === b.year && a.month === b.month) {
    return `${a.day}–${dayMonth(b.day, b.month, locale)}${yearSuffix(b.year, locale)}`;
  }
  if (a.year === b.year) {
    return `${dayMonth(a.day, a.month, locale)} – ${dayMonth(b.day, b.month, locale)}${yearSuffix(b.year, locale)}`;
  }
  return (
    `${dayMonth(a.day, a.month, locale)}${yearSuffix(a.year, locale)} – ` +
    `${dayMonth(b.day, b.month, locale)}${yearSuffix(b.year, locale)}`
  );
}
