/** All public festivals with their timing, and the calendar built from them (home and calendar pages). */
import { buildCalendar, type CalendarEntry, type FestivalCalendar } from '../../calendar';
import { festivalInput } from '../load/festival-dates';
import type { Row, SiteReader } from '../load/reader';
import type { SiteLocale } from '../routes';

export async function loadFestivals(reader: SiteReader, locale: SiteLocale): Promise<Row[]> {
  return reader.findMany('festival', { fields: ['name', 'slug'], populate: { timing: true, occurrences: true }, sort: ['name:asc'], limit: 1000 }, locale);
}

export function calendarOf(festivals: Row[], year: number, month: number | null): FestivalCalendar {
  return buildCalendar({ year, month, festivals: festivals.map(festivalInput) });
}

/** The next `count` entries that have not ended by `today` (this year, then next). */
export function upcoming(festivals: Row[], today: string, count: number): CalendarEntry[] {
  const year = Number(today.slice(0, 4));
  const entries = [...calendarOf(festivals, year, null).entries, ...calendarOf(festivals, year + 1, null).entries];
  return entries.filter((entry) => entry.endDate >= today).sort((a, b) => a.startDate.localeCompare(b.startDate)).slice(0, count);
}

export const slugMap = (festivals: Row[]) => new Map(festivals.map((row) => [row.documentId, String(row.slug ?? '')]));
