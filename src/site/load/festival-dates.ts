/**
 * A festival's dates for given years, from its recorded occurrences or its
 * rule (Vietnamese lunar calendar, UTC+7). Pure: the calendar module does
 * the arithmetic; this only picks the years a page wants.
 */
import { buildCalendar, type CalendarEntry, type StoredTimingRule, toTimingRule, type UndatedReason } from '../../calendar';
import type { Row } from './reader';

export interface FestivalYear {
  year: number;
  entries: CalendarEntry[];
  undated: UndatedReason | null;
}

export function festivalInput(row: Row) {
  return {
    documentId: row.documentId,
    name: String(row.name ?? ''),
    timing: row.timing ? toTimingRule(row.timing as StoredTimingRule) : null,
    occurrences: (row.occurrences ?? []),
  };
}

export function festivalYears(row: Row, years: number[]): FestivalYear[] {
  return years.map((year) => {
    const calendar = buildCalendar({ year, month: null, festivals: [festivalInput(row)] });
    return { year, entries: calendar.entries, undated: calendar.undated[0]?.reason ?? null };
  });
}

/** The first entry that has not ended by `today`, for share tags and JSON-LD Event. */
export function nextEntry(years: FestivalYear[], today: string): CalendarEntry | null {
  for (const year of years) for (const entry of year.entries) if (entry.endDate >= today) return entry;
  return null;
}
