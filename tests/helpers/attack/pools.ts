/**
 * The values a generated query may use, read back from the database: every
 * stored text, number, id and documentId of every model the attack can reach.
 * Ids and documentIds remember whether their row is out of reach.
 */
import type { TestApp } from '../app';
import type { AttackRecord } from './archive';
import { Probe, type Secrecy } from './markers';
import type { Shapes } from './model';

export interface Pools {
  texts: Record<string, Record<string, string[]>>;
  numbers: Record<string, Record<string, number[]>>;
  ids: Record<string, Probe[]>;
  documentIds: Record<string, Probe[]>;
}

type Row = Record<string, unknown> & { id: number; documentId?: string; publishedAt?: string | null };

function rowSecrecy(row: Row, byDocument: Map<string, AttackRecord>): Secrecy | null {
  const record = row.documentId ? byDocument.get(row.documentId) : undefined;
  if (record && record.kind !== 'public' && record.kind !== 'newer-draft') return record.kind;
  return row.publishedAt ? null : 'draft-row';
}

export async function buildPools({ app, shapes, records, markers }: { app: TestApp; shapes: Shapes; records: AttackRecord[]; markers: Map<string, Secrecy> }): Promise<Pools> {
  const byDocument = new Map(records.filter((r) => r.kind !== 'draft-translation').map((r) => [r.documentId, r]));
  const pools: Pools = { texts: {}, numbers: {}, ids: {}, documentIds: {} };
  for (const shape of Object.values(shapes)) {
    const rows = (await app.strapi.db.query(shape.uid as never).findMany({} as never)) as Row[];
    const texts: Record<string, Set<string>> = {};
    const numbers: Record<string, Set<number>> = {};
    for (const row of rows) {
      for (const field of shape.fields) {
        const value = row[field.name];
        if (field.kind === 'text' && typeof value === 'string' && value !== '' && field.name !== 'documentId') (texts[field.name] ??= new Set()).add(value);
        if (field.kind === 'number' && typeof value === 'number' && field.name !== 'id') (numbers[field.name] ??= new Set()).add(value);
      }
    }
    pools.texts[shape.uid] = Object.fromEntries(Object.entries(texts).map(([name, set]) => [name, [...set].sort()]));
    pools.numbers[shape.uid] = Object.fromEntries(Object.entries(numbers).map(([name, set]) => [name, [...set].sort((a, b) => a - b)]));
    const isRecord = shape.uid.startsWith('api::');
    pools.ids[shape.uid] = rows.map((row) => {
      if (isRecord) return new Probe(row.id, [], rowSecrecy(row, byDocument));
      // A file or component row is hidden when its own text names a hidden record (a portrait's file name).
      const secrecy = Object.values(row).map((value) => (typeof value === 'string' ? [...markers].find(([marker]) => value.includes(marker))?.[1] : undefined)).find(Boolean);
      return new Probe(row.id, [], secrecy ?? null);
    });
    if (isRecord) {
      // A document is out of reach when none of its rows is reachable.
      const seen = new Map<string, Secrecy | null>();
      for (const row of rows) {
        const secrecy = rowSecrecy(row, byDocument);
        if (!seen.has(row.documentId!) || secrecy === null) seen.set(row.documentId!, secrecy);
      }
      pools.documentIds[shape.uid] = [...seen].map(([documentId, secrecy]) => new Probe(documentId, [], secrecy));
    }
  }
  return pools;
}
