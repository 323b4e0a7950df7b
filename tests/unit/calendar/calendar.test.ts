/**
 * Unit tests for the pure calendar logic (src/calendar).
 * Run: node --import tsx --test tests/unit/calendar/calendar.test.ts
 *
 * Expected lunar dates were worked out independently of the library, from
 * the new-moon instants (UTC) converted to Vietnam time (UTC+7), and are
 * additionally checked by converting back with solarToLunar.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import type { TimingRule } from '../../../src/seed/types';
import {
  LunarCalendarError,
  daysInLunarMonth,
  leapMonthOf,
  lunarToSolar,
  solarToLunar,
} from '../../../src/calendar/lunar';
import { InvalidTimingRuleError, occurrencesForYear, validateTimingRule } from '../../../src/calendar/occurrences';
import { buildCalendar, CalendarFestivalInput } from '../../../src/calendar/calendar';

const lunarRule = (month: number, day: number, extra: Partial<TimingRule> = {}): TimingRule => ({
  calendar: 'lunar',
  month,
  day,
  ...extra,
});
const solarRule = (month: number, day: number, extra: Partial<TimingRule> = {}): TimingRule => ({
  calendar: 'solar',
  month,
  day,
  ...extra,
});
const dates = (rule: TimingRule, year: number) =>
  occurrencesForYear({ rule, year }).map((o) => [o.startDate, o.endDate]);

describe('lunarToSolar: Tết (lunar 1/1)', () => {
  const cases: Array<[number, string, string]> = [
    [2024, '2024-02-10', ''],
    [2025, '2025-01-29', ''],
    [2026, '2026-02-17', ''],
    [2007, '2007-02-17', 'China: 2007-02-18, so this proves the UTC+7 Vietnamese calendar'],
    [1985, '1985-01-21', 'China: 1985-02-20'],
    [1968, '1968-01-29', 'Tết Mậu Thân: North Vietnam had just adopted UTC+7; the South (UTC+8) kept 01-30'],
    [2030, '2030-02-02', 'new moon 2 Feb 16:07 UTC = 23:07 in Vietnam, 00:07 on 3 Feb in China'],
  ];
  for (const [year, expected, why] of cases) {
    it(`Tết ${year} = ${expected}${why ? ` (${why})` : ''}`, () => {
      assert.equal(lunarToSolar({ year, month: 1, day: 1, isLeap: false }), expected);
      assert.deepEqual(solarToLunar(expected), { year, month: 1, day: 1, isLeap: false });
    });
  }
});

describe('leap months', () => {
  const cases: Array<[number, number | null]> = [
    [2020, 4],
    [2023, 2],
    [2024, null],
    [2025, 6],
    [2026, null],
  ];
  for (const [year, leap] of cases) {
    it(`leapMonthOf(${year}) = ${leap}`, () => assert.equal(leapMonthOf(year), leap));
  }

  it('leap 2nd month of 2023 starts 2023-03-22 (regular 2nd month: 2023-02-20)', () => {
    assert.equal(lunarToSolar({ year: 2023, month: 2, day: 1, isLeap: false }), '2023-02-20');
    assert.equal(lunarToSolar({ year: 2023, month: 2, day: 1, isLeap: true }), '2023-03-22');
    assert.deepEqual(solarToLunar('2023-03-22'), { year: 2023, month: 2, day: 1, isLeap: true });
  });

  it('returns null for the leap copy of a month that is not doubled', () => {
    assert.equal(lunarToSolar({ year: 2026, month: 6, day: 15, isLeap: true }), null);
    assert.equal(lunarToSolar({ year: 2025, month: 5, day: 1, isLeap: true }), null);
  });
});

describe('lunarToSolar / daysInLunarMonth: short months', () => {
  it('day 30 of a 29-day month does not exist', () => {
    // Lunar 2025 month 2 runs 2025-02-28 … 2025-03-28 (29 days).
    assert.equal(daysInLunarMonth({ year: 2025, month: 2, isLeap: false }), 29);
    assert.equal(lunarToSolar({ year: 2025, month: 2, day: 29, isLeap: false }), '2025-03-28');
    assert.equal(lunarToSolar({ year: 2025, month: 2, day: 30, isLeap: false }), null);
  });

  it('knows 30-day months, including a leap one', () => {
    assert.equal(daysInLunarMonth({ year: 2025, month: 1, isLeap: false }), 30);
    assert.equal(daysInLunarMonth({ year: 2025, month: 6, isLeap: false }), 30); // 2025-06-25 … 2025-07-24
    assert.equal(lunarToSolar({ year: 2025, month: 6, day: 30, isLeap: false }), '2025-07-24');
  });

  it('throws typed errors for malformed input, a missing leap month and out-of-range years', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        assert.ok(error instanceof LunarCalendarError);
        return error.code;
      }
      return 'no error';
    };
    assert.equal(code(() => lunarToSolar({ year: 2025, month: 13, day: 1, isLeap: false })), 'invalid-input');
    assert.equal(code(() => lunarToSolar({ year: 2025, month: 1, day: 31, isLeap: false })), 'invalid-input');
    assert.equal(code(() => lunarToSolar({ year: 2300, month: 1, day: 1, isLeap: false })), 'out-of-range');
    assert.equal(code(() => daysInLunarMonth({ year: 2026, month: 6, isLeap: true })), 'no-such-month');
    assert.equal(code(() => solarToLunar('2025-02-30')), 'invalid-input');
    assert.equal(code(() => solarToLunar('25-1-1')), 'invalid-input');
    // Before 1800 the library's tables are corrupt, so we refuse those years.
    assert.equal(code(() => solarToLunar('1799-06-01')), 'out-of-range');
    assert.equal(code(() => lunarToSolar({ year: 1709, month: 12, day: 1, isLeap: false })), 'out-of-range');
    assert.equal(code(() => occurrencesForYear({ rule: lunarRule(1, 1), year: 2199 })), 'out-of-range');
  });
});

describe('lunar calendar consistency, every day 1900–2100', () => {
  it('round-trips solar → lunar → solar and counts lunar days without gaps', () => {
    const problems: string[] = [];
    let prev: ReturnType<typeof solarToLunar> | null = null;
    let leapSeen = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const l = solarToLunar(iso);
      if (lunarToSolar(l) !== iso) problems.push(`${iso}: round trip via ${JSON.stringify(l)}`);
      if (prev) {
        const nextDay = l.year === prev.year && l.month === prev.month && l.isLeap === prev.isLeap && l.day === prev.day + 1;
        const newMonth =
          l.day === 1 &&
          (prev.day === 29 || prev.day === 30) &&
          ((l.isLeap && !prev.isLeap && l.month === prev.month && leapMonthOf(l.year) === l.month) ||
            (!l.isLeap && l.year === prev.year && l.month === prev.month + 1) ||
            (!l.isLeap && l.year === prev.year + 1 && l.month === 1 && prev.month === 12));
        if (!nextDay && !newMonth) problems.push(`${iso}: ${JSON.stringify(prev)} → ${JSON.stringify(l)}`);
        if (l.isLeap && l.day === 1) leapSeen++;
      }
      prev = l;
      if (problems.length > 5) break;
    }
    assert.deepEqual(problems, []);
    // 201 years hold about 201 × 7/19 ≈ 74 leap months.
    assert.ok(leapSeen >= 70 && leapSeen <= 78, `leap months seen: ${leapSeen}`);
  });
});

describe('solarToLunar', () => {
  const cases: Array<[string, { year: number; month: number; day: number; isLeap: boolean }]> = [
    ['2025-07-09', { year: 2025, month: 6, day: 15, isLeap: false }],
    ['2025-08-08', { year: 2025, month: 6, day: 15, isLeap: true }],
    ['2026-02-16', { year: 2025, month: 12, day: 29, isLeap: false }], // Tết eve 2026: month 12 of 2025 has 29 days
    ['2025-01-01', { year: 2024, month: 12, day: 2, isLeap: false }],
  ];
  for (const [iso, expected] of cases) {
    it(`${iso} → ${expected.isLeap ? 'leap ' : ''}${expected.month}/${expected.day}/${expected.year}`, () =>
      assert.deepEqual(solarToLunar(iso), expected));
  }
});

describe('occurrencesForYear: lunar rules', () => {
  const cases: Array<{ name: string; rule: TimingRule; year: number; expected: Array<[string, string]> }> = [
    // Lunar 2/1 2026 = 2026-03-19 (new moon 19 Mar 01:23 UTC); lunar 2/1 2027 = 2027-03-08 (new moon 8 Mar 09:29 UTC).
    { name: 'lunar 2/22–25 in 2026', rule: lunarRule(2, 22, { endDay: 25 }), year: 2026, expected: [['2026-04-09', '2026-04-12']] },
    { name: 'lunar 2/22–25 in 2027', rule: lunarRule(2, 22, { endDay: 25 }), year: 2027, expected: [['2027-03-29', '2027-04-01']] },
    // Lunar 10/1 2025 = 2025-11-20; lunar 10/1 2026 = 2026-11-09.
    { name: 'lunar 10/15 in 2025', rule: lunarRule(10, 15), year: 2025, expected: [['2025-12-04', '2025-12-04']] },
    { name: 'lunar 10/15 in 2026', rule: lunarRule(10, 15), year: 2026, expected: [['2026-11-23', '2026-11-23']] },
    // Month 12 of lunar year Y-1 falls in January/February of solar Y.
    { name: 'lunar 12/23 in 2026 (from lunar 2025)', rule: lunarRule(12, 23), year: 2026, expected: [['2026-02-10', '2026-02-10']] },
    { name: 'lunar 12/23 in 2025 (from lunar 2024)', rule: lunarRule(12, 23), year: 2025, expected: [['2025-01-22', '2025-01-22']] },
    // Lunar 11/20 of 2023 is 2024-01-01 and of 2024 is 2024-12-20: twice in 2024, never in 2025 (2026-01-08).
    { name: 'lunar 11/20 twice in 2024', rule: lunarRule(11, 20), year: 2024, expected: [['2024-01-01', '2024-01-01'], ['2024-12-20', '2024-12-20']] },
    { name: 'lunar 11/20 not in 2025', rule: lunarRule(11, 20), year: 2025, expected: [] },
    // Leap-month policies: lunar 2025 has a leap 6th month.
    { name: "6/15 'regular-only' (default) in 2025", rule: lunarRule(6, 15), year: 2025, expected: [['2025-07-09', '2025-07-09']] },
    { name: "6/15 'regular-only' explicit in 2025", rule: lunarRule(6, 15, { leapMonth: 'regular-only' }), year: 2025, expected: [['2025-07-09', '2025-07-09']] },
    { name: "6/15 'leap-only' in 2025", rule: lunarRule(6, 15, { leapMonth: 'leap-only' }), year: 2025, expected: [['2025-08-08', '2025-08-08']] },
    { name: "6/15 'both' in 2025", rule: lunarRule(6, 15, { leapMonth: 'both' }), year: 2025, expected: [['2025-07-09', '2025-07-09'], ['2025-08-08', '2025-08-08']] },
    { name: "6/15 'leap-only' in 2026 (no leap month)", rule: lunarRule(6, 15, { leapMonth: 'leap-only' }), year: 2026, expected: [] },
    { name: "6/15 'both' in 2026 (no leap month)", rule: lunarRule(6, 15, { leapMonth: 'both' }), year: 2026, expected: [['2026-07-28', '2026-07-28']] },
  ];
  for (const { name, rule, year, expected } of cases) {
    it(name, () => {
      const occurrences = occurrencesForYear({ rule, year });
      assert.deepEqual(occurrences.map((o) => [o.startDate, o.endDate]), expected);
      for (const o of occurrences) {
        assert.equal(o.basis, 'lunar-rule');
        assert.ok(o.lunar);
        // Independent check: converting back gives the rule's lunar dates.
        const start = solarToLunar(o.startDate);
        assert.deepEqual(start, { year: o.lunar.year, month: rule.month, day: rule.day, isLeap: o.lunar.isLeap });
        const end = solarToLunar(o.endDate);
        assert.deepEqual(end, { ...start, day: rule.endDay ?? rule.day });
      }
    });
  }

  it("'leap-only' lands in the leap month, after the regular one", () => {
    const [regular] = occurrencesForYear({ rule: lunarRule(6, 15), year: 2025 });
    const [leap] = occurrencesForYear({ rule: lunarRule(6, 15, { leapMonth: 'leap-only' }), year: 2025 });
    assert.deepEqual(leap.lunar, { year: 2025, month: 6, day: 15, isLeap: true });
    assert.deepEqual(regular.lunar, { year: 2025, month: 6, day: 15, isLeap: false });
    assert.ok(leap.startDate > regular.startDate);
  });

  it('reports the lunar year of a January occurrence as the previous lunar year', () => {
    const [o] = occurrencesForYear({ rule: lunarRule(12, 23), year: 2026 });
    assert.deepEqual(o.lunar, { year: 2025, month: 12, day: 23, isLeap: false });
  });

  it('clamps an end day past a 29-day month and says so', () => {
    const [o] = occurrencesForYear({ rule: lunarRule(2, 28, { endDay: 30 }), year: 2025 });
    assert.equal(o.startDate, '2025-03-27');
    assert.equal(o.endDate, '2025-03-28');
    assert.deepEqual(o.lunar, { year: 2025, month: 2, day: 28, endDay: 29, isLeap: false });
    assert.equal(o.notes?.length, 1);
    assert.match(o.notes![0], /29 days; end day 30 clamped to day 29/);
  });

  it('moves a day-30 start to the last day of a 29-day month (Tết eve 2025)', () => {
    // Month 12 of lunar 2024 runs 2024-12-31 … 2025-01-28.
    const [o] = occurrencesForYear({ rule: lunarRule(12, 30), year: 2025 });
    assert.equal(o.startDate, '2025-01-28');
    assert.equal(o.lunar?.day, 29);
    assert.match(o.notes![0], /start day 30 moved to day 29/);
  });

  it('does not clamp when the month has 30 days', () => {
    const [o] = occurrencesForYear({ rule: lunarRule(6, 28, { endDay: 30 }), year: 2025 });
    assert.deepEqual([o.startDate, o.endDate], ['2025-07-22', '2025-07-24']);
    assert.equal(o.notes, undefined);
  });
});

describe('occurrencesForYear: solar and varies rules', () => {
  const cases: Array<{ name: string; rule: TimingRule; year: number; expected: Array<[string, string]> }> = [
    { name: 'single day', rule: solarRule(5, 7), year: 2026, expected: [['2026-05-07', '2026-05-07']] },
    { name: 'range in one month', rule: solarRule(3, 10, { endDay: 12 }), year: 2026, expected: [['2026-03-10', '2026-03-12']] },
    { name: 'range across months', rule: solarRule(4, 28, { endMonth: 5, endDay: 2 }), year: 2026, expected: [['2026-04-28', '2026-05-02']] },
    { name: 'range crossing New Year 12/31–1/2', rule: solarRule(12, 31, { endMonth: 1, endDay: 2 }), year: 2025, expected: [['2025-12-31', '2026-01-02']] },
    { name: 'Feb 29 in a leap year', rule: solarRule(2, 29), year: 2028, expected: [['2028-02-29', '2028-02-29']] },
    { name: 'Feb 29 in a common year → Feb 28', rule: solarRule(2, 29), year: 2026, expected: [['2026-02-28', '2026-02-28']] },
    { name: 'varies → nothing', rule: { calendar: 'varies', note: { vi: 'Tùy bản', en: 'Each village decides' } }, year: 2026, expected: [] },
  ];
  for (const { name, rule, year, expected } of cases) {
    it(name, () => assert.deepEqual(dates(rule, year), expected));
  }

  it('solar occurrences carry basis and no lunar data', () => {
    const [o] = occurrencesForYear({ rule: solarRule(12, 31, { endMonth: 1, endDay: 2 }), year: 2025 });
    assert.equal(o.basis, 'solar-rule');
    assert.equal(o.lunar, undefined);
  });

  it('throws InvalidTimingRuleError for an invalid rule', () => {
    assert.throws(
      () => occurrencesForYear({ rule: lunarRule(13, 1), year: 2026 }),
      (error: unknown) => error instanceof InvalidTimingRuleError && error.problems.length === 1,
    );
  });
});

describe('validateTimingRule', () => {
  const ok: Array<[string, TimingRule]> = [
    ['lunar day', lunarRule(1, 1)],
    ['lunar range to 30', lunarRule(2, 22, { endDay: 30, leapMonth: 'both' })],
    ['solar Feb 29', solarRule(2, 29)],
    ['solar New Year range', solarRule(12, 31, { endMonth: 1, endDay: 2 })],
    ['varies with note', { calendar: 'varies', note: { vi: 'Sau mùa gặt', en: 'After the harvest' } }],
  ];
  for (const [name, rule] of ok) {
    it(`accepts ${name}`, () => assert.deepEqual(validateTimingRule(rule), []));
  }

  const bad: Array<[string, TimingRule, RegExp]> = [
    ['lunar month 13', lunarRule(13, 1), /lunar month must be a whole number from 1 to 12, got 13/],
    ['lunar month 0', lunarRule(0, 1), /lunar month must be .* got 0/],
    ['lunar day 31', lunarRule(1, 31), /lunar day must be a whole number from 1 to 30, got 31/],
    ['lunar endDay 31', lunarRule(1, 25, { endDay: 31 }), /lunar endDay must be .* got 31/],
    ['lunar endDay before day', lunarRule(1, 10, { endDay: 5 }), /endDay 5 is before day 10/],
    ['lunar endMonth', lunarRule(1, 28, { endMonth: 2, endDay: 2 }), /within one month only/],
    ['lunar without day', { calendar: 'lunar', month: 3 }, /a lunar rule needs a day/],
    ['solar month 13', solarRule(13, 1), /solar month must be a whole number from 1 to 12, got 13/],
    ['solar day 31 in April', solarRule(4, 31), /solar month 4 has no day 31/],
    ['solar day 32', solarRule(1, 32), /solar day must be a whole number from 1 to 31, got 32/],
    ['solar Feb 30', solarRule(2, 30), /solar month 2 has no day 30/],
    ['solar without month', { calendar: 'solar', day: 3 }, /a solar rule needs a month/],
    ['solar endMonth without endDay', solarRule(3, 1, { endMonth: 4 }), /needs endDay/],
    ['solar endDay before day without endMonth', solarRule(3, 10, { endDay: 2 }), /set endMonth/],
    ['solar leapMonth', solarRule(3, 10, { leapMonth: 'both' }), /leapMonth only applies to lunar rules/],
    ['varies without note', { calendar: 'varies' }, /needs a note/],
    ['non-integer day', lunarRule(1, 1.5), /got 1.5/],
  ];
  for (const [name, rule, pattern] of bad) {
    it(`rejects ${name}`, () => {
      const problems = validateTimingRule(rule);
      assert.ok(problems.some((p) => pattern.test(p)), `expected ${pattern} in ${JSON.stringify(problems)}`);
    });
  }

  it('reports month 13 and day 31 together', () => {
    assert.equal(validateTimingRule(lunarRule(13, 31)).length, 2);
    assert.equal(validateTimingRule(solarRule(13, 32)).length, 2);
  });
});

describe('buildCalendar', () => {
  const festivals: CalendarFestivalInput[] = [
    {
      documentId: 'tet',
      name: 'Tết Nguyên Đán',
      timing: lunarRule(1, 1, { endDay: 3 }),
    },
    {
      documentId: 'hoa-ban',
      name: 'Lễ hội Hoa Ban',
      timing: lunarRule(2, 22, { endDay: 25 }),
      occurrences: [
        {
          year: 2026,
          startDate: '2026-03-12',
          endDate: '2026-03-15',
          sourceUrl: 'https://example.org/hoa-ban-2026',
          sourceTitle: 'Programme 2026',
          note: 'Moved for the provincial programme',
        },
      ],
    },
    {
      documentId: 'new-year',
      name: 'Solar New Year',
      timing: solarRule(12, 31, { endMonth: 1, endDay: 2 }),
    },
    {
      documentId: 'gau-tao',
      name: 'Gầu Tào',
      timing: { calendar: 'varies', note: { vi: 'Tùy gia đình', en: 'Each family decides' } },
    },
    {
      documentId: 'recorded-varies',
      name: 'Xên bản',
      timing: { calendar: 'varies', note: { vi: 'Tùy bản', en: 'Each village decides' } },
      occurrences: [{ year: 2026, startDate: '2026-02-20', endDate: '2026-02-20', sourceUrl: 'https://example.org/xen-ban' }],
    },
    { documentId: 'no-rule', name: 'Lễ không rõ ngày' },
    { documentId: 'broken', name: 'Broken rule', timing: lunarRule(13, 1) },
  ];

  it('lists the whole year sorted by start date, recorded occurrences first-class', () => {
    const cal = buildCalendar({ year: 2026, festivals });
    assert.equal(cal.year, 2026);
    assert.equal(cal.month, null);
    assert.deepEqual(
      cal.entries.map((e) => [e.festival.documentId, e.startDate, e.endDate, e.basis]),
      [
        ['tet', '2026-02-17', '2026-02-19', 'lunar-rule'],
        ['recorded-varies', '2026-02-20', '2026-02-20', 'recorded'],
        ['hoa-ban', '2026-03-12', '2026-03-15', 'recorded'],
        ['new-year', '2026-12-31', '2027-01-02', 'solar-rule'],
      ],
    );
    assert.deepEqual(
      cal.undated.map((u) => [u.festival.documentId, u.reason]),
      [
        ['broken', 'invalid-rule'],
        ['gau-tao', 'varies'],
        ['no-rule', 'no-rule'],
      ],
    );
  });

  it('a recorded occurrence overrides the rule for its year only', () => {
    const hoaBan2026 = buildCalendar({ year: 2026, festivals }).entries.filter((e) => e.festival.documentId === 'hoa-ban');
    assert.equal(hoaBan2026.length, 1);
    const [recorded] = hoaBan2026;
    assert.equal(recorded.basis, 'recorded');
    assert.deepEqual(recorded.source, { url: 'https://example.org/hoa-ban-2026', title: 'Programme 2026' });
    assert.equal(recorded.note, 'Moved for the provincial programme');
    assert.equal(recorded.rule, undefined);
    // Lunar data is computed for recorded entries too: 2026-03-12 is lunar 1/24, 2026-03-15 is 1/27.
    assert.deepEqual(recorded.lunar, {
      start: { year: 2026, month: 1, day: 24, isLeap: false },
      end: { year: 2026, month: 1, day: 27, isLeap: false },
    });

    const hoaBan2027 = buildCalendar({ year: 2027, festivals }).entries.filter((e) => e.festival.documentId === 'hoa-ban');
    assert.deepEqual(
      hoaBan2027.map((e) => [e.startDate, e.endDate, e.basis]),
      [['2027-03-29', '2027-04-01', 'lunar-rule']],
    );
    assert.deepEqual(hoaBan2027[0].rule, lunarRule(2, 22, { endDay: 25 }));
    assert.deepEqual(hoaBan2027[0].lunar?.start, { year: 2027, month: 2, day: 22, isLeap: false });
  });

  it('a varies festival with a recorded occurrence is dated, not undated', () => {
    const cal = buildCalendar({ year: 2026, festivals });
    assert.ok(cal.entries.some((e) => e.festival.documentId === 'recorded-varies'));
    assert.ok(!cal.undated.some((u) => u.festival.documentId === 'recorded-varies'));
    const entry = cal.entries.find((e) => e.festival.documentId === 'recorded-varies')!;
    assert.deepEqual(entry.source, { url: 'https://example.org/xen-ban', title: 'https://example.org/xen-ban' });
    assert.equal(entry.lunar?.end, undefined);
    // …but in 2027 it has no record and is undated again.
    assert.ok(buildCalendar({ year: 2027, festivals }).undated.some((u) => u.festival.documentId === 'recorded-varies'));
  });

  const monthCases: Array<{ year: number; month: number; expected: string[] }> = [
    { year: 2026, month: 2, expected: ['tet', 'recorded-varies'] },
    { year: 2026, month: 3, expected: ['hoa-ban'] },
    { year: 2026, month: 4, expected: [] },
    { year: 2026, month: 12, expected: ['new-year'] },
    // The 2025-12-31 … 2026-01-02 occurrence overlaps January 2026.
    { year: 2026, month: 1, expected: ['new-year'] },
    { year: 2025, month: 1, expected: ['new-year', 'tet'] },
  ];
  for (const { year, month, expected } of monthCases) {
    it(`month filter ${year}-${String(month).padStart(2, '0')}`, () => {
      const cal = buildCalendar({ year, month, festivals });
      assert.equal(cal.month, month);
      assert.deepEqual(cal.entries.map((e) => e.festival.documentId), expected);
      // Undated festivals are listed whatever the month.
      assert.ok(cal.undated.some((u) => u.festival.documentId === 'gau-tao'));
    });
  }

  it('January shows the New Year range that started the previous December', () => {
    const [entry] = buildCalendar({ year: 2026, month: 1, festivals }).entries;
    assert.deepEqual([entry.startDate, entry.endDate], ['2025-12-31', '2026-01-02']);
  });

  it('rejects a bad month', () => {
    assert.throws(() => buildCalendar({ year: 2026, month: 13, festivals }), RangeError);
  });
});

describe('time-zone independence', () => {
  const repo = path.resolve(__dirname, '../../..');
  const script = `
    const { lunarToSolar, solarToLunar } = require('./src/calendar/lunar.ts');
    process.stdout.write(JSON.stringify([
      lunarToSolar({ year: 2007, month: 1, day: 1, isLeap: false }),
      lunarToSolar({ year: 2025, month: 6, day: 15, isLeap: true }),
      solarToLunar('1985-01-21'),
    ]));`;
  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
    it(`same results with TZ=${tz}`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: repo,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), [
        '2007-02-17',
        '2025-08-08',
        { year: 1985, month: 1, day: 1, isLeap: false },
      ]);
    });
  }
});
