import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { AUDIT_CSV_COLUMNS, CSV_BOM, csvRow } from '../csv';
import type { AuditFilters } from '../filters';
import type { AuditRow } from './append';
import { filteredAudit, toListItems } from './query';

const CHUNK = 500;

/**
 * The filtered log as a CSV stream, newest first, read in chunks of 500 by
 * seq (keyset paging: each chunk is one short query, so a long export never
 * holds the database, which on SQLite has one connection).
 */
export async function auditCsvStream(strapi: Core.Strapi, filters: Omit<AuditFilters, 'page' | 'pageSize'>): Promise<PassThrough> {
  const base = await filteredAudit(strapi, filters);
  const out = new PassThrough();
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve)));
  void (async () => {
    await write(CSV_BOM + csvRow(AUDIT_CSV_COLUMNS));
    let below: number | null = null;
    for (;;) {
      const query = base().select('*').orderBy('seq', 'desc').limit(CHUNK);
      if (below !== null) query.where('seq', '<', below);
      const rows = (await query) as AuditRow[];
      for (const item of await toListItems(strapi, rows)) {
        await write(csvRow([item.seq, item.at, item.action, item.actor, item.actorUser?.email, item.target, item.ip, item.details, item.hash]));
      }
      if (rows.length < CHUNK) break;
      below = Number(rows[rows.length - 1].seq);
    }
    out.end();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
