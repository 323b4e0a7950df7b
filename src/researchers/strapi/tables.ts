import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createTableOnce } from '../../curation/own-table';

export const REQUESTS_TABLE = 'di_san_researcher_requests';
export const TOKENS_TABLE = 'di_san_researcher_tokens';

/**
 * Access requests and researcher tokens in tables of their own (like the
 * audit log): no content type, so no REST route, content-manager view or
 * document-service read can list requesters' emails or token hashes.
 */
export async function ensureResearcherTables(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, REQUESTS_TABLE, (table) => {
    table.increments('id').primary();
    table.string('status', 16).notNullable(); // pending | approved | declined
    table.string('name', 120).notNullable();
    table.string('institution', 200).notNullable();
    table.string('email', 254).notNullable();
    table.text('purpose').notNullable();
    table.string('locale', 2).notNullable();
    table.string('terms_accepted_at', 40).notNullable();
    table.string('created_at', 40).notNullable();
    table.string('reviewed_at', 40).nullable();
    table.integer('reviewed_by').nullable();
    table.text('decline_reason').nullable();
    table.integer('user_id').nullable();
    table.string('set_password_hash', 64).nullable();
    table.string('set_password_expires_at', 40).nullable();
    table.index(['status', 'created_at'], 'di_san_researcher_requests_status');
    table.index(['email'], 'di_san_researcher_requests_email');
    table.index(['set_password_hash'], 'di_san_researcher_requests_set_password');
  });
  await createTableOnce(knex, schema, TOKENS_TABLE, (table) => {
    table.increments('id').primary();
    table.integer('user_id').notNullable();
    table.string('hash', 64).notNullable().unique('di_san_researcher_tokens_hash');
    table.string('label', 80).notNullable();
    table.string('last_four', 4).notNullable();
    table.string('created_at', 40).notNullable();
    table.string('revoked_at', 40).nullable();
    table.string('last_used_at', 40).nullable();
    table.index(['user_id'], 'di_san_researcher_tokens_user');
  });
}

/** A query builder on one of these tables, in the app's schema (PostgreSQL) and the caller's transaction if given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by each caller's cast
export function table(strapi: Core.Strapi, name: string, trx?: Knex.Transaction): Knex.QueryBuilder<any, any> {
  const knex = (trx ?? strapi.db.connection) as Knex;
  const schema = strapi.db.getSchemaName?.();
  return (schema ? knex.withSchema(schema).table(name) : knex(name)) as Knex.QueryBuilder;
}
