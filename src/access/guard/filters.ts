/**
 * Rewrites a caller's `filters` so that no hidden or draft record can change
 * its result. Strapi evaluates a relation filter on a join, row by row, so:
 *  - every relation hop gets the target's visibility (and published) condition
 *    ANDed in: a hidden row is false there whatever its content, like a row
 *    that is not there at all;
 *  - `$not` may not enclose a relation hop, because negating that conjunction
 *    would turn the hidden row's "false" into "true" and reveal that it exists;
 *  - every value is checked against its column type, so nothing the caller
 *    sends can make the database fail with a 500.
 * The output has one key per object: Strapi merges the clauses of a relation
 * into its parent object and would drop one of two `$and` keys.
 */
import { attributeOf, followableTarget, isPlainObject, type ModelInfo, type Params } from './model';
import { QueryRejected } from './rejection';
import { checkedFlag, checkedValue, kindOf, listOf, operatorsFor } from './values';
import { and, type GuardOptions, relationCondition } from './visibility';

/** Relation hops a filter may take: story → festival → ethnic group → language. */
export const MAX_FILTER_HOPS = 3;
/** Nodes in one filter tree; real queries use a handful. */
const MAX_NODES = 500;
const MAX_NESTING = 12;

interface Walk {
  options: GuardOptions;
  nodes: number;
}

interface At {
  uid: string;
  hops: number;
  depth: number;
  /** Inside a `$not`: no relation hop may follow. */
  negated: boolean;
  path: string;
}

const reject = (vi: string, en: string, path: string): never => {
  throw new QueryRejected(vi, en, { path });
};

function visit(walk: Walk, at: At): void {
  walk.nodes += 1;
  if (walk.nodes > MAX_NODES || at.depth > MAX_NESTING) {
    reject('Bộ lọc quá phức tạp', 'Filter too complex', at.path);
  }
}

/** `$and`/`$or` take a list; qs gives an object with index keys past 20 items. */
function branches(value: unknown, path: string): unknown[] {
  const list = listOf(path, value);
  if (list.length === 0) reject('Nhóm điều kiện rỗng', 'Empty group of conditions', path);
  return list;
}

/** Filters on a record of `uid` (the root, or a linked record after a hop). */
function guardWhere(walk: Walk, value: unknown, at: At): Params | undefined {
  visit(walk, at);
  if (!isPlainObject(value)) return reject('Bộ lọc phải là một đối tượng', 'A filter must be an object', at.path);
  const model = walk.options.schemaOf(at.uid);
  const clauses: Params[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = at.path ? `${at.path}.${key}` : key;
    const next = { ...at, depth: at.depth + 1, path };
    if (key === '$and' || key === '$or') {
      const parts = branches(inner, path).map((part) => guardWhere(walk, part, next) ?? {});
      clauses.push({ [key]: parts });
    } else if (key === '$not') {
      const part = guardWhere(walk, inner, { ...next, negated: true });
      if (part) clauses.push({ $not: part });
    } else if (key.startsWith('$')) {
      reject(`Toán tử ${key} cần một trường`, `Operator ${key} needs a field`, path);
    } else {
      const clause = guardField(walk, model, key, inner, next);
      if (clause) clauses.push(clause);
    }
  }
  return clauses.length <= 1 ? clauses[0] : { $and: clauses };
}

function guardField(walk: Walk, model: ModelInfo | undefined, key: string, value: unknown, at: At): Params | undefined {
  const attribute = attributeOf(model, key);
  if (!attribute || attribute.private) return reject(`Không thể lọc theo "${key}"`, `Cannot filter on "${key}"`, at.path);
  if (attribute.type === 'relation') return guardRelation(walk, attribute, key, value, at);
  if (attribute.type === 'component' && attribute.component) {
    // A component's rows belong to their record: visible exactly when it is, so no condition is added.
    const inner = guardWhere(walk, value, { ...at, uid: attribute.component });
    // Strapi reads a lone operator under a component (or relation) as a condition on its id, and a
    // `$not` there fails; a group is read as conditions on the joined row.
    return inner && { [key]: { $and: [inner] } };
  }
  const kind = kindOf(attribute);
  if (!kind) return reject(`Không thể lọc theo "${key}"`, `Cannot filter on "${key}"`, at.path);
  const comparison = guardComparison(walk, kind, key, value, at);
  // A linked row's id is never null, so `people.id IS NULL` can only mean "no link at all": the
  // question `$null` on the relation asks, refused for the same reason (see relationShorthand).
  if (key === 'id' && at.hops > 0 && asksForNoLink(comparison)) {
    reject('Không hỗ trợ lọc bản ghi không có liên kết', 'Filtering for records without links is not supported', at.path);
  }
  return { [key]: comparison };
}

