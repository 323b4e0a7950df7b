/**
 * Generated REST query trees: filters with $and/$or/$not at any depth on
 * every relation, component and media hop; populate in every syntax; sort,
 * fields, locale, status, pagination. Leaves are Probes (see markers.ts), so
 * each tree renders both as sent and with hidden text replaced.
 */
import fc from 'fast-check';
import { stringify } from 'qs';
import { ARCHIVE_TYPES, type ArchiveType, uidOf } from '../../../src/content-model';
import { type Audience, namesHidden, type Probe, renderQuery } from './markers';
import type { Hop, Shapes } from './model';
import { CHOICE_OPERATORS, operandFor, ORDER_OPERATORS, TEXT_OPERATORS, type ValueContext } from './values';

export interface RestContext extends ValueContext {
  shapes: Shapes;
  pluralOf: (type: ArchiveType) => string;
}

export interface RestQuery {
  type: ArchiveType;
  /** One record by documentId instead of the list. */
  documentId?: Probe;
  params: Record<string, unknown>;
}

type Tree = Record<string, unknown>;
const merge = (entries: Tree[]) => Object.assign({}, ...entries) as Tree;

/** Filters on a model, memoised per (uid, depth): hops recurse into their target with one level less. */
export function filterArbitraries(context: RestContext) {
  const memo = new Map<string, fc.Arbitrary<Tree>>();
  const leaf = (uid: string): fc.Arbitrary<Tree> => {
    const fields = context.shapes[uid]?.fields ?? [];
    if (!fields.length) return fc.constant({ id: { $notNull: true } });
    return fc.constantFrom(...fields).chain((field) => {
      const operators = field.kind === 'text' ? TEXT_OPERATORS : field.kind === 'number' || field.kind === 'date' ? ORDER_OPERATORS : CHOICE_OPERATORS;
      return fc.oneof(
        { arbitrary: fc.constantFrom(...operators).chain((op) => operandFor(op, uid, field, context).map((value) => ({ [field.name]: { [op]: value } }))), weight: 5 },
        // Shorthand equality: filters[name]=x.
        { arbitrary: operandFor('$eq', uid, field, context).map((value) => ({ [field.name]: value })), weight: 1 },
      );
    });
  };
  const filters = (uid: string, depth: number): fc.Arbitrary<Tree> => {
    const key = `${uid}|${depth}`;
    const known = memo.get(key);
    if (known) return known;
    const hops = context.shapes[uid]?.hops ?? [];
    const options: Array<fc.WeightedArbitrary<Tree>> = [{ arbitrary: leaf(uid), weight: 4 }];
    if (depth > 0) {
      const below = fc.constant(null).chain(() => filters(uid, depth - 1));
      options.push(
        { arbitrary: fc.array(below, { minLength: 1, maxLength: 3 }).map((items) => ({ $and: items })), weight: 2 },
        { arbitrary: fc.array(below, { minLength: 1, maxLength: 3 }).map((items) => ({ $or: items })), weight: 2 },
        { arbitrary: below.map((item) => ({ $not: item })), weight: 2 },
      );
      if (hops.length) {
        options.push({
          arbitrary: fc.constantFrom(...hops).chain((hop) =>
            fc.oneof(
              { arbitrary: fc.constant(null).chain(() => filters(hop.target, depth - 1)).map((inner) => ({ [hop.name]: inner })), weight: 6 },
              // Operators straight on the relation: filters[people][$in][0]=<id>, filters[people][$null]=true.
              { arbitrary: fc.constantFrom('$eq', '$in', '$notIn', '$null', '$notNull').chain((op) => operandFor(op, hop.target, { name: 'id', kind: 'number', isPrivate: false, isLocalized: false }, context).map((value) => ({ [hop.name]: { [op]: value } }))), weight: 1 },
            ),
          ),
          weight: 8,
        });
      }
    }
    const node = fc.array(fc.oneof(...options), { minLength: 1, maxLength: 2 }).map(merge);
    memo.set(key, node);
    return node;
  };
  return filters;
}

function hopPath(shapes: Shapes, uid: string, length: number): fc.Arbitrary<string[]> {
  const hops = shapes[uid]?.hops ?? [];
  if (!hops.length || length === 0) return fc.constant([] as string[]);
  return fc.constantFrom(...hops).chain((hop) =>
    fc.oneof(fc.constant([hop.name] as string[]), hopPath(shapes, hop.target, length - 1).map((rest): string[] => [hop.name, ...rest])),
  );
}

function sortArbitrary(shapes: Shapes, uid: string): fc.Arbitrary<unknown> {
  const one = fc
    .tuple(hopPath(shapes, uid, 2), fc.constantFrom('asc', 'desc'))
    .chain(([path, direction]) => {
      let target = uid;
      for (const name of path) target = shapes[target]?.hops.find((hop) => hop.name === name)?.target ?? target;
      const fields = (shapes[target]?.fields ?? []).map((field) => field.name);
      return fc.constantFrom(...(fields.length ? fields : ['id'])).map((field) => [...path, field].join('.') + `:${direction}`);
    });
  return fc.oneof(
    { arbitrary: one, weight: 4 },
    { arbitrary: fc.array(one, { minLength: 1, maxLength: 3 }), weight: 2 },
    { arbitrary: fc.constantFrom('accessLevel:asc', 'publishedAt:desc', 'nope:asc', ':'), weight: 1 },
  );
}

