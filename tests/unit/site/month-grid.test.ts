/**
 * Unit tests for the month view (src/site/calendar/month-grid.ts).
 * Run: npx tsx --test tests/unit/site/month-grid.test.ts
 *
 * Lunar facts used below are those of published Vietnamese calendars (UTC+7):
 * Tết Ất Tỵ on 2025-01-29; lunar year 2025 doubles month 6 (6th month from
 * 2025-06-25, leap 6th from 2025-07-25, 7th from 2025-08-23); Tết Bính Ngọ on
 * 2026-02-17.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { leapMonthOf } from '../../../src/calendar/lunar';
import {
  adjacentMonths,
  formatLunarDate,
  formatSolarDate,
  formatSolarRange,
  lunarLabel,
  monthGrid,
  MonthGrid,
  MonthGridDay,
  monthName,
  ordinal,
  weekdayShortNames,
} from '../../../src/site/calendar/month-grid';

const TODAY = '2025-07-15';

function grid(year: number, month: number, entries: Array<{ startDate: string; endDate: string }> = [], today = TODAY): MonthGrid {
  return monthGrid({ year, month, entries, today });
}

function days(g: MonthGrid): MonthGridDay[] {
  return g.weeks.flat();
}

function dayOf(g: MonthGrid, iso: string): MonthGridDay {
  const found = days(g).find((d) => d.iso === iso);
  assert.ok(found, `${iso} is in the grid`);
  return found;
}

/** 0 = Monday … 6 = Sunday, computed independently of the module. */
function weekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

describe('monthGrid: lunar dates', () => {
  it('2025-01-29 is lunar 1/1 (Tết Ất Tỵ), the day before is 29 Chạp of 2024', () => {
    const g = grid(2025, 1);
    const tet = dayOf(g, '2025-01-29');
    assert.deepEqual(tet.lunar, { year: 2025, month: 1, day: 1, isLeap: false });
    assert.equal(tet.isLunarMonthStart, true);
    assert.deepEqual(dayOf(g, '2025-01-28').lunar, { year: 2024, month: 12, day: 29, isLeap: false });
    assert.equal(dayOf(g, '2025-01-28').isLunarMonthStart, false);
  });

  it('2025 has a leap 6th month: 6th from 2025-06-25, leap 6th from 2025-07-25, 7th from 2025-08-23', () => {
    assert.equal(leapMonthOf(2025), 6);
    assert.deepEqual(dayOf(grid(2025, 6), '2025-06-25').lunar, { year: 2025, month: 6, day: 1, isLeap: false });

    const july = grid(2025, 7);
    const leapStart = dayOf(july, '2025-07-25');
    assert.deepEqual(leapStart.lunar, { year: 2025, month: 6, day: 1, isLeap: true });
    assert.equal(leapStart.isLunarMonthStart, true);
    assert.deepEqual(dayOf(july, '2025-07-24').lunar, { year: 2025, month: 6, day: 30, isLeap: false });
    assert.equal(lunarLabel(leapStart.lunar!, 'vi'), '1/6N');
    assert.equal(lunarLabel(leapStart.lunar!, 'en'), '1/6L');

    const august = grid(2025, 8);
    assert.deepEqual(dayOf(august, '2025-08-22').lunar, { year: 2025, month: 6, day: 29, isLeap: true });
    assert.deepEqual(dayOf(august, '2025-08-23').lunar, { year: 2025, month: 7, day: 1, isLeap: false });
  });

  it('every day of the leap month is marked leap, and only those', () => {
    const all = [...days(grid(2025, 7)), ...days(grid(2025, 8))].filter((d) => d.inMonth);
    const leap = all.filter((d) => d.lunar?.isLeap).map((d) => d.iso);
    assert.equal(leap.length, 29);
    assert.equal(leap[0], '2025-07-25');
    assert.equal(leap.at(-1), '2025-08-22');
  });

  it('2026-02-17 is lunar 1/1 (Tết Bính Ngọ)', () => {
    const tet = dayOf(grid(2026, 2), '2026-02-17');
    assert.deepEqual(tet.lunar, { year: 2026, month: 1, day: 1, isLeap: false });
    assert.equal(tet.isLunarMonthStart, true);
  });

  it('marks exactly the first days of lunar months as month starts', () => {
    const g = grid(2025, 7);
    const starts = days(g).filter((d) => d.isLunarMonthStart).map((d) => d.iso);
    assert.deepEqual(starts, ['2025-07-25']);
    for (const d of days(g)) assert.equal(d.isLunarMonthStart, d.lunar?.day === 1);
  });

  it('gives null lunar dates outside the supported range instead of failing', () => {
    // 1800-01-01 is a Wednesday, so the grid starts on 1799-12-30, before the lunar tables.
    const g = grid(1800, 1);
    assert.equal(g.weeks[0][0].iso, '1799-12-30');
    assert.equal(g.weeks[0][0].lunar, null);
    assert.equal(g.weeks[0][0].isLunarMonthStart, false);
    assert.notEqual(dayOf(g, '1800-01-01').lunar, null);
  });
});

