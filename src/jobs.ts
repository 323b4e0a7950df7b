/**
 * Every job the archive runs, in one list: the queue runs exactly these
 * (the app in bootstrap, `npm run worker` in its own process). A job is data
 * (name, payload check, retries, timeout, handler); its handler gets what it
 * needs from the app in its context, below, rather than from globals.
 */
import type { Core } from '@strapi/strapi';
import { archive, type Archive } from './archive';
import { processMediaJob, pruneMediaJob } from './media/strapi/jobs';
import type { JobDefinition } from './queue/contract';
import { catchUpJob, reindexAllJob, searchSyncJob } from './search/sync/jobs';
import { purgeConsentFilesJob } from './curation/consent/strapi/purge-job';
import { oaiRebuildJob, oaiRefreshJob } from './oai/strapi/jobs';

/** What every handler of this app finds in its context, beside the job's id, attempt and signal. */
export interface JobServicesOfApp {
  strapi: Core.Strapi;
  storage: Archive['storage'];
  queue: Archive['queue'];
  /** Null when MEILI_HOST is unset (read when the attempt starts). */
  search: Archive['search'];
  log: Core.Strapi['log'];
}

export const JOBS: ReadonlyArray<JobDefinition<any, JobServicesOfApp>> = [processMediaJob, pruneMediaJob, searchSyncJob, reindexAllJob, catchUpJob, purgeConsentFilesJob, oaiRefreshJob, oaiRebuildJob];

/** The context services of this app's jobs; `search` is a getter, read anew for each attempt. */
export function jobServices(strapi: Core.Strapi): JobServicesOfApp {
  const parts = archive(strapi);
  return {
    strapi,
    storage: parts.storage,
    queue: parts.queue,
    get search() {
      return parts.search;
    },
    log: strapi.log,
  };
}
