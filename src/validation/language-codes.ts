/**
 * Language and script code validators.
 * - ISO 639-3 codes come from the npm package `iso-639-3` (see iso6393-data.ts).
 * - BCP 47 tags and ISO 15924 script codes are checked against the IANA
 *   registry from `language-subtag-registry` (see subtag-registry.ts).
 */
import { loadIso6393 } from './iso6393-data';
import { isPrivateUse, lookupSubtag, preferredHint } from './subtag-registry';
import { quote } from './util';

export { checkBcp47, normalizeBcp47 } from './bcp47';

const ISO6393_HELP = 'Use a code from the ISO 639-3 registry, e.g. "blt" for Tai Dam.';

/** Validate an ISO 639-3 language code: three lowercase letters, present in the standard. */
export function checkIso6393(code: unknown): string | null {
  if (typeof code !== 'string' || code.trim() === '') return `ISO 639-3 code is empty. ${ISO6393_HELP}`;
  const data = loadIso6393();
  const lower = code.trim().toLowerCase();
  if (code !== lower && data.codes.has(lower)) {
    return `ISO 639-3 code ${quote(code)} must be written in lowercase without spaces: "${lower}".`;
  }
  if (/^[a-z]{2}$/.test(lower)) {
    const three = data.from6391.get(lower);
    const hint = three ? ` The ISO 639-3 code for "${lower}" is "${three}".` : '';
    return `ISO 639-3 code ${quote(code)} has two letters; ISO 639-3 codes have three.${hint} ${ISO6393_HELP}`;
  }
  if (!/^[a-z]{3}$/.test(lower)) return `ISO 639-3 code ${quote(code)} is not three letters. ${ISO6393_HELP}`;
  if (lower >= 'qaa' && lower <= 'qtz') {
    return `ISO 639-3 code ${quote(code)} is reserved for local use and is not accepted. ${ISO6393_HELP}`;
  }
  if (!data.codes.has(lower)) return `ISO 639-3 code ${quote(code)} is unknown. ${ISO6393_HELP}`;
  return null;
}

const SCRIPT_HELP = 'Use a four-letter ISO 15924 code, e.g. "Tavt" (Tai Viet), "Latn" or "Laoo".';

/** Validate an ISO 15924 script code, written in its conventional Titlecase ("Tavt"). */
export function checkScriptCode(code: unknown): string | null {
  if (typeof code !== 'string' || code.trim() === '') return `Script code is empty. ${SCRIPT_HELP}`;
  if (!/^[A-Za-z]{4}$/.test(code)) return `Script code ${quote(code)} is not four letters. ${SCRIPT_HELP}`;
  const record = lookupSubtag('script', code);
  if (!record) return `Script code ${quote(code)} is not in the ISO 15924 list. ${SCRIPT_HELP}`;
  if (isPrivateUse(record)) return `Script code ${quote(code)} is reserved for private use. ${SCRIPT_HELP}`;
  if (record.Deprecated) return `Script code ${quote(code)} is deprecated.${preferredHint(record)}`;
  const canonical = code[0].toUpperCase() + code.slice(1).toLowerCase();
  if (code !== canonical) return `Script code ${quote(code)} must be written "${canonical}" (capital first letter).`;
  return null;
}