describe('monthGrid: shape', () => {
  it('2026-02 starts on a Sunday: a leading partial week of six January days', () => {
    assert.equal(weekday('2026-02-01'), 6, '2026-02-01 is a Sunday');
    const g = grid(2026, 2);
    const first = g.weeks[0];
    assert.deepEqual(first.map((d) => d.iso), [
      '2026-01-26', '2026-01-27', '2026-01-28', '2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01',
    ]);
    assert.deepEqual(first.map((d) => d.inMonth), [false, false, false, false, false, false, true]);
    assert.equal(g.weeks.length, 5);
    assert.equal(g.weeks.at(-1)!.at(-1)!.iso, '2026-03-01', 'Feb 28 is a Saturday, so Sunday Mar 1 closes the last week');
  });

  it('2027-02 starts on a Monday and has 28 days: exactly four weeks, no padding', () => {
    const g = grid(2027, 2);
    assert.equal(g.weeks.length, 4);
    assert.ok(days(g).every((d) => d.inMonth));
    assert.equal(g.weeks[0][0].iso, '2027-02-01');
  });

  it('a month needing six weeks: 2025-03 starts on a Saturday and has 31 days', () => {
    const g = grid(2025, 3);
    assert.equal(g.weeks.length, 6);
    assert.equal(g.weeks[0][0].iso, '2025-02-24');
    assert.equal(g.weeks[5][6].iso, '2025-04-06');
  });

  it('for every month of 2024–2027: full Monday-first weeks of consecutive days covering the month once', () => {
    for (let year = 2024; year <= 2027; year++) {
      for (let month = 1; month <= 12; month++) {
        const g = grid(year, month);
        assert.equal(g.year, year);
        assert.equal(g.month, month);
        assert.ok(g.weeks.length >= 4 && g.weeks.length <= 6, `${year}-${month}: ${g.weeks.length} weeks`);
        for (const week of g.weeks) {
          assert.equal(week.length, 7);
          assert.equal(weekday(week[0].iso), 0, `${week[0].iso} starts a week on Monday`);
        }
        const all = days(g);
        for (let i = 1; i < all.length; i++) {
          const gap = Date.parse(`${all[i].iso}T00:00:00Z`) - Date.parse(`${all[i - 1].iso}T00:00:00Z`);
          assert.equal(gap, 86_400_000, `${all[i - 1].iso} → ${all[i].iso}`);
        }
        const inMonth = all.filter((d) => d.inMonth);
        const prefix = `${year}-${String(month).padStart(2, '0')}-`;
        assert.ok(inMonth.every((d) => d.iso.startsWith(prefix)));
        assert.ok(all.filter((d) => !d.inMonth).every((d) => !d.iso.startsWith(prefix)));
        assert.deepEqual(inMonth.map((d) => d.day), inMonth.map((_, i) => i + 1));
        for (const d of all) assert.equal(d.day, Number(d.iso.slice(8)));
      }
    }
  });

  it('handles year boundaries in the padding days', () => {
    // 2025-12 ends on a Wednesday; 2026-01 starts on a Thursday.
    assert.equal(grid(2025, 12).weeks.at(-1)!.at(-1)!.iso, '2026-01-04');
    assert.equal(grid(2026, 1).weeks[0][0].iso, '2025-12-29');
  });

  it('marks Saturday and Sunday as the weekend (the last two columns)', () => {
    for (const week of grid(2025, 7).weeks) {
      assert.deepEqual(week.map((d) => d.isWeekend), [false, false, false, false, false, true, true]);
    }
  });

  it('marks today, also when today falls in a padding day', () => {
    const g = grid(2025, 7, [], '2025-07-15');
    assert.deepEqual(days(g).filter((d) => d.isToday).map((d) => d.iso), ['2025-07-15']);
    const padded = grid(2025, 7, [], '2025-06-30');
    assert.deepEqual(days(padded).filter((d) => d.isToday).map((d) => d.iso), ['2025-06-30']);
    assert.equal(days(grid(2025, 7, [], '2024-07-15')).some((d) => d.isToday), false);
  });
});

