import type { Knex } from 'knex';
import { createTableOnce } from '../../own-table';

export const SCOPE_TABLE = 'di_san_officer_communes';

/** Which communes (place documentIds) each admin user is assigned; outside Strapi's content types, like the audit log. */
export async function ensureScopeTable(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, SCOPE_TABLE, (table) => {
    table.integer('user_id').notNullable();
    table.string('place_document_id', 64).notNullable();
    table.primary(['user_id', 'place_document_id']);
  });
}
