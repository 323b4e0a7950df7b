import type { Knex } from 'knex';
import { createTableOnce } from '../../own-table';

export const REVIEW_TABLE = 'di_san_review';

/**
 * Review state per document and locale, in a table of its own rather than a
 * schema field: Strapi's publish would copy a field between draft and published
 * rows, and the content API would expose it. A document with no row is a draft
 * when it has no published version, else approved (see effectiveState()).
 */
export async function ensureReviewTable(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, REVIEW_TABLE, (table) => {
    table.increments('id');
    table.string('uid', 120).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 16).notNullable();
    table.string('state', 32).notNullable();
    table.integer('submitted_by').nullable();
    table.string('submitted_at', 40).nullable();
    table.text('note').nullable();
    table.integer('note_by').nullable();
    table.string('updated_at', 40).notNullable();
    table.unique(['uid', 'document_id', 'locale'], { indexName: 'di_san_review_key' });
    table.index(['state'], 'di_san_review_state');
    table.index(['submitted_by'], 'di_san_review_submitted_by');
  });
}
