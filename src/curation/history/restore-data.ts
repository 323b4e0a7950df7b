import { type GetModel, isStoredRelation, isToMany, NOISE_FIELDS } from './model';
import type { Snapshot } from './snapshot';

type Row = Record<string, unknown>;

/** Whether a related record still exists: restore links only those (a link to a deleted one would fail the write). */
export type StillExists = (targetUid: string, documentId: string) => boolean;

const ANY: StillExists = () => true;

function componentData(uid: string, value: unknown, getModel: GetModel, exists: StillExists): unknown {
  if (!value || typeof value !== 'object') return null;
  const row = value as Row;
  const data = fieldsData(uid, row, getModel, exists);
  return row.__component ? { __component: row.__component, ...data } : data;
}

function fieldsData(uid: string, row: Row, getModel: GetModel, exists: StillExists): Row {
  const out: Row = {};
  for (const [name, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
    // A field the schema gained since the snapshot is left as it is now; one it lost is dropped.
    if (NOISE_FIELDS.has(name) || name === 'documentId' || name === 'locale' || !(name in row)) continue;
    const value = row[name];
    if (attribute.type === 'relation') {
      if (!isStoredRelation(attribute)) continue;
      const ids = (Array.isArray(value) ? value : value == null ? [] : [value]).filter(
        (id): id is string => typeof id === 'string' && exists(String(attribute.target), id),
      );
      // `set` replaces the links in the snapshot's order; a record deleted since is simply not linked.
      out[name] = { set: (isToMany(attribute) ? ids : ids.slice(0, 1)).map((documentId) => ({ documentId })) };
    } else if (attribute.type === 'component' && attribute.component) {
      const component = attribute.component;
      out[name] = attribute.repeatable
        ? (Array.isArray(value) ? value : []).map((item) => componentData(component, item, getModel, exists))
        : componentData(component, value, getModel, exists);
    } else if (attribute.type === 'dynamiczone') {
      out[name] = (Array.isArray(value) ? (value as Row[]) : []).map((item) =>
        componentData(String(item.__component), item, getModel, exists),
      );
    } else {
      out[name] = value; // scalars, and media as file ids, are written as stored
    }
  }
  return out;
}

/**
 * The `data` for documents().update() that makes the draft equal to the
 * snapshot: components are written without ids (Strapi replaces them),
 * relations by documentId (only those `exists` keeps). Follows the current
 * schema of `uid`. Calling it with a predicate that records its arguments
 * lists every related record the snapshot names.
 */
export function snapshotToData(uid: string, snapshot: Pick<Snapshot, 'data'>, getModel: GetModel, exists: StillExists = ANY): Row {
  return fieldsData(uid, snapshot.data, getModel, exists);
}
