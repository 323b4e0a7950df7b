/**
 * Turns a festival TimingRule into dated occurrences for one solar year.
 * Pure: no Strapi, no I/O.
 */
import type { TimingRule } from '../seed/types';
import { daysInSolarMonth, formatIsoDate, isGregorianLeapYear } from './iso';
import {
  LunarCalendarError,
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  daysInLunarMonth,
  leapMonthOf,
  lunarToSolar,
} from './lunar';

export type RuleBasis = 'lunar-rule' | 'solar-rule';

/** The lunar dates an occurrence was computed from (after any clamping). */
export interface OccurrenceLunar {
  year: number;
  month: number;
  day: number;
  /** Set when the rule has a day range; the actual (possibly clamped) last day. */
  endDay?: number;
  isLeap: boolean;
}

export interface Occurrence {
  /** Solar ISO dates (YYYY-MM-DD), inclusive. */
  startDate: string;
  endDate: string;
  lunar?: OccurrenceLunar;
  basis: RuleBasis;
  /** Human-readable English remarks, e.g. when a day was clamped to the end of a short month. */
  notes?: string[];
}

export type LeapMonthPolicy = NonNullable<TimingRule['leapMonth']>;

/** Thrown by occurrencesForYear when the rule fails validateTimingRule. */
export class InvalidTimingRuleError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid timing rule: ${problems.join('; ')}`);
    this.name = 'InvalidTimingRuleError';
    this.problems = problems;
    Object.setPrototypeOf(this, InvalidTimingRuleError.prototype);
  }
}

const LEAP_POLICIES: readonly LeapMonthPolicy[] = ['regular-only', 'leap-only', 'both'];

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** Days in a solar month, counting February as 29 (rules are year-independent). */
function maxSolarDay(month: number): number {
  return daysInSolarMonth(2000, month);
}

/**
 * Checks a timing rule. Returns human-readable English problems; an empty
 * array means the rule is usable.
 */
export function validateTimingRule(rule: TimingRule): string[] {
  const problems: string[] = [];
  if (rule === null || typeof rule !== 'object') return ['timing rule must be an object'];
  const { calendar, month, day, endMonth, endDay, leapMonth, note } = rule;

  if (calendar !== 'lunar' && calendar !== 'solar' && calendar !== 'varies') {
    return [`calendar must be 'lunar', 'solar' or 'varies', got ${describe(calendar)}`];
  }

  if (calendar === 'varies') {
    if (!note) {
      problems.push("a 'varies' rule needs a note (vi and en) saying how communities decide the date");
    } else {
      if (typeof note.vi !== 'string' || note.vi.trim() === '') problems.push("the 'varies' note has an empty Vietnamese text (note.vi)");
      if (typeof note.en !== 'string' || note.en.trim() === '') problems.push("the 'varies' note has an empty English text (note.en)");
    }
    if (leapMonth !== undefined) problems.push('leapMonth only applies to lunar rules');
    return problems;
  }

  const label = calendar === 'lunar' ? 'lunar' : 'solar';
  let monthOk = false;
  let dayOk = false;
  if (month === undefined || month === null) {
    problems.push(`a ${label} rule needs a month`);
  } else if (!isInt(month) || month < 1 || month > 12) {
    problems.push(`${label} month must be a whole number from 1 to 12, got ${describe(month)}`);
  } else {
    monthOk = true;
  }

  if (day === undefined || day === null) {
    problems.push(`a ${label} rule needs a day`);
  } else if (calendar === 'lunar') {
    if (!isInt(day) || day < 1 || day > 30) {
      problems.push(`lunar day must be a whole number from 1 to 30, got ${describe(day)}`);
    } else {
      dayOk = true;
    }
  } else if (!isInt(day) || day < 1 || day > 31) {
    problems.push(`solar day must be a whole number from 1 to 31, got ${describe(day)}`);
  } else if (monthOk && day > maxSolarDay(month as number)) {
    problems.push(`solar month ${month as number} has no day ${day} (it has at most ${maxSolarDay(month as number)} days)`);
  } else {
    dayOk = true;
  }

  if (calendar === 'lunar') {
    if (endMonth !== undefined && endMonth !== null && endMonth !== month) {
      problems.push(
        `lunar rules support a day range within one month only; endMonth ${describe(endMonth)} differs from month ${describe(month)}`,
      );
    }
    if (endDay !== undefined && endDay !== null) {
      if (!isInt(endDay) || endDay < 1 || endDay > 30) {
        problems.push(`lunar endDay must be a whole number from 1 to 30, got ${describe(endDay)}`);
      } else if (dayOk && endDay < (day as number)) {
        problems.push(`lunar endDay ${endDay} is before day ${day as number}`);
      }
    }
    if (leapMonth !== undefined && leapMonth !== null && !LEAP_POLICIES.includes(leapMonth)) {
      problems.push(`leapMonth must be 'regular-only', 'leap-only' or 'both', got ${describe(leapMonth)}`);
    }
    return problems;
  }

  // Solar.
  if (leapMonth !== undefined && leapMonth !== null) problems.push('leapMonth only applies to lunar rules');
  const hasEndMonth = endMonth !== undefined && endMonth !== null;
  const hasEndDay = endDay !== undefined && endDay !== null;
  let endMonthOk = false;
  if (hasEndMonth) {
    if (!isInt(endMonth) || endMonth < 1 || endMonth > 12) {
      problems.push(`solar endMonth must be a whole number from 1 to 12, got ${describe(endMonth)}`);
    } else {
      endMonthOk = true;
    }
    if (!hasEndDay) problems.push('a solar rule with endMonth also needs endDay');
  }
  if (hasEndDay) {
    const effEndMonth = hasEndMonth ? endMonth : month;
    const effEndMonthOk = hasEndMonth ? endMonthOk : monthOk;
    if (!isInt(endDay) || endDay < 1 || endDay > 31) {
      problems.push(`solar endDay must be a whole number from 1 to 31, got ${describe(endDay)}`);
    } else if (effEndMonthOk && endDay > maxSolarDay(effEndMonth as number)) {
      problems.push(
        `solar month ${effEndMonth as number} has no day ${endDay} (it has at most ${maxSolarDay(effEndMonth as number)} days)`,
      );
    } else if (monthOk && dayOk && effEndMonthOk && effEndMonth === month && endDay < (day as number)) {
      problems.push(
        hasEndMonth
          ? `solar range ${month as number}/${day as number}–${endMonth as number}/${endDay} ends before it starts in the same month`
          : `solar endDay ${endDay} is before day ${day as number}; set endMonth for a range that crosses into another month`,
      );
    }
  }
  return problems;
}

function assertSolarYear(year: number): void {
  if (!Number.isInteger(year)) {
    throw new LunarCalendarError('invalid-input', `year must be an integer, got ${String(year)}`);
  }
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new LunarCalendarError(
      'out-of-range',
      `year ${year} is outside the supported range ${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`,
    );
  }
}

function leapLabel(isLeap: boolean): string {
  return isLeap ? 'leap ' : '';
}

/** One occurrence of a lunar rule in a given lunar month, clamping days past the month's end. */
function lunarOccurrence(
  rule: TimingRule & { month: number; day: number },
  lunarYear: number,
  isLeap: boolean,
): Occurrence {
  const length = daysInLunarMonth({ year: lunarYear, month: rule.month, isLeap });
  const notes: string[] = [];
  const where = `${leapLabel(isLeap)}lunar month ${rule.month} of ${lunarYear}`;
  let startDay = rule.day;
  if (startDay > length) {
    notes.push(`${where} has ${length} days; start day ${rule.day} moved to day ${length}`);
    startDay = length;
  }
  const hasRange = rule.endDay !== undefined && rule.endDay !== null;
  let endDay = hasRange ? (rule.endDay as number) : startDay;
  if (hasRange && endDay > length) {
    notes.push(`${where} has ${length} days; end day ${rule.endDay as number} clamped to day ${length}`);
    endDay = length;
  }
  const startDate = lunarToSolar({ year: lunarYear, month: rule.month, day: startDay, isLeap });
  const endDate = lunarToSolar({ year: lunarYear, month: rule.month, day: endDay, isLeap });
  if (startDate === null || endDate === null) {
    // Days are clamped to the month's length above, so this means the library disagrees with itself.
    throw new LunarCalendarError('no-such-month', `could not convert ${where} day ${startDay}–${endDay}`);
  }
  const lunar: OccurrenceLunar = { year: lunarYear, month: rule.month, day: startDay, isLeap };
  if (hasRange) lunar.endDay = endDay;
  const occurrence: Occurrence = { startDate, endDate, lunar, basis: 'lunar-rule' };
  if (notes.length > 0) occurrence.notes = notes;
  return occurrence;
}

function lunarOccurrencesForYear(rule: TimingRule & { month: number; day: number }, year: number): Occurrence[] {
  const policy: LeapMonthPolicy = rule.leapMonth ?? 'regular-only';
  const result: Occurrence[] = [];
  // Lunar months 11–12 of year Y-1 fall partly in January/February of solar Y.
  for (const lunarYear of [year - 1, year]) {
    const doubled = leapMonthOf(lunarYear) === rule.month;
    const copies: boolean[] = [];
    if (policy === 'regular-only' || policy === 'both') copies.push(false);
    if ((policy === 'leap-only' || policy === 'both') && doubled) copies.push(true);
    for (const isLeap of copies) {
      const occurrence = lunarOccurrence(rule, lunarYear, isLeap);
      if (occurrence.startDate.startsWith(`${String(year).padStart(4, '0')}-`)) result.push(occurrence);
    }
  }
  return result;
}

function solarOccurrenceForYear(rule: TimingRule & { month: number; day: number }, year: number): Occurrence {
  const notes: string[] = [];
  const endMonth = rule.endMonth ?? rule.month;
  const endDay = rule.endDay ?? rule.day;
  // A range whose end is before its start (month/day order) crosses New Year.
  const crossesNewYear = endMonth < rule.month || (endMonth === rule.month && endDay < rule.day);
  const endYear = crossesNewYear ? year + 1 : year;

  const fitFeb29 = (y: number, m: number, d: number, which: string): number => {
    if (m === 2 && d === 29 && !isGregorianLeapYear(y)) {
      notes.push(`${y} is not a leap year; ${which} 29 February moved to 28 February`);
      return 28;
    }
    return d;
  };
  const startDay = fitFeb29(year, rule.month, rule.day, 'start');
  const lastDay = fitFeb29(endYear, endMonth, endDay, 'end');
  const occurrence: Occurrence = {
    startDate: formatIsoDate({ year, month: rule.month, day: startDay }),
    endDate: formatIsoDate({ year: endYear, month: endMonth, day: lastDay }),
    basis: 'solar-rule',
  };
  if (notes.length > 0) occurrence.notes = notes;
  return occurrence;
}

/**
 * Every occurrence of `rule` whose START date falls in solar year `year`,
 * sorted by start date. 'varies' gives []. A lunar rule can give 0 (e.g.
 * 'leap-only' in a year without that leap month), 1, or 2 occurrences
 * ('both' in a doubled month, or a late-lunar-year date that falls in both
 * January and December of the same solar year).
 *
 * Throws InvalidTimingRuleError if validateTimingRule finds problems, and
 * LunarCalendarError if `year` is outside the supported range.
 */
export function occurrencesForYear({ rule, year }: { rule: TimingRule; year: number }): Occurrence[] {
  if (rule && rule.calendar === 'varies') return [];
  const problems = validateTimingRule(rule);
  if (problems.length > 0) throw new InvalidTimingRuleError(problems);
  assertSolarYear(year);
  const dated = rule as TimingRule & { month: number; day: number };
  const result = rule.calendar === 'lunar' ? lunarOccurrencesForYear(dated, year) : [solarOccurrenceForYear(dated, year)];
  return result.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}
