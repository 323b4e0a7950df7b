import type { Knex } from 'knex';

export const SCOPE_TABLE = 'di_san_officer_communes';

/** Which communes (place documentIds) each admin user is assigned; outside Strapi's content types, like the audit log. */
export async function ensureScopeTable(knex: Knex, schema?: string): Promise<void> {
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(SCOPE_TABLE)) return;
  try {
    await builder().createTable(SCOPE_TABLE, (table) => {
      table.integer('user_id').notNullable();
      table.string('place_document_id', 64).notNullable();
      table.primary(['user_id', 'place_document_id']);
    });
  } catch (error) {
    if (!(await builder().hasTable(SCOPE_TABLE))) throw error;
  }
}
