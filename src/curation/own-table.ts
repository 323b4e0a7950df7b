import type { Knex } from 'knex';

/**
 * Creates one of curation's own tables (outside Strapi's content types, so no
 * content-manager view, REST route or entity service reaches it) unless it
 * exists, on SQLite and PostgreSQL. Two processes starting at once may race:
 * the loser finds the table made and carries on.
 */
export async function createTableOnce(
  knex: Knex,
  schema: string | undefined,
  name: string,
  build: (table: Knex.CreateTableBuilder) => void,
): Promise<void> {
  const builder = () => (schema ? knex.schema.withSchema(schema) : knex.schema);
  if (await builder().hasTable(name)) return;
  try {
    await builder().createTable(name, build);
  } catch (error) {
    if (!(await builder().hasTable(name))) throw error;
  }
}
