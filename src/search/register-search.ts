/**
 * Search in the app: triggers at register, the boot catch-up at bootstrap.
 * The search jobs are listed with the others in src/jobs.ts.
 */
import type { Core } from '@strapi/strapi';
import { archive } from '../archive';
import { searchConfigFromEnv } from './client';
import { catalogueIndexName } from './indexes';
import { databaseIdentity } from './sync/identity';
import { CATCH_UP_JOB } from './sync/queue-sync';
import { registerSearchTriggers } from './sync/triggers';

export function registerSearch(strapi: Core.Strapi): void {
  registerSearchTriggers(strapi);
}

/** Never waits for Meilisearch: the catch-up is a job, retried while Meilisearch is down. */
export async function bootstrapSearch(strapi: Core.Strapi): Promise<void> {
  const config = searchConfigFromEnv();
  if (!config) {
    strapi.log.warn('Search: MEILI_HOST is not set; nothing is indexed.');
    return;
  }
  await databaseIdentity(strapi);
  await archive(strapi).queue.enqueue(CATCH_UP_JOB, { reason: 'boot' }, { singletonKey: 'boot' });
  strapi.log.info(`Search: ${config.host}, index ${catalogueIndexName()}; catch-up queued.`);
}
