/**
 * The app's queue instance: started in bootstrap (workers run in the app
 * unless WORKERS_IN_APP=false), stopped when Strapi is destroyed.
 */
import type { Core } from '@strapi/strapi';
import type { QueueAdapter } from './contract';
import { startQueue, workersInApp } from './index';

let current: QueueAdapter | undefined;

export async function startAppQueue(strapi: Core.Strapi, { runWorkers = workersInApp() }: { runWorkers?: boolean } = {}): Promise<QueueAdapter> {
  current = await startQueue({ strapi, runWorkers });
  strapi.log.info(`Job queue: ${current.kind}${runWorkers ? ', workers in this process' : ', enqueue only (run `npm run worker`)'}.`);
  return current;
}

export function appQueue(): QueueAdapter {
  if (!current) throw new Error('The job queue has not started yet (it starts in bootstrap).');
  return current;
}

export async function stopAppQueue(): Promise<void> {
  const queue = current;
  current = undefined;
  await queue?.stop({ graceful: true, timeoutSeconds: 10 });
}
