/**
 * Unit tests for legacy Vietnamese text (src/import/legacy-text.ts).
 * Run: node --import tsx --test tests/unit/import/legacy-text.test.ts
 *
 * The fixtures below spell out the TCVN3 and VNI forms of real phrases as
 * explicit escapes, worked out letter by letter from the published layouts
 * (the comment under each names the bytes), not produced by the code under
 * test: a wrong table entry shows up here as a failing phrase.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

import { TCVN3_TO_UNICODE, VNI_LETTERS, VNI_MARKS } from '../../../src/import/legacy-tables';
import { convertCell, detectLegacy, fromUnicode, LegacyEncoding, toUnicode } from '../../../src/import/legacy-text';
import { isVietnameseSyllable } from '../../../src/import/vietnamese-syllable';

interface Fixture {
  unicode: string;
  tcvn3: string;
  vni: string;
}

const FIXTURES: Fixture[] = [
  {
    unicode: 'Lễ hội Xên bản',
    // TCVN3: ễ D4, ộ E9, ê AA, ả B6. VNI: e+ã (circumflex+tilde), o+ä (circumflex+dot), e+â, a+û (hook).
    tcvn3: 'L\u00D4 h\u00E9i X\u00AAn b\u00B6n',
    vni: 'Le\u00E3 ho\u00E4i Xe\u00E2n ba\u00FBn',
  },
  {
    unicode: 'Điện Biên Phủ',
    // TCVN3: Đ A7, ệ D6, ê AA, ủ F1. VNI: Ñ = Đ, e+ä, e+â, u+û.
    tcvn3: '\u00A7i\u00D6n Bi\u00AAn Ph\u00F1',
    vni: '\u00D1ie\u00E4n Bie\u00E2n Phu\u00FB',
  },
  {
    unicode: 'Mường Thanh',
    // TCVN3: ư AD (soft hyphen), ờ EA. VNI: ö = ư, ô = ơ, ø grave.
    tcvn3: 'M\u00AD\u00EAng Thanh',
    vni: 'M\u00F6\u00F4\u00F8ng Thanh',
  },
  {
    unicode: 'người Thái',
    // TCVN3: ư AD, ờ EA, á B8. VNI: ö ô ø, a+ù (acute).
    tcvn3: 'ng\u00AD\u00EAi Th\u00B8i',
    vni: 'ng\u00F6\u00F4\u00F8i Tha\u00F9i',
  },
  {
    unicode: 'Khơ Mú',
    // TCVN3: ơ AC, ú F3. VNI: ô = ơ, u+ù.
    tcvn3: 'Kh\u00AC M\u00F3',
    vni: 'Kh\u00F4 Mu\u00F9',
  },
  {
    unicode: "H'Mông",
    // TCVN3: ô AB. VNI: o+â.
    tcvn3: "H'M\u00ABng",
    vni: "H'Mo\u00E2ng",
  },
  {
    unicode: 'Hà Nhì',
    // TCVN3: à B5, ì D7 (the multiplication sign). VNI: a+ø, ì EC is ì itself.
    tcvn3: 'H\u00B5 Nh\u00D7',
    vni: 'Ha\u00F8 Nh\u00EC',
  },
  {
    unicode: 'Lễ hội Hoa Ban',
    // TCVN3: ễ D4, ộ E9. VNI: e+ã, o+ä.
    tcvn3: 'L\u00D4 h\u00E9i Hoa Ban',
    vni: 'Le\u00E3 ho\u00E4i Hoa Ban',
  },
  {
    unicode: 'Tết Nguyên đán',
    // TCVN3: ế D5, ê AA, đ AE, á B8. VNI: e+á (circumflex+acute), e+â, ñ = đ, a+ù.
    tcvn3: 'T\u00D5t Nguy\u00AAn \u00AE\u00B8n',
    vni: 'Te\u00E1t Nguye\u00E2n \u00F1a\u00F9n',
  },
  {
    unicode: 'xã Thanh Nưa',
    // TCVN3: ã B7, ư AD. VNI: a+õ (tilde), ö = ư.
    tcvn3: 'x\u00B7 Thanh N\u00ADa',
    vni: 'xa\u00F5 Thanh N\u00F6a',
  },
  {
    unicode: 'huyện Điện Biên Đông',
    // TCVN3: ệ D6, Đ A7, ê AA, ô AB. VNI: e+ä, Ñ, e+â, o+â.
    tcvn3: 'huy\u00D6n \u00A7i\u00D6n Bi\u00AAn \u00A7\u00ABng',
    vni: 'huye\u00E4n \u00D1ie\u00E4n Bie\u00E2n \u00D1o\u00E2ng',
  },
  {
    unicode: 'LỄ HỘI XÊN BẢN',
    // TCVN3 heading in a ".VnTimeH" capital font: lower-case bytes ễ D4, ộ E9, ả B6 drawn as capitals; Ê A3.
    // VNI: capital marks Ã (circumflex+tilde), Ä (circumflex+dot), Â, Û (hook).
    tcvn3: 'L\u00D4 H\u00E9I X\u00A3N B\u00B6N',
    vni: 'LE\u00C3 HO\u00C4I XE\u00C2N BA\u00DBN',
  },
];

const ENCODINGS: LegacyEncoding[] = ['tcvn3', 'vni'];

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** All 146 lower-case letters with a vowel or đ: 134 of them (67 each case) are not ASCII. */
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const UPPER = LOWER.map((c) => c.toUpperCase());

