/**
 * Unit tests for the ethnic-group and language seed data
 * (src/seed/data/ethnic-groups.ts, src/seed/data/languages.ts).
 * Run: node --import tsx --test tests/unit/seed/groups-languages.test.ts
 *
 * Codes are checked against independent registries shipped as npm packages:
 * `iso-639-3` (ISO 639-3 codes, ESM-only) and `language-subtag-registry`
 * (IANA BCP 47 subtags: scripts and primary language subtags).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LanguageGroup, SourceRef } from '../../../src/seed/types';
import { ethnicGroups } from '../../../src/seed/data/ethnic-groups';
import { languages } from '../../../src/seed/data/languages';

const REGISTRY_DIR = path.join(
  path.dirname(require.resolve('language-subtag-registry/package.json')),
  'data',
  'json',
);

/** The registry's per-type index files map a lower-cased subtag to a record index. */
function loadSubtagIndex(type: 'script' | 'language'): Record<string, number> {
  return JSON.parse(readFileSync(path.join(REGISTRY_DIR, `${type}.json`), 'utf8'));
}

const EXPECTED_GROUP_COUNTS: Record<LanguageGroup, number> = {
  'viet-muong': 4,
  'tay-thai': 8,
  'mon-khmer': 21,
  'hmong-dao': 3,
  kadai: 4,
  austronesian: 5,
  han: 3,
  'tibeto-burman': 6,
};

const DIEN_BIEN_CODES = [
  '01', '02', '03', '04', '06', '07', '08', '09', '25',
  '29', '33', '34', '35', '37', '40', '42', '48', '50',
];

const EXPECTED_LANGUAGE_CODES = [
  'blt', 'twh', 'hmn', 'mww', 'hnj', 'ium', 'mji', 'kjg', 'hni', 'lao', 'kjm',
  'cnc', 'slt', 'phh', 'khb', 'puo', 'tyz', 'nut', 'mtq', 'pcc', 'vie',
];

const allSources: Array<{ owner: string; source: SourceRef }> = [
  ...ethnicGroups.flatMap((g) => g.sources.map((source) => ({ owner: `group ${g.gsoCode}`, source }))),
  ...languages.flatMap((l) => l.sources.map((source) => ({ owner: `language ${l.iso6393}`, source }))),
];