describe('monthGrid: entries', () => {
  // July 2025 runs from Monday 2025-06-30 to Sunday 2025-08-03 in the grid.
  const entries = [
    { startDate: '2025-06-28', endDate: '2025-07-02' }, // 0: starts in June
    { startDate: '2025-07-15', endDate: '2025-07-15' }, // 1: one day
    { startDate: '2025-07-30', endDate: '2025-08-05' }, // 2: ends in August
    { startDate: '2025-07-01', endDate: '2025-07-31' }, // 3: the whole month
    { startDate: '2025-09-01', endDate: '2025-09-03' }, // 4: outside the grid
    { startDate: '2025-06-01', endDate: '2025-08-31' }, // 5: wraps the grid
    { startDate: '2025-07-10', endDate: '2025-07-09' }, // 6: reversed, ignored
    { startDate: 'soon', endDate: '2025-07-09' }, // 7: malformed, ignored
  ];
  const g = grid(2025, 7, entries);
  const indexesOn = (iso: string) => dayOf(g, iso).entryIndexes;

  it('attaches entries spanning the month boundaries to the right days, padding included', () => {
    assert.deepEqual(indexesOn('2025-06-30'), [0, 5]);
    assert.deepEqual(indexesOn('2025-07-01'), [0, 3, 5]);
    assert.deepEqual(indexesOn('2025-07-02'), [0, 3, 5]);
    assert.deepEqual(indexesOn('2025-07-03'), [3, 5]);
    assert.deepEqual(indexesOn('2025-07-29'), [3, 5]);
    assert.deepEqual(indexesOn('2025-07-30'), [2, 3, 5]);
    assert.deepEqual(indexesOn('2025-07-31'), [2, 3, 5]);
    assert.deepEqual(indexesOn('2025-08-01'), [2, 5]);
    assert.deepEqual(indexesOn('2025-08-03'), [2, 5]);
  });

  it('attaches a one-day entry to that day only', () => {
    assert.deepEqual(indexesOn('2025-07-15'), [1, 3, 5]);
    assert.deepEqual(indexesOn('2025-07-14'), [3, 5]);
    assert.equal(days(g).filter((d) => d.entryIndexes.includes(1)).length, 1);
  });

  it('leaves out entries outside the grid and malformed or reversed ones', () => {
    for (const d of days(g)) {
      for (const skipped of [4, 6, 7]) assert.ok(!d.entryIndexes.includes(skipped), `${skipped} on ${d.iso}`);
    }
  });

  it('entries from the same month in the previous/next year are not attached', () => {
    const other = grid(2026, 7, entries);
    assert.ok(days(other).every((d) => d.entryIndexes.length === 0));
  });
});

describe('monthGrid: invalid input', () => {
  it('throws on a bad month, year or today', () => {
    assert.throws(() => grid(2025, 13), /month must be an integer 1–12/);
    assert.throws(() => grid(2025, 0), /month must be an integer 1–12/);
    assert.throws(() => grid(2025.5, 1), /year must be an integer/);
    assert.throws(() => grid(2025, 1, [], '2025-02-30'), /today is not a valid date/);
  });
});

describe('adjacentMonths', () => {
  it('steps across year boundaries', () => {
    assert.deepEqual(adjacentMonths(2025, 1), { previous: { year: 2024, month: 12 }, next: { year: 2025, month: 2 } });
    assert.deepEqual(adjacentMonths(2025, 12), { previous: { year: 2025, month: 11 }, next: { year: 2026, month: 1 } });
    assert.deepEqual(adjacentMonths(2025, 7), { previous: { year: 2025, month: 6 }, next: { year: 2025, month: 8 } });
    assert.throws(() => adjacentMonths(2025, 13), /month/);
  });
});

describe('lunarLabel', () => {
  it('shows the day, and day/month on the first day of a lunar month', () => {
    assert.equal(lunarLabel({ day: 15, month: 6, isLeap: false }, 'vi'), '15');
    assert.equal(lunarLabel({ day: 15, month: 6, isLeap: true }, 'vi'), '15');
    assert.equal(lunarLabel({ day: 1, month: 6, isLeap: false }, 'vi'), '1/6');
    assert.equal(lunarLabel({ day: 1, month: 6, isLeap: true }, 'vi'), '1/6N');
    assert.equal(lunarLabel({ day: 15, month: 6, isLeap: false }, 'en'), '15');
    assert.equal(lunarLabel({ day: 1, month: 1, isLeap: false }, 'en'), '1/1');
    assert.equal(lunarLabel({ day: 1, month: 6, isLeap: true }, 'en'), '1/6L');
  });
});

