import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addAdminRoutes } from '../../curation/admin-routes';
import { hostPolicy, siteOrigin } from '../../site/origin';
import { setPasswordPath } from '../../site/routes';
import { parseDeclineReason } from '../form';
import { approveRequest, declineRequest, listRequests, RequestStateError, type RequestStatus } from './requests';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  protocol?: string;
  host?: string;
  state: { user?: { id?: number; roles?: Array<{ code?: string }> } };
  status: number;
  body: unknown;
}

/**
 * Who reviews researcher requests: super admins and curators, the roles that
 * act for the whole province (src/bootstrap/admin-roles.ts). Cultural
 * officers work inside their communes and do not grant archive-wide access.
 */
export const REVIEWERS = new Set(['strapi-super-admin', 'di-san-curator']);

async function requireReviewer(strapi: Core.Strapi, ctx: Ctx): Promise<number> {
  const id = ctx.state.user?.id;
  let roles = ctx.state.user?.roles;
  if (!roles && id != null) {
    roles = ((await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] })) as { roles?: Array<{ code?: string }> } | null)?.roles;
  }
  if (id == null || !roles?.some((role) => role.code && REVIEWERS.has(role.code))) {
    throw new errors.ForbiddenError('Chỉ quản trị viên tối cao hoặc người duyệt được xét yêu cầu của nhà nghiên cứu. / Only a super admin or a curator may review researcher requests.');
  }
  return id;
}

const STATUSES = new Set(['pending', 'approved', 'declined', 'all']);

function idOf(ctx: Ctx): number {
  const id = Number(ctx.params.id);
  if (!Number.isInteger(id) || id <= 0) throw new errors.NotFoundError('Không có yêu cầu này. / There is no such request.');
  return id;
}

const asHttp = (error: unknown): never => {
  if (error instanceof RequestStateError) {
    throw error.kind === 'not-found' ? new errors.NotFoundError(error.message) : new errors.ApplicationError(error.message, { kind: error.kind });
  }
  throw error;
};

/**
 * Admin API under /di-san: GET /researcher-requests?status=pending|approved|declined|all,
 * POST /researcher-requests/:id/approve, POST /researcher-requests/:id/decline {reason}.
 */
export function registerResearcherRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/researcher-requests',
      handler: async (ctx: Ctx) => {
        await requireReviewer(strapi, ctx);
        const status = String(ctx.query.status ?? 'pending');
        if (!STATUSES.has(status)) throw new errors.ValidationError('status: pending, approved, declined hoặc all. / status: pending, approved, declined or all.');
        ctx.body = { data: await listRequests(strapi, status as RequestStatus | 'all') };
      },
    },
    {
      method: 'POST',
      path: '/researcher-requests/:id/approve',
      handler: async (ctx: Ctx) => {
        const adminId = await requireReviewer(strapi, ctx);
        const site = siteOrigin(hostPolicy(strapi.config), { protocol: ctx.protocol ?? 'http', host: ctx.host ?? '' });
        const origin = 'origin' in site ? site.origin : '';
        const result = await approveRequest(strapi, {
          id: idOf(ctx),
          adminId,
          linkOf: (locale, code) => `${origin}${setPasswordPath(locale)}?code=${encodeURIComponent(code)}`,
        }).catch(asHttp);
        ctx.body = { data: result };
      },
    },
    {
      method: 'POST',
      path: '/researcher-requests/:id/decline',
      handler: async (ctx: Ctx) => {
        const adminId = await requireReviewer(strapi, ctx);
        const reason = parseDeclineReason(ctx.request.body?.reason);
        if (!reason.ok) throw new errors.ValidationError(`${reason.problem.vi} / ${reason.problem.en}`);
        ctx.body = { data: await declineRequest(strapi, { id: idOf(ctx), adminId, reason: reason.reason }).catch(asHttp) };
      },
    },
  ]);
}
