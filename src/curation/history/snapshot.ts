import { type FieldKind, type GetModel, isStoredRelation, isToMany, kindOf, NOISE_FIELDS } from './model';

/**
 * One stored version of a record in one locale. `kinds` names how each field
 * that is not a plain value is compared, so that a diff of two old versions
 * still reads right after the schema has changed.
 */
export interface Snapshot {
  documentId: string;
  locale: string | null;
  kinds: Record<string, FieldKind>;
  data: Record<string, unknown>;
}

type Row = Record<string, unknown>;

const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as Row).id ?? null : value ?? null);
const documentIdOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? (value as Row).documentId ?? null : value ?? null;

/** A component's (or dynamic-zone entry's) fields, reduced the same way as the record's. */
function reduceComponent(uid: string, value: unknown, getModel: GetModel): unknown {
  if (!value || typeof value !== 'object') return value ?? null;
  const row = value as Row;
  const reduced = reduceFields(uid, row, getModel);
  return row.__component ? { __component: row.__component, ...reduced } : reduced;
}

function reduceFields(uid: string, row: Row, getModel: GetModel): Row {
  const attributes = getModel(uid)?.attributes ?? {};
  const out: Row = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (NOISE_FIELDS.has(name) || !(name in row)) continue;
    const value = row[name];
    if (attribute.type === 'relation') {
      if (!isStoredRelation(attribute)) continue;
      // Order kept as stored: the archive's lists of related records are ordered by the editor.
      out[name] = isToMany(attribute) ? ((value as unknown[] | null) ?? []).map(documentIdOf) : documentIdOf(value);
    } else if (attribute.type === 'media') {
      out[name] = attribute.multiple ? ((value as unknown[] | null) ?? []).map(idOf) : idOf(value);
    } else if (attribute.type === 'component' && attribute.component) {
      const component = attribute.component;
      out[name] = attribute.repeatable
        ? ((value as unknown[] | null) ?? []).map((item) => reduceComponent(component, item, getModel))
        : reduceComponent(component, value, getModel);
    } else if (attribute.type === 'dynamiczone') {
      out[name] = ((value as Row[] | null) ?? []).map((item) => reduceComponent(String(item.__component), item, getModel));
    } else {
      out[name] = value ?? null;
    }
  }
  return out;
}

/**
 * A database row of `uid`, read with historyPopulate(), as a snapshot: all
 * fields, components in full, relations as documentIds, media as file ids,
 * without ids and timestamps (they change on every save and would make every
 * version differ from the last).
 */
export function toSnapshot(uid: string, row: Row, getModel: GetModel): Snapshot {
  const kinds: Record<string, FieldKind> = {};
  for (const [name, attribute] of Object.entries(getModel(uid)?.attributes ?? {})) {
    const kind = kindOf(attribute);
    if (!NOISE_FIELDS.has(name) && kind !== 'value') kinds[name] = kind;
  }
  const data = reduceFields(uid, row, getModel);
  delete data.documentId;
  delete data.locale;
  return { documentId: String(row.documentId), locale: (row.locale as string | undefined) ?? null, kinds, data };
}
