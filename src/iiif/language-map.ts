/**
 * IIIF language maps ({ "vi": ["…"], "en": ["…"] }). Values are NFC and
 * trimmed; empty ones are left out, so a record without an English
 * translation yet has a Vietnamese-only label rather than an empty string.
 * Minority-language names keep their BCP 47 tags (hnj, blt-Tavt) as keys.
 */
export type LanguageMap = Record<string, string[]>;

export interface TaggedName {
  tag?: string | null;
  value?: string | null;
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.normalize('NFC').trim() : '');

/** A map from language tag → text; entries with no text are dropped. */
export function languageMap(entries: Array<[tag: string, text: unknown]>): LanguageMap {
  const map: LanguageMap = {};
  for (const [tag, text] of entries) {
    const value = clean(text);
    if (!tag || !value) continue;
    const values = (map[tag] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return map;
}

/** Vietnamese and English, the site's two languages. */
export const viEn = (vi: unknown, en?: unknown): LanguageMap => languageMap([['vi', vi], ['en', en]]);

/**
 * A record's name in Vietnamese, English and its other tagged names. The
 * JSON Schema allows letters and hyphens in keys; a tag with digits (a
 * region like es-419) is kept out rather than making the document invalid.
 */
export function namesMap({ vi, en, otherNames = [] }: { vi: unknown; en?: unknown; otherNames?: TaggedName[] | null }): LanguageMap {
  const tagged = (otherNames ?? []).filter((name) => /^[A-Za-z]+(-[A-Za-z]+)*$/.test(clean(name.tag)));
  return languageMap([['vi', vi], ['en', en], ...tagged.map((name): [string, unknown] => [clean(name.tag), name.value])]);
}

export const isEmptyMap = (map: LanguageMap): boolean => Object.keys(map).length === 0;
