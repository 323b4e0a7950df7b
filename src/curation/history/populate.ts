import { type GetModel, isStoredRelation, NOISE_FIELDS } from './model';

type Populate = Record<string, unknown>;

/**
 * The database-layer populate that reads everything a snapshot keeps:
 * components and dynamic zones to any depth, relations as their documentIds,
 * media as file ids. Built from the schema (as Strapi's own publish does) and
 * cached per uid, since capture runs on every save.
 */
export function historyPopulate(uid: string, getModel: GetModel, cache = new Map<string, Populate>()): Populate {
  const cached = cache.get(uid);
  if (cached) return cached;
  const result: Populate = {};
  cache.set(uid, result); // a component that nests itself stops here instead of looping
  for (const [name, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
    if (NOISE_FIELDS.has(name)) continue;
    if (attribute.type === 'relation') {
      if (isStoredRelation(attribute)) result[name] = { select: ['documentId'] };
    } else if (attribute.type === 'media') {
      result[name] = { select: ['id'] };
    } else if (attribute.type === 'component' && attribute.component) {
      result[name] = { populate: historyPopulate(attribute.component, getModel, cache) };
    } else if (attribute.type === 'dynamiczone') {
      const on: Populate = {};
      for (const component of attribute.components ?? []) on[component] = { populate: historyPopulate(component, getModel, cache) };
      result[name] = { on };
    }
  }
  return result;
}
