/**
 * Read-only access to the IANA Language Subtag Registry as shipped by the npm
 * package `language-subtag-registry` (data/json/*.json).
 *
 * The package is marked "type": "module" but only ships JSON files, and
 * require() of JSON works the same under plain Node (tsc CommonJS output)
 * and under tsx. Files are loaded lazily, once, on first use.
 */

export type SubtagType = 'language' | 'extlang' | 'script' | 'region' | 'variant';

export interface SubtagRecord {
  Type: string;
  Subtag: string;
  Description: string[];
  Deprecated?: string;
  'Preferred-Value'?: string;
  Prefix?: string[];
}

const DATA_DIR = 'language-subtag-registry/data/json/';

interface TypeIndex {
  positions: Record<string, number>;
  ranges: Array<[string, string]>;
}

let registry: SubtagRecord[] | undefined;
const indexes = new Map<SubtagType, TypeIndex>();

function load<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require(`${DATA_DIR}${file}.json`) as T;
}

function loadIndex(type: SubtagType): TypeIndex {
  const positions = load<Record<string, number>>(type);
  // Private-use ranges such as "qaa..qtz" are single keys, kept as [from, to].
  const ranges = Object.keys(positions)
    .filter((key) => key.includes('..'))
    .map((key) => key.split('..') as [string, string]);
  return { positions, ranges };
}

/** Look up a subtag (case-insensitive). Undefined when not registered. */
export function lookupSubtag(type: SubtagType, subtag: string): SubtagRecord | undefined {
  registry ??= load<SubtagRecord[]>('registry');
  let index = indexes.get(type);
  if (!index) {
    index = loadIndex(type);
    indexes.set(type, index);
  }
  const key = subtag.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(index.positions, key)) {
    return registry[index.positions[key]];
  }
  for (const [from, to] of index.ranges) {
    if (key.length === from.length && key >= from && key <= to) {
      return registry[index.positions[`${from}..${to}`]];
    }
  }
  return undefined;
}

/** True for the registry's private-use entries (qaa..qtz, Qaaa..Qabx, AA, ZZ, XA..XZ...). */
export function isPrivateUse(record: SubtagRecord): boolean {
  return record.Subtag.includes('..') || record.Description.includes('Private use');
}

/** Deprecation hint like ' Use "he" instead.' (empty when there is no preferred value). */
export function preferredHint(record: SubtagRecord): string {
  const preferred = record['Preferred-Value'];
  return preferred ? ` Use "${preferred}" instead.` : '';
}
