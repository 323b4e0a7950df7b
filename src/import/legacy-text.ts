/**
 * Legacy Vietnamese text in spreadsheet cells: detect TCVN3 (ABC) and
 * VNI-Windows mojibake and convert it to Unicode NFC, with a note per
 * converted cell. Groundwork for the spreadsheet import (issue 13 §1); pure,
 * no I/O. Tables: legacy-tables.ts. Overview and limits: docs/import.md.
 *
 * How detection decides (detectLegacy). A cell typed in a legacy font and
 * saved as a spreadsheet holds each byte as a Windows-1252/Latin-1 character:
 * "Lễ hội" in TCVN3 is "LÔ héi", in VNI "Leã hoäi". For each encoding in turn:
 *
 *  1. The cell may only hold ASCII, U+00A0–U+00FF and the typographic
 *     punctuation Windows-1252 puts at 0x80–0x9F (quotes, dashes, ellipsis).
 *     Anything else (ơ, ạ, a combining mark, Cyrillic…) means the cell is
 *     already Unicode, so the answer is null: this alone keeps nearly all
 *     Unicode Vietnamese, NFC or NFD, untouched.
 *  2. Split into words (letters, plus the symbols the encoding uses as
 *     letters, such as '§' = 'Đ' in TCVN3). Only words with a character from
 *     0xA0–0xFF are examined; ASCII words (English, codes, numbers) are left
 *     as they are and prove nothing either way.
 *  3. Every examined word must decode strictly (each byte is a letter of the
 *     encoding; in VNI each mark byte sits on a vowel that can carry it) and
 *     give a well-formed Vietnamese syllable, or an abbreviation without
 *     vowels ("QĐ", "HĐND"), which counts for nothing. One failure rejects
 *     the encoding: French and German words decode to nonsense ("Café" →
 *     "Cafộ").
 *  4. At least one examined word of two or more letters must NOT already be a
 *     Vietnamese syllable as it stands. Unicode Vietnamese whose letters all
 *     happen to be Latin-1 ("Tôi", "Cá") would otherwise decode into other
 *     valid syllables ("Tụi", "Cỏ"); requiring the original to be nonsense
 *     keeps it untouched. Single characters prove nothing ("© Smith").
 *  5. If exactly one encoding passes it is the answer; if both pass, the cell
 *     is ambiguous and is left alone (null).
 *
 * Known limits, by design conservative (a missed cell stays as typed and a
 * person can fix it; a wrong conversion would corrupt good text):
 *  - A cell whose every legacy word is also a valid Unicode syllable is left
 *    alone (TCVN3 "Tôi" for "Tụi"), as is a cell that both encodings read as
 *    Vietnamese (e.g. "ñi": TCVN3 "ủi", VNI "đi").
 *  - A legacy word that is not a syllable (a foreign name, a typo, an
 *    abbreviation with marks) rejects the whole cell.
 *  - A symbol TCVN3 uses as a letter, next to ASCII letters, can be misread
 *    when the result is a syllable. The one common case, the unit "µm"
 *    ("àm"), is not counted as evidence (NOT_EVIDENCE); others are possible.
 *  - TCVN3 has no capital toned vowels in its standard fonts: a typist wrote
 *    "Ủy ban" as "ñy ban" (drawn as "ủy ban"), and it converts to what was
 *    drawn, "ủy ban". Nothing guesses sentence capitals.
 *  - TCVN3 upper-case fonts (".VnTimeH"): the same bytes as the lower-case
 *    letters are drawn as capitals. Handled by a case rule (upperCaseHFont),
 *    which cannot tell a lone capital word of one ASCII letter ("LÊ") in a
 *    cell of its own; such a word stays in title case ("Lê").
 *  - Only the TCVN3 (VN3) and VNI-Windows layouts; VISCII, VPS, VNI for Mac,
 *    Windows-1258 and cells decoded through another code page are not
 *    detected.
 */
import { SHAPE, Shape, TCVN3_TO_UNICODE, TONE, Tone, VNI_LETTERS, VNI_MARKS } from './legacy-tables';
import { isVietnameseSyllable } from './vietnamese-syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyNote {
  encoding: LegacyEncoding;
  vi: string;
  en: string;
}