describe('ethnic groups', () => {
  it('has 54 records with unique codes 01–54 in order', () => {
    assert.equal(ethnicGroups.length, 54);
    const codes = ethnicGroups.map((g) => g.gsoCode);
    const expected = Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0'));
    assert.deepEqual(codes, expected);
    assert.equal(new Set(codes).size, 54);
  });

  it('has unique ASCII kebab-case slugs', () => {
    const slugs = ethnicGroups.map((g) => g.slug);
    assert.equal(new Set(slugs).size, slugs.length, 'duplicate slug');
    for (const slug of slugs) {
      assert.match(slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, `bad slug ${slug}`);
    }
  });

  it('matches the 8-group language classification counts (4/8/21/3/4/5/3/6)', () => {
    const counts: Record<string, number> = {};
    for (const g of ethnicGroups) counts[g.languageGroup] = (counts[g.languageGroup] ?? 0) + 1;
    assert.deepEqual(counts, EXPECTED_GROUP_COUNTS);
  });

  it('puts the key groups in the right language group', () => {
    const byCode = new Map(ethnicGroups.map((g) => [g.gsoCode, g]));
    const check: Array<[string, LanguageGroup]> = [
      ['01', 'viet-muong'], ['03', 'tay-thai'], ['05', 'mon-khmer'], ['08', 'hmong-dao'],
      ['10', 'austronesian'], ['04', 'han'], ['35', 'tibeto-burman'], ['47', 'kadai'],
      ['29', 'mon-khmer'], ['40', 'tibeto-burman'], ['48', 'tibeto-burman'], ['50', 'tibeto-burman'],
    ];
    for (const [code, group] of check) assert.equal(byCode.get(code)?.languageGroup, group, code);
  });

  it('marks exactly the 18 listed groups as present in Điện Biên', () => {
    const present = ethnicGroups.filter((g) => g.presentInDienBien).map((g) => g.gsoCode);
    assert.deepEqual(present, DIEN_BIEN_CODES);
  });

  it('has NFC, non-empty names and descriptions in both locales', () => {
    for (const g of ethnicGroups) {
      for (const text of [g.name.vi, g.name.en, g.description.vi, g.description.en]) {
        assert.ok(text.trim().length > 0, `empty text in ${g.gsoCode}`);
        assert.equal(text, text.normalize('NFC'), `not NFC in ${g.gsoCode}: ${text}`);
      }
    }
  });

  it('uses the agreed Vietnamese names for key groups', () => {
    const byCode = new Map(ethnicGroups.map((g) => [g.gsoCode, g.name.vi]));
    assert.equal(byCode.get('08'), "H'Mông");
    assert.equal(byCode.get('29'), 'Khơ Mú');
    assert.equal(byCode.get('05'), 'Khmer');
    assert.equal(byCode.get('35'), 'Hà Nhì');
  });

  it('tags every other name and keeps it NFC and non-empty', () => {
    for (const g of ethnicGroups) {
      for (const n of g.otherNames) {
        assert.ok(n.tag.trim().length > 0, `empty tag in ${g.gsoCode}`);
        assert.ok(n.value.trim().length > 0, `empty name in ${g.gsoCode}`);
        assert.equal(n.value, n.value.normalize('NFC'), `not NFC in ${g.gsoCode}: ${n.value}`);
      }
    }
  });

  it('lists Mông, Hmông and the historic exonym Mèo for the H\'Mông', () => {
    const hmong = ethnicGroups.find((g) => g.gsoCode === '08');
    const names = hmong?.otherNames.map((n) => n.value) ?? [];
    for (const name of ['Mông', 'Hmông', 'Mèo']) assert.ok(names.includes(name), name);
    const meo = hmong?.otherNames.find((n) => n.value === 'Mèo');
    assert.match(meo?.note ?? '', /pejorative/);
  });

  it('gives languages only to groups present in Điện Biên', () => {
    for (const g of ethnicGroups) {
      if (g.languages && g.languages.length > 0) assert.ok(g.presentInDienBien, g.gsoCode);
    }
  });

  it('has a source for every group and uncertain population figures flagged', () => {
    for (const g of ethnicGroups) {
      assert.ok(g.sources.length >= 1, `no source for ${g.gsoCode}`);
      for (const p of g.populationNotes ?? []) {
        assert.ok(p.figure.trim().length > 0);
        if (p.isUncertain) {
          assert.ok(
            (g.uncertainties ?? []).some((u) => u.field === 'populationNotes'),
            `uncertain figure without explanation in ${g.gsoCode}`,
          );
        }
      }
    }
  });

  it('flags the research file\'s "?" figures (Thái, Kinh) as uncertain', () => {
    for (const code of ['01', '03']) {
      const g = ethnicGroups.find((x) => x.gsoCode === code);
      assert.ok(g?.populationNotes?.every((p) => p.isUncertain), code);
    }
  });
});

