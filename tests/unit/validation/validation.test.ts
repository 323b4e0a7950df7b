/**
 * Table-driven tests for src/validation (pure functions, no Strapi).
 * Run: node --import tsx --test tests/unit/validation/validation.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBcp47,
  checkEdtf,
  checkIso6393,
  checkRequiredName,
  checkRightsUri,
  checkScriptCode,
  nfc,
  normalizeBcp47,
  normalizeRightsUri,
  rightsLabel,
} from '../../../src/validation';
import { loadIso6393, readIso6393FromSource } from '../../../src/validation/iso6393-data';

type Check = (value: unknown) => string | null;

/** Rejection cases: [input, fragments that the message must contain]. */
type Rejection = [unknown, string[]];

function table(name: string, check: Check, valid: unknown[], invalid: Rejection[]): void {
  describe(name, () => {
    for (const value of valid) {
      it(`accepts ${JSON.stringify(value)}`, () => assert.equal(check(value), null));
    }
    for (const [value, fragments] of invalid) {
      it(`rejects ${JSON.stringify(value)}`, () => {
        const message = check(value);
        assert.equal(typeof message, 'string', `expected a message for ${JSON.stringify(value)}`);
        for (const fragment of fragments) assert.ok(message!.includes(fragment), `"${message}" should mention ${fragment}`);
      });
    }
  });
}

table('checkIso6393', checkIso6393,
  ['blt', 'twh', 'hmn', 'mww', 'hnj', 'kjg', 'hni', 'lao', 'vie', 'khb', 'puo', 'nut', 'cnc', 'slt', 'phh'],
  [
    ['xyz', ['"xyz" is unknown', '"blt" for Tai Dam']],
    ['vi', ['two letters', '"vie"']],
    ['BLT', ['lowercase', '"blt"']],
    [' blt', ['"blt"']],
    ['qab', ['reserved for local use']],
    ['bl-t', ['not three letters']],
    ['', ['empty']],
    [undefined, ['empty']],
    [42, ['empty']],
  ]);

table('checkBcp47', checkBcp47,
  [
    'vi', 'en', 'blt', 'blt-Tavt', 'hnj', 'hmn', 'mww', 'hni-Latn', 'lo', 'kjg', 'twh-Tavt', 'vi-VN', 'zh-Hans-CN',
    'BLT-tavt-vn', 'zh-yue', 'de-DE-1901', 'sl-rozaj-biske', 'es-419', 'en-US-u-ca-gregory', 'blt-x-muonglay', 'en-x-a-b',
  ],
  [
    ['xx-', ['"xx-"', 'empty subtag']],
    ['blt_Tavt', ['"_"', '"blt-Tavt"']],
    ['tavt', ['2- or 3-letter language', 'script code', '"blt-Tavt"']],
    ['qqq-Xxxx', ['"qqq"', 'private-use']],
    ['qaa', ['private-use']],
    ['en-Xxxx', ['"Xxxx"', 'not in the IANA']],
    ['xx', ['"xx"', 'not in the IANA']],
    ['en-Latn-Latn', ['more than one script']],
    ['en-US-US', ['more than one region']],
    ['vi-VN-Latn', ['"Latn" after the region']],
    ['de-1901-1901', ['repeats the variant']],
    ['en-QM', ['"QM"', 'private-use']],
    ['iw', ['deprecated', '"he"']],
    ['en-yue', ['belongs after "zh"']],
    ['en-u-ca-u-nu', ['repeats the extension']],
    ['blt-x', ['"-x-"', 'at least one subtag']],
    ['x-foo', ['no language subtag']],
    ['i-klingon', ['no language subtag']],
    ['vi VN', ['only ASCII letters']],
    [' vi', ['spaces']],
    ['vi-toolongsubtag', ['longer than 8']],
    ['', ['empty']],
    [null, ['empty']],
  ]);

describe('normalizeBcp47', () => {
  const cases: Array<[string, string | null]> = [
    ['BLT-tavt-vn', 'blt-Tavt-VN'],
    ['ZH-hans-cn', 'zh-Hans-CN'],
    ['en-US-U-CA-Gregory', 'en-US-u-ca-gregory'],
    ['blt-X-MuongLay', 'blt-x-muonglay'],
    ['blt_Tavt', null],
  ];
  for (const [input, expected] of cases) {
    it(`${input} -> ${expected}`, () => assert.equal(normalizeBcp47(input), expected));
  }
});

table('checkScriptCode', checkScriptCode,
  ['Tavt', 'Latn', 'Laoo', 'Hmnp', 'Hmng', 'Hani', 'Zxxx'],
  [
    ['tavt', ['"Tavt"', 'capital']],
    ['Xxxx', ['"Xxxx"', 'ISO 15924']],
    ['Qaab', ['private use']],
    ['Latn1', ['not four letters']],
    ['', ['empty']],
  ]);