export interface ConvertedCell {
  text: string;
  note?: LegacyNote;
}

const NOTES: Record<LegacyEncoding, Omit<LegacyNote, 'encoding'>> = {
  tcvn3: { vi: 'Đã chuyển từ mã TCVN3 (ABC) sang Unicode', en: 'Converted from TCVN3 (ABC) to Unicode' },
  vni: { vi: 'Đã chuyển từ mã VNI (VNI-Windows) sang Unicode', en: 'Converted from VNI (VNI-Windows) to Unicode' },
};

/** Windows-1252's printable characters at 0x80–0x9F that a legacy cell may hold as punctuation. */
const CP1252_PUNCTUATION = new Set('€‚„…†‡‰‹›‘’“”•–—™'.split(''));

function onlyLegacyCharacters(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // 0x80–0x9F: the C1 controls a Latin-1 reading leaves where Windows-1252 has punctuation; never in real Unicode text.
    if (code <= 0xff) continue;
    if (!CP1252_PUNCTUATION.has(char)) return false;
  }
  return true;
}

const ASCII_LETTER = /^[A-Za-z]$/;

/** Is this character part of a word, for the given encoding? */
function isWordChar(char: string, encoding: LegacyEncoding): boolean {
  if (ASCII_LETTER.test(char)) return true;
  const code = char.codePointAt(0)!;
  if (encoding === 'tcvn3' && TCVN3_TO_UNICODE[code] !== undefined) return true; // '§' = 'Đ', 'ª' = 'ê', '×' = 'ì'…
  return code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7; // Latin-1 letters, not × ÷
}

interface Piece {
  text: string;
  word: boolean;
}

/** Splits text into words and the separators between them, keeping everything. */
function pieces(text: string, encoding: LegacyEncoding): Piece[] {
  const out: Piece[] = [];
  for (const char of text) {
    const word = isWordChar(char, encoding);
    const last = out[out.length - 1];
    if (last && last.word === word) last.text += char;
    else out.push({ text: char, word });
  }
  return out;
}

const hasLegacyByte = (word: string) => /[\u00a0-\u00ff]/.test(word);

// ---------------------------------------------------------------- decoding

/** TCVN3 word → Unicode; null (strict) if a character is not a TCVN3 letter. */
function decodeTcvn3Word(word: string, strict: boolean): string | null {
  let out = '';
  for (const char of word) {
    const code = char.codePointAt(0)!;
    const mapped = code >= 0xa0 ? TCVN3_TO_UNICODE[code] : undefined;
    if (mapped !== undefined) out += mapped;
    else if (strict && code >= 0xa0) return null;
    else out += char;
  }
  return out;
}

interface Letter {
  /** Base letter, possibly with a horn (ơ, ư) or already toned (í). */
  base: string;
  shape?: Shape;
  tone?: Tone;
  /** Whether marks may follow it at all. */
  vowel: boolean;
}

const VNI_VOWELS = /^[aeiouyAEIOUY]$/;
const TONED_I = new Set(['í', 'ì', 'ỉ', 'ĩ', 'ị', 'Í', 'Ì', 'Ỉ', 'Ĩ', 'Ị']);

function accepts(letter: Letter, shape: Shape | undefined, tone: Tone | undefined): boolean {
  if (!letter.vowel) return false;
  if (tone && letter.tone) return false;
  if (shape) {
    if (letter.shape || letter.tone) return false; // the shape comes before the tone, in one byte
    const base = letter.base.toLowerCase();
    if (shape === 'breve' ? base !== 'a' : !['a', 'e', 'o'].includes(base)) return false;
  }
  return true;
}

