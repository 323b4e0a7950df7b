import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cueText,
  edtfYearAndDecade,
  festivalMonths,
  isHiddenName,
  markdownToText,
  snippetOf,
  toCatalogueDocument,
  toTranscriptSegments,
} from '../../../src/search/documents';
import { NO_EXPIRY } from '../../../src/access/levels';
import { secondsUntilNextRun } from '../../../src/search/sync/catch-up';
import { synonymSetting } from '../../../src/search/synonyms';

const pub = { accessLevel: 'public' };
const thai = { ...pub, name: 'Thái', gsoCode: '03' };
const restrictedGroup = { accessLevel: 'restricted', name: 'Bí mật', gsoCode: '99' };
const commune = { ...pub, name: 'Xã Thanh Nưa', code: '03199', kind: 'commune', parent: { ...pub, name: 'Tỉnh Điện Biên', code: '11', kind: 'province' } };
const village = { ...pub, name: 'Bản Phủ', code: null, kind: 'village', parent: commune };

describe('catalogue documents', () => {
  const cases: Array<{ name: string; input: Parameters<typeof toCatalogueDocument>[0]; expect: Record<string, unknown> }> = [
    {
      name: 'festival: lunar months, solar months of rule-less occurrences, latest year, heritage, groups and places with commune',
      input: {
        type: 'festival',
        locale: 'vi',
        accessLevel: 'public',
        visibleUntil: 1_800_000_000,
        record: {
          documentId: 'f1',
          name: 'Xên bản',
          slug: 'xen-ban',
          otherNames: [{ tag: 'blt', value: 'Xên bản' }, { tag: 'blt-Tavt', value: 'ꪎꪴꪙ' }],
          description: '## Lễ **cúng bản**\n\nCầu [mưa](https://x.y) thuận gió hoà.',
          rituals: '- Lễ vật',
          timing: { calendar: 'lunar', month: 12, endMonth: 1 },
          occurrences: [{ year: 2023, startDate: '2023-03-30', endDate: '2023-04-02' }, { year: 2019, startDate: '2019-02-10', endDate: '2019-02-10' }],
          heritageStatus: [{ list: 'national' }],
          ethnicGroups: [thai, restrictedGroup],
          places: [village],
        },
      },
      expect: {
        visibleUntil: 1_800_000_000,
        id: 'festival-f1-vi',
        lunarMonths: [1, 12],
        solarMonths: [2, 3, 4],
        year: 2023,
        decade: 2020,
        heritage: ['national'],
        ethnicGroups: ['Thái'],
        ethnicGroupCodes: ['03'],
        places: ['Bản Phủ', 'Xã Thanh Nưa'],
        placeCodes: ['03199'],
        description: 'Lễ cúng bản Cầu mưa thuận gió hoà. Lễ vật',
        names: ['ꪎꪴꪙ'],
      },
    },
    {
      name: "ethnic group: 'Mèo' and its variants are hidden, other names shown; the group lists itself",
      input: {
        type: 'ethnic-group',
        locale: 'en',
        accessLevel: 'public',
        visibleUntil: NO_EXPIRY,
        otherLocaleTitle: "H'Mông",
        record: {
          documentId: 'g8',
          name: 'Hmong',
          gsoCode: '08',
          otherNames: [
            { tag: 'vi', value: 'Mông', note: 'current official spelling' },
            { tag: 'vi', value: 'Mèo', note: 'historic exonym; now considered pejorative' },
            { tag: 'vi', value: 'Mèo Hoa', note: 'other name listed in Decision 121' },
            { tag: 'vi', value: 'Mán Trắng', note: 'other name listed in Decision 121' },
            { tag: 'hmn', value: 'Hmoob', note: 'endonym' },
          ],
        },
      },
      expect: {
        names: ["H'Mông", 'Mông', 'Hmoob'],
        hiddenNames: ['Mèo', 'Mèo Hoa', 'Mán Trắng'],
        taggedNames: [{ tag: 'vi', value: 'Mông' }, { tag: 'hmn', value: 'Hmoob' }],
        ethnicGroupCodes: ['08'],
        year: null,
      },
    },
    {
      name: 'media item: EDTF year, own kind, researcher-level links kept for a researcher document',
      input: {
        type: 'media-item',
        locale: 'vi',
        accessLevel: 'researcher',
        visibleUntil: NO_EXPIRY,
        record: { documentId: 'm1', title: 'Khắp', kind: 'audio', date: '1987-05~', ethnicGroups: [{ accessLevel: 'researcher', name: 'Khơ Mú', gsoCode: '25' }] },
      },
      expect: { year: 1987, decade: 1980, mediaKinds: ['audio'], ethnicGroups: ['Khơ Mú'], accessLevel: 'researcher' },
    },
    {
      name: 'public document never names researcher-only links; other types take linked media kinds',
      input: {
        type: 'custom',
        locale: 'vi',
        accessLevel: 'public',
        visibleUntil: NO_EXPIRY,
        linkedMediaKinds: ['video'],
        record: { documentId: 'c1', name: 'Xòe', ethnicGroups: [{ accessLevel: 'researcher', name: 'Kháng', gsoCode: '42' }] },
      },
      expect: { ethnicGroups: [], mediaKinds: ['video'], year: null },
    },
    {
      name: 'place: former units are names, parent commune listed, own code first',
      input: {
        type: 'place',
        locale: 'vi',
        accessLevel: 'public',
        visibleUntil: NO_EXPIRY,
        record: { documentId: 'p1', name: 'Bản Phủ', code: '0001', kind: 'village', parent: commune, formerUnits: [{ name: 'Xã Noong Hẹt' }] },
      },
      expect: { names: ['Xã Noong Hẹt'], places: ['Xã Thanh Nưa'], placeCodes: ['0001', '03199'] },
    },
  ];
  for (const { name, input, expect } of cases) {
    it(name, () => {
      const doc = toCatalogueDocument(input);
      for (const [key, value] of Object.entries(expect)) assert.deepEqual(doc[key as keyof typeof doc], value, key);
    });
  }
});