function fieldsArbitrary(shapes: Shapes, uid: string): fc.Arbitrary<unknown> {
  const names = (shapes[uid]?.fields ?? []).map((field) => field.name);
  return fc.oneof(
    { arbitrary: fc.subarray(names, { minLength: 1 }), weight: 4 },
    { arbitrary: fc.constantFrom(...names), weight: 2 },
    { arbitrary: fc.constantFrom('password', 'accessLevel', '*', ['id', 'createdBy']), weight: 1 },
  );
}

/** Populate in every syntax Strapi accepts, and some it does not. */
export function populateArbitraries(context: RestContext) {
  const filters = filterArbitraries(context);
  const populate = (uid: string, depth: number): fc.Arbitrary<unknown> => {
    const hops = context.shapes[uid]?.hops ?? [];
    if (!hops.length) return fc.constantFrom('*', true);
    const names = hops.map((hop: Hop) => hop.name);
    const objectEntry = (hop: Hop): fc.Arbitrary<unknown> =>
      depth <= 0
        ? fc.constantFrom(true, '*')
        : fc.oneof(
            { arbitrary: fc.constantFrom(true, '*', 'true'), weight: 2 },
            {
              arbitrary: fc.record(
                {
                  populate: fc.constant(null).chain(() => populate(hop.target, depth - 1)),
                  fields: fieldsArbitrary(context.shapes, hop.target),
                  filters: filters(hop.target, 1),
                  sort: sortArbitrary(context.shapes, hop.target),
                  count: fc.constant(true),
                },
                { requiredKeys: [] },
              ),
              weight: 4,
            },
            // Dynamic-zone syntax on a plain relation or component: must be refused, not crash.
            { arbitrary: fc.constantFrom({ on: { 'shared.source': true } }, { on: { [hop.target]: { populate: '*' } } }), weight: 1 },
          );
    return fc.oneof(
      fc.constant('*'),
      fc.subarray(names, { minLength: 1 }).map((list) => list.join(',')),
      fc.array(hopPath(context.shapes, uid, 4).map((path) => path.join('.') || '*'), { minLength: 1, maxLength: 3 }),
      fc.subarray(hops, { minLength: 1, maxLength: Math.min(3, hops.length) }).chain((chosen) => fc.tuple(...chosen.map(objectEntry)).map((values) => Object.fromEntries(chosen.map((hop, i) => [hop.name, values[i]])))),
      fc.constant({ '*': true }),
    );
  };
  return populate;
}

const PAGINATION = fc.oneof(
  fc.record({ page: fc.integer({ min: 0, max: 5 }), pageSize: fc.oneof(fc.constantFrom(1, 2, 10, 100, 1000), fc.integer({ min: -1, max: 200 })) }, { requiredKeys: [] }),
  fc.record({ start: fc.integer({ min: 0, max: 5 }), limit: fc.oneof(fc.constantFrom(1, 3, 100, -1, 100000), fc.integer({ min: 0, max: 50 })) }, { requiredKeys: [] }),
  fc.constantFrom({ pageSize: 2 ** 31 }, { page: 'x' }, { withCount: false }, { limit: 'all' }, { page: 1, limit: 5 }),
);

/** A REST GET on one of the archive's types: the list, or one record by documentId. */
export function restQueryArbitrary(context: RestContext, { depth = 3 }: { depth?: number } = {}): fc.Arbitrary<RestQuery> {
  const filters = filterArbitraries(context);
  const populate = populateArbitraries(context);
  return fc.constantFrom(...ARCHIVE_TYPES).chain((type) => {
    const uid = uidOf(type);
    // Each parameter now and then, mostly valid: a query refused for one bad parameter tests nothing else.
    const sometimes = <T>(arbitrary: fc.Arbitrary<T>, absentWeight = 3) =>
      fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: 1 });
    const params = fc
      .record({
        filters: fc.option(filters(uid, depth), { freq: 7, nil: undefined }),
        populate: sometimes(populate(uid, 2), 1),
        sort: sometimes(sortArbitrary(context.shapes, uid)),
        fields: sometimes(fieldsArbitrary(context.shapes, uid)),
        locale: sometimes(fc.constantFrom('vi', 'vi', 'en', 'en', '*', 'all', 'xx', '')),
        status: sometimes(fc.constantFrom('draft', 'draft', 'published', 'modified')),
        pagination: sometimes(PAGINATION),
        _q: sometimes(operandFor('$contains', uid, { name: '_q', kind: 'text', isPrivate: false, isLocalized: false }, context), 6),
        hasPublishedVersion: sometimes(fc.constantFrom('false', 'true'), 10),
      })
      .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
    // One record by documentId now and then; mostly the list, where filters decide.
    const one = fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constantFrom(...(context.pools.documentIds[uid] ?? [])), weight: 1 });
    return fc.record({ type: fc.constant(type), documentId: one, params }).map((query) => {
      if (query.documentId === undefined) delete query.documentId;
      return query as RestQuery;
    });
  });
}

/** The URL of a query: as sent (`real`) or with hidden values replaced for an audience. */
export function restUrl(query: RestQuery, mode: 'real' | Audience, pluralOf: (type: ArchiveType) => string): string {
  const params = renderQuery(query.params, mode) as Tree;
  const one = query.documentId ? `/${encodeURIComponent(String(renderQuery(query.documentId, mode)))}` : '';
  const search = stringify(params, { encodeValuesOnly: true });
  return `/api/${pluralOf(query.type)}${one}${search ? `?${search}` : ''}`;
}

export const restNamesHidden = (query: RestQuery, audience: Audience) => namesHidden(query.params, audience) || Boolean(query.documentId && namesHidden(query.documentId, audience));
