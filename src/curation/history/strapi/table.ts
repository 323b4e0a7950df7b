import type { Knex } from 'knex';
import { createTableOnce } from '../../own-table';

export const VERSIONS_TABLE = 'di_san_versions';

export type VersionKind = 'save' | 'publish' | 'restore' | 'unpublish';

export interface VersionRow {
  id: number | string;
  uid: string;
  document_id: string;
  locale: string | null;
  kind: VersionKind;
  author: string;
  created_at: string;
  snapshot: string;
  size: number | string;
}

/**
 * Every saved state of every record, outside Strapi's content types (no
 * content-manager view or REST route reaches it). Never pruned: the archive
 * keeps how a heritage record came to read as it does.
 */
export async function ensureVersionsTable(knex: Knex, schema?: string): Promise<void> {
  await createTableOnce(knex, schema, VERSIONS_TABLE, (table) => {
    table.bigIncrements('id').primary();
    table.string('uid', 120).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('locale', 16).nullable();
    table.string('kind', 16).notNullable();
    table.string('author', 120).notNullable();
    table.string('created_at', 40).notNullable();
    table.text('snapshot').notNullable();
    table.integer('size').notNullable();
    table.index(['uid', 'document_id', 'locale'], 'di_san_versions_record');
  });
}
