import type { Core } from '@strapi/strapi';
import { ARCHIVE_UIDS } from '../../../content-model';
import { gatePublish } from './gate';
import { trackDelete, trackDiscard, trackEdit, trackUnpublish } from './track';

const GUARDED = new Set<string>(ARCHIVE_UIDS);

/**
 * One document-service middleware for the review: every path that publishes
 * or changes a record (content manager, bulk actions, content API, tokens,
 * scripts) goes through the document service, so none goes around review.
 */
export function registerReviewGate(strapi: Core.Strapi): void {
  strapi.documents.use((async (context: { uid: string; action: string; params: unknown }, next: () => Promise<unknown>) => {
    if (!GUARDED.has(context.uid)) return next();
    const call = { uid: context.uid, action: context.action, params: context.params as { documentId?: string; locale?: unknown; status?: string } };
    const writesPublished = (context.action === 'create' || context.action === 'update') && call.params.status === 'published';
    if (context.action === 'publish' || writesPublished) return gatePublish(strapi, call, next);
    if (context.action === 'update') return trackEdit(strapi, call, next);
    if (context.action === 'unpublish') return trackUnpublish(strapi, call, next);
    if (context.action === 'discardDraft') return trackDiscard(strapi, call, next);
    if (context.action === 'delete') return trackDelete(strapi, call, next);
    return next();
  }) as never);
}
