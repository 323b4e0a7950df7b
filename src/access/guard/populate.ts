/**
 * Populate, in every syntax Strapi accepts, rewritten so that each linked
 * record must be visible and published, and bounded so that one anonymous
 * request cannot fan out over the whole archive: `populate=parent.children.
 * parent.children` on places once returned 29 MB in 10 s.
 */
import { followableTarget, isPlainObject, type ModelInfo, type Params, type SchemaLookup } from './model';
import { QueryRejected } from './rejection';
import { guardFilters } from './filters';
import { guardSort } from './sort';
import { and, type GuardOptions, relationCondition } from './visibility';

/** Relation hops a populate may take from the record asked for: `festivals.ethnicGroups` is two. */
export const MAX_POPULATE_HOPS = 2;
/**
 * Records per page when populate goes the full two hops. A page of 100 places
 * with `parent.children` and every component took 1.4–3 s on a busy 2-core
 * machine; 25 keeps it well under a second. Pagination metadata is computed
 * by the controller, so a larger page is refused rather than quietly cut.
 */
export const DEEP_PAGE_LIMIT = 25;
const NESTED_KEYS = new Set(['populate', 'fields', 'filters', 'sort', 'count']);

type PopulateObject = Record<string, Params | true>;

/** What `populate=*` expands to: relations to archive records and components, never files or private fields. */
function populatableAttributes(model: ModelInfo | undefined, schemaOf: SchemaLookup): string[] {
  if (!model) return [];
  return Object.entries(model.attributes)
    .filter(([, attribute]) => !attribute.private)
    .filter(([, attribute]) => attribute.type === 'component' || followableTarget(attribute, schemaOf))
    .map(([name]) => name);
}

function targetOf(model: ModelInfo | undefined, name: string): string | undefined {
  const attribute = model?.attributes[name];
  if (attribute?.type === 'relation') return attribute.target;
  if (attribute?.type === 'component') return attribute.component;
  return undefined;
}

/** Turn any populate syntax Strapi accepts ('*', 'a,b', ['a.b'], objects) into the object form. */
export function normalizePopulate(uid: string, populate: unknown, schemaOf: SchemaLookup): PopulateObject | undefined {
  if (populate === undefined || populate === null || populate === false || populate === 'false' || populate === '') return undefined;
  const model = schemaOf(uid);
  if (populate === true || populate === 'true' || populate === '*') {
    return Object.fromEntries(populatableAttributes(model, schemaOf).map((name) => [name, true as const]));
  }
  if (typeof populate === 'string') return normalizePopulate(uid, populate.split(','), schemaOf);
  if (Array.isArray(populate) || (isPlainObject(populate) && Object.keys(populate).every((key) => /^\d+$/.test(key)))) {
    const result: PopulateObject = {};
    for (const entry of Object.values(populate as object)) {
      if (typeof entry !== 'string') throw new QueryRejected('Tham số populate không hợp lệ', 'Invalid populate parameter');
      const [head, ...rest] = entry.trim().split('.');
      if (head === '*') {
        Object.assign(result, normalizePopulate(uid, '*', schemaOf));
        continue;
      }
      if (!head) continue;
      if (rest.length === 0) {
        result[head] = result[head] ?? true;
        continue;
      }
      const existing = result[head];
      const nested = isPlainObject(existing) ? existing : {};
      const nestedPopulate = isPlainObject(nested.populate) ? (nested.populate as Params) : {};
      const targetUid = targetOf(model, head);
      const deeper = targetUid ? normalizePopulate(targetUid, [rest.join('.')], schemaOf) : undefined;
      result[head] = { ...nested, populate: { ...nestedPopulate, ...deeper } };
    }
    return result;
  }
  if (isPlainObject(populate)) {
    const result: PopulateObject = {};
    for (const [key, value] of Object.entries(populate)) {
      if (key === '*') {
        Object.assign(result, normalizePopulate(uid, '*', schemaOf));
        continue;
      }
      if (value === false || value === 'false') continue;
      result[key] = isPlainObject(value) ? value : true;
    }
    return result;
  }
  throw new QueryRejected('Tham số populate không hợp lệ', 'Invalid populate parameter');
}

const refuse = (key: string): never => {
  throw new QueryRejected(`Không thể populate "${key}"`, `Cannot populate "${key}"`, { key });
};

/** Add the visibility condition to every populated relation, at every depth, within the hop bound. */
export function guardPopulate(
  uid: string,
  populate: unknown,
  options: GuardOptions,
  hops = 0,
  reach = { hops: 0 },
): PopulateObject | undefined {
  const normalized = normalizePopulate(uid, populate, options.schemaOf);
  if (!normalized) return undefined;
  const model = options.schemaOf(uid);
  const result: PopulateObject = {};
  for (const [key, value] of Object.entries(normalized)) {
    const attribute = model?.attributes[key];
    if (!attribute || attribute.private) refuse(key);
    // Originals never leave through the content API. Strapi has already expanded `*` into explicit
    // keys by now, so a file field is dropped rather than refused: `populate=*` must keep working.
    if (attribute!.type === 'media') continue;
    const isRelation = attribute!.type === 'relation';
    const target = isRelation ? followableTarget(attribute, options.schemaOf) : attribute!.type === 'component' ? attribute!.component : undefined;
    if (!target) return refuse(key);
    const depth = hops + (isRelation ? 1 : 0);
    if (depth > MAX_POPULATE_HOPS) {
      throw new QueryRejected(
        `populate đi quá sâu (tối đa ${MAX_POPULATE_HOPS} cấp liên kết): "${key}"`,
        `populate goes too deep (at most ${MAX_POPULATE_HOPS} levels of links): "${key}"`,
      );
    }
    reach.hops = Math.max(reach.hops, depth);
    const params: Params = value === true ? {} : { ...value };
    for (const nestedKey of Object.keys(params)) {
      if (!NESTED_KEYS.has(nestedKey)) refuse(`${key}.${nestedKey}`);
    }
    if (params.populate !== undefined) {
      const nested = guardPopulate(target, params.populate, options, depth, reach);
      if (nested) params.populate = nested;
      else delete params.populate;
    }
    const counts = params.count !== undefined && params.count !== false && params.count !== 'false';
    // A count is a number: it has no order, and a component has nothing to count. Strapi builds
    // either into a GROUP BY that PostgreSQL refuses (a 500), so both are a 400 here.
    if (counts && !isRelation) refuse(`${key}.count`);
    if (counts && params.sort !== undefined) {
      throw new QueryRejected(
        `Không thể vừa đếm vừa sắp xếp "${key}" (count và sort)`,
        `Cannot both count and sort "${key}" (count with sort)`,
        { key: `${key}.sort` },
      );
    }
    if (params.sort !== undefined) params.sort = guardSort(target, params.sort, options.schemaOf);
    if (isRelation) {
      const merged = and(guardFilters(target, params.filters, options), relationCondition(target, options));
      if (merged) params.filters = merged;
    } else if (params.filters !== undefined) {
      // Strapi ignores filters on a component; say so rather than pretend to filter.
      refuse(`${key}.filters`);
    }
    result[key] = Object.keys(params).length === 0 ? true : params;
  }
  return result;
}
