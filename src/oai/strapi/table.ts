import type { Knex } from 'knex';
import { createTableOnce } from '../../curation/own-table';

export const LEDGER_TABLE = 'di_san_oai_ledger';

/**
 * The OAI ledger (src/oai/ledger.ts) in a table of its own: no content type,
 * so no REST route, admin view or document-service read reaches it. `oai_key`
 * ("type/documentId") breaks datestamp ties, so a list has one total order
 * for its resumption tokens.
 */
export async function ensureLedgerTable(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, LEDGER_TABLE, (table) => {
    table.string('oai_key', 120).primary();
    table.string('type', 32).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('level', 16).notNullable();
    table.integer('public_seen').notNullable().defaultTo(0);
    table.integer('researcher_seen').notNullable().defaultTo(0);
    table.bigInteger('datestamp').notNullable();
    table.bigInteger('visible_until').notNullable();
    table.text('sets').notNullable();
    table.string('hash', 64).notNullable();
    table.index(['datestamp', 'oai_key'], 'di_san_oai_ledger_order');
    table.index(['level', 'visible_until'], 'di_san_oai_ledger_expiry');
  });
}
