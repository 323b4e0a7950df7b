import type { Core } from '@strapi/strapi';
import { audienceOf, isContentApiRequest } from './audience';
import { vietnamToday } from './levels';
import { guardReadParams, type ModelInfo } from './query-guard';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * One document-service middleware enforces access on every content-API read,
 * whichever controller, route or populate issued it. Admin-panel and internal
 * calls pass through untouched.
 */
export function registerAccessGuard(strapi: Core.Strapi): void {
  // Any uid a query follows, plugin ones too; getModel is typed for the known uids only.
  const schemaOf = (uid: string) => strapi.getModel(uid as never) as unknown as ModelInfo | undefined;
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const state = strapi.requestContext.get()?.state;
    if (!isContentApiRequest(state)) return next();
    const options = { audience: audienceOf(state), today: vietnamToday(), schemaOf };
    (context as { params: Record<string, unknown> }).params = guardReadParams(
      context.uid,
      context.params as Record<string, unknown>,
      options,
    );
    return next();
  });
}
