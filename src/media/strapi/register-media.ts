import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { PROCESS_MEDIA_JOB, PRUNE_MEDIA_JOB } from './jobs';
import { MEDIA_ITEM_UID as UID } from './versions';

const TRIGGERS = ['files', 'captions', 'accessLevel', 'consent'];
/** Actions that replace or remove a version, and with it maybe the last reference to a run. */
const VERSION_CHANGES = new Set(['publish', 'unpublish', 'discardDraft', 'delete']);

/**
 * A write that changes a media item's files or captions (or who may see them,
 * which decides the image set) queues processing of its draft in the same
 * transaction, so the job exists exactly when the write committed. Workers
 * re-read the item. Publishing and the like queue a prune of runs no version
 * refers to any more.
 */
export function registerMediaTriggers(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; status?: string };
    const isWrite = context.action === 'create' || context.action === 'update';
    // The admin panel sends every field on every save; the job compares inputs and skips when nothing changed.
    const processes = isWrite && TRIGGERS.some((field) => field in (params.data ?? {}));
    // An update with status=published publishes inside the call, past this middleware.
    const prunes = VERSION_CHANGES.has(context.action) || (context.action === 'update' && params.status === 'published');
    if (!processes && !prunes) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (!documentId) return result;
      const { queue } = archive(strapi);
      if (processes) await queue.enqueue(PROCESS_MEDIA_JOB, { documentId }, { singletonKey: documentId });
      if (prunes) await queue.enqueue(PRUNE_MEDIA_JOB, { documentId }, { singletonKey: documentId });
      return result;
    });
  });
}
