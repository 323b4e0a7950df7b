/**
 * BCP 47 (RFC 5646) language tag validation:
 *   language[-extlang][-script][-region][-variant]*[-extension]*[-privateuse]
 * Syntax is checked subtag by subtag so that messages can say what is wrong,
 * and every language, extlang, script, region and variant subtag must exist
 * in the IANA registry. Extension contents (-u-, -t-) are only checked for
 * syntax.
 *
 * Deliberate restrictions for an interoperable archive:
 * - grandfathered/irregular tags ("i-...") and private-use-only tags ("x-...")
 *   are rejected;
 * - private-use subtags (languages qaa-qtz, scripts Qaaa-Qabx, regions AA,
 *   QM-QZ, XA-XZ, ZZ) are rejected: their meaning is local to whoever coined
 *   them. Describe a local variety with a registered language plus a
 *   private-use suffix instead, e.g. "blt-x-muonglay";
 * - deprecated subtags are rejected with their replacement.
 * Tags are case-insensitive (RFC 5646 2.1.1); see normalizeBcp47() for the
 * conventional casing.
 */
import { isPrivateUse, lookupSubtag, preferredHint, SubtagType } from './subtag-registry';
import { quote } from './util';

const EXAMPLES = 'e.g. "vi", "blt-Tavt" or "vi-VN"';
const ALPHA = /^[a-z]+$/i;
const SHAPES: Array<[Exclude<SubtagType, 'language'>, RegExp]> = [
  ['extlang', /^[a-z]{3}$/i],
  ['script', /^[a-z]{4}$/i],
  ['region', /^([a-z]{2}|[0-9]{3})$/i],
  ['variant', /^([a-z0-9]{5,8}|[0-9][a-z0-9]{3})$/i],
];
const ORDER: SubtagType[] = ['language', 'extlang', 'script', 'region', 'variant'];

function checkRegistered(type: SubtagType, subtag: string, tag: string): string | null {
  const record = lookupSubtag(type, subtag);
  const where = `${type} subtag "${subtag}" in language tag ${quote(tag)}`;
  if (!record) return `The ${where} is not in the IANA Language Subtag Registry. Check the spelling (${EXAMPLES}).`;
  if (isPrivateUse(record)) {
    return `The ${where} is a private-use code and means nothing outside this archive. Use a registered ${type} subtag; for a local variety add a private-use suffix, e.g. "blt-x-muonglay".`;
  }
  if (record.Deprecated) return `The ${where} is deprecated in the IANA registry.${preferredHint(record)}`;
  return null;
}

function checkLanguage(subtag: string, tag: string): string | null {
  const lower = subtag.toLowerCase();
  if (lower === 'x' || lower === 'i') {
    return `Language tag ${quote(tag)} has no language subtag. Start with a registered language code (${EXAMPLES}); private-use and grandfathered tags are not accepted.`;
  }
  if (!ALPHA.test(subtag) || subtag.length < 2 || subtag.length > 3) {
    const hint = subtag.length === 4 && lookupSubtag('script', subtag) ? ` "${subtag}" is a script code; put it after a language, e.g. "blt-${subtag[0].toUpperCase()}${subtag.slice(1).toLowerCase()}".` : '';
    return `Language tag ${quote(tag)} must begin with a 2- or 3-letter language code (${EXAMPLES}).${hint}`;
  }
  return checkRegistered('language', subtag, tag);
}

function checkExtension(subtags: string[], start: number, tag: string, seen: Set<string>): string | null {
  const singleton = subtags[start].toLowerCase();
  if (seen.has(singleton)) return `Language tag ${quote(tag)} repeats the extension "-${singleton}-". Each extension may appear only once.`;
  seen.add(singleton);
  // Private use (-x-) takes the rest of the tag; other extensions end at the next singleton.
  let end = start + 1;
  while (end < subtags.length && (singleton === 'x' || subtags[end].length > 1)) end++;
  if (end === start + 1) {
    return `Extension "-${singleton}-" in language tag ${quote(tag)} must be followed by at least one subtag of letters or digits, e.g. "blt-x-muonglay".`;
  }
  return null;
}

