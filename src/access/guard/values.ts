/**
 * Checks each compared value against its column's type before it reaches the
 * database. PostgreSQL answers `integer = 'abc'`, `text ILIKE` on a number or
 * a NUL byte with an error, which would surface as a 500; the caller gets a
 * 400 instead, and the query that runs only ever holds well-typed values.
 */
import { type Attribute, isPlainObject } from './model';
import { QueryRejected } from './rejection';

type Kind = 'string' | 'integer' | 'bigint' | 'number' | 'date' | 'datetime' | 'time' | 'boolean';

export function kindOf(attribute: Attribute): Kind | undefined {
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'enumeration':
    case 'uid':
    case 'email':
      return 'string';
    case 'integer':
      return 'integer';
    case 'biginteger':
      return 'bigint';
    case 'float':
    case 'decimal':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
    case 'timestamp':
      return 'datetime';
    case 'time':
      return 'time';
    case 'boolean':
      return 'boolean';
    default:
      return undefined;
  }
}

const TEXT_MATCH = ['$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$eqi', '$nei'];
const ORDERED = ['$lt', '$lte', '$gt', '$gte', '$between'];
const EQUALITY = ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'];

/** Operators that make sense on a column of this kind. */
export function operatorsFor(kind: Kind): Set<string> {
  if (kind === 'string') return new Set([...EQUALITY, ...ORDERED, ...TEXT_MATCH]);
  if (kind === 'boolean') return new Set(EQUALITY);
  return new Set([...EQUALITY, ...ORDERED]);
}

/** Longest value compared: longer than any field the archive stores. */
const MAX_STRING = 2000;
/** Most values in one `$in`/`$notIn` list: a page is at most 100 records. */
export const MAX_LIST = 200;

const INTEGER = /^-?\d{1,15}$/;
const INT32_MAX = 2_147_483_647;
const NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

const bad = (field: string, value: unknown): never => {
  throw new QueryRejected(
    `Giá trị lọc không hợp lệ cho trường "${field}"`,
    `Invalid filter value for "${field}"`,
    { field, value: typeof value === 'string' ? value.slice(0, 100) : typeof value },
  );
};

/** One compared value, converted to what the column holds. */
export function checkedValue(kind: Kind, field: string, value: unknown): string | number | boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return bad(field, value);
  const text = String(value);
  if (text.includes('\u0000') || text.length > MAX_STRING) return bad(field, value);
  switch (kind) {
    case 'string':
      if (typeof value === 'boolean') return bad(field, value);
      return text;
    case 'integer':
      // Ids and integer columns are 32-bit in PostgreSQL: a larger value is an error there, not a miss.
      if (!INTEGER.test(text) || Math.abs(Number(text)) > INT32_MAX) return bad(field, value);
      return Number(text);
    case 'bigint':
      if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) return bad(field, value);
      return Number(text);
    case 'number':
      if (!NUMBER.test(text)) return bad(field, value);
      return Number(text);
    case 'boolean':
      if (text === 'true' || text === '1') return true;
      if (text === 'false' || text === '0') return false;
      return bad(field, value);
    case 'date':
      if (!DATE.test(text) || Number.isNaN(Date.parse(text))) return bad(field, value);
      return text;
    case 'datetime':
      if (!DATETIME.test(text) || Number.isNaN(Date.parse(text))) return bad(field, value);
      return text;
    case 'time':
      if (!TIME.test(text)) return bad(field, value);
      return text;
  }
}

/** A list value as qs hands it over: an array, or an object with index keys once it has more than 20 items. */
export function listOf(field: string, value: unknown): unknown[] {
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) list = Object.values(value);
  else list = [value];
  if (list.length > MAX_LIST) {
    throw new QueryRejected(`Danh sách lọc quá dài cho "${field}" (tối đa ${MAX_LIST})`, `Filter list too long for "${field}" (at most ${MAX_LIST})`);
  }
  return list;
}

/** `$null: true` and its spellings. */
export function checkedFlag(field: string, value: unknown): boolean {
  if (value === true || value === 'true' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === '0' || value === 0) return false;
  return bad(field, value);
}
