import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../../admin-routes';
import { errors } from '@strapi/utils';
import { AuditFilterError, parseAuditFilters } from '../filters';
import { appendAudit } from './append';
import { auditCsvStream } from './export-csv';
import { listAudit } from './query';

interface Ctx {
  query: Record<string, unknown>;
  state: { user?: { id?: number; roles?: Array<{ code?: string }> } };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const READERS = new Set(['strapi-super-admin', 'di-san-curator']);

async function requireReader(strapi: Core.Strapi, ctx: Ctx): Promise<void> {
  let roles = ctx.state.user?.roles;
  if (!roles && ctx.state.user?.id != null) {
    roles = ((await strapi.db.query('admin::user').findOne({ where: { id: ctx.state.user.id }, populate: ['roles'] })) as { roles?: Array<{ code?: string }> } | null)?.roles;
  }
  if (!roles?.some((role) => role.code && READERS.has(role.code))) {
    throw new errors.ForbiddenError('Chỉ quản trị viên tối cao hoặc người duyệt được xem nhật ký kiểm toán / Only a super admin or a curator may read the audit log');
  }
}

function filtersOf(ctx: Ctx) {
  try {
    return parseAuditFilters(ctx.query);
  } catch (error) {
    if (error instanceof AuditFilterError) throw new errors.ValidationError(error.message);
    throw error;
  }
}

const refuse = (ctx: Ctx) => {
  ctx.set('Allow', 'GET');
  ctx.status = 405;
  ctx.body = { data: null, error: { status: 405, name: 'MethodNotAllowedError', message: 'Nhật ký kiểm toán chỉ được đọc, không được sửa hay xoá / The audit log is read-only: entries are never edited or deleted', details: {} } };
};

/**
 * Admin API: GET /di-san/audit (JSON, paged) and GET /di-san/audit/export.csv,
 * for super admins and curators. Every other method on these paths is a 405:
 * no route edits or deletes an entry.
 */
export function registerAuditRoutes(strapi: Core.Strapi): void {
  const readOnly = ['/audit', '/audit/export.csv', '/audit/:seq'].flatMap((path) =>
    ['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => ({ method, path, handler: refuse, config: { auth: false } })),
  );
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/audit',
      handler: async (ctx: Ctx) => {
        await requireReader(strapi, ctx);
        ctx.body = await listAudit(strapi, filtersOf(ctx));
      },
    },
    {
      method: 'GET',
      path: '/audit/export.csv',
      handler: async (ctx: Ctx) => {
        await requireReader(strapi, ctx);
        const { page: _page, pageSize: _pageSize, ...filters } = filtersOf(ctx);
        // The export is itself audited: who took a copy of the log, and of which part.
        await appendAudit(strapi, { action: 'audit.export', target: null, details: { filters: ctx.query } });
        ctx.set('Content-Type', 'text/csv; charset=utf-8');
        ctx.set('Content-Disposition', `attachment; filename="di-san-audit-${new Date().toISOString().slice(0, 10)}.csv"`);
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await auditCsvStream(strapi, filters);
      },
    },
    ...readOnly,
  ]);
}
