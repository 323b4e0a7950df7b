/**
 * Planning a catalogue search, purely: query string → validated params →
 * Meilisearch multi-search body. Nothing here talks to Meilisearch.
 *
 * Filters are built only from validated values — enum members, regex-checked
 * codes and integers — through `equals()`, which refuses anything but
 * [A-Za-z0-9-]. A value carrying filter syntax (`x" OR accessLevel = …`)
 * therefore never reaches a filter: it fails validation and the caller gets 400.
 *
 * `month` means the lunar OR the solar month of a festival's rule (or of its
 * recorded occurrences); add `calendar=lunar` or `calendar=solar` to narrow it.
 * Values of one filter are OR-ed (`type=festival,custom`), filters are AND-ed.
 * Facet counts are those of the filtered result.
 */
import type { Audience } from '../access/levels';
import { levelsVisibleTo } from '../access/levels';
import { ARCHIVE_TYPES } from '../content-model';
import { checkIso6393 } from '../validation/language-codes';
import type { CatalogueLocale, CatalogueType } from './catalogue';
import { SearchParamsError } from './api/errors';
import { CATALOGUE_HIGHLIGHT_FIELDS, CATALOGUE_HIT_FIELDS, TRANSCRIPT_HIGHLIGHT_FIELDS, TRANSCRIPT_HIT_FIELDS } from './api/fields';

export { SearchParamsError };

export const LOCALES = ['vi', 'en'] as const satisfies readonly CatalogueLocale[];
export const MEDIA_KINDS = ['image', 'video', 'audio', 'document'] as const;
export const HERITAGE = ['unesco-representative', 'unesco-urgent', 'national'] as const;
export const CALENDARS = ['lunar', 'solar'] as const;
/** `relevance` is Meilisearch's ranking; the others need the attribute to be sortable. */
export const SORTS = ['relevance', 'title:asc', 'title:desc', 'year:asc', 'year:desc', 'updatedAt:desc'] as const;

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
/** Meilisearch counts and pages at most `maxTotalHits` (1000 by default) results. */
export const MAX_RESULT_WINDOW = 1000;
const MAX_VALUES_PER_FILTER = 20;
export const TRANSCRIPT_HITS = 10;
export const HIGHLIGHT_PRE = '\u0002';
export const HIGHLIGHT_POST = '\u0003';

export interface SearchParams {
  q: string;
  locale: CatalogueLocale;
  types: CatalogueType[];
  ethnicGroups: string[];
  languages: string[];
  places: string[];
  months: number[];
  calendar: (typeof CALENDARS)[number] | null;
  mediaKinds: string[];
  heritage: string[];
  decades: number[];
  sort: (typeof SORTS)[number];
  page: number;
  pageSize: number;
}

const KNOWN = ['q', 'locale', 'type', 'ethnicGroup', 'language', 'place', 'month', 'calendar', 'mediaKind', 'heritage', 'decade', 'sort', 'page', 'pageSize'];
const FILTER_SYNTAX = /["'=<>!()\[\]\\]|\b(AND|OR|NOT|IN|TO|EXISTS|IS|NULL|EMPTY)\b/i;
const describe = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** The raw values of one parameter: repeated (`?type=a&type=b`) and comma lists (`?type=a,b`); empty items dropped. */
function valuesOf(name: string, raw: unknown, problems: string[]): string[] {
  const items = Array.isArray(raw) ? raw : [raw];
  if (!items.every((item) => typeof item === 'string')) {
    problems.push(`${name} must be plain text values (e.g. ?${name}=a&${name}=b), not an object.`);
    return [];
  }
  const values = (items as string[]).flatMap((item) => item.split(',')).map((v) => v.trim()).filter(Boolean);
  if (values.length > MAX_VALUES_PER_FILTER) problems.push(`${name} accepts at most ${MAX_VALUES_PER_FILTER} values.`);
  return values;
}

function single(name: string, raw: unknown, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    problems.push(`${name} must be given once, as plain text.`);
    return undefined;
  }
  return raw.trim();
}

/** Check each value; a value with filter syntax gets its own message. */
function pick<T>(name: string, raw: unknown, problems: string[], accept: (value: string) => T | null, expected: string): T[] {
  if (raw === undefined) return [];
  const picked: T[] = [];
  for (const value of valuesOf(name, raw, problems)) {
    const ok = accept(value);
    if (ok !== null) picked.push(ok);
    else if (FILTER_SYNTAX.test(value)) problems.push(`${name}: ${describe(value)} looks like filter syntax; filters are built by the server from plain values (${expected}).`);
    else problems.push(`${name}: ${describe(value)} is not valid; expected ${expected}.`);
  }
  return [...new Set(picked)];
}

