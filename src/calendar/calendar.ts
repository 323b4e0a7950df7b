/**
 * Builds a festival calendar for a solar year (optionally one month) from
 * timing rules and recorded occurrences. Pure: no Strapi, no I/O.
 */
import type { TimingRule } from '../seed/types';
import { parseIsoDate, rangesOverlap, solarMonthBounds } from './iso';
import { LunarCalendarError, LunarDateParts, solarToLunar } from './lunar';
import { InvalidTimingRuleError, Occurrence, occurrencesForYear, validateTimingRule } from './occurrences';

export interface RecordedOccurrence {
  /**
   * The festival year this record belongs to. Expected to be the solar year of
   * startDate; records are matched to a calendar year by this field.
   */
  year: number;
  startDate: string;
  endDate: string;
  sourceUrl?: string;
  sourceTitle?: string;
  note?: string;
}

export interface CalendarFestivalInput {
  documentId: string;
  name: string;
  timing?: TimingRule | null;
  occurrences?: RecordedOccurrence[] | null;
}

export type EntryBasis = 'recorded' | 'lunar-rule' | 'solar-rule';

export interface CalendarEntry {
  festival: { documentId: string; name: string };
  startDate: string;
  endDate: string;
  /** Lunar date of startDate (and of endDate for multi-day entries); null if outside the supported range. */
  lunar: { start: LunarDateParts; end?: LunarDateParts } | null;
  basis: EntryBasis;
  /** For recorded occurrences: where the dates come from. */
  source?: { url: string; title: string };
  /** For rule-based entries: the rule they were computed from. */
  rule?: TimingRule;
  /** The recorded occurrence's own note. */
  note?: string;
  /** Remarks from the computation (clamped days, Feb 29 in a common year…). */
  notes?: string[];
}

export type UndatedReason = 'varies' | 'no-rule' | 'invalid-rule';

export interface UndatedFestival {
  festival: { documentId: string; name: string };
  reason: UndatedReason;
  rule?: TimingRule;
  /** For 'invalid-rule': what validateTimingRule reported. */
  problems?: string[];
}

export interface FestivalCalendar {
  year: number;
  /** 1–12, or null for the whole year. */
  month: number | null;
  entries: CalendarEntry[];
  /** Festivals without a usable rule and without a recorded occurrence for the year. */
  undated: UndatedFestival[];
}

function lunarOf(startDate: string, endDate: string): CalendarEntry['lunar'] {
  try {
    const start = solarToLunar(startDate);
    if (endDate === startDate) return { start };
    return { start, end: solarToLunar(endDate) };
  } catch {
    return null;
  }
}

function isValidRange(startDate: string, endDate: string): boolean {
  return parseIsoDate(startDate) !== null && parseIsoDate(endDate) !== null && startDate <= endDate;
}

function recordedEntry(festival: CalendarFestivalInput, occ: RecordedOccurrence): CalendarEntry {
  const entry: CalendarEntry = {
    festival: { documentId: festival.documentId, name: festival.name },
    startDate: occ.startDate,
    endDate: occ.endDate,
    lunar: lunarOf(occ.startDate, occ.endDate),
    basis: 'recorded',
  };
  if (occ.sourceUrl) entry.source = { url: occ.sourceUrl, title: occ.sourceTitle || occ.sourceUrl };
  if (occ.note) entry.note = occ.note;
  return entry;
}

function ruleEntry(festival: CalendarFestivalInput, rule: TimingRule, occ: Occurrence): CalendarEntry {
  const entry: CalendarEntry = {
    festival: { documentId: festival.documentId, name: festival.name },
    startDate: occ.startDate,
    endDate: occ.endDate,
    lunar: lunarOf(occ.startDate, occ.endDate),
    basis: occ.basis,
    rule,
  };
  if (occ.notes && occ.notes.length > 0) entry.notes = [...occ.notes];
  return entry;
}

/**
 * Entries of one festival for festival-year `year`: recorded occurrences win over the rule.
 * `neighbour` is true for the years around the requested one (month view); those
 * may lie outside the supported range, which then just yields nothing.
 */
