import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { uidOf } from '../../../content-model';
import { isScoped } from '../plan';
import { SCOPE_TABLE } from './table';

const PLACE = uidOf('place');

export interface AdminUserLike {
  id: number | string;
  roles?: Array<{ code: string }>;
}

export interface OfficerScope {
  userId: number;
  /** The communes and wards assigned. */
  communes: string[];
  /** Those and every place inside them (villages, sites), as documentIds. */
  places: Set<string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rows = Knex.QueryBuilder<any, any>;
const table = (strapi: Core.Strapi, knex: Knex | Knex.Transaction = strapi.db.connection as unknown as Knex): Rows => {
  const schema = strapi.db.getSchemaName?.();
  return (schema ? knex.withSchema(schema).table(SCOPE_TABLE) : knex(SCOPE_TABLE)) as Rows;
};

/** The role codes of an admin user (from the request's user when it has them). */
export async function roleCodesOf(strapi: Core.Strapi, user: AdminUserLike): Promise<string[]> {
  if (user.roles?.every((role) => role.code)) return user.roles.map((role) => role.code);
  const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: { roles: true } })) as AdminUserLike | null;
  return (row?.roles ?? []).map((role) => role.code);
}

export async function communesOf(strapi: Core.Strapi, userId: number): Promise<string[]> {
  // Through strapi.db.transaction, which joins the caller's transaction: the content-manager may
  // already hold SQLite's one connection when an RBAC condition or a write check asks.
  const rows = (await strapi.db.transaction(({ trx }) =>
    table(strapi, trx as unknown as Knex.Transaction).where({ user_id: userId }).select('place_document_id'),
  )) as Array<{ place_document_id: string }>;
  return rows.map((row) => row.place_document_id).sort();
}

/** The officer's scope, or null when the user is not scoped (curator, super admin). */
export async function scopeOf(strapi: Core.Strapi, user: AdminUserLike): Promise<OfficerScope | null> {
  if (!isScoped(await roleCodesOf(strapi, user))) return null;
  const userId = Number(user.id);
  const communes = await communesOf(strapi, userId);
  return { userId, communes, places: await withDescendants(strapi, communes) };
}

/** The places and everything below them, following place.parent down (commune → village → site). */
export async function withDescendants(strapi: Core.Strapi, roots: string[]): Promise<Set<string>> {
  const all = new Set(roots);
  let frontier = roots;
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const rows = (await strapi.db.query(PLACE).findMany({
      where: { parent: { documentId: { $in: frontier } } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    frontier = [...new Set(rows.map((row) => row.documentId))].filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return all;
}

/** Replaces a user's communes, all at once. */
export async function setCommunes(strapi: Core.Strapi, userId: number, communes: string[]): Promise<void> {
  await (strapi.db.connection as unknown as Knex).transaction(async (trx) => {
    const t = () => table(strapi, trx);
    await t().where({ user_id: userId }).delete();
    if (communes.length) await t().insert(communes.map((place) => ({ user_id: userId, place_document_id: place })));
  });
}
