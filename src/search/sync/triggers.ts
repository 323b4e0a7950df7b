/**
 * Every write to an archive record through the document service (REST,
 * admin panel, seed, scripts) queues search.sync for it in the same
 * transaction: the job exists exactly when the write committed, and the
 * worker reads the committed state (nothing is indexed from inside the
 * transaction, unlike strapi-plugin-meilisearch).
 */
import type { Core } from '@strapi/strapi';
import { isArchiveUid, queueSearchSync, searchEnabled } from './queue-sync';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export function registerSearchTriggers(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !isArchiveUid(context.uid) || !searchEnabled()) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (context.params as { documentId?: string }).documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await queueSearchSync(strapi, context.uid, documentId);
      return result;
    });
  });
}
