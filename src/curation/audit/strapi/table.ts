import type { Knex } from 'knex';
import { createTableOnce } from '../../own-table';

export const AUDIT_TABLE = 'di_san_audit';

/**
 * The audit log's own table, outside Strapi's content types: no content-manager
 * view, no REST route and no entity service can reach it, so the only writer is
 * appendAudit() and nothing edits or deletes rows. seq is the primary key and is
 * assigned by the appender (not autoincrement), so a removed row shows as a gap.
 */
export async function ensureAuditTable(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, AUDIT_TABLE, (table) => {
    table.bigInteger('seq').primary();
    table.string('previous_hash', 64).notNullable();
    table.string('hash', 64).notNullable();
    table.string('action', 64).notNullable();
    table.string('actor', 120).notNullable();
    table.string('target', 255).nullable();
    table.string('at', 40).notNullable();
    table.string('ip', 64).nullable();
    table.text('details').notNullable();
    table.index(['target'], 'di_san_audit_target');
    table.index(['actor'], 'di_san_audit_actor');
    table.index(['action'], 'di_san_audit_action');
    table.index(['at'], 'di_san_audit_at');
  });
}