describe('phrases from the archive, spelled byte by byte', () => {
  for (const fixture of FIXTURES) {
    for (const encoding of ENCODINGS) {
      it(`${encoding}: ${fixture.unicode}`, () => {
        const legacy = fixture[encoding];
        assert.equal(detectLegacy(legacy), encoding);
        assert.equal(toUnicode(legacy, encoding), fixture.unicode);
        const cell = convertCell(legacy);
        assert.equal(cell.text, fixture.unicode);
        assert.equal(cell.note?.encoding, encoding);
        assert.equal(fromUnicode(fixture.unicode, encoding), legacy, 'the encoder agrees with the hand-spelled bytes');
      });
    }
  }

  it('a cell read as Latin-1 (C1 controls where Windows-1252 has curly quotes) is still detected', () => {
    assert.equal(convertCell('\u0093L\u00D4 h\u00E9i\u0094').text, '\u0093Lễ hội\u0094');
  });

  it('title-case and lower-case TCVN3 words stay as typed; only capital-font words are upper-cased', () => {
    assert.equal(toUnicode('S\u00E8 12 TCVN', 'tcvn3'), 'Số 12 TCVN');
    assert.equal(toUnicode('L\u00AA', 'tcvn3'), 'Lê'); // known limit: "LÊ" alone in a capital font also gives "Lê"
    assert.equal(toUnicode('\u00A7I\u00D6N BI\u00A3N PH\u00F1', 'tcvn3'), 'ĐIỆN BIÊN PHỦ');
  });

  it('abbreviations without vowels (QĐ, HĐND) neither block nor prove a cell', () => {
    // TCVN3 "Quyết định số 123/QĐ-UBND": ế D5, đ AE, ị DE, ố E8, Đ A7.
    assert.equal(convertCell('Quy\u00D5t \u00AE\u00DEnh s\u00E8 123/Q\u00A7-UBND').text, 'Quyết định số 123/QĐ-UBND');
    // VNI: e+á, ñ, ò = ị, o+á, Ñ.
    assert.equal(convertCell('Quye\u00E1t \u00F1\u00F2nh so\u00E1 123/Q\u00D1-UBND').text, 'Quyết định số 123/QĐ-UBND');
    assert.equal(detectLegacy('Q\u00A7 H\u00A7ND'), null);
  });

  it('TCVN3 has no capital toned vowels: "Ủy ban" typed as "ủy ban" converts to what the font drew', () => {
    assert.equal(convertCell('\u00F1y ban nh\u00A9n d\u00A9n').text, 'ủy ban nhân dân');
  });

  it('phrases among curly quotes, a dash, digits and brackets', () => {
    const cell = convertCell('\u201CL\u00D4 h\u00E9i Hoa Ban\u201D \u2013 \u00A7i\u00D6n Bi\u00AAn, 2019 (x\u00B7 Thanh N\u00ADa)');
    assert.equal(cell.text, '\u201CLễ hội Hoa Ban\u201D \u2013 Điện Biên, 2019 (xã Thanh Nưa)');
    assert.equal(cell.note?.encoding, 'tcvn3');
  });
});

