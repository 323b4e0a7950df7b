/**
 * Every write to an archive record through the document service (REST,
 * admin panel, seed, scripts) queues search.sync for it in the same
 * transaction: the job exists exactly when the write committed, and the
 * worker reads the committed state (nothing is indexed from inside the
 * transaction, unlike strapi-plugin-meilisearch).
 *
 * A write that changes which published records link to a record others show
 * (a media item linked to a festival, moved, deleted) queues those records
 * too: their documents list its kind or name, and after the write nothing
 * says they ever did. A festival whose only video was deleted must stop
 * answering `mediaKind=video`.
 */
import type { Core } from '@strapi/strapi';
import { typeOf } from '../../content-model';
import { isArchiveUid, queueSearchSync, searchEnabled } from './queue-sync';
import { isShownElsewhere, linksChangedBy, relatedRecords } from './related';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export function registerSearchTriggers(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !isArchiveUid(context.uid) || !searchEnabled()) return next();
    const type = typeOf(context.uid);
    const linkedNow = (documentId: string) => relatedRecords(strapi, { type, documentId, isPublishedOnly: true });
    return strapi.db.transaction(async () => {
      const given = (context.params as { documentId?: string }).documentId;
      const before = given && isShownElsewhere(type) ? await linkedNow(given) : [];
      const result = await next();
      const documentId = given ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      // Read before enqueueing: an enqueue holds its job row until commit, so it comes last.
      const changed = isShownElsewhere(type) ? linksChangedBy({ before, after: await linkedNow(documentId) }) : [];
      for (const record of [{ uid: context.uid, documentId }, ...changed]) await queueSearchSync(strapi, record.uid, record.documentId);
      return result;
    });
  });
}