describe('text, names, dates', () => {
  const table: Array<[string, () => unknown, unknown]> = [
    ['markdown links and images keep their words', () => markdownToText('![Ảnh lễ](a.jpg) xem [Xên bản](/x) _nay_'), 'Ảnh lễ xem Xên bản nay'],
    ['markdown: raw HTML dropped, entities decoded', () => markdownToText('Lễ <b>cúng</b> &amp; <span class="x">hát</span> &lt;3'), 'Lễ cúng & hát <3'],
    ['markdown: headings, lists, quotes and rules lose their marks', () => markdownToText('# Nghi lễ\n\n> Lời khấn\n\n1. Một\n2. Hai\n\n---\n\n- ba'), 'Nghi lễ Lời khấn Một Hai ba'],
    ['markdown: code keeps its content, reference links their text', () => markdownToText('```\nxên\n```\n\n`bản` [Mường Thanh][m]\n\n[m]: https://x.y'), 'xên bản Mường Thanh'],
    ['markdown: snake_case and a lone star are words, not emphasis', () => markdownToText('file_name_here 2 * 3'), 'file_name_here 2 * 3'],
    ['markdown: NFD input comes out NFC', () => markdownToText('Lê\u0303 hô\u0323i'), 'Lễ hội'],
    ['snippet cuts at a word with an ellipsis', () => snippetOf('một hai ba bốn năm', 12), 'một hai ba…'],
    ['short snippet unchanged', () => snippetOf('ngắn'), 'ngắn'],
    ['Mán is hidden', () => isHiddenName({ value: 'Mán Cao Lan' }), true],
    ['Mông is shown', () => isHiddenName({ value: 'Mông', note: 'official spelling' }), false],
    ['a note in Vietnamese hides', () => isHiddenName({ value: 'X', note: 'tên gọi mang tính miệt thị' }), true],
    ['EDTF 198X: decade only', () => edtfYearAndDecade('198X'), { year: null, decade: 1980 }],
    ['EDTF interval: first year', () => edtfYearAndDecade('2001/2003'), { year: 2001, decade: 2000 }],
    ['EDTF missing', () => edtfYearAndDecade(null), { year: null, decade: null }],
    ['solar rule range wraps the year', () => festivalMonths({ timing: { calendar: 'solar', month: 11, endMonth: 2 } }), { lunarMonths: [], solarMonths: [1, 2, 11, 12] }],
    ['varies: no months', () => festivalMonths({ timing: { calendar: 'varies' } }), { lunarMonths: [], solarMonths: [] }],
    ['cue text drops voice and markup, decodes entities', () => cueText('<v Lò Văn Pọm>Xin <i>chào</i> &amp; cảm ơn'), 'Xin chào & cảm ơn'],
    ['next run at 00:01 Vietnam time (17:01 UTC)', () => secondsUntilNextRun(new Date('2026-03-01T16:00:00Z')), 3660],
    ['next run at most 6 h away', () => secondsUntilNextRun(new Date('2026-03-01T18:00:00Z')), 6 * 3600],
  ];
  for (const [name, run, expected] of table) it(name, () => assert.deepEqual(run(), expected));
});

describe('transcript segments', () => {
  it('one segment per cue, with start and end in seconds and unique ids per tag', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Lò Văn Pọm>Xin chào bà con\n\n00:01:02.000 --> 00:01:06.000\nƯớc mong năm mới\n';
    const segments = toTranscriptSegments({
      mediaDocumentId: 'm1',
      mediaTitle: 'Khắp',
      locale: 'vi',
      accessLevel: 'public',
      visibleUntil: NO_EXPIRY,
      tracks: [{ tag: 'vi', vtt }, { tag: 'blt-Tavt', vtt }],
    });
    assert.deepEqual(
      segments.map((s) => [s.id, s.start, s.end, s.text]),
      [
        ['m1-vi-0', 1, 4.5, 'Xin chào bà con'],
        ['m1-vi-1', 62, 66, 'Ước mong năm mới'],
        ['m1-blt-Tavt-0', 1, 4.5, 'Xin chào bà con'],
        ['m1-blt-Tavt-1', 62, 66, 'Ước mong năm mới'],
      ],
    );
  });
});

describe('synonyms', () => {
  const synonyms = synonymSetting();
  const table: Array<[string, string, boolean]> = [
    ['thái đen', 'tai dam', true],
    ['tai dam', 'thái đen', true],
    ['khmu', 'khơ mú', true],
    ['mèo', "h'mông", true],
    ["h'mông", 'mèo', false],
    ['thái', 'tày', false],
    ['tai', 'thái', true],
    ['thái', 'tai', false],
    ['tết', 'new year', true],
  ];
  for (const [word, other, expected] of table) {
    it(`${word} → ${other}: ${expected}`, () => assert.equal((synonyms[word] ?? []).includes(other), expected));
  }
});
