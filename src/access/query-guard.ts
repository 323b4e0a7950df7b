/**
 * Pure rewriting of document-service query params so that a public-channel
 * caller can only ever reach published records its audience may see — at the
 * root of the query, inside relation filters, and inside every populated
 * relation — and so that nothing it sends makes the database fail. Working on
 * the params (not on the response) means counts, pagination and relation
 * filters all agree with what the caller sees. The rules of each part live in
 * ./guard/; a query the guard refuses throws `QueryRejected` (a 400).
 */
import { guardFilters } from './guard/filters';
import { hasDraftAndPublish, type Params } from './guard/model';
import { DEEP_PAGE_LIMIT, guardPopulate, MAX_POPULATE_HOPS } from './guard/populate';
import { QueryRejected } from './guard/rejection';
import { guardSort } from './guard/sort';
import { and, type GuardOptions, visibilityFilter } from './guard/visibility';

export type { ModelInfo, SchemaLookup } from './guard/model';
export { QueryRejected } from './guard/rejection';
export { normalizePopulate, MAX_POPULATE_HOPS, DEEP_PAGE_LIMIT } from './guard/populate';
export { MAX_FILTER_HOPS } from './guard/filters';
export { visibilityFilter, type GuardOptions } from './guard/visibility';

/** Rewrite a read query for a public-channel caller. */
export function guardReadParams(uid: string, params: Params | undefined, options: GuardOptions): Params {
  const model = options.schemaOf(uid);
  const next: Params = { ...(params ?? {}) };
  // Drafts are for the admin only, whatever ?status= says (upstream strapi#25326).
  if (hasDraftAndPublish(model)) {
    next.status = 'published';
    delete next.hasPublishedVersion;
  }
  const filters = and(guardFilters(uid, next.filters, options), visibilityFilter(uid, options));
  if (filters) next.filters = filters;
  else delete next.filters;
  if (next.sort !== undefined) {
    const sort = guardSort(uid, next.sort, options.schemaOf);
    if (sort) next.sort = sort;
    else delete next.sort;
  }
  if (next.populate !== undefined) {
    const reach = { hops: 0 };
    const populate = guardPopulate(uid, next.populate, options, 0, reach);
    if (populate) next.populate = populate;
    else delete next.populate;
    if (reach.hops >= MAX_POPULATE_HOPS && Number(next.limit ?? next.pageSize ?? 0) > DEEP_PAGE_LIMIT) {
      throw new QueryRejected(
        `populate hai cấp liên kết chỉ dùng được với tối đa ${DEEP_PAGE_LIMIT} bản ghi mỗi trang`,
        `populate two levels of links deep allows at most ${DEEP_PAGE_LIMIT} records per page`,
      );
    }
  }
  return next;
}
