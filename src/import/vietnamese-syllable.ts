/**
 * Is a word one well-formed Vietnamese syllable? Used by legacy-text.ts as the
 * evidence test: decoding real TCVN3/VNI text gives syllables, decoding
 * French or German (or already-Unicode Vietnamese) gives nonsense such as
 * "cafộ". Pure; no tables of words, only the syllable structure
 * (onset + rhyme + one tone), so names of places and people pass too.
 *
 * Deliberately a little generous (rare rhymes are accepted) but strict where
 * it matters for telling text apart: only Vietnamese letters, at most one
 * tone, a known onset, a known rhyme, and the rule that a syllable ending in
 * c, ch, p or t carries the acute or dot-below tone.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = new Set(['\u0301', '\u0323']);

// Longest first, so "ngh" is tried before "ng" and "n".
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Rhymes that end in a vowel (no consonant coda). */
const OPEN = [
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'ui', 'uê', 'uơ', 'uy', 'ưa', 'ưi', 'ưu',
  'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu', 'iêu',
];
/**
 * Vowel groups that take a consonant coda. The loanword rhyme "oong" (xoong,
 * boong) is left out on purpose: with it, VNI "Moâng" (Mông) also reads as a
 * TCVN3 syllable ("Moõng") and the cell would be ambiguous.
 */
const CLOSED = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'oă', 'oe', 'uâ', 'uê', 'uy', 'iê', 'yê', 'uô', 'ươ', 'uyê'];
/** ch and nh only follow these. */
const PALATAL = new Set(['a', 'ê', 'i', 'oa', 'uê', 'uy']);
const CODAS = ['c', 'm', 'n', 'ng', 'p', 't'];
const STOPS = new Set(['c', 'ch', 'p', 't']);

/** Toneless rhyme → whether it ends in a stop consonant. */
const RHYMES = new Map<string, boolean>();
for (const rhyme of OPEN) RHYMES.set(rhyme, false);
for (const nucleus of CLOSED) {
  for (const coda of CODAS) RHYMES.set(nucleus + coda, STOPS.has(coda));
  if (PALATAL.has(nucleus)) {
    RHYMES.set(nucleus + 'ch', true);
    RHYMES.set(nucleus + 'nh', false);
  }
}

const LETTERS = /^[a-zăâđêôơư]+$/;

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!LETTERS.test(bare)) return false;
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    const stop = RHYMES.get(rhyme);
    if (stop === undefined) continue;
    if (onset === 'qu' && rhyme.startsWith('u')) continue;
    if (stop && !(tones.length === 1 && STOP_TONES.has(tones[0]))) continue;
    return true;
  }
  return false;
}