describe('all 134 Vietnamese letters round-trip', () => {
  it('the letter list is complete', () => {
    assert.equal(LOWER.length, 73);
    assert.equal([...LOWER, ...UPPER].filter((c) => /[^\x00-\x7f]/.test(c)).length, 134);
    assert.equal(new Set([...LOWER, ...UPPER]).size, 146);
  });

  it('TCVN3: every lower-case letter, and the seven capitals the standard fonts have', () => {
    for (const letter of LOWER) assert.equal(toUnicode(fromUnicode(letter, 'tcvn3'), 'tcvn3'), letter, letter);
    for (const letter of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      assert.equal(fromUnicode(letter, 'tcvn3').length, 1);
      assert.equal(toUnicode(fromUnicode(letter, 'tcvn3'), 'tcvn3'), letter, letter);
    }
  });

  it('TCVN3: capital toned letters come back as capitals inside a capital word (".VnTimeH" fonts)', () => {
    for (const letter of UPPER) {
      const word = `B${letter}N`;
      assert.equal(toUnicode(fromUnicode(word, 'tcvn3'), 'tcvn3'), word, letter);
    }
  });

  it('VNI: every letter, both cases, alone and inside a word', () => {
    for (const letter of [...LOWER, ...UPPER]) {
      assert.equal(toUnicode(fromUnicode(letter, 'vni'), 'vni'), letter, letter);
      const word = letter === letter.toLowerCase() ? `b${letter}n` : `B${letter}N`;
      assert.equal(toUnicode(fromUnicode(word, 'vni'), 'vni'), word, letter);
    }
  });

  it('VNI: ỵ is written with î, and a letter is at most two bytes', () => {
    assert.equal(fromUnicode('ỵ', 'vni'), 'y\u00EE');
    assert.equal(fromUnicode('Ỵ', 'vni'), 'Y\u00CE');
    for (const letter of [...LOWER, ...UPPER]) assert.ok(fromUnicode(letter, 'vni').length <= 2, letter);
  });
});

describe('the tables', () => {
  it('TCVN3 has 67 lower-case letters and 7 capitals, all distinct, all in 0xA1–0xFE', () => {
    const entries = Object.entries(TCVN3_TO_UNICODE);
    assert.equal(entries.length, 74);
    assert.equal(new Set(entries.map(([, c]) => c)).size, 74);
    for (const [code] of entries) assert.ok(Number(code) >= 0xa1 && Number(code) <= 0xfe, code);
    const lower = LOWER.filter((c) => /[^\x00-\x7f]/.test(c));
    assert.deepEqual(entries.map(([, c]) => c).filter((c) => c === c.toLowerCase()).sort(), [...lower].sort());
  });

  it('TCVN3 agrees with the TCVN 5712 table shipped in iconv-lite, where that package is installed', (t) => {
    let iconv: { decode(buffer: Buffer, encoding: string): string } | undefined;
    try {
      iconv = createRequire(__filename)('iconv-lite');
    } catch {
      t.skip('iconv-lite not installed');
      return;
    }
    for (const [code, char] of Object.entries(TCVN3_TO_UNICODE)) {
      assert.equal(iconv!.decode(Buffer.from([Number(code)]), 'tcvn'), char, `0x${Number(code).toString(16)}`);
    }
  });

  it('VNI mark bytes and letter bytes do not overlap', () => {
    for (const byte of Object.keys(VNI_LETTERS)) assert.equal(VNI_MARKS[byte], undefined, byte);
  });
});

