/**
 * OAI-PMH in the app: the ledger's triggers at register, its table (and a
 * rebuild for an archive that had records before the ledger) at bootstrap.
 * The route is src/api/oai; the jobs are listed in src/jobs.ts.
 */
import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { ARCHIVE_UIDS, isArchiveUid } from '../../content-model';
import { queueOaiRefresh, REBUILD_JOB } from './jobs';
import { ledgerStore } from './store';
import { ensureLedgerTable } from './table';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Every document-service write to an archive record queues its refresh, in the write's transaction. */
export function registerOai(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !isArchiveUid(context.uid)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (context.params as { documentId?: string }).documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) await queueOaiRefresh(strapi, context.uid, documentId);
      return result;
    });
  });
}

export async function bootstrapOai(strapi: Core.Strapi): Promise<void> {
  await ensureLedgerTable(strapi.db.connection, strapi.db.getSchemaName?.());
  if (!(await ledgerStore(strapi).isEmpty())) return;
  for (const uid of ARCHIVE_UIDS) {
    if ((await strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true } } })) > 0) {
      await archive(strapi).queue.enqueue(REBUILD_JOB, { reason: 'the ledger is new and published records exist' }, { singletonKey: 'all' });
      strapi.log.info('OAI-PMH: ledger rebuild queued.');
      return;
    }
  }
}
