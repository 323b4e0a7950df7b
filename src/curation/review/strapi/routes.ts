import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../../admin-routes';
import { ARCHIVE_UIDS } from '../../../content-model';
import { parseQueueQuery } from '../queue-query';
import { notFound, reviewError } from './errors';
import { adminCaller, type Caller, canRead } from './rights';
import { reviewQueue } from './queue';
import { reviewDiff, reviewStatus } from './status';
import { resolveTarget } from './target';
import { type RouteAction, runTransition } from './transition';

interface Ctx {
  params: { uid: string; documentId: string };
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  body: unknown;
}

const ACTIONS: RouteAction[] = ['submit', 'approve', 'request-changes'];

function callerOf(strapi: Core.Strapi): Caller {
  const caller = adminCaller(strapi);
  if (!caller) throw reviewError(403, 'Cần đăng nhập quản trị', 'An admin sign-in is required');
  return caller;
}

/** The record, for a caller who may read its type; someone who may not gets the same 404 as for no record. */
async function readableTarget(strapi: Core.Strapi, ctx: Ctx, locale: unknown) {
  const caller = callerOf(strapi);
  const key = await resolveTarget(strapi, ctx.params.uid, ctx.params.documentId, locale);
  if (!canRead(caller, key.uid)) throw notFound();
  return { caller, key };
}

/**
 * Admin API of the review workflow, under /di-san/review (see docs/api.md):
 * the transitions, the queue, one record's status and its diff.
 */
export function registerReviewRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/review/queue',
      handler: async (ctx: Ctx) => {
        const caller = callerOf(strapi);
        const parsed = parseQueueQuery(ctx.query, ARCHIVE_UIDS);
        if (!parsed.ok) throw reviewError(400, parsed.vi, parsed.en);
        const uids = (parsed.query.uid ? [parsed.query.uid] : ARCHIVE_UIDS).filter((uid) => canRead(caller, uid));
        ctx.body = await reviewQueue(strapi, caller.id, uids, parsed.query);
      },
    },
    {
      method: 'GET',
      path: '/review/:uid/:documentId',
      handler: async (ctx: Ctx) => {
        const { key } = await readableTarget(strapi, ctx, ctx.query.locale);
        ctx.body = { data: await reviewStatus(strapi, key) };
      },
    },
    {
      method: 'GET',
      path: '/review/:uid/:documentId/diff',
      handler: async (ctx: Ctx) => {
        const { key } = await readableTarget(strapi, ctx, ctx.query.locale);
        ctx.body = { data: await reviewDiff(strapi, key) };
      },
    },
    ...ACTIONS.map((action) => ({
      method: 'POST',
      path: `/review/:uid/:documentId/${action}`,
      handler: async (ctx: Ctx) => {
        const body = ctx.request.body ?? {};
        const { caller, key } = await readableTarget(strapi, ctx, body.locale);
        await runTransition(strapi, caller, key, action, body.note);
        ctx.body = { data: await reviewStatus(strapi, key) };
      },
    })),
  ]);
}