/** VNI word → Unicode; null (strict) if a byte is not VNI or a mark has no vowel to sit on. */
function decodeVniWord(word: string, strict: boolean): string | null {
  const letters: Letter[] = [];
  for (const char of word) {
    const single = VNI_LETTERS[char];
    const mark = VNI_MARKS[char];
    const previous = letters[letters.length - 1];
    if (single !== undefined) {
      // A toned i carries its tone in `base`; the placeholder tone only stops a second tone byte.
      letters.push({ base: single, vowel: single.toLowerCase() !== 'đ', tone: TONED_I.has(single) ? 'acute' : undefined });
    } else if (mark !== undefined && previous && accepts(previous, mark.shape, mark.tone)) {
      previous.shape = previous.shape ?? mark.shape;
      previous.tone = previous.tone ?? mark.tone;
    } else if (mark !== undefined || char.codePointAt(0)! >= 0xa0) {
      if (strict) return null;
      letters.push({ base: char, vowel: false });
    } else {
      letters.push({ base: char, vowel: VNI_VOWELS.test(char) });
    }
  }
  return letters
    .map((l) => (TONED_I.has(l.base) ? l.base : l.base + (l.shape ? SHAPE[l.shape] : '') + (l.tone ? TONE[l.tone] : '')))
    .join('')
    .normalize('NFC');
}

function decodeWord(word: string, encoding: LegacyEncoding, strict: boolean): string | null {
  return encoding === 'tcvn3' ? decodeTcvn3Word(word, strict) : decodeVniWord(word, strict);
}

/**
 * TCVN3 upper-case fonts (".VnTimeH") draw the lower-case letter bytes as
 * capitals, so an all-capitals heading decodes as "BIêN". A word whose ASCII
 * letters are all capitals, at least two of them, was typed in such a font:
 * its letters are upper-cased. A word with a single ASCII letter ("Lê" /
 * "LÊ") is upper-cased only when the cell has such a word and no lower-case
 * ASCII letter anywhere (a whole cell is normally in one font).
 */
function upperCaseHFont(words: { original: string; decoded: string }[]): string[] {
  const asciiLetters = (w: string) => w.match(/[A-Za-z]/g) ?? [];
  const capsWord = (w: string) => {
    const letters = asciiLetters(w);
    return letters.length >= 2 && letters.every((c) => c >= 'A' && c <= 'Z');
  };
  const legacy = words.filter((w) => hasLegacyByte(w.original));
  const wholeCell =
    legacy.some((w) => capsWord(w.original)) && words.every((w) => asciiLetters(w.original).every((c) => c >= 'A' && c <= 'Z'));
  return words.map((w) =>
    hasLegacyByte(w.original) && (capsWord(w.original) || (wholeCell && asciiLetters(w.original).length > 0))
      ? w.decoded.toUpperCase()
      : w.decoded,
  );
}

/**
 * Converts legacy text to Unicode NFC. Use after detectLegacy, or when a
 * person has said which encoding a file is in: characters that do not fit
 * the encoding are kept as they are rather than refused.
 */
export function toUnicode(text: string, encoding: LegacyEncoding): string {
  const parts = pieces(text, encoding);
  const words = parts.filter((p) => p.word).map((p) => ({ original: p.text, decoded: decodeWord(p.text, encoding, false)! }));
  const decoded = encoding === 'tcvn3' ? upperCaseHFont(words) : words.map((w) => w.decoded);
  let index = 0;
  return parts
    .map((p) => (p.word ? decoded[index++] : p.text))
    .join('')
    .normalize('NFC');
}

// ---------------------------------------------------------------- detection

/** Abbreviations in official text ("QĐ-UBND", "HĐND", "ĐBSCL") have no vowel, so are not syllables. */
const CONSONANTS_ONLY = /^[b-df-hj-np-tv-xzđ]+$/i;

/** Ordinary words that happen to decode to a TCVN3 syllable: micrometres ("àm"). */
const NOT_EVIDENCE = new Set(['µm', 'µM']);

function isEvidenceFor(text: string, encoding: LegacyEncoding): boolean {
  let evidence = false;
  for (const piece of pieces(text, encoding)) {
    if (!piece.word || !hasLegacyByte(piece.text)) continue;
    const decoded = decodeWord(piece.text, encoding, true);
    if (decoded === null) return false;
    if (CONSONANTS_ONLY.test(decoded)) continue; // an abbreviation such as "QĐ" (quyết định), "HĐND": fine, but no evidence
    if (!isVietnameseSyllable(decoded)) return false;
    if ([...piece.text].length >= 2 && !NOT_EVIDENCE.has(piece.text) && !isVietnameseSyllable(piece.text)) evidence = true;
  }
  return evidence;
}

