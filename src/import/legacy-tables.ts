/**
 * Byte tables of the two legacy 8-bit Vietnamese encodings still found in old
 * government files: TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime,
 * .VnArial…) and VNI-Windows (VNI-Times, VNI-Helve…).
 *
 * A cell read from such a file holds each byte as the Windows-1252 (or
 * Latin-1) character with the same number. Both tables only use bytes
 * 0xA1–0xFF, where Windows-1252 and Latin-1 agree, so a byte and its character
 * are the same code point here (0xB8 is '¸', which TCVN3 means as 'á').
 *
 * Sources. TCVN3: the 0xA1–0xFE range of the TCVN 5712:1993 table as shipped
 * in iconv-lite 0.7 (encodings/sbcs-data-generated.js, "tcvn", taken from GNU
 * libiconv's TCVN), keeping only the letters VN3 has: the 67 lower-case
 * letters and the seven upper-case letters with a shape mark. VN1's extra
 * upper-case toned letters (0x01–0x17, 0x80–0x9F, and the slots 0xAF, 0xBA,
 * 0xBF, 0xC0–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0, 0xFF) and its combining tone
 * marks (0xB0–0xB4) are not part of VN3 and are left out on purpose: in VN3
 * text those bytes are not letters. VNI: the published VNI-Windows layout,
 * where a letter is an ASCII vowel followed by one mark byte (see below); it
 * agrees with the VNI samples quoted in the task ("Leã hoäi" = "Lễ hội").
 * tests/unit/import/legacy-text.test.ts spells out real phrases byte by byte.
 */

/** TCVN3 (ABC): byte → Unicode letter. Everything not listed is not a letter. */
export const TCVN3_TO_UNICODE: Readonly<Record<number, string>> = {
  // Upper case: only base letters with a shape mark exist in the standard fonts.
  0xa1: 'Ă', 0xa2: 'Â', 0xa3: 'Ê', 0xa4: 'Ô', 0xa5: 'Ơ', 0xa6: 'Ư', 0xa7: 'Đ',
  0xa8: 'ă', 0xa9: 'â', 0xaa: 'ê', 0xab: 'ô', 0xac: 'ơ', 0xad: 'ư', 0xae: 'đ',
  // a: grave, hook, tilde, acute, dot below
  0xb5: 'à', 0xb6: 'ả', 0xb7: 'ã', 0xb8: 'á', 0xb9: 'ạ',
  // ă
  0xbb: 'ằ', 0xbc: 'ẳ', 0xbd: 'ẵ', 0xbe: 'ắ', 0xc6: 'ặ',
  // â
  0xc7: 'ầ', 0xc8: 'ẩ', 0xc9: 'ẫ', 0xca: 'ấ', 0xcb: 'ậ',
  // e
  0xcc: 'è', 0xce: 'ẻ', 0xcf: 'ẽ', 0xd0: 'é', 0xd1: 'ẹ',
  // ê
  0xd2: 'ề', 0xd3: 'ể', 0xd4: 'ễ', 0xd5: 'ế', 0xd6: 'ệ',
  // i
  0xd7: 'ì', 0xd8: 'ỉ', 0xdc: 'ĩ', 0xdd: 'í', 0xde: 'ị',
  // o
  0xdf: 'ò', 0xe1: 'ỏ', 0xe2: 'õ', 0xe3: 'ó', 0xe4: 'ọ',
  // ô
  0xe5: 'ồ', 0xe6: 'ổ', 0xe7: 'ỗ', 0xe8: 'ố', 0xe9: 'ộ',
  // ơ
  0xea: 'ờ', 0xeb: 'ở', 0xec: 'ỡ', 0xed: 'ớ', 0xee: 'ợ',
  // u
  0xef: 'ù', 0xf1: 'ủ', 0xf2: 'ũ', 0xf3: 'ú', 0xf4: 'ụ',
  // ư
  0xf5: 'ừ', 0xf6: 'ử', 0xf7: 'ữ', 0xf8: 'ứ', 0xf9: 'ự',
  // y
  0xfa: 'ỳ', 0xfb: 'ỷ', 0xfc: 'ỹ', 0xfd: 'ý', 0xfe: 'ỵ',
};

/** Tone marks as Unicode combining characters. */
export const TONE = {
  grave: '\u0300',
  acute: '\u0301',
  tilde: '\u0303',
  hook: '\u0309',
  dot: '\u0323',
} as const;
export type Tone = keyof typeof TONE;

