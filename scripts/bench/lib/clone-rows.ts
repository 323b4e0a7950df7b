/**
 * Many records fast, for benchmarks only (SQLite): copies the database rows
 * of one record written through the document service, instead of writing
 * thousands through it, which would take hours and measure the writes.
 */
import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { progressBar } from '../../lib/progress';
import type { TestApp } from '../../../tests/helpers/app';

const documentIdChars = 'abcdefghijklmnopqrstuvwxyz0123456789';
const newDocumentId = () => [...randomBytes(24)].map((byte) => documentIdChars[byte % documentIdChars.length]).join('');

async function columnsOf(knex: Knex, table: string): Promise<string[]> {
  return (await knex.raw(`PRAGMA table_info("${table}")`)).map((column: { name: string }) => column.name);
}

/**
 * Copies the rows of one record (every locale, draft and published) `count`
 * times under new documentIds, with the rows of every table that points at
 * them: relation links (`<table>_..._lnk`, by `<singular>_id`) and component
 * links (`<table>_cmps`, by `entity_id`; the component rows are shared).
 */
export async function cloneRecord(app: TestApp, uid: string, documentId: string, count: number, label: string): Promise<void> {
  const knex = app.strapi.db.connection as unknown as Knex;
  const meta = app.strapi.db.metadata.get(uid) as { tableName: string };
  const table = meta.tableName;
  const rows = await knex(table).where('document_id', documentId);
  const tables = ((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table'")) as Array<{ name: string }>).map((t) => t.name);
  const links: Array<{ table: string; column: string; rows: Record<string, unknown>[] }> = [];
  const singular = (app.strapi.getModel(uid as never) as unknown as { info: { singularName: string } }).info.singularName.replace(/-/g, '_');
  for (const name of tables.filter((t) => t.startsWith(`${table}_`))) {
    const column = name.endsWith('_cmps') ? 'entity_id' : `${singular}_id`;
    if (!(await columnsOf(knex, name)).includes(column)) continue;
    links.push({ table: name, column, rows: await knex(name).whereIn(column, rows.map((row) => row.id)) });
  }
  const bar = progressBar(label);
  let nextId = Number((await knex(table).max('id as max'))[0].max) + 1;
  const linkIds = new Map<string, number>();
  for (const link of links) linkIds.set(link.table, Number((await knex(link.table).max('id as max'))[0].max ?? 0) + 1);
  const BATCH = 500;
  for (let done = 0; done < count; done += BATCH) {
    const size = Math.min(BATCH, count - done);
    const newRows: Record<string, unknown>[] = [];
    const newLinks = new Map<string, Record<string, unknown>[]>(links.map((link) => [link.table, []]));
    for (let i = 0; i < size; i++) {
      const copyOf = newDocumentId();
      const n = done + i + 1;
      for (const row of rows) {
        const id = nextId++;
        newRows.push({ ...row, id, document_id: copyOf, ...('name' in row ? { name: `${row.name} ${n}` } : {}), ...('slug' in row && row.slug ? { slug: `${row.slug}-${n}` } : {}) });
        for (const link of links) {
          for (const linked of link.rows.filter((l) => l[link.column] === row.id)) {
            const linkId = linkIds.get(link.table)!;
            linkIds.set(link.table, linkId + 1);
            newLinks.get(link.table)!.push({ ...linked, id: linkId, [link.column]: id });
          }
        }
      }
    }
    await knex.transaction(async (trx) => {
      await trx.batchInsert(table, newRows, 100);
      for (const [name, linkRows] of newLinks) if (linkRows.length) await trx.batchInsert(name, linkRows, 200);
    });
    bar.update(done + size, count, 'records');
  }
  bar.finish(`${label}: ${count} copies.`);
}

