import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Snapshot } from '../snapshot';
import { VERSIONS_TABLE, type VersionKind, type VersionRow } from './table';

export interface VersionSummary {
  id: number;
  uid: string;
  documentId: string;
  locale: string | null;
  kind: VersionKind;
  author: string;
  createdAt: string;
  size: number;
}

export interface Version extends VersionSummary {
  snapshot: Snapshot;
}

const SUMMARY_COLUMNS = ['id', 'uid', 'document_id', 'locale', 'kind', 'author', 'created_at', 'size'];

const toSummary = (row: Omit<VersionRow, 'snapshot'>): VersionSummary => ({
  id: Number(row.id),
  uid: row.uid,
  documentId: row.document_id,
  locale: row.locale,
  kind: row.kind,
  author: row.author,
  createdAt: row.created_at,
  size: Number(row.size),
});

/** The versions table through `knex` (a transaction's trx, or the connection when none is open). */
export function versionsTable(strapi: Core.Strapi, knex: Knex = strapi.db.connection): Knex.QueryBuilder {
  const schema = strapi.db.getSchemaName?.();
  return schema ? knex.withSchema(schema).table(VERSIONS_TABLE) : knex(VERSIONS_TABLE);
}

/** A record's versions, newest first (by id: timestamps of one millisecond can tie). */
export async function listVersions(
  strapi: Core.Strapi,
  record: { uid: string; documentId: string; locale?: string | null },
): Promise<VersionSummary[]> {
  const query = versionsTable(strapi).select(SUMMARY_COLUMNS).where({ uid: record.uid, document_id: record.documentId });
  if (record.locale) query.andWhere({ locale: record.locale });
  const rows = (await query.orderBy('id', 'desc')) as VersionRow[];
  return rows.map(toSummary);
}

export async function findVersion(strapi: Core.Strapi, id: number, knex?: Knex): Promise<Version | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = (await versionsTable(strapi, knex).where({ id }).first()) as VersionRow | undefined;
  if (!row) return null;
  return { ...toSummary(row), snapshot: JSON.parse(row.snapshot) as Snapshot };
}

/** The newest version id of one record in one locale (the one a write just made). */
export async function latestVersionId(strapi: Core.Strapi, knex: Knex, record: { uid: string; documentId: string; locale: string | null }): Promise<number | null> {
  const row = (await versionsTable(strapi, knex)
    .select('id')
    .where({ uid: record.uid, document_id: record.documentId, locale: record.locale })
    .orderBy('id', 'desc')
    .first()) as { id: number | string } | undefined;
  return row ? Number(row.id) : null;
}
