/**
 * `npm run worker`: runs the job workers in a process of their own, without
 * HTTP, until SIGINT/SIGTERM; then lets running jobs finish (up to
 * WORKER_STOP_TIMEOUT seconds, default 30) before it exits. Start as many as
 * you like: on PostgreSQL they share the work on any number of machines; on
 * SQLite they share the database file on this machine. Run the app with
 * WORKERS_IN_APP=false so that it only enqueues.
 */
import path from 'node:path';
import type { QueueAdapter } from '../src/queue';
import { APP_DIR } from './lib/runtime-env';
import { withStrapi } from './lib/with-strapi';

// The app boot below must not start workers of its own in this process.
process.env.WORKERS_IN_APP = 'false';

const stopTimeoutSeconds = Number(process.env.WORKER_STOP_TIMEOUT ?? 30);

const stopSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

withStrapi(async (strapi) => {
  // The compiled registry: the app's register() (dist) defined the jobs there, not in a tsx copy of src/.
  const { registeredJobs, startQueue } = require(path.join(APP_DIR, 'dist', 'src', 'queue')) as typeof import('../src/queue');
  const definitions = registeredJobs();
  const signal = stopSignal();
  const queue: QueueAdapter = await startQueue({ strapi, runWorkers: true, definitions });
  strapi.log.info(
    `Workers running on ${queue.kind} for ${definitions.map((definition) => definition.name).join(', ') || 'no jobs (none defined)'}; stop with Ctrl-C.`,
  );
  const received = await signal;
  process.once('SIGINT', () => process.exit(130)); // a second Ctrl-C does not wait
  strapi.log.info(`${received}: letting running jobs finish (up to ${stopTimeoutSeconds} s)…`);
  await queue.stop({ graceful: true, timeoutSeconds: stopTimeoutSeconds });
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