function entriesForFestivalYear(festival: CalendarFestivalInput, year: number, neighbour: boolean): CalendarEntry[] {
  const recorded = (festival.occurrences ?? []).filter(
    (o) => o && o.year === year && isValidRange(o.startDate, o.endDate),
  );
  if (recorded.length > 0) return recorded.map((o) => recordedEntry(festival, o));
  const rule = festival.timing;
  if (!rule || rule.calendar === 'varies' || validateTimingRule(rule).length > 0) return [];
  try {
    return occurrencesForYear({ rule, year }).map((o) => ruleEntry(festival, rule, o));
  } catch (error) {
    if (error instanceof InvalidTimingRuleError) return [];
    if (neighbour && error instanceof LunarCalendarError && error.code === 'out-of-range') return [];
    throw error;
  }
}

function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  const byName = a.festival.name.localeCompare(b.festival.name, 'vi');
  if (byName !== 0) return byName;
  return a.festival.documentId < b.festival.documentId ? -1 : a.festival.documentId > b.festival.documentId ? 1 : 0;
}

/**
 * Calendar of festivals for solar `year`.
 * - Without `month`: every occurrence of festival-year `year` (rule-based
 *   ones start in `year`; recorded ones are those with `occurrence.year === year`).
 * - With `month` (1–12): every entry whose [startDate, endDate] overlaps that
 *   solar month, including ranges spilling over from the previous or into the
 *   next festival-year (e.g. a 31 Dec–2 Jan festival shows in January).
 * A recorded occurrence for a festival-year replaces the rule for that year.
 * `undated` lists festivals whose rule is 'varies', missing or invalid and
 * that have no recorded occurrence for `year`.
 */
export function buildCalendar({
  year,
  month,
  festivals,
}: {
  year: number;
  month?: number | null;
  festivals: CalendarFestivalInput[];
}): FestivalCalendar {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${String(year)}`);
  const monthFilter = month === undefined || month === null ? null : month;
  if (monthFilter !== null && (!Number.isInteger(monthFilter) || monthFilter < 1 || monthFilter > 12)) {
    throw new RangeError(`month must be an integer 1–12, got ${String(month)}`);
  }

  const entries: CalendarEntry[] = [];
  const undated: UndatedFestival[] = [];
  const bounds = monthFilter === null ? null : solarMonthBounds(year, monthFilter);

  for (const festival of festivals) {
    const festivalYears = bounds === null ? [year] : [year - 1, year, year + 1];
    const seen = new Set<string>();
    for (const festivalYear of festivalYears) {
      for (const entry of entriesForFestivalYear(festival, festivalYear, festivalYear !== year)) {
        if (bounds !== null && !rangesOverlap(entry.startDate, entry.endDate, bounds.first, bounds.last)) continue;
        const key = `${entry.startDate}/${entry.endDate}/${entry.basis}`;
        if (seen.has(key)) continue;
        seen.add(key);
        entries.push(entry);
      }
    }

    const hasRecordedThisYear = (festival.occurrences ?? []).some(
      (o) => o && o.year === year && isValidRange(o.startDate, o.endDate),
    );
    if (hasRecordedThisYear) continue;
    const ref = { documentId: festival.documentId, name: festival.name };
    const rule = festival.timing;
    if (!rule) {
      undated.push({ festival: ref, reason: 'no-rule' });
    } else if (rule.calendar === 'varies') {
      undated.push({ festival: ref, reason: 'varies', rule });
    } else {
      const problems = validateTimingRule(rule);
      if (problems.length > 0) undated.push({ festival: ref, reason: 'invalid-rule', rule, problems });
    }
  }

  entries.sort(compareEntries);
  undated.sort(
    (a, b) =>
      a.festival.name.localeCompare(b.festival.name, 'vi') ||
      (a.festival.documentId < b.festival.documentId ? -1 : a.festival.documentId > b.festival.documentId ? 1 : 0),
  );
  return { year, month: monthFilter, entries, undated };
}