/** Shape marks as Unicode combining characters. */
export const SHAPE = { circumflex: '\u0302', breve: '\u0306' } as const;
export type Shape = keyof typeof SHAPE;

/**
 * VNI-Windows: a letter with marks is its ASCII base letter followed by one
 * mark byte; each mark byte has a lower-case form (placed over lower-case
 * letters) and an upper-case form (placed higher, over capitals). The byte
 * carries the shape mark, the tone, or both:
 *
 *   tone alone      ù/Ù acute  ø/Ø grave  û/Û hook  õ/Õ tilde  ï/Ï dot (î/Î: dot under y)
 *   circumflex      â/Â alone  á/Á +acute à/À +grave å/Å +hook ã/Ã +tilde ä/Ä +dot   (after a, e, o)
 *   breve           ê/Ê alone  é/É +acute è/È +grave ú/Ú +hook ü/Ü +tilde ë/Ë +dot   (after a)
 *
 * ơ, ư, đ and the toned i's are single bytes (VNI_LETTERS).
 */
export interface VniMark {
  shape?: Shape;
  tone?: Tone;
}
export const VNI_MARKS: Readonly<Record<string, VniMark>> = {
  '\u00f9': { tone: 'acute' }, '\u00d9': { tone: 'acute' }, // ù Ù
  '\u00f8': { tone: 'grave' }, '\u00d8': { tone: 'grave' }, // ø Ø
  '\u00fb': { tone: 'hook' }, '\u00db': { tone: 'hook' }, // û Û
  '\u00f5': { tone: 'tilde' }, '\u00d5': { tone: 'tilde' }, // õ Õ
  '\u00ef': { tone: 'dot' }, '\u00cf': { tone: 'dot' }, // ï Ï
  '\u00ee': { tone: 'dot' }, '\u00ce': { tone: 'dot' }, // î Î (ỵ, Ỵ)
  '\u00e2': { shape: 'circumflex' }, '\u00c2': { shape: 'circumflex' }, // â Â
  '\u00e1': { shape: 'circumflex', tone: 'acute' }, '\u00c1': { shape: 'circumflex', tone: 'acute' }, // á Á
  '\u00e0': { shape: 'circumflex', tone: 'grave' }, '\u00c0': { shape: 'circumflex', tone: 'grave' }, // à À
  '\u00e5': { shape: 'circumflex', tone: 'hook' }, '\u00c5': { shape: 'circumflex', tone: 'hook' }, // å Å
  '\u00e3': { shape: 'circumflex', tone: 'tilde' }, '\u00c3': { shape: 'circumflex', tone: 'tilde' }, // ã Ã
  '\u00e4': { shape: 'circumflex', tone: 'dot' }, '\u00c4': { shape: 'circumflex', tone: 'dot' }, // ä Ä
  '\u00ea': { shape: 'breve' }, '\u00ca': { shape: 'breve' }, // ê Ê
  '\u00e9': { shape: 'breve', tone: 'acute' }, '\u00c9': { shape: 'breve', tone: 'acute' }, // é É
  '\u00e8': { shape: 'breve', tone: 'grave' }, '\u00c8': { shape: 'breve', tone: 'grave' }, // è È
  '\u00fa': { shape: 'breve', tone: 'hook' }, '\u00da': { shape: 'breve', tone: 'hook' }, // ú Ú
  '\u00fc': { shape: 'breve', tone: 'tilde' }, '\u00dc': { shape: 'breve', tone: 'tilde' }, // ü Ü
  '\u00eb': { shape: 'breve', tone: 'dot' }, '\u00cb': { shape: 'breve', tone: 'dot' }, // ë Ë
};

/** VNI-Windows single-byte letters (they may still be followed by a tone byte: ôù = ớ). */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  '\u00f4': 'ơ', '\u00d4': 'Ơ', // ô Ô
  '\u00f6': 'ư', '\u00d6': 'Ư', // ö Ö
  '\u00f1': 'đ', '\u00d1': 'Đ', // ñ Ñ
  '\u00ed': 'í', '\u00cd': 'Í', // í Í
  '\u00ec': 'ì', '\u00cc': 'Ì', // ì Ì
  '\u00e6': 'ỉ', '\u00c6': 'Ỉ', // æ Æ
  '\u00f3': 'ĩ', '\u00d3': 'Ĩ', // ó Ó
  '\u00f2': 'ị', '\u00d2': 'Ị', // ò Ò
};