describe('formatLunarDate', () => {
  it('Vietnamese, with Giêng and Chạp for the first and last months', () => {
    assert.equal(formatLunarDate({ day: 15, month: 6, isLeap: false }, 'vi'), 'ngày 15 tháng 6 âm lịch');
    assert.equal(formatLunarDate({ day: 15, month: 6, isLeap: true }, 'vi'), 'ngày 15 tháng 6 nhuận âm lịch');
    assert.equal(formatLunarDate({ day: 1, month: 1, isLeap: false }, 'vi'), 'ngày 1 tháng Giêng âm lịch');
    assert.equal(formatLunarDate({ day: 23, month: 12, isLeap: false }, 'vi'), 'ngày 23 tháng Chạp âm lịch');
    assert.equal(formatLunarDate({ day: 10, month: 3, isLeap: false }, 'vi'), 'ngày 10 tháng 3 âm lịch');
  });

  it('English, with correct ordinals', () => {
    assert.equal(formatLunarDate({ day: 15, month: 6, isLeap: false }, 'en'), '15th day of the 6th lunar month');
    assert.equal(formatLunarDate({ day: 15, month: 6, isLeap: true }, 'en'), '15th day of the leap 6th lunar month');
    assert.equal(formatLunarDate({ day: 1, month: 1, isLeap: false }, 'en'), '1st day of the 1st lunar month');
    assert.equal(formatLunarDate({ day: 22, month: 2, isLeap: false }, 'en'), '22nd day of the 2nd lunar month');
    assert.equal(formatLunarDate({ day: 23, month: 3, isLeap: false }, 'en'), '23rd day of the 3rd lunar month');
    assert.equal(formatLunarDate({ day: 11, month: 12, isLeap: false }, 'en'), '11th day of the 12th lunar month');
  });

  it('ordinal covers the teens and the twenties', () => {
    const expected: Record<number, string> = {
      1: '1st', 2: '2nd', 3: '3rd', 4: '4th', 10: '10th', 11: '11th', 12: '12th', 13: '13th', 14: '14th',
      20: '20th', 21: '21st', 22: '22nd', 23: '23rd', 24: '24th', 30: '30th', 101: '101st', 111: '111th', 112: '112th',
    };
    for (const [n, text] of Object.entries(expected)) assert.equal(ordinal(Number(n)), text);
  });

  it('formats what the grid computes', () => {
    const tet = dayOf(grid(2026, 2), '2026-02-17').lunar!;
    assert.equal(formatLunarDate(tet, 'vi'), 'ngày 1 tháng Giêng âm lịch');
    assert.equal(formatLunarDate(tet, 'en'), '1st day of the 1st lunar month');
  });
});

describe('solar dates and names', () => {
  it('formatSolarDate', () => {
    assert.equal(formatSolarDate('2025-07-09', 'vi'), 'ngày 9 tháng 7 năm 2025');
    assert.equal(formatSolarDate('2025-07-09', 'en'), '9 July 2025');
    assert.equal(formatSolarDate('2026-12-31', 'en'), '31 December 2026');
    assert.throws(() => formatSolarDate('2025-02-29', 'vi'), /not a valid date/);
  });

  it('formatSolarRange collapses what the two ends share', () => {
    assert.equal(formatSolarRange('2025-07-09', '2025-07-11', 'vi'), '9–11 tháng 7 năm 2025');
    assert.equal(formatSolarRange('2025-07-09', '2025-07-11', 'en'), '9–11 July 2025');
    assert.equal(formatSolarRange('2025-07-09', '2025-07-09', 'vi'), 'ngày 9 tháng 7 năm 2025');
    assert.equal(formatSolarRange('2025-07-09', '2025-07-09', 'en'), '9 July 2025');
    assert.equal(formatSolarRange('2025-06-30', '2025-07-02', 'en'), '30 June – 2 July 2025');
    assert.equal(formatSolarRange('2025-06-30', '2025-07-02', 'vi'), '30 tháng 6 – 2 tháng 7 năm 2025');
    assert.equal(formatSolarRange('2025-12-30', '2026-01-02', 'en'), '30 December 2025 – 2 January 2026');
    assert.equal(formatSolarRange('2025-12-30', '2026-01-02', 'vi'), '30 tháng 12 năm 2025 – 2 tháng 1 năm 2026');
    assert.throws(() => formatSolarRange('2025-07-11', '2025-07-09', 'en'), /before it starts/);
  });

  it('monthName', () => {
    assert.equal(monthName(1, 'vi'), 'Tháng 1');
    assert.equal(monthName(12, 'vi'), 'Tháng 12');
    assert.equal(monthName(1, 'en'), 'January');
    assert.equal(monthName(7, 'en'), 'July');
    assert.equal(monthName(12, 'en'), 'December');
    assert.throws(() => monthName(0, 'en'), /month/);
  });

  it('weekday short names, Monday first like the grid', () => {
    assert.deepEqual(weekdayShortNames('vi'), ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    assert.deepEqual(weekdayShortNames('en'), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});
