/**
 * Pure rewriting of document-service query params so that a public-channel
 * caller can only ever reach published records its audience may see — at the
 * root of the query, inside relation filters, and inside every populated
 * relation. Working on the params (not on the response) means counts,
 * pagination and relation filters all agree with what the caller sees.
 */
import { type Audience, consentScopesVisibleTo, levelsVisibleTo } from './levels';

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
}
export interface ModelInfo {
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
}
export type SchemaLookup = (uid: string) => ModelInfo | undefined;

export interface GuardOptions {
  audience: Audience;
  /** YYYY-MM-DD in Vietnam; consent that expired before this day hides its record. */
  today: string;
  schemaOf: SchemaLookup;
}

type Params = Record<string, unknown>;
type PopulateObject = Record<string, Params | true>;

const isGuarded = (model: ModelInfo | undefined): boolean => Boolean(model?.attributes.accessLevel);
const hasDraftAndPublish = (model: ModelInfo | undefined): boolean => Boolean(model?.options?.draftAndPublish);
const isPlainObject = (value: unknown): value is Params =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The condition a record of `uid` must meet to be visible; null when the type carries no access level. */
export function visibilityFilter(uid: string, { audience, today, schemaOf }: GuardOptions): Params | null {
  const model = schemaOf(uid);
  if (!isGuarded(model)) return null;
  const conditions: Params[] = [{ accessLevel: { $in: levelsVisibleTo(audience) } }];
  if (model!.attributes.consent?.type === 'component') {
    conditions.push({
      $or: [
        { consent: { id: { $null: true } } },
        {
          // Strapi refuses operator and attribute keys side by side in one relation clause.
          consent: {
            $and: [
              { scope: { $in: consentScopesVisibleTo(audience) } },
              { $or: [{ expiresOn: { $null: true } }, { expiresOn: { $gte: today } }] },
            ],
          },
        },
      ],
    });
  }
  return { $and: conditions };
}

function relationCondition(targetUid: string, options: GuardOptions): Params | null {
  const model = options.schemaOf(targetUid);
  const visible = visibilityFilter(targetUid, options);
  const published = hasDraftAndPublish(model) ? { publishedAt: { $notNull: true } } : null;
  const parts = [visible, published].filter(Boolean) as Params[];
  return parts.length ? { $and: parts } : null;
}

const and = (...parts: Array<unknown>): Params | undefined => {
  const present = parts.filter((part) => part !== undefined && part !== null && !(isPlainObject(part) && Object.keys(part).length === 0));
  if (present.length === 0) return undefined;
  return present.length === 1 ? (present[0] as Params) : { $and: present };
};

/**
 * Inject visibility at every relation hop of a user's filter, so that
 * `filters[ethnicGroups][name][$eq]=…` can't be used to probe hidden records.
 */
export function guardFilters(uid: string, filters: unknown, options: GuardOptions): unknown {
  if (Array.isArray(filters)) return filters.map((item) => guardFilters(uid, item, options));
  if (!isPlainObject(filters)) return filters;
  const model = options.schemaOf(uid);
  const result: Params = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or' || key === '$not') {
      result[key] = guardFilters(uid, value, options);
      continue;
    }
    const attribute = model?.attributes[key];
    if (attribute?.type === 'relation' && attribute.target && isPlainObject(value)) {
      const hasOperatorsOnly = Object.keys(value).every((k) => k.startsWith('$'));
      const guarded = hasOperatorsOnly ? value : guardFilters(attribute.target, value, options);
      result[key] = hasOperatorsOnly ? guarded : and(guarded, relationCondition(attribute.target, options)) ?? guarded;
    } else if (attribute?.type === 'component' && attribute.component) {
      result[key] = guardFilters(attribute.component, value, options);
    } else {
      result[key] = value;
    }
  }
  return result;
}

/** Every attribute that `populate=*` would populate on this model. */
function populatableAttributes(model: ModelInfo | undefined): string[] {
  if (!model) return [];
  return Object.entries(model.attributes)
    .filter(([, attr]) => ['relation', 'component', 'media', 'dynamiczone'].includes(attr.type))
    .map(([name]) => name);
}

/** Turn any populate syntax Strapi accepts ('*', 'a,b', ['a.b'], objects) into the object form. */
export function normalizePopulate(uid: string, populate: unknown, schemaOf: SchemaLookup): PopulateObject | undefined {
  if (populate === undefined || populate === null || populate === false) return undefined;
  const model = schemaOf(uid);
  if (populate === true || populate === '*') {
    return Object.fromEntries(populatableAttributes(model).map((name) => [name, true as const]));
  }
  if (typeof populate === 'string') return normalizePopulate(uid, populate.split(','), schemaOf);
  if (Array.isArray(populate)) {
    const result: Record<string, Params | true> = {};
    for (const entry of populate) {
      if (typeof entry !== 'string') continue;
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
  return undefined;
}

function targetOf(model: ModelInfo | undefined, name: string): string | undefined {
  const attribute = model?.attributes[name];
  if (!attribute) return undefined;
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return undefined;
}

/** Add the visibility condition to every populated relation, at every depth. */
export function guardPopulate(uid: string, populate: unknown, options: GuardOptions): PopulateObject | undefined {
  const normalized = normalizePopulate(uid, populate, options.schemaOf);
  if (!normalized) return undefined;
  const model = options.schemaOf(uid);
  const result: PopulateObject = {};
  for (const [key, value] of Object.entries(normalized)) {
    const attribute = model?.attributes[key];
    const targetUid = targetOf(model, key);
    const params: Params = value === true ? {} : { ...value };
    if (targetUid && params.populate !== undefined) {
      params.populate = guardPopulate(targetUid, params.populate, options);
    }
    if (attribute?.type === 'relation' && targetUid) {
      const userFilters = params.filters === undefined ? undefined : guardFilters(targetUid, params.filters, options);
      const merged = and(userFilters, relationCondition(targetUid, options));
      if (merged) params.filters = merged;
    }
    result[key] = Object.keys(params).length === 0 ? true : params;
  }
  return result;
}

/** Rewrite a read query for a public-channel caller. */
export function guardReadParams(uid: string, params: Params | undefined, options: GuardOptions): Params {
  const model = options.schemaOf(uid);
  const next: Params = { ...(params ?? {}) };
  // Drafts are for the admin only, whatever ?status= says (upstream strapi#25326).
  if (hasDraftAndPublish(model)) {
    next.status = 'published';
    delete next.hasPublishedVersion;
  }
  const userFilters = next.filters === undefined ? undefined : guardFilters(uid, next.filters, options);
  const filters = and(userFilters, visibilityFilter(uid, options));
  if (filters) next.filters = filters;
  else delete next.filters;
  if (next.populate !== undefined) {
    const populate = guardPopulate(uid, next.populate, options);
    if (populate) next.populate = populate;
    else delete next.populate;
  }
  return next;
}