/** Which legacy encoding a cell's text is in, or null for ordinary (or undecidable) text. See the file comment. */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!text || !/[\u00a1-\u00ff]/.test(text) || !onlyLegacyCharacters(text)) return null;
  const passing = (['tcvn3', 'vni'] as const).filter((encoding) => isEvidenceFor(text, encoding));
  return passing.length === 1 ? passing[0] : null;
}

/** Detects and converts one cell; a converted cell carries a note for the import report. */
export function convertCell(text: string): ConvertedCell {
  const encoding = detectLegacy(text);
  if (!encoding) return { text };
  const converted = toUnicode(text, encoding);
  if (converted === text) return { text };
  return { text: converted, note: { encoding, ...NOTES[encoding] } };
}

// ---------------------------------------------------------------- encoding

const TCVN3_FROM_UNICODE = new Map(Object.entries(TCVN3_TO_UNICODE).map(([code, char]) => [char, String.fromCharCode(Number(code))]));

const VNI_MARK_FOR = new Map<string, { lower: string; upper: string }>();
for (const [char, mark] of Object.entries(VNI_MARKS)) {
  if (char === '\u00ee' || char === '\u00ce') continue; // î/Î: only for ỵ, chosen below
  const key = `${mark.shape ?? ''}/${mark.tone ?? ''}`;
  const entry = VNI_MARK_FOR.get(key) ?? { lower: '', upper: '' };
  if (char === char.toLowerCase()) entry.lower = char;
  else entry.upper = char;
  VNI_MARK_FOR.set(key, entry);
}
const VNI_LETTER_FOR = new Map(Object.entries(VNI_LETTERS).map(([byte, letter]) => [letter, byte]));
const TONE_BY_MARK = new Map<string, Tone>(Object.entries(TONE).map(([name, mark]) => [mark, name as Tone]));
const SHAPE_BY_MARK = new Map<string, Shape>(Object.entries(SHAPE).map(([name, mark]) => [mark, name as Shape]));

function encodeVniLetter(char: string): string {
  const single = VNI_LETTER_FOR.get(char);
  if (single) return single;
  const [base, ...marks] = char.normalize('NFD');
  let letter = base;
  let shape: Shape | undefined;
  let tone: Tone | undefined;
  for (const mark of marks) {
    if (mark === '\u031b') letter = base + mark; // horn: ơ, ư are single bytes
    else if (SHAPE_BY_MARK.has(mark)) shape = SHAPE_BY_MARK.get(mark);
    else if (TONE_BY_MARK.has(mark)) tone = TONE_BY_MARK.get(mark);
    else return char;
  }
  const upper = letter !== letter.toLowerCase();
  const head = VNI_LETTER_FOR.get(letter.normalize('NFC')) ?? letter;
  if (!shape && !tone) return head;
  if (!shape && tone === 'dot' && base.toLowerCase() === 'y') return head + (upper ? '\u00ce' : '\u00ee');
  const mark = VNI_MARK_FOR.get(`${shape ?? ''}/${tone ?? ''}`);
  return mark ? head + (upper ? mark.upper : mark.lower) : char;
}

/**
 * Unicode → legacy bytes (as Latin-1 characters). For tests and for making
 * samples; characters the encoding lacks are kept as they are. TCVN3 has no
 * capital toned vowels: they are written with the lower-case byte, as typists
 * did with the ".VnTimeH" capital fonts.
 */
export function fromUnicode(text: string, encoding: LegacyEncoding): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (encoding === 'vni') out += encodeVniLetter(char);
    else out += TCVN3_FROM_UNICODE.get(char) ?? TCVN3_FROM_UNICODE.get(char.toLowerCase()) ?? char;
  }
  return out;
}