describe('ordinary text is left alone', () => {
  const ORDINARY = [
    '',
    ' ',
    'Lễ hội Xên bản',
    'Lễ hội Xên bản'.normalize('NFD'),
    'Điện Biên Phủ, huyện Điện Biên Đông',
    'Hà Nhì', // Unicode, and every letter is Latin-1
    'Cá rô phi',
    'The Xên bản ceremony is held in the third lunar month.',
    'https://disan.dienbien.gov.vn/p/festival/abc123?lang=vi#top',
    'Café crème',
    'Müller',
    'Straße, schön, Ærø, año, garçon, déjà vu, naïve',
    '1.234,56',
    '2019-03-15',
    '25°C',
    '© UBND tỉnh Điện Biên',
    '© Smith 2005',
    'a,b;"c";\'d\'\t|e|',
    '"";;,,',
    'ĐB-01/2020',
    '½ kg',
    '10 µm',
  ];
  for (const text of ORDINARY) {
    it(JSON.stringify(text), () => {
      assert.equal(detectLegacy(text), null);
      assert.deepEqual(convertCell(text), { text });
    });
  }

  it('a cell both encodings would read as Vietnamese is left alone', () => {
    // "ñi": TCVN3 "ủi", VNI "đi".
    assert.equal(detectLegacy('\u00F1i'), null);
  });

  it('Unicode Vietnamese made only of Latin-1 letters is left alone even though TCVN3 would decode it', () => {
    // "Tôi" as TCVN3 would be "Tụi" (ô = F4 = ụ); a real word as it stands is no evidence.
    assert.equal(toUnicode('Tôi', 'tcvn3'), 'Tụi');
    assert.equal(detectLegacy('Tôi'), null);
  });

  it('one foreign word among legacy words rejects the cell (conservative)', () => {
    assert.equal(detectLegacy('L\u00D4 h\u00E9i Caf\u00E9'), null);
  });
});

describe('output', () => {
  it('is NFC', () => {
    for (const fixture of FIXTURES) {
      for (const encoding of ENCODINGS) {
        const out = convertCell(fixture[encoding]).text;
        assert.equal(out, out.normalize('NFC'));
      }
    }
    const vni = toUnicode('Vie\u00E4t Nam', 'vni');
    assert.equal(vni, 'Việt Nam');
    assert.equal(vni.length, 'Việt Nam'.normalize('NFC').length);
  });

  it('carries a Vietnamese and an English note per converted cell, and none otherwise', () => {
    assert.deepEqual(convertCell('T\u00D5t Nguy\u00AAn \u00AE\u00B8n').note, {
      encoding: 'tcvn3',
      vi: 'Đã chuyển từ mã TCVN3 (ABC) sang Unicode',
      en: 'Converted from TCVN3 (ABC) to Unicode',
    });
    assert.deepEqual(convertCell('Te\u00E1t Nguye\u00E2n \u00F1a\u00F9n').note, {
      encoding: 'vni',
      vi: 'Đã chuyển từ mã VNI (VNI-Windows) sang Unicode',
      en: 'Converted from VNI (VNI-Windows) to Unicode',
    });
    assert.equal(convertCell('Tết Nguyên đán').note, undefined);
  });

  it('toUnicode keeps what does not fit the encoding instead of refusing it', () => {
    assert.equal(toUnicode('x\u00B7 50\u00B0', 'tcvn3'), 'xã 50°');
    assert.equal(toUnicode('\u00F9a', 'vni'), '\u00F9a'); // a tone byte with no vowel before it
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts syllables of the archive', () => {
    for (const word of ['Lễ', 'hội', 'Xên', 'bản', 'Điện', 'người', 'Nguyên', 'huyện', 'quốc', 'gì', 'khuya', 'Tết', 'Việt', 'ĐIỆN']) {
      assert.ok(isVietnameseSyllable(word), word);
    }
  });

  it('refuses non-syllables', () => {
    for (const word of ['Café', 'crème', 'Müller', 'hei', 'Lª', 'tõt', 'hóấ', 'Straße', 'ng', '']) {
      assert.ok(!isVietnameseSyllable(word), word);
    }
  });
});
