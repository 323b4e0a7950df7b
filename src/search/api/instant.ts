/**
 * Browser-side instant search.
 *
 * Decision: the embedded Meilisearch listens on 127.0.0.1 only, so browsers
 * cannot reach it. They search through a thin proxy instead:
 *
 *   1. GET  /api/catalogue/search-token  (the caller's own Strapi auth, or none)
 *      → a tenant token valid 10 minutes whose search rules force the caller's
 *        access filter on both indexes, plus `host`, the proxy URL.
 *   2. POST {host}/multi-search  with `Authorization: Bearer <token>` and a
 *      multi-search body `{ queries: [...] }` — exactly what meilisearch-js and
 *      instant-meilisearch send when given `host` and the token as API key.
 *
 * The proxy has exactly two routes (POST /api/catalogue/instant and
 * /api/catalogue/instant/multi-search) and always calls Meilisearch's
 * /multi-search itself: no path, index or key from the request is forwarded.
 * It checks the token's signature and expiry, accepts only the archive's two
 * indexes named in the token, only allow-listed search parameters within
 * limits, AND-s the token's filter in front of the caller's filter (Meilisearch
 * parses each element of a filter array on its own, so no caller text can
 * close or widen the rule — the same way Meilisearch applies tenant-token
 * rules), never retrieves or highlights hidden names, and strips them from
 * the answer again. Where Meilisearch is exposed publicly, the same token
 * works against it directly.
 */
import type { Audience } from '../../access/levels';
import { accessRule, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_RESULT_WINDOW } from '../query';
import { SearchParamsError } from './errors';
import { CATALOGUE_HIT_FIELDS, NEVER_RETURNED, TRANSCRIPT_HIT_FIELDS } from './fields';
import type { SearchIndexes } from './backend';
import type { SearchRules } from './tenant-token';

export const TOKEN_LIFETIME_SECONDS = 10 * 60;
const MAX_QUERIES = 4;
const MAX_FILTER_TERMS = 40;
const MAX_FILTER_LENGTH = 500;

/** `validUntil`: when the token expires (ms); records whose consent ends before then are out of its rules. */
export function searchRulesFor({ audience, indexes, validUntil }: { audience: Audience; indexes: SearchIndexes; validUntil: number }): SearchRules {
  const filter = accessRule({ audience, validUntil });
  return { [indexes.catalogue]: { filter }, [indexes.transcripts]: { filter } };
}

export const fieldsOf = (indexUid: string, indexes: SearchIndexes): readonly string[] =>
  indexUid === indexes.transcripts ? TRANSCRIPT_HIT_FIELDS : CATALOGUE_HIT_FIELDS;

type Check = (value: unknown, fields: readonly string[]) => unknown;
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const fail = (why: string): never => {
  throw new Error(why);
};
/** Requested attribute names kept only when displayable; '*' means all displayable ones. */
const onlyDisplayable: Check = (v, fields) => {
  if (!Array.isArray(v) || !v.every((a) => isString(a, 64))) fail('must be a list of attribute names');
  return (v as string[]).includes('*') ? [...fields] : (v as string[]).filter((a) => fields.includes(a));
};
const names = (pattern: RegExp, max: number): Check => (v) =>
  Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string' && pattern.test(s)) ? v : fail('has a value that is not allowed');

const PARAMS: Record<string, Check> = {
  q: (v) => (v === null || isString(v, MAX_QUERY_LENGTH) ? v : fail(`must be text of at most ${MAX_QUERY_LENGTH} characters`)),
  filter: (v) => v,
  facets: names(/^(\*|[a-zA-Z]{1,40})$/, 20),
  sort: names(/^[a-zA-Z]{1,40}:(asc|desc)$/, 3),
  limit: (v) => (isCount(v, 0, MAX_PAGE_SIZE) ? v : fail(`must be 0–${MAX_PAGE_SIZE}`)),
  offset: (v) => (isCount(v, 0, MAX_RESULT_WINDOW) ? v : fail(`must be 0–${MAX_RESULT_WINDOW}`)),
  hitsPerPage: (v) => (isCount(v, 0, MAX_PAGE_SIZE) ? v : fail(`must be 0–${MAX_PAGE_SIZE}`)),
  page: (v) => (isCount(v, 1, MAX_RESULT_WINDOW) ? v : fail(`must be 1–${MAX_RESULT_WINDOW}`)),
  attributesToRetrieve: onlyDisplayable,
  attributesToHighlight: onlyDisplayable,
  attributesToCrop: onlyDisplayable,
  cropLength: (v) => (isCount(v, 1, 200) ? v : fail('must be 1–200')),
  cropMarker: (v) => (isString(v, 20) ? v : fail('must be short text')),
  highlightPreTag: (v) => (isString(v, 50) ? v : fail('must be short text')),
  highlightPostTag: (v) => (isString(v, 50) ? v : fail('must be short text')),
  matchingStrategy: (v) => (v === 'last' || v === 'all' || v === 'frequency' ? v : fail('must be last, all or frequency')),
  showRankingScore: (v) => (typeof v === 'boolean' ? v : fail('must be true or false')),
};

