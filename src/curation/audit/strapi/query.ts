import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AuditFilters } from '../filters';
import { type AuditRow, rowToEntry } from './append';
import { AUDIT_TABLE } from './table';

export interface AuditListItem {
  seq: number;
  action: string;
  actor: string;
  actorUser: { id: number; name: string; email: string } | null;
  target: string | null;
  at: string;
  ip: string | null;
  details: Record<string, unknown>;
  hash: string;
}

/** Escapes LIKE wildcards, so a filter value matches as text. */
const likePrefix = (value: string) => `${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The filtered rows, newest first, as a knex builder (the caller adds paging). */
export async function filteredAudit(strapi: Core.Strapi, filters: Omit<AuditFilters, 'page' | 'pageSize'>): Promise<() => Knex.QueryBuilder> {
  const knex = strapi.db.connection;
  const schema = strapi.db.getSchemaName?.();
  let actors: string[] | null = null;
  if (filters.actor?.kind === 'actor') actors = [filters.actor.value];
  if (filters.actor?.kind === 'email') {
    const users = (await strapi.db.query('admin::user').findMany({ where: { email: { $eqi: filters.actor.email } }, select: ['id'] })) as Array<{ id: number }>;
    actors = users.map((user) => `admin:${user.id}`);
  }
  return () => {
    const query = schema ? knex.withSchema(schema).from(AUDIT_TABLE) : knex.from(AUDIT_TABLE);
    const { action, target, from, before } = filters;
    if (action) {
      if (action.isPrefix) query.whereRaw(`action LIKE ? ESCAPE '\\'`, [likePrefix(action.value)]);
      else query.where('action', action.value);
    }
    if (actors) query.whereIn('actor', actors.length ? actors : ['']);
    if (target) query.whereRaw(`target LIKE ? ESCAPE '\\'`, [likePrefix(target)]);
    if (from) query.where('at', '>=', from);
    if (before) query.where('at', '<', before);
    return query;
  };
}

/** Rows as the API shows them, each admin actor with the account's name and email (null once the account is gone). */
export async function toListItems(strapi: Core.Strapi, rows: AuditRow[]): Promise<AuditListItem[]> {
  const ids = [...new Set(rows.map((row) => /^admin:(\d+)$/.exec(row.actor)?.[1]).filter(Boolean).map(Number))];
  const users = ids.length
    ? ((await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids } }, select: ['id', 'firstname', 'lastname', 'email'] })) as Array<{
        id: number;
        firstname?: string | null;
        lastname?: string | null;
        email: string;
      }>)
    : [];
  const byId = new Map(users.map((user) => [`admin:${user.id}`, { id: user.id, name: [user.firstname, user.lastname].filter(Boolean).join(' '), email: user.email }]));
  return rows.map((row) => {
    const { seq, action, actor, target, at, ip, details, hash } = rowToEntry(row);
    return { seq, action, actor, actorUser: byId.get(actor) ?? null, target, at, ip, details, hash };
  });
}

export async function listAudit(strapi: Core.Strapi, filters: AuditFilters) {
  const base = await filteredAudit(strapi, filters);
  const counted = (await base().count({ total: '*' }).first()) as { total: number | string } | undefined;
  const rows = (await base()
    .select('*')
    .orderBy('seq', 'desc')
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize)) as AuditRow[];
  return {
    data: await toListItems(strapi, rows),
    meta: { pagination: { page: filters.page, pageSize: filters.pageSize, total: Number(counted?.total ?? 0) } },
  };
}
