import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { failedMediaItems, reprocessMediaItems } from './reprocess';

/**
 * Admin API: POST /di-san/media-items/:documentId/reprocess and
 * POST /di-san/media-items/reprocess-failed. Admin-authenticated, and only for
 * users who may edit media items (officers and curators).
 */
export function registerMediaRoutes(strapi: Core.Strapi): void {
  const policies = ['admin::isAuthenticatedAdmin', 'global::can-edit-media-items'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/di-san',
    routes: [
      {
        method: 'POST',
        path: '/media-items/reprocess-failed',
        handler: async (ctx: { body: unknown }) => {
          const documentIds = await failedMediaItems(strapi);
          ctx.body = { data: { documentIds, jobIds: await reprocessMediaItems(strapi, documentIds) } };
        },
        config: { policies },
      },
      {
        method: 'POST',
        path: '/media-items/:documentId/reprocess',
        handler: async (ctx: { params: { documentId: string }; body: unknown }) => {
          try {
            ctx.body = { data: { jobIds: await reprocessMediaItems(strapi, [ctx.params.documentId]) } };
          } catch (error) {
            throw new errors.NotFoundError(error instanceof Error ? error.message : String(error));
          }
        },
        config: { policies },
      },
    ],
  } as never); // Core.Route wants `info` (routes() adds it) and handlers typed for a full Koa context.
}
