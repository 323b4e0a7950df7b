import type { Core } from '@strapi/strapi';
import { appQueue } from '../queue/app-queue';
import { processMediaJob } from './jobs';

const UID = 'api::media-item.media-item';
const TRIGGERS = ['files', 'captions', 'accessLevel', 'consent'];

/**
 * A write that changes a media item's files or captions (or who may see them,
 * which decides the image set) queues processing in the same transaction, so
 * the job exists exactly when the write committed. Workers re-read the item.
 */
export function registerMediaTriggers(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data ?? {};
    if (!TRIGGERS.some((field) => field in data)) return next();
    // The admin panel sends every field on every save; the job compares inputs and skips when nothing changed.
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (documentId) await appQueue().enqueue(processMediaJob.name, { documentId }, { singletonKey: documentId });
      return result;
    });
  });
}
