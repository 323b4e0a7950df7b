/**
 * Reads and writes of the OAI ledger table: the only code that touches it.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Audience } from '../../access/levels';
import { joinSets, setPatterns, splitSets } from '../sets';
import { seenColumn, type LedgerEntry, type Level } from '../ledger';
import { LEDGER_TABLE } from './table';

interface Row {
  oai_key: string;
  type: string;
  document_id: string;
  level: string;
  public_seen: number | boolean;
  researcher_seen: number | boolean;
  datestamp: number | string;
  visible_until: number | string;
  sets: string;
  hash: string;
}

export const keyOf = (type: string, documentId: string) => `${type}/${documentId}`;

const fromRow = (row: Row): LedgerEntry => ({
  type: row.type,
  documentId: row.document_id,
  level: row.level as Level,
  publicSeen: Boolean(Number(row.public_seen)),
  researcherSeen: Boolean(Number(row.researcher_seen)),
  // PostgreSQL returns bigint columns as strings.
  datestamp: Number(row.datestamp),
  visibleUntil: Number(row.visible_until),
  sets: splitSets(row.sets),
  hash: row.hash,
});

const toRow = (entry: LedgerEntry): Row => ({
  oai_key: keyOf(entry.type, entry.documentId),
  type: entry.type,
  document_id: entry.documentId,
  level: entry.level,
  public_seen: entry.publicSeen ? 1 : 0,
  researcher_seen: entry.researcherSeen ? 1 : 0,
  datestamp: entry.datestamp,
  visible_until: entry.visibleUntil,
  sets: joinSets(entry.sets),
  hash: entry.hash,
});

export interface ListQuery {
  audience: Audience;
  set?: string;
  /** Unix seconds, inclusive. */
  from?: number;
  until: number;
  /** The last (datestamp, oai_key) already sent. */
  after?: [number, string];
  limit: number;
}

export function ledgerStore(strapi: Core.Strapi) {
  const knex = (): Knex => strapi.db.connection;
  const table = () => {
    const schema = strapi.db.getSchemaName?.();
    return schema ? knex()(LEDGER_TABLE).withSchema(schema) : knex()(LEDGER_TABLE);
  };

  const filtered = (query: Omit<ListQuery, 'after' | 'limit'>) => {
    let builder = table().where(seenColumn(query.audience), 1).andWhere('datestamp', '<=', query.until);
    if (query.from !== undefined) builder = builder.andWhere('datestamp', '>=', query.from);
    if (query.set) {
      const [exact, below] = setPatterns(query.set);
      builder = builder.andWhere((where) => where.whereRaw("sets like ? escape '\\'", [exact]).orWhereRaw("sets like ? escape '\\'", [below]));
    }
    return builder;
  };

  return {
    async get(type: string, documentId: string): Promise<LedgerEntry | null> {
      const row = (await table().where('oai_key', keyOf(type, documentId)).first()) as Row | undefined;
      return row ? fromRow(row) : null;
    },

    async put(entry: LedgerEntry): Promise<void> {
      const row = toRow(entry);
      await table().insert(row).onConflict('oai_key').merge();
    },

    async list(query: ListQuery): Promise<LedgerEntry[]> {
      let builder = filtered(query);
      if (query.after) {
        const [datestamp, key] = query.after;
        builder = builder.andWhere((where) => where.where('datestamp', '>', datestamp).orWhere((tie) => tie.where('datestamp', datestamp).andWhere('oai_key', '>', key)));
      }
      const rows = (await builder.orderBy([{ column: 'datestamp' }, { column: 'oai_key' }]).limit(query.limit)) as Row[];
      return rows.map(fromRow);
    },

    async count(query: Omit<ListQuery, 'after' | 'limit'>): Promise<number> {
      const [{ total }] = (await filtered(query).count({ total: '*' })) as Array<{ total: number | string }>;
      return Number(total);
    },

    async earliest(audience: Audience): Promise<number | null> {
      const [{ first }] = (await table().where(seenColumn(audience), 1).min({ first: 'datestamp' })) as Array<{ first: number | string | null }>;
      return first === null || first === undefined ? null : Number(first);
    },

    async isEmpty(): Promise<boolean> {
      return !(await table().first('oai_key'));
    },

    /**
     * Consent that expired since the entry was written ends the record's dissemination
     * without any write to the record: mark those entries deleted, dated now (a
     * harvester that already passed the expiry moment must still hear of it).
     */
    async sweepExpired(now: number): Promise<number> {
      return table().whereNot('level', 'none').andWhere('visible_until', '<=', now).update({ level: 'none', hash: 'none', datestamp: now });
    },
  };
}

export type LedgerStore = ReturnType<typeof ledgerStore>;