/** Validate a BCP 47 language tag. */
export function checkBcp47(tag: unknown): string | null {
  if (typeof tag !== 'string' || tag.trim() === '') {
    return `Language tag is empty. Enter a BCP 47 language tag (${EXAMPLES}).`;
  }
  if (tag !== tag.trim()) return `Language tag ${quote(tag)} has spaces around it. Remove them.`;
  if (tag.includes('_')) {
    return `Language tag ${quote(tag)} uses "_". BCP 47 separates subtags with "-", e.g. ${quote(tag.replace(/_/g, '-'))}.`;
  }
  if (!/^[A-Za-z0-9-]+$/.test(tag)) {
    return `Language tag ${quote(tag)} may contain only ASCII letters, digits and "-" (${EXAMPLES}).`;
  }
  const subtags = tag.split('-');
  if (subtags.some((s) => s === '')) {
    return `Language tag ${quote(tag)} has an empty subtag: remove the leading, trailing or doubled "-".`;
  }
  const tooLong = subtags.find((s) => s.length > 8);
  if (tooLong) return `Subtag "${tooLong}" in language tag ${quote(tag)} is longer than 8 characters.`;

  const languageError = checkLanguage(subtags[0], tag);
  if (languageError) return languageError;

  let stage = 0; // index into ORDER of the last subtag type seen
  const variants = new Set<string>();
  const singletons = new Set<string>();
  for (let i = 1; i < subtags.length; i++) {
    const subtag = subtags[i];
    if (subtag.length === 1) {
      // A singleton starts an extension (up to the next singleton) or private use (rest of the tag).
      const error = checkExtension(subtags, i, tag, singletons);
      if (error || subtag.toLowerCase() === 'x') return error;
      while (i + 1 < subtags.length && subtags[i + 1].length > 1) i++;
      continue;
    }
    const shape = SHAPES.find(([, pattern]) => pattern.test(subtag));
    if (!shape) return `Subtag "${subtag}" in language tag ${quote(tag)} is not a valid script, region or variant (${EXAMPLES}).`;
    const [type] = shape;
    const position = ORDER.indexOf(type);
    if (position < stage || (position === stage && type !== 'variant')) {
      const again = ORDER[stage] === type ? `has more than one ${type} subtag` : `has ${type} subtag "${subtag}" after the ${ORDER[stage]}`;
      return `Language tag ${quote(tag)} ${again}. Use the order language[-script][-region][-variant], with at most one script and one region (${EXAMPLES}).`;
    }
    if (type === 'variant') {
      if (variants.has(subtag.toLowerCase())) return `Language tag ${quote(tag)} repeats the variant "${subtag}".`;
      variants.add(subtag.toLowerCase());
    }
    if (type === 'extlang') {
      const record = lookupSubtag('extlang', subtag);
      if (record?.Prefix && !record.Prefix.includes(subtags[0].toLowerCase())) {
        return `Extended language subtag "${subtag}" in ${quote(tag)} belongs after "${record.Prefix[0]}". Prefer the language code alone, e.g. "${record.Subtag}".`;
      }
    }
    const error = checkRegistered(type, subtag, tag);
    if (error) return error;
    stage = position;
  }
  return null;
}

/**
 * Conventional casing of a valid tag (language lowercase, script Titlecase,
 * region uppercase), e.g. "BLT-tavt-vn" -> "blt-Tavt-VN". Null if invalid.
 */
export function normalizeBcp47(tag: string): string | null {
  if (checkBcp47(tag) !== null) return null;
  let inExtension = false;
  return tag
    .split('-')
    .map((subtag, i) => {
      inExtension ||= i > 0 && subtag.length === 1;
      const lower = subtag.toLowerCase();
      if (inExtension || i === 0) return lower;
      if (/^[a-z]{4}$/i.test(subtag)) return lower[0].toUpperCase() + lower.slice(1);
      if (subtag.length === 2) return subtag.toUpperCase();
      return lower;
    })
    .join('-');
}
