import type { TimingRule } from '../seed/types';

/**
 * A timing rule as the database stores it: one row per locale, so the note is
 * a single string in that locale and unset numbers are null.
 */
export interface StoredTimingRule {
  calendar?: string | null;
  month?: number | null;
  day?: number | null;
  endMonth?: number | null;
  endDay?: number | null;
  leapMonth?: string | null;
  note?: string | null;
}

const orUndefined = <T>(value: T | null | undefined) => (value === null ? undefined : value);

/** The stored, single-locale rule as the calendar's TimingRule; the note stands for both languages. */
export function toTimingRule(stored: StoredTimingRule): TimingRule {
  const note = typeof stored.note === 'string' && stored.note.trim() !== '' ? stored.note : undefined;
  return {
    calendar: stored.calendar as TimingRule['calendar'],
    month: orUndefined(stored.month),
    day: orUndefined(stored.day),
    endMonth: orUndefined(stored.endMonth),
    endDay: orUndefined(stored.endDay),
    // The admin form fills the field's default on every rule; it only means something for lunar ones.
    leapMonth: stored.calendar === 'lunar' ? (orUndefined(stored.leapMonth) as TimingRule['leapMonth']) : undefined,
    note: note ? { vi: note, en: note } : undefined,
  };
}