const oneOf = <T extends string>(list: readonly T[]) => (value: string) => (list as readonly string[]).includes(value) ? (value as T) : null;
const integerIn = (min: number, max: number, step = 1) => (value: string) => {
  if (!/^\d{1,4}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max && n % step === 0 ? n : null;
};

/** Validate a content-API query object (as parsed by Strapi's qs); throws SearchParamsError listing every problem. */
export function parseSearchParams(query: Record<string, unknown>): SearchParams {
  const problems: string[] = [];
  const unknown = Object.keys(query).filter((key) => !KNOWN.includes(key));
  if (unknown.length) problems.push(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.map(describe).join(', ')}; known: ${KNOWN.join(', ')}.`);

  const q = (single('q', query.q, problems) ?? '').normalize('NFC').replace(/\s+/g, ' ');
  if ([...q].length > MAX_QUERY_LENGTH) problems.push(`q is longer than ${MAX_QUERY_LENGTH} characters (từ khoá dài quá ${MAX_QUERY_LENGTH} ký tự).`);
  if (/[\u0000-\u001f\u007f]/.test(q)) problems.push('q contains control characters.');

  const locale = single('locale', query.locale, problems) || 'vi';
  if (!(LOCALES as readonly string[]).includes(locale)) problems.push(`locale: ${describe(locale)} is not valid; expected one of ${LOCALES.join(', ')}.`);

  const months = pick('month', query.month, problems, integerIn(1, 12), 'a month from 1 to 12');
  const calendar = single('calendar', query.calendar, problems) || null;
  if (calendar !== null && !(CALENDARS as readonly string[]).includes(calendar)) problems.push(`calendar: ${describe(calendar)} is not valid; expected lunar or solar.`);
  else if (calendar !== null && months.length === 0) problems.push('calendar only applies together with month (e.g. ?month=3&calendar=lunar).');

  const sort = single('sort', query.sort, problems) || 'relevance';
  if (!(SORTS as readonly string[]).includes(sort)) problems.push(`sort: ${describe(sort)} is not valid; expected one of ${SORTS.join(', ')}.`);

  const page = integerIn(1, MAX_RESULT_WINDOW)(single('page', query.page, problems) || '1');
  if (page === null) problems.push(`page must be a whole number from 1 to ${MAX_RESULT_WINDOW}.`);
  const pageSize = integerIn(1, MAX_PAGE_SIZE)(single('pageSize', query.pageSize, problems) || String(DEFAULT_PAGE_SIZE));
  if (pageSize === null) problems.push(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  else if (page !== null && (page - 1) * pageSize >= MAX_RESULT_WINDOW) problems.push(`page × pageSize must stay within the first ${MAX_RESULT_WINDOW} results; narrow the search instead.`);

  const params: SearchParams = {
    q,
    locale: locale as CatalogueLocale,
    types: pick('type', query.type, problems, oneOf(ARCHIVE_TYPES), `one of ${ARCHIVE_TYPES.join(', ')}`),
    ethnicGroups: pick('ethnicGroup', query.ethnicGroup, problems, (v) => (/^(0[1-9]|[1-4]\d|5[0-4])$/.test(v) ? v : null), 'a two-digit GSO code from 01 to 54'),
    languages: pick('language', query.language, problems, (v) => (/^[a-z]{3}$/.test(v) && checkIso6393(v) === null ? v : null), 'an ISO 639-3 code such as blt'),
    places: pick('place', query.place, problems, (v) => (/^\d{1,8}$/.test(v) ? v : null), 'an official place code (digits), e.g. 11'),
    months,
    calendar: calendar as SearchParams['calendar'],
    mediaKinds: pick('mediaKind', query.mediaKind, problems, oneOf(MEDIA_KINDS), `one of ${MEDIA_KINDS.join(', ')}`),
    heritage: pick('heritage', query.heritage, problems, oneOf(HERITAGE), `one of ${HERITAGE.join(', ')}`),
    decades: pick('decade', query.decade, problems, integerIn(1000, 2990, 10), 'a four-digit year ending in 0, e.g. 1990'),
    sort: sort as SearchParams['sort'],
    page: page ?? 1,
    pageSize: pageSize ?? DEFAULT_PAGE_SIZE,
  };
  if (problems.length) throw new SearchParamsError(problems);
  return params;
}

/** `attr = "value"` for a value that can only be a code, enum member or integer; anything else is a bug. */
export function equals(attribute: string, value: string | number): string {
  if (!/^[a-zA-Z]+$/.test(attribute)) throw new Error(`unsafe filter attribute ${JSON.stringify(attribute)}`);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`unsafe filter number ${value}`);
    return `${attribute} = ${value}`;
  }
  if (!/^[A-Za-z0-9-]{1,64}$/.test(value)) throw new Error(`unsafe filter value ${JSON.stringify(value)}`);
  return `${attribute} = "${value}"`;
}

/** `attr > n` for a whole number the server computed (a time); anything else is a bug. */
export function greaterThan(attribute: string, value: number): string {
  if (!/^[a-zA-Z]+$/.test(attribute)) throw new Error(`unsafe filter attribute ${JSON.stringify(attribute)}`);
  if (!Number.isSafeInteger(value)) throw new Error(`unsafe filter number ${value}`);
  return `${attribute} > ${value}`;
}

/** Unix seconds of `now` (ms), as `visibleUntil` is stored. */
const seconds = (now: number) => Math.floor(now / 1000);

/** `accessLevel = …` for each level the audience may see. Only indexed levels: a document wrongly marked "restricted" never matches. */
function levelClauses(audience: Audience): string[] {
  return levelsVisibleTo(audience)
    .filter((level) => level !== 'restricted')
    .map((level) => equals('accessLevel', level));
}

/**
 * Filter clauses every query of an audience carries (outer AND, inner OR): access level,
 * locale, and consent not expired at `now` (ms) — so an expiry takes effect at the next
 * query, not at the next sweep. A document without `visibleUntil` never matches.
 */
export function accessFilter({ audience, locale, now = Date.now() }: { audience: Audience; locale: CatalogueLocale; now?: number }): string[][] {
  return [levelClauses(audience), [equals('locale', locale)], [greaterThan('visibleUntil', seconds(now))]];
}

/**
 * The same access rule as one filter expression, for tenant-token search rules (all
 * locales). A token cannot re-check the time at each query, so it hides everything that
 * stops being visible before the token expires (`validUntil`, ms): a record may leave a
 * token's results up to its lifetime early, never late.
 */
export function accessRule({ audience, validUntil }: { audience: Audience; validUntil: number }): string {
  return `(${levelClauses(audience).join(' OR ')}) AND ${greaterThan('visibleUntil', Math.ceil(validUntil / 1000))}`;
}

function catalogueFilter(params: SearchParams, audience: Audience, now: number): string[][] {
  const any = (attribute: string, values: Array<string | number>) => (values.length ? [values.map((v) => equals(attribute, v))] : []);
  const monthAttributes = params.calendar === 'lunar' ? ['lunarMonths'] : params.calendar === 'solar' ? ['solarMonths'] : ['lunarMonths', 'solarMonths'];
  return [
    ...accessFilter({ audience, locale: params.locale, now }),
    ...any('type', params.types),
    ...any('ethnicGroupCodes', params.ethnicGroups),
    ...any('languageCodes', params.languages),
    ...any('placeCodes', params.places),
    ...(params.months.length ? [monthAttributes.flatMap((attribute) => params.months.map((m) => equals(attribute, m)))] : []),
    ...any('mediaKinds', params.mediaKinds),
    ...any('heritage', params.heritage),
    ...any('decade', params.decades),
  ];
}

export const FACETS = ['type', 'ethnicGroupCodes', 'languageCodes', 'placeCodes', 'mediaKinds', 'heritage', 'decade', 'lunarMonths', 'solarMonths'];

/** Whether transcript segments belong in this search: a text query, and media items not filtered out. */
export function wantsTranscripts(params: SearchParams): boolean {
  return params.q !== '' && (params.types.length === 0 || params.types.includes('media-item'));
}

export interface MultiSearchQuery {
  indexUid: string;
  q: string;
  filter: string[][];
  [key: string]: unknown;
}

/** The multi-search body: catalogue query first, then (when wanted) the transcript-segment query. */
export function buildSearchRequest({
  params,
  audience,
  indexes,
  now = Date.now(),
}: {
  params: SearchParams;
  audience: Audience;
  indexes: { catalogue: string; transcripts: string };
  /** Milliseconds; consent that has expired by then is filtered out. */
  now?: number;
}): { queries: MultiSearchQuery[] } {
  const highlight = { highlightPreTag: HIGHLIGHT_PRE, highlightPostTag: HIGHLIGHT_POST };
  const queries: MultiSearchQuery[] = [
    {
      indexUid: indexes.catalogue,
      q: params.q,
      filter: catalogueFilter(params, audience, now),
      facets: FACETS,
      page: params.page,
      hitsPerPage: params.pageSize,
      attributesToRetrieve: [...CATALOGUE_HIT_FIELDS],
      attributesToHighlight: [...CATALOGUE_HIGHLIGHT_FIELDS],
      ...highlight,
      ...(params.sort !== 'relevance' && { sort: [params.sort] }),
    },
  ];
  if (wantsTranscripts(params)) {
    queries.push({
      indexUid: indexes.transcripts,
      q: params.q,
      filter: accessFilter({ audience, locale: params.locale, now }),
      limit: TRANSCRIPT_HITS,
      attributesToRetrieve: [...TRANSCRIPT_HIT_FIELDS],
      attributesToHighlight: [...TRANSCRIPT_HIGHLIGHT_FIELDS],
      ...highlight,
    });
  }
  return { queries };
}
