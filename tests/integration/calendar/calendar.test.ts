/** GET /api/calendar: Vietnamese lunar dates (UTC+7), recorded occurrences first, access enforced. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createRecord } from '../../helpers/records';

let app: TestApp;

before(async () => {
  app = await startTestApp();
  await createRecord(
    app,
    'festival',
    { name: 'Tết Nguyên Đán', slug: 'tet', accessLevel: 'public', timing: { calendar: 'lunar', month: 1, day: 1, endDay: 3 } },
    { en: { name: 'Lunar New Year', timing: { calendar: 'lunar', month: 1, day: 1, endDay: 3 } } },
  );
  await createRecord(app, 'festival', {
    name: 'Lễ hội Thành Bản Phủ',
    slug: 'thanh-ban-phu',
    accessLevel: 'public',
    timing: { calendar: 'lunar', month: 2, day: 22, endDay: 25 },
    occurrences: [
      { year: 2027, startDate: '2027-03-30', endDate: '2027-04-01', sourceUrl: 'https://example.org/2027', sourceTitle: 'Thông báo 2027' },
    ],
  });
  await createRecord(app, 'festival', {
    name: 'Lễ tháng sáu',
    slug: 'le-thang-sau',
    accessLevel: 'public',
    timing: { calendar: 'lunar', month: 6, day: 15, leapMonth: 'both' },
  });
  await createRecord(app, 'festival', {
    name: 'Xên bản',
    slug: 'xen-ban',
    accessLevel: 'public',
    timing: { calendar: 'varies', note: 'Mỗi bản tự chọn ngày lành vào mùa xuân.' },
  });
  await createRecord(app, 'festival', {
    name: 'Nghi lễ kín',
    slug: 'nghi-le-kin',
    accessLevel: 'restricted',
    timing: { calendar: 'lunar', month: 1, day: 1 },
  });
  await createRecord(
    app,
    'festival',
    { name: 'Lễ bản nháp', slug: 'draft', accessLevel: 'public', timing: { calendar: 'lunar', month: 1, day: 1 } },
    { publish: false },
  );
});
after(() => app?.stop());

async function calendar(query: string) {
  const response = await app.http().get(`/api/calendar?${query}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body.data as {
    entries: Array<{ festival: { name: string; slug: string }; startDate: string; endDate: string; basis: string; lunar: { start: { month: number; day: number; isLeap: boolean } }; source?: { url: string } }>;
    undated: Array<{ festival: { slug: string }; reason: string }>;
  };
}
const datesOf = (data: Awaited<ReturnType<typeof calendar>>, slug: string) =>
  data.entries.filter((entry) => entry.festival.slug === slug).map((entry) => entry.startDate);

describe('GET /api/calendar', () => {
  for (const [year, tet] of [['2024', '2024-02-10'], ['2025', '2025-01-29'], ['2026', '2026-02-17'], ['2007', '2007-02-17']]) {
    it(`Tết ${year} is ${tet} (Vietnamese calendar)`, async () => {
      const data = await calendar(`year=${year}`);
      assert.deepEqual(datesOf(data, 'tet'), [tet]);
      const entry = data.entries.find((e) => e.festival.slug === 'tet')!;
      assert.deepEqual(entry.lunar.start, { year: Number(year), month: 1, day: 1, isLeap: false });
      assert.equal(entry.basis, 'lunar-rule');
    });
  }

  it('dates a lunar festival in two years, and a recorded occurrence wins over the rule', async () => {
    const y2026 = await calendar('year=2026');
    assert.deepEqual(datesOf(y2026, 'thanh-ban-phu'), ['2026-04-09']);
    const y2027 = await calendar('year=2027');
    const entry = y2027.entries.find((e) => e.festival.slug === 'thanh-ban-phu')!;
    assert.equal(entry.startDate, '2027-03-30');
    assert.equal(entry.basis, 'recorded');
    assert.equal(entry.source?.url, 'https://example.org/2027');
  });

  it('holds a "both" festival twice in a leap-month year (2025 has a leap 6th month)', async () => {
    const data = await calendar('year=2025');
    assert.deepEqual(datesOf(data, 'le-thang-sau'), ['2025-07-09', '2025-08-08']);
    const leap = data.entries.filter((e) => e.festival.slug === 'le-thang-sau').map((e) => e.lunar.start.isLeap);
    assert.deepEqual(leap, [false, true]);
    assert.deepEqual(datesOf(await calendar('year=2026'), 'le-thang-sau'), ['2026-07-28']);
  });

  it('filters by month and lists festivals without fixed dates as undated', async () => {
    const data = await calendar('year=2026&month=2');
    assert.deepEqual(data.entries.map((e) => e.festival.slug), ['tet']);
    assert.deepEqual(data.undated.map((u) => [u.festival.slug, u.reason]), [['xen-ban', 'varies']]);
  });

  it('never shows restricted or draft festivals to the public', async () => {
    const data = await calendar('year=2026');
    const slugs = [...data.entries, ...data.undated].map((e) => e.festival.slug);
    assert.ok(!slugs.includes('nghi-le-kin'));
    assert.ok(!slugs.includes('draft'));
  });

  it('speaks English where a translation exists and falls back to Vietnamese', async () => {
    const data = await calendar('year=2026&locale=en');
    const names = data.entries.map((e) => e.festival.name);
    assert.ok(names.includes('Lunar New Year'));
    assert.ok(names.includes('Lễ hội Thành Bản Phủ'));
  });

  it('refuses bad parameters with 400', async () => {
    for (const query of ['', 'year=abc', 'year=2026&month=13', 'year=2026&locale=fr', 'year=1800']) {
      const response = await app.http().get(`/api/calendar?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(response.body.error.message, /year|month|locale/);
    }
  });
});