table('checkEdtf', checkEdtf,
  ['2019', '2019-12~', '201X', '2019-12-05', '2019?', '2019-05/2019-07', '1950~/1960', '19XX', '2019-21', '2019/..', '/2019', '2019-12-05T10:00:00Z'],
  [
    ['2019-13', ['"2019-13"', 'Month "13"']],
    ['last year', ['"last year"', 'not a valid EDTF']],
    ['19', ['century', '"19XX"']],
    ['201', ['decade', '"201X"']],
    ['2020/2019', ['start must be before the end']],
    ['2019-02-30', ['not a valid EDTF']],
    ['12345', ['not a valid EDTF']],
    ['05/12/2019', ['year-month-day']],
    [' 2019', ['spaces']],
    ['', ['empty']],
    [2019, ['empty']],
  ]);

table('checkRightsUri', checkRightsUri,
  [
    'https://creativecommons.org/licenses/by-sa/4.0/',
    'http://creativecommons.org/licenses/by/4.0',
    'https://creativecommons.org/licenses/by-nc-nd/4.0/deed.vi',
    'https://creativecommons.org/licenses/by-sa/4.0/deed.zh-hans',
    'https://creativecommons.org/licenses/by-sa/4.0/legalcode',
    'https://creativecommons.org/licenses/by/3.0/vn/',
    'http://creativecommons.org/licenses/by-nc/2.5/vn/deed.en',
    'https://creativecommons.org/licenses/by-nc-sa/2.0/',
    'https://creativecommons.org/licenses/by-nd-nc/1.0/',
    'https://creativecommons.org/publicdomain/zero/1.0/',
    'http://creativecommons.org/publicdomain/mark/1.0',
    'http://rightsstatements.org/vocab/InC/1.0/',
    'http://rightsstatements.org/vocab/NKC/1.0',
    'https://rightsstatements.org/vocab/InC-EDU/1.0/',
    'http://rightsstatements.org/page/NoC-US/1.0/?language=en',
  ],
  [
    ['https://creativecommons.org/licenses/by/5.0/', ['version "5.0"']],
    ['https://creativecommons.org/licenses/by-xx/4.0/', ['licence "by-xx"']],
    ['https://creativecommons.org/licenses/by-nc-nd/1.0/', ['by-nd-nc for version 1.0']],
    ['https://creativecommons.org/licenses/by/4.0/vn/', ['no country versions']],
    ['http://rightsstatements.org/vocab/Foo/1.0/', ['statement "Foo"', 'InC']],
    ['https://example.org/licenses/by/4.0/', ['not a recognised']],
    ['CC BY-SA', ['"CC BY-SA"', 'https://creativecommons.org/licenses/by-sa/4.0/']],
    ['', ['empty']],
  ]);

describe('normalizeRightsUri and rightsLabel', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['http://creativecommons.org/licenses/by-sa/4.0', 'https://creativecommons.org/licenses/by-sa/4.0/', 'CC BY-SA 4.0'],
    ['https://creativecommons.org/licenses/by-nc-nd/4.0/deed.vi', 'https://creativecommons.org/licenses/by-nc-nd/4.0/', 'CC BY-NC-ND 4.0'],
    ['http://creativecommons.org/licenses/by/3.0/vn/deed.en', 'https://creativecommons.org/licenses/by/3.0/vn/', 'CC BY 3.0 VN'],
    ['http://creativecommons.org/publicdomain/zero/1.0', 'https://creativecommons.org/publicdomain/zero/1.0/', 'CC0 1.0'],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'https://creativecommons.org/publicdomain/mark/1.0/', 'Public Domain Mark 1.0'],
    ['https://rightsstatements.org/page/InC/1.0/?language=vi', 'http://rightsstatements.org/vocab/InC/1.0/', 'In Copyright'],
    ['http://rightsstatements.org/vocab/NoC-NC/1.0', 'http://rightsstatements.org/vocab/NoC-NC/1.0/', 'No Copyright - Non-Commercial Use Only'],
    ['not a uri', null, null],
  ];
  for (const [input, uri, label] of cases) {
    it(input, () => {
      assert.equal(normalizeRightsUri(input), uri);
      assert.equal(rightsLabel(input), label);
    });
  }
});

table('checkRequiredName', (value) => checkRequiredName(value, 'Title'),
  ['Xòe Thái', 'a', ' Lễ hội Hoa Ban '],
  [
    [undefined, ['Title is missing']],
    [null, ['Title is missing']],
    ['', ['Title is blank']],
    ['  \t\n', ['Title is blank']],
    [12, ['Title must be text', 'number']],
    [['x'], ['a list']],
  ]);

describe('nfc', () => {
  it('composes decomposed Vietnamese text', () => {
    const decomposed = 'Điện Biên'.normalize('NFD');
    assert.notEqual(decomposed, 'Điện Biên');
    assert.equal(nfc(decomposed), 'Điện Biên');
  });
  it('leaves NFC text unchanged', () => assert.equal(nfc('Xòe'), 'Xòe'));
});

describe('iso-639-3 loading', () => {
  it('the source-text fallback reads the same codes as require()', () => {
    const viaRequire = loadIso6393();
    const viaSource = readIso6393FromSource();
    assert.equal(viaSource.codes.size, viaRequire.codes.size);
    assert.deepEqual([...viaSource.from6391].sort(), [...viaRequire.from6391].sort());
  });
});
