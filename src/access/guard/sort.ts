/**
 * Sorting is allowed on a record's own columns only. `sort=people.name`
 * makes Strapi join the linked rows, hidden ones included, and order by
 * them: the order alone would reveal a hidden name letter by letter.
 */
import { attributeOf, isPlainObject, type SchemaLookup } from './model';
import { QueryRejected } from './rejection';
import { kindOf, listOf } from './values';

const DIRECTION = /^(asc|desc)$/i;

function checkField(uid: string, field: string, schemaOf: SchemaLookup): void {
  const attribute = attributeOf(schemaOf(uid), field);
  if (!attribute || attribute.private || !kindOf(attribute)) {
    const linked = attribute?.type === 'relation' || attribute?.type === 'component' || field.includes('.');
    throw linked
      ? new QueryRejected(
          `Chỉ sắp xếp được theo trường của chính bản ghi ("${field}")`,
          `Sort only by the record's own fields ("${field}")`,
        )
      : new QueryRejected(`Không thể sắp xếp theo "${field}"`, `Cannot sort by "${field}"`);
  }
}

function checkDirection(field: string, direction: unknown): string {
  if (typeof direction !== 'string' || !DIRECTION.test(direction)) {
    throw new QueryRejected(`Chiều sắp xếp không hợp lệ cho "${field}" (asc hoặc desc)`, `Invalid sort direction for "${field}" (asc or desc)`);
  }
  return direction.toLowerCase();
}

/** One `field` or `field:dir` entry, in any syntax Strapi accepts; returned as `field:dir` strings. */
function entries(uid: string, sort: unknown, schemaOf: SchemaLookup): string[] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [field, direction = 'asc', ...rest] = part.split(':');
        if (rest.length) throw new QueryRejected(`Sắp xếp không hợp lệ: "${part}"`, `Invalid sort: "${part}"`);
        checkField(uid, field, schemaOf);
        return `${field}:${checkDirection(field, direction)}`;
      });
  }
  if (Array.isArray(sort) || (isPlainObject(sort) && Object.keys(sort).every((key) => /^\d+$/.test(key)))) {
    return listOf('sort', sort).flatMap((item) => entries(uid, item, schemaOf));
  }
  if (isPlainObject(sort)) {
    return Object.entries(sort).map(([field, direction]) => {
      checkField(uid, field, schemaOf);
      return `${field}:${checkDirection(field, direction)}`;
    });
  }
  throw new QueryRejected('Tham số sort không hợp lệ', 'Invalid sort parameter');
}

/** The caller's sort on `uid`, checked and normalised to `['field:dir', …]`; undefined when absent. */
export function guardSort(uid: string, sort: unknown, schemaOf: SchemaLookup): string[] | undefined {
  if (sort === undefined || sort === null || sort === '') return undefined;
  return entries(uid, sort, schemaOf);
}