/** The caller's filter as array elements, each parsed by Meilisearch on its own. */
function filterTerms(filter: unknown): Array<string | string[]> {
  if (filter === undefined || filter === null || filter === '') return [];
  const terms = typeof filter === 'string' ? [filter] : Array.isArray(filter) ? filter : fail('must be text or a list');
  const ok = (s: unknown) => isString(s, MAX_FILTER_LENGTH);
  if (terms.length > MAX_FILTER_TERMS || !terms.every((t) => ok(t) || (Array.isArray(t) && t.length <= MAX_FILTER_TERMS && t.every(ok)))) {
    fail(`must be text or a list of text / lists of text (at most ${MAX_FILTER_TERMS} terms of ${MAX_FILTER_LENGTH} characters)`);
  }
  return terms as Array<string | string[]>;
}

/**
 * The multi-search body to send for a proxy request carrying a valid token
 * with `rules`; throws SearchParamsError (400) naming what is not accepted.
 */
export function planInstantRequest({ body, rules, indexes }: { body: unknown; rules: SearchRules; indexes: SearchIndexes }): { queries: Array<Record<string, unknown>> } {
  const problems: string[] = [];
  const queries = (body as { queries?: unknown })?.queries;
  const extra = body && typeof body === 'object' ? Object.keys(body).filter((k) => k !== 'queries') : [];
  if (!Array.isArray(queries) || queries.length < 1 || queries.length > MAX_QUERIES || extra.length) {
    throw new SearchParamsError([`The body must be { "queries": [...] } with 1 to ${MAX_QUERIES} queries and nothing else (multi-search only).`]);
  }
  const planned = queries.map((query: unknown, i) => {
    if (!query || typeof query !== 'object' || Array.isArray(query)) {
      problems.push(`queries[${i}] must be an object.`);
      return {};
    }
    const { indexUid, ...params } = query as Record<string, unknown>;
    const rule = typeof indexUid === 'string' && Object.hasOwn(rules, indexUid) ? rules[indexUid] : null;
    if (!rule) {
      problems.push(`queries[${i}].indexUid must be one of ${Object.keys(rules).join(', ')}.`);
      return {};
    }
    const fields = fieldsOf(indexUid as string, indexes);
    const out: Record<string, unknown> = { indexUid, attributesToRetrieve: [...fields] };
    for (const [name, value] of Object.entries(params)) {
      const check = Object.hasOwn(PARAMS, name) ? PARAMS[name] : null;
      if (!check) {
        problems.push(`queries[${i}].${name} is not accepted here; allowed: indexUid, ${Object.keys(PARAMS).join(', ')}.`);
        continue;
      }
      try {
        out[name] = name === 'filter' ? [rule.filter, ...filterTerms(value)] : check(value, fields);
      } catch (error) {
        problems.push(`queries[${i}].${name} ${(error as Error).message}.`);
      }
    }
    if (!('filter' in out)) out.filter = [rule.filter];
    return out;
  });
  if (problems.length) throw new SearchParamsError(problems);
  return { queries: planned };
}

/** Remove never-shown attributes from each hit and its _formatted copy, whatever Meilisearch returned. */
export function stripHidden<T extends { hits?: Array<Record<string, unknown>> }>(result: T): T {
  const clean = (record: Record<string, unknown>) => {
    const copy = { ...record };
    for (const name of [...NEVER_RETURNED, '_matchesPosition']) delete copy[name];
    return copy;
  };
  const hits = (result.hits ?? []).map((hit) => {
    const formatted = hit._formatted as Record<string, unknown> | undefined;
    return formatted ? { ...clean(hit), _formatted: clean(formatted) } : clean(hit);
  });
  return { ...result, hits };
}