describe('languages', () => {
  let iso6393Codes: Set<string>;

  before(async () => {
    const { iso6393 } = await import('iso-639-3');
    iso6393Codes = new Set(iso6393.map((l) => l.iso6393));
  });

  it('has exactly the codes of the research table, once each', () => {
    const codes = languages.map((l) => l.iso6393);
    assert.equal(new Set(codes).size, codes.length, 'duplicate iso6393');
    assert.deepEqual([...codes].sort(), [...EXPECTED_LANGUAGE_CODES].sort());
  });

  it('uses codes that exist in ISO 639-3', () => {
    for (const l of languages) {
      assert.ok(iso6393Codes.has(l.iso6393), `${l.iso6393} is not in iso-639-3`);
    }
  });

  it('uses the shortest BCP 47 tag, registered in the IANA registry', () => {
    const languageIndex = loadSubtagIndex('language');
    assert.equal(languages.find((l) => l.iso6393 === 'lao')?.bcp47, 'lo');
    assert.equal(languages.find((l) => l.iso6393 === 'vie')?.bcp47, 'vi');
    for (const l of languages) {
      assert.ok(l.bcp47 in languageIndex, `${l.bcp47} is not a registered language subtag`);
      if (!['lo', 'vi'].includes(l.bcp47)) assert.equal(l.bcp47, l.iso6393);
    }
  });

  it('uses registered ISO 15924 script codes', () => {
    const scriptIndex = loadSubtagIndex('script');
    for (const l of languages) {
      assert.ok(l.scripts.length > 0, `no script for ${l.iso6393}`);
      for (const s of l.scripts) {
        assert.match(s, /^[A-Z][a-z]{3}$/, `bad script casing ${s}`);
        assert.ok(s.toLowerCase() in scriptIndex, `${s} is not a registered script subtag`);
      }
    }
    assert.deepEqual(languages.find((l) => l.iso6393 === 'blt')?.scripts, ['Tavt', 'Latn']);
    assert.deepEqual(languages.find((l) => l.iso6393 === 'lao')?.scripts, ['Laoo']);
  });

  it('has NFC, non-empty names and families', () => {
    for (const l of languages) {
      for (const text of [l.name.vi, l.name.en, l.family.vi, l.family.en]) {
        assert.ok(text.trim().length > 0, `empty text in ${l.iso6393}`);
        assert.equal(text, text.normalize('NFC'), `not NFC in ${l.iso6393}`);
      }
    }
  });

  it('flags the research file\'s "?" codes (phh, pcc)', () => {
    for (const code of ['phh', 'pcc']) {
      const l = languages.find((x) => x.iso6393 === code);
      assert.ok(l?.uncertainties?.some((u) => u.field === 'iso6393'), code);
    }
  });
});

describe('cross-references', () => {
  const groupCodes = new Set(ethnicGroups.map((g) => g.gsoCode));
  const languageCodes = new Set(languages.map((l) => l.iso6393));

  it('every group.languages code exists in languages', () => {
    for (const g of ethnicGroups) {
      for (const code of g.languages ?? []) {
        assert.ok(languageCodes.has(code), `group ${g.gsoCode} refers to unknown language ${code}`);
      }
    }
  });

  it('every language.speakingGroups code exists in ethnicGroups', () => {
    for (const l of languages) {
      assert.ok(l.speakingGroups.length > 0, `no speaking group for ${l.iso6393}`);
      for (const code of l.speakingGroups) {
        assert.ok(groupCodes.has(code), `language ${l.iso6393} refers to unknown group ${code}`);
      }
    }
  });

  it('links groups and languages both ways', () => {
    for (const g of ethnicGroups) {
      for (const code of g.languages ?? []) {
        const l = languages.find((x) => x.iso6393 === code);
        assert.ok(l?.speakingGroups.includes(g.gsoCode), `${code} does not list group ${g.gsoCode}`);
      }
    }
    for (const l of languages) {
      for (const code of l.speakingGroups) {
        const g = ethnicGroups.find((x) => x.gsoCode === code);
        if (g?.presentInDienBien) {
          assert.ok(g.languages?.includes(l.iso6393), `group ${code} does not list ${l.iso6393}`);
        }
      }
    }
  });

  it('every language of a Điện Biên group is seeded', () => {
    for (const code of DIEN_BIEN_CODES) {
      const g = ethnicGroups.find((x) => x.gsoCode === code);
      // 04 Hoa: Chinese varieties are not in the research table.
      if (code === '04') continue;
      assert.ok((g?.languages ?? []).length > 0, `group ${code} has no language`);
    }
  });
});

describe('sources', () => {
  it('every source has an http(s) URL, a title and an ISO access date', () => {
    assert.ok(allSources.length > 0);
    for (const { owner, source } of allSources) {
      const url = new URL(source.url);
      assert.ok(url.protocol === 'http:' || url.protocol === 'https:', `${owner}: ${source.url}`);
      assert.ok(source.title.trim().length > 0, `${owner}: empty title`);
      assert.match(source.accessedOn, /^\d{4}-\d{2}-\d{2}$/, `${owner}: bad accessedOn`);
    }
  });

  it('population figures with a URL point to http(s)', () => {
    for (const g of ethnicGroups) {
      for (const p of g.populationNotes ?? []) {
        if (p.sourceUrl) assert.match(p.sourceUrl, /^https?:\/\//, g.gsoCode);
      }
    }
  });
});
