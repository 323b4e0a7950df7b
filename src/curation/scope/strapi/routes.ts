import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../../admin-routes';
import { errors } from '@strapi/utils';
import { uidOf } from '../../../content-model';
import { UNKNOWN_COMMUNE } from '../messages';
import { SCOPED_ROLE } from '../plan';
import { type AdminUserLike, communesOf, roleCodesOf, scopeOf, setCommunes } from './load';

const PLACE = uidOf('place');
const COMMUNE_KINDS = ['commune', 'ward'];
const MAX_COMMUNES = 100;

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown };
  state: { user: AdminUserLike };
  body: unknown;
}

type PlaceRow = { documentId: string; code: string | null; name: string; kind: string };

async function describeCommunes(strapi: Core.Strapi, documentIds: string[]): Promise<Array<Omit<PlaceRow, 'kind'>>> {
  if (documentIds.length === 0) return [];
  const rows = (await strapi.db.query(PLACE).findMany({
    where: { documentId: { $in: documentIds }, locale: 'vi', publishedAt: { $notNull: true } },
    select: ['documentId', 'code', 'name'],
  })) as PlaceRow[];
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  return documentIds.map((documentId) => byId.get(documentId) ?? { documentId, code: null, name: documentId });
}

/** Each value (official code or documentId) to a commune or ward; all must resolve, or nothing is saved. */
async function resolveCommunes(strapi: Core.Strapi, values: unknown): Promise<string[]> {
  if (!Array.isArray(values) || values.length > MAX_COMMUNES || !values.every((v) => typeof v === 'string' && v.trim() && v.length <= 64)) {
    throw new errors.ValidationError(
      `"communes" phải là danh sách (tối đa ${MAX_COMMUNES}) mã hành chính hoặc documentId. / "communes" must be a list (at most ${MAX_COMMUNES}) of official codes or documentIds.`,
    );
  }
  const wanted = [...new Set((values as string[]).map((v) => v.trim()))];
  const rows = (await strapi.db.query(PLACE).findMany({
    where: { $or: [{ code: { $in: wanted } }, { documentId: { $in: wanted } }], kind: { $in: COMMUNE_KINDS } },
    select: ['documentId', 'code'],
  })) as Array<{ documentId: string; code: string | null }>;
  const found = new Map<string, string>();
  for (const row of rows) {
    found.set(row.documentId, row.documentId);
    if (row.code) found.set(row.code, row.documentId);
  }
  const unknown = wanted.filter((value) => !found.has(value));
  if (unknown.length) throw new errors.ValidationError(UNKNOWN_COMMUNE(unknown));
  return [...new Set(wanted.map((value) => found.get(value)!))].sort();
}

async function requireSuperAdmin(strapi: Core.Strapi, user: AdminUserLike): Promise<void> {
  if (!(await roleCodesOf(strapi, user)).includes('strapi-super-admin')) {
    throw new errors.ForbiddenError('Chỉ quản trị viên cấp cao mới giao xã cho cán bộ. / Only a super admin assigns communes.');
  }
}

/** Admin API of commune scope: who is assigned where, and one's own scope. */
export function registerScopeRoutes(strapi: Core.Strapi): void {
  const officerView = async (user: { id: number; email: string; firstname?: string; lastname?: string }) => ({
    id: user.id,
    email: user.email,
    name: [user.firstname, user.lastname].filter(Boolean).join(' '),
    communes: await describeCommunes(strapi, await communesOf(strapi, user.id)),
  });
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/scope/me',
      handler: async (ctx: Ctx) => {
        const scope = await scopeOf(strapi, ctx.state.user);
        ctx.body = { data: { isScoped: Boolean(scope), communes: scope ? await describeCommunes(strapi, scope.communes) : [] } };
      },
    },
    {
      method: 'GET',
      path: '/scope/officers',
      handler: async (ctx: Ctx) => {
        await requireSuperAdmin(strapi, ctx.state.user);
        const users = (await strapi.db.query('admin::user').findMany({
          where: { roles: { code: SCOPED_ROLE } },
          select: ['id', 'email', 'firstname', 'lastname'],
          orderBy: { email: 'asc' },
        })) as Array<{ id: number; email: string; firstname?: string; lastname?: string }>;
        ctx.body = { data: await Promise.all(users.map(officerView)) };
      },
    },
    {
      // What the scope page offers: every commune and ward, with the unit above it.
      method: 'GET',
      path: '/scope/communes',
      handler: async (ctx: Ctx) => {
        await requireSuperAdmin(strapi, ctx.state.user);
        const rows = (await strapi.db.query(PLACE).findMany({
          where: { kind: { $in: COMMUNE_KINDS }, locale: 'vi', publishedAt: { $notNull: true } },
          select: ['documentId', 'code', 'name', 'kind'],
          orderBy: { name: 'asc' },
        })) as PlaceRow[];
        ctx.body = { data: rows.map(({ documentId, code, name, kind }) => ({ documentId, code, name, kind })) };
      },
    },
    {
      method: 'PUT',
      path: '/scope/officers/:userId',
      handler: async (ctx: Ctx) => {
        await requireSuperAdmin(strapi, ctx.state.user);
        const userId = Number(ctx.params.userId);
        const user = Number.isSafeInteger(userId)
          ? ((await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['id', 'email', 'firstname', 'lastname'] })) as
              | { id: number; email: string }
              | null)
          : null;
        if (!user) throw new errors.NotFoundError('Không có người dùng này. / No such admin user.');
        const communes = await resolveCommunes(strapi, (ctx.request.body as { communes?: unknown } | undefined)?.communes);
        await setCommunes(strapi, userId, communes);
        ctx.body = { data: await officerView(user) };
      },
    },
  ]);
}
