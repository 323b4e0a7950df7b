/**
 * `npm run worker`: runs the job workers in a process of their own, without
 * HTTP, until SIGINT/SIGTERM; then lets running jobs finish (up to
 * WORKER_STOP_TIMEOUT seconds, default 30) before it exits. Start as many as
 * you like: on PostgreSQL they share the work on any number of machines; on
 * SQLite they share the database file on this machine. Run the app with
 * WORKERS_IN_APP=false so that it only enqueues.
 */
import { JOBS, jobServices } from '../src/jobs';
import { createQueue } from '../src/queue';
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
  // A queue of its own beside the app's (which only enqueues here), running every job of src/jobs.ts.
  const signal = stopSignal();
  const queue = createQueue({ strapi });
  await queue.start(JOBS, { runWorkers: true, services: jobServices(strapi) });
  strapi.log.info(`Workers running on ${queue.kind} for ${JOBS.map((definition) => definition.name).join(', ')}; stop with Ctrl-C.`);
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
