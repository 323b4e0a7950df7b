import { type GetModel, isStoredRelation, isToMany, NOISE_FIELDS } from './model';
import type { Snapshot } from './snapshot';

type Row = Record<string, unknown>;

function componentData(uid: string, value: unknown, getModel: GetModel): unknown {
  if (!value || typeof value !== 'object') return null;
  const row = value as Row;
  const data = fieldsData(uid, row, getModel);
  return row.__component ? { __component: row.__component, ...data } : data;
}

function fieldsData(uid: string, row: Row, getModel: GetModel): Row {
  const out: Row = {};
  for (const [name, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
    // A field the schema gained since the snapshot is left as it is now; one it lost is dropped.
    if (NOISE_FIELDS.has(name) || name === 'documentId' || name === 'locale' || !(name in row)) continue;
    const value = row[name];
    if (attribute.type === 'relation') {
      if (!isStoredRelation(attribute)) continue;
      const ids = (Array.isArray(value) ? value : value == null ? [] : [value]).filter((id) => typeof id === 'string');
      // `set` replaces the links in the snapshot's order; a record deleted since is simply not linked.
      out[name] = { set: (isToMany(attribute) ? ids : ids.slice(0, 1)).map((documentId) => ({ documentId })) };
    } else if (attribute.type === 'component' && attribute.component) {
      const component = attribute.component;
      out[name] = attribute.repeatable
        ? (Array.isArray(value) ? value : []).map((item) => componentData(component, item, getModel))
        : componentData(component, value, getModel);
    } else if (attribute.type === 'dynamiczone') {
      out[name] = (Array.isArray(value) ? (value as Row[]) : []).map((item) =>
        componentData(String(item.__component), item, getModel),
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
 * relations by documentId. Follows the current schema of `uid`.
 */
export function snapshotToData(uid: string, snapshot: Pick<Snapshot, 'data'>, getModel: GetModel): Row {
  return fieldsData(uid, snapshot.data, getModel);
}
