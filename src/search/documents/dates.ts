/** Years, decades and months for filters and facets. */

export interface TimingRule {
  calendar?: string | null;
  month?: number | null;
  endMonth?: number | null;
}

export interface Occurrence {
  year?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** Months from `month` to `endMonth` (wrapping past 12), or just `month`. */
function monthRange(start: number | null | undefined, end: number | null | undefined): number[] {
  if (!start || start < 1 || start > 12) return [];
  const last = end && end >= 1 && end <= 12 ? end : start;
  const months: number[] = [];
  for (let month = start, guard = 0; guard < 12; guard++) {
    months.push(month);
    if (month === last) break;
    month = (month % 12) + 1;
  }
  return months;
}

const monthOfDate = (date: string | null | undefined) => {
  const month = date ? Number(date.slice(5, 7)) : NaN;
  return Number.isInteger(month) && month >= 1 && month <= 12 ? month : null;
};

/** Lunar months of a lunar rule; solar months of a solar rule and of every recorded occurrence. */
export function festivalMonths({ timing, occurrences }: { timing?: TimingRule | null; occurrences?: Occurrence[] | null }): {
  lunarMonths: number[];
  solarMonths: number[];
} {
  const lunar = timing?.calendar === 'lunar' ? monthRange(timing.month, timing.endMonth) : [];
  const solar = timing?.calendar === 'solar' ? monthRange(timing.month, timing.endMonth) : [];
  for (const occurrence of occurrences ?? []) {
    const start = monthOfDate(occurrence.startDate);
    if (start) solar.push(...monthRange(start, monthOfDate(occurrence.endDate) ?? start));
  }
  const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  return { lunarMonths: sorted(lunar), solarMonths: sorted(solar) };
}

/** The latest recorded occurrence year of a festival, or null. */
export function latestOccurrenceYear(occurrences: Occurrence[] | null | undefined): number | null {
  const years = (occurrences ?? [])
    .map((occurrence) => occurrence.year ?? (occurrence.startDate ? Number(occurrence.startDate.slice(0, 4)) : null))
    .filter((year): year is number => Number.isInteger(year));
  return years.length ? Math.max(...years) : null;
}

/**
 * Year and decade of an EDTF date (validated on write): the first date of an
 * interval or set; `198X` has a decade but no year; `19XX` neither; an
 * approximate or uncertain year (`1985~`, `1985?`) counts as that year.
 */
export function edtfYearAndDecade(edtf: string | null | undefined): { year: number | null; decade: number | null } {
  const match = /^\s*[[{]?\s*(?:\.\.)?(\d{3})(\d|X)/.exec(edtf ?? '');
  if (!match) return { year: null, decade: null };
  const decade = Number(match[1]) * 10;
  return { year: match[2] === 'X' ? null : decade + Number(match[2]), decade };
}

export const decadeOf = (year: number | null) => (year === null ? null : Math.floor(year / 10) * 10);
