/**
 * Arbitrary values for one field and operator, drawn from what the archive
 * stores (so hidden text is named often) and from junk (so parsers are hit).
 * Text values are slices of stored texts that keep track of marker characters.
 */
import fc from 'fast-check';
import { type MarkerIndex, Probe, sliceProbe } from './markers';
import type { Field } from './model';
import type { Pools } from './pools';

export const TEXT_OPERATORS = ['$eq', '$ne', '$in', '$notIn', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$eqi', '$nei', '$null', '$notNull', '$lt', '$gt', '$lte', '$gte', '$between'] as const;
export const ORDER_OPERATORS = ['$eq', '$ne', '$in', '$notIn', '$lt', '$lte', '$gt', '$gte', '$between', '$null', '$notNull'] as const;
export const CHOICE_OPERATORS = ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'] as const;

const JUNK_TEXT = ['', '%', '_', "'", '"', '\\', '*', 'Bí mật', 'null', '[object Object]', '%00', '$eq', '0', ' '];

export interface ValueContext {
  pools: Pools;
  markers: MarkerIndex;
  /** Every stored text of every model: values from one field used against another. */
  allTexts: string[];
}

export function allTextsOf(pools: Pools): string[] {
  return [...new Set(Object.values(pools.texts).flatMap((fields) => Object.values(fields).flat()))].sort();
}

/** A slice of a stored text that suits the operator: whole for equality, a prefix for $startsWith… */
function sliceFor(operator: string, texts: string[], markers: MarkerIndex): fc.Arbitrary<Probe> {
  return fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.boolean()).map(([text, a, b, isUpper]) => {
    const n = text.length;
    let probe: Probe;
    if (/^\$(contains|notContains|containsi|notContainsi)$/.test(operator)) {
      const start = a % (n + 1);
      probe = sliceProbe(text, start, start + 1 + (b % Math.max(1, n - start)), markers);
    } else if (operator.startsWith('$startsWith')) probe = sliceProbe(text, 0, 1 + (b % Math.max(1, n)), markers);
    else if (operator.startsWith('$endsWith')) probe = sliceProbe(text, a % Math.max(1, n), n, markers);
    else probe = sliceProbe(text, 0, n, markers);
    // Case-insensitive operators get the other case now and then (markers are ASCII, so spans stay put).
    if (isUpper && /i$/.test(operator) && typeof probe.value === 'string') return new Probe(probe.value.toUpperCase(), probe.spans);
    return probe;
  });
}

/** A plain (untracked) probe: for ordering operators, where replacing a value changes the answer legitimately. */
const untracked = (probe: Probe) => new Probe(probe.value);

function textValue(operator: string, uid: string, field: Field, context: ValueContext): fc.Arbitrary<Probe> {
  const own = field.name === 'documentId' ? [] : context.pools.texts[uid]?.[field.name] ?? [];
  const options: Array<fc.WeightedArbitrary<Probe>> = [
    { arbitrary: fc.constantFrom(...JUNK_TEXT).map((value) => new Probe(value)), weight: 1 },
    { arbitrary: fc.string({ maxLength: 6 }).map((value) => new Probe(value)), weight: 1 },
    { arbitrary: sliceFor(operator, context.allTexts, context.markers), weight: 2 },
  ];
  if (own.length) options.push({ arbitrary: sliceFor(operator, own, context.markers), weight: 6 });
  if (field.name === 'documentId') {
    const ids = Object.values(context.pools.documentIds).flat();
    options.push({ arbitrary: fc.constantFrom(...(context.pools.documentIds[uid] ?? ids)), weight: 6 }, { arbitrary: fc.constantFrom(...ids), weight: 1 });
  }
  const arbitrary = fc.oneof(...options);
  return /^\$(lt|lte|gt|gte|between)$/.test(operator) ? arbitrary.map(untracked) : arbitrary;
}

function numberValue(operator: string, uid: string, field: Field, context: ValueContext): fc.Arbitrary<Probe> {
  const own = field.name === 'id' ? context.pools.ids[uid] ?? [] : (context.pools.numbers[uid]?.[field.name] ?? []).map((value) => new Probe(value));
  const options: Array<fc.Arbitrary<Probe>> = [
    fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constantFrom(0, 2 ** 31, Number.MAX_SAFE_INTEGER)).map((value) => new Probe(value)),
    fc.constantFrom('x', '1e999', '-0', '1;', '').map((value) => new Probe(value)),
  ];
  if (own.length) options.push(fc.constantFrom(...own), fc.constantFrom(...own));
  const arbitrary = fc.oneof(...options);
  return /^\$(lt|lte|gt|gte|between)$/.test(operator) ? arbitrary.map(untracked) : arbitrary;
}

function plainValue(field: Field): fc.Arbitrary<Probe> {
  const values: unknown[] =
    field.kind === 'boolean' ? [true, false, 'true', 'false', 1, 'x'] : field.kind === 'date' ? ['2026-04-21', '2020-01-01', '1999-12-31', 'not-a-date'] : [...(field.values ?? []), 'nope', ''];
  return fc.constantFrom(...values).map((value) => new Probe(value as string));
}

/** The value of `{ [field]: { [operator]: value } }`. */
export function operandFor(operator: string, uid: string, field: Field, context: ValueContext): fc.Arbitrary<unknown> {
  if (operator === '$null' || operator === '$notNull') return fc.constantFrom(true, false, 'true', 'false');
  const single =
    field.kind === 'text'
      ? textValue(operator, uid, field, context)
      : field.kind === 'number'
        ? numberValue(operator, uid, field, context)
        : plainValue(field);
  if (operator === '$in' || operator === '$notIn') return fc.array(single, { minLength: 1, maxLength: 3 });
  if (operator === '$between') return fc.tuple(single, single);
  return single;
}
