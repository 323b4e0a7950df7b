import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ReviewRow } from '../state';
import { REVIEW_TABLE } from './table';

export interface ReviewKey {
  uid: string;
  documentId: string;
  locale: string;
}

/**
 * Runs fn with a query builder on di_san_review inside Strapi's transaction:
 * it joins the caller's transaction when there is one, because SQLite has a
 * single connection and a query outside it would wait for it forever.
 */
export function withReviewTable<T>(strapi: Core.Strapi, fn: (table: () => Knex.QueryBuilder, trx: Knex.Transaction) => Promise<T>): Promise<T> {
  const schema = strapi.db.getSchemaName?.();
  // Strapi types transaction()'s result as Promise<Promise<T>> for an async callback; it resolves to T.
  const transaction = strapi.db.transaction.bind(strapi.db) as unknown as (cb: (p: { trx: Knex.Transaction }) => Promise<T>) => Promise<T>;
  return transaction(async ({ trx }) => fn(() => (schema ? trx.withSchema(schema).table(REVIEW_TABLE) : trx(REVIEW_TABLE)), trx));
}

const where = (key: ReviewKey) => ({ uid: key.uid, document_id: key.documentId, locale: key.locale });

export async function readReviewRow(strapi: Core.Strapi, key: ReviewKey): Promise<ReviewRow | null> {
  const row = await withReviewTable(strapi, async (table) => table().where(where(key)).first());
  return row ? normalize(row as ReviewRow) : null;
}

/** Inserts or replaces the row of one document and locale. */
export async function writeReviewRow(strapi: Core.Strapi, key: ReviewKey, values: Partial<Omit<ReviewRow, 'uid' | 'document_id' | 'locale'>>): Promise<void> {
  const row = { ...where(key), ...values, updated_at: new Date().toISOString() };
  await withReviewTable(strapi, async (table) => {
    await table().insert(row).onConflict(['uid', 'document_id', 'locale']).merge();
  });
}

/** Removes rows: one locale, or every locale of the document when locale is omitted. */
export async function deleteReviewRows(strapi: Core.Strapi, key: Omit<ReviewKey, 'locale'> & { locale?: string }): Promise<void> {
  await withReviewTable(strapi, async (table) => {
    const query = table().where({ uid: key.uid, document_id: key.documentId });
    await (key.locale ? query.andWhere({ locale: key.locale }) : query).delete();
  });
}

/** PostgreSQL returns integers as numbers, SQLite too; ids may come back as strings from bigints. */
export function normalize(row: ReviewRow): ReviewRow {
  return {
    ...row,
    submitted_by: row.submitted_by == null ? null : Number(row.submitted_by),
    note_by: row.note_by == null ? null : Number(row.note_by),
  };
}

/**
 * Holds the document's review until the transaction ends, so two curators
 * approving at once cannot both read "submitted". PostgreSQL: a transaction-
 * scoped advisory lock on the key; SQLite has one connection, so transactions
 * run one at a time anyway.
 */
export async function lockReviewKey(strapi: Core.Strapi, key: ReviewKey): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  await withReviewTable(strapi, async (_table, trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`di_san_review|${key.uid}|${key.documentId}|${key.locale}`]);
  });
}