function guardRelation(walk: Walk, attribute: Parameters<typeof followableTarget>[0], key: string, value: unknown, at: At): Params {
  const target = followableTarget(attribute, walk.options.schemaOf);
  // `localizations` is a virtual relation joined on document_id; conditions nested in a group inside
  // it reached an unpublished translation (the attack suite's repro). Filter by `?locale=` instead.
  if (!target || key === 'localizations') return reject(`Không thể lọc theo "${key}"`, `Cannot filter on "${key}"`, at.path);
  if (at.negated) {
    return reject(
      `$not không dùng được với bản ghi liên kết ("${key}")`,
      `$not cannot enclose a filter on linked records ("${key}")`,
      at.path,
    );
  }
  if (at.hops + 1 > MAX_FILTER_HOPS) {
    return reject(`Bộ lọc đi qua quá nhiều liên kết (tối đa ${MAX_FILTER_HOPS})`, `Filter follows too many links (at most ${MAX_FILTER_HOPS})`, at.path);
  }
  const inner = guardWhere(walk, relationShorthand(value, at.path), { ...at, uid: target, hops: at.hops + 1 });
  return { [key]: and(inner, relationCondition(target, walk.options)) ?? {} };
}

/**
 * Strapi reads `filters[people]=5` and `filters[people][$in][0]=5` as
 * conditions on the linked ids. Spelled out as `id` conditions they go
 * through the same checks. `$null` on the relation itself asks whether a
 * record has no link at all, which a hidden link would answer, so it is
 * refused; its positive twin is kept.
 */
function relationShorthand(value: unknown, path: string): unknown {
  if (!isPlainObject(value)) return { id: { $eq: value } };
  const keys = Object.keys(value);
  if (keys.length !== 1 || !keys[0].startsWith('$') || ['$and', '$or', '$not'].includes(keys[0])) return value;
  const [operator] = keys;
  if (operator === '$null' || operator === '$notNull') {
    const wantsLinks = (operator === '$notNull') === checkedFlag(path, value[operator]);
    if (!wantsLinks) {
      reject('Không hỗ trợ lọc bản ghi không có liên kết', 'Filtering for records without links is not supported', path);
    }
    return { id: { $notNull: true } };
  }
  return { id: value };
}

/** `$null: true`, `$notNull: false`, or any null test under a field-level `$not` (conservatively). */
function asksForNoLink(comparison: unknown, negated = false): boolean {
  if (!isPlainObject(comparison)) return false;
  if (negated && ('$null' in comparison || '$notNull' in comparison)) return true;
  return comparison.$null === true || comparison.$notNull === false || asksForNoLink(comparison.$not, true);
}

/** Conditions on one column: a bare value, a list, or operators (possibly under a field-level `$not`). */
function guardComparison(walk: Walk, kind: NonNullable<ReturnType<typeof kindOf>>, field: string, value: unknown, at: At): unknown {
  visit(walk, at);
  if (Array.isArray(value)) return { $in: listOf(field, value).map((v) => checkedValue(kind, field, v)) };
  if (!isPlainObject(value)) {
    if (value === null) return { $null: true };
    return { $eq: checkedValue(kind, field, value) };
  }
  const allowed = operatorsFor(kind);
  const result: Params = {};
  for (const [operator, operand] of Object.entries(value)) {
    const next = { ...at, depth: at.depth + 1 };
    if (operator === '$not') {
      result.$not = guardComparison(walk, kind, field, operand, next);
    } else if (!allowed.has(operator)) {
      reject(`Toán tử ${operator} không dùng được cho "${field}"`, `Operator ${operator} is not allowed on "${field}"`, at.path);
    } else if (operator === '$null' || operator === '$notNull') {
      result[operator] = checkedFlag(field, operand);
    } else if (operator === '$in' || operator === '$notIn') {
      result[operator] = listOf(field, operand).map((v) => checkedValue(kind, field, v));
    } else if (operator === '$between') {
      const bounds = listOf(field, operand);
      if (bounds.length !== 2) reject(`$between cần đúng hai giá trị ("${field}")`, `$between needs exactly two values ("${field}")`, at.path);
      result[operator] = bounds.map((v) => checkedValue(kind, field, v));
    } else {
      result[operator] = checkedValue(kind, field, operand);
    }
  }
  if (Object.keys(result).length === 0) reject(`Điều kiện rỗng cho "${field}"`, `Empty condition on "${field}"`, at.path);
  return result;
}

/** The caller's filters on `uid`, rewritten; undefined when they say nothing. */
export function guardFilters(uid: string, filters: unknown, options: GuardOptions): Params | undefined {
  if (filters === undefined || filters === null || filters === '') return undefined;
  return guardWhere({ options, nodes: 0 }, filters, { uid, hops: 0, depth: 0, negated: false, path: '' });
}
