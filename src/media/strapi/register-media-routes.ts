import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { failedMediaItems, reprocessMediaItems } from './reprocess';
import { uidOf } from '../../content-model';
import { type AdminUserLike, scopeOf } from '../../curation/scope/strapi/load';
import { mayEditRecord } from '../../curation/scope/strapi/write-check';
import { OUT_OF_SCOPE } from '../../curation/scope/messages';

type Ctx = { params: { documentId: string }; state: { user?: AdminUserLike }; body: unknown };

/** The items among these that the caller may edit: all of them, except for an officer scoped to communes. */
async function editableBy(strapi: Core.Strapi, user: AdminUserLike | undefined, documentIds: string[]): Promise<string[]> {
  const scope = user ? await scopeOf(strapi, user) : null;
  if (!scope) return documentIds;
  const kept: string[] = [];
  for (const documentId of documentIds) if (await mayEditRecord(strapi, scope, uidOf('media-item'), documentId)) kept.push(documentId);
  return kept;
}

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
        // An officer requeues the failed items of their own communes only.
        handler: async (ctx: Ctx) => {
          const documentIds = await editableBy(strapi, ctx.state.user, await failedMediaItems(strapi));
          ctx.body = { data: { documentIds, jobIds: await reprocessMediaItems(strapi, documentIds) } };
        },
        config: { policies },
      },
      {
        method: 'POST',
        path: '/media-items/:documentId/reprocess',
        handler: async (ctx: Ctx) => {
          const exists = await strapi.db.query(uidOf('media-item')).count({ where: { documentId: ctx.params.documentId } });
          if (exists && (await editableBy(strapi, ctx.state.user, [ctx.params.documentId])).length === 0) throw new errors.PolicyError(OUT_OF_SCOPE);
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
