/**
 * What to call after a write to an archive record that bypasses the document
 * service (the media pipeline recording renditions, a consent withdrawal, a
 * portrait takedown): every channel that keeps its own copy of what a record
 * shows is told — the search index and the OAI-PMH ledger. Writes through the
 * document service reach both through their own triggers.
 */
import type { Core } from '@strapi/strapi';
import { queueOaiRefresh } from './oai/strapi/jobs';
import { queueSearchSync } from './search/sync/queue-sync';

export async function recordChanged(strapi: Core.Strapi, uid: string, documentId: string): Promise<void> {
  await queueSearchSync(strapi, uid, documentId);
  await queueOaiRefresh(strapi, uid, documentId);
}
