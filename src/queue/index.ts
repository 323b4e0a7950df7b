/**
 * The job queue: the one adapter that runs the app's jobs (listed in
 * src/jobs.ts) — pg-boss when the app database is PostgreSQL, a table otherwise.
 *
 * Env: WORKERS_IN_APP (default true; false: the app only enqueues and
 * `npm run worker` processes), JOB_CONCURRENCY (default 1: parallel runs per
 * job name per process; ffmpeg is heavy and the target host has 2 cores).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { assertJobDefinition, DEFAULT_LEASE_SECONDS, type EnqueueOptions, type JobDefinition, type QueueAdapter } from './contract';
import { createPgBossQueue, type PgBossQueueOptions } from './pg-boss';
import { createSqliteTableQueue } from './sqlite-table';

export * from './contract';

/** Throws when a definition cannot run or two share a name (checked when the queue starts). */
export function assertJobList(definitions: ReadonlyArray<JobDefinition<any, any>>): void {
  const names = new Set<string>();
  for (const definition of definitions) {
    assertJobDefinition(definition);
    if (names.has(definition.name)) throw new Error(`Job "${definition.name}" is listed twice.`);
    names.add(definition.name);
  }
}

const parseBoolean = (name: string, value: string | undefined, fallback: boolean) => {
  if (value === undefined || value === '') return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false (got "${value}").`);
};

/** WORKERS_IN_APP: whether the app process runs the workers. @default true */
export const workersInApp = (env: NodeJS.ProcessEnv = process.env): boolean =>
  parseBoolean('WORKERS_IN_APP', env.WORKERS_IN_APP, true);

/** JOB_CONCURRENCY: parallel runs per job name per process. @default 1 */
export function jobConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.JOB_CONCURRENCY;
  if (value === undefined || value === '') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new Error(`JOB_CONCURRENCY must be a whole number ≥ 1 (got "${value}").`);
  return count;
}

/** JOB_LEASE_SECONDS: how long a dead worker's job waits before another worker resumes it. @default 60 */
export function jobLeaseSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.JOB_LEASE_SECONDS;
  if (value === undefined || value === '') return DEFAULT_LEASE_SECONDS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 3) throw new Error(`JOB_LEASE_SECONDS must be a number ≥ 3 (got "${value}").`);
  return seconds;
}

/** Knobs for tests and scripts; production uses the defaults. */
export interface QueueTuning {
  /** SQLite: idle poll interval. ms. @default 500 */
  pollIntervalMs?: number;
  /** pg-boss: idle poll interval. Seconds (≥ 0.5). @default 2 */
  pollingIntervalSeconds?: number;
  /** pg-boss: how often dead workers' jobs are put back. Seconds. @default 60 */
  maintenanceIntervalSeconds?: number;
  /** @default JOB_CONCURRENCY */
  concurrency?: number;
  /** @default JOB_LEASE_SECONDS */
  maxLeaseSeconds?: number;
}

function postgresConnection(strapi: Core.Strapi): PgBossQueueOptions['connection'] {
  const settings = (strapi.db.config.connection as Knex.Config).connection;
  if (typeof settings === 'string') return { connectionString: settings };
  if (settings && typeof settings === 'object') {
    const { connectionString, host, port, database, user, password, ssl } = settings as Knex.PgConnectionConfig;
    return { connectionString, host, port, database, user, password: password as string | undefined, ssl };
  }
  if (process.env.DATABASE_URL) return { connectionString: process.env.DATABASE_URL };
  throw new Error('The job queue cannot read the PostgreSQL connection settings (set DATABASE_URL).');
}

/**
 * A queue on the app's database. Its enqueue() joins the Strapi transaction
 * in progress (strapi.db.transaction) when no `trx` is given, so a job
 * recorded by a lifecycle hook commits or rolls back with the record.
 *
 * Made in register() (nothing runs yet), the adapter is chosen at start(),
 * in bootstrap, once the database is up.
 */
export function createQueue({ strapi, tuning = {} }: { strapi: Core.Strapi; tuning?: QueueTuning }): QueueAdapter {
  let adapter: QueueAdapter | undefined;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const started = () => {
    if (!adapter) throw new Error('The job queue has not started yet (it starts in bootstrap).');
    return adapter;
  };
  function createAdapter(): QueueAdapter {
    const concurrency = tuning.concurrency ?? jobConcurrency();
    const maxLeaseSeconds = tuning.maxLeaseSeconds ?? jobLeaseSeconds();
    const logger = { error: (message: string) => strapi.log.error(message), warn: (message: string) => strapi.log.warn(message) };
    const knex = strapi.db.connection;
    return isPostgres()
      ? createPgBossQueue({
          knex,
          schemaName: strapi.db.getSchemaName(),
          connection: postgresConnection(strapi),
          logger,
          concurrency,
          maxLeaseSeconds,
          pollingIntervalSeconds: tuning.pollingIntervalSeconds,
          maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
        })
      : createSqliteTableQueue({ knex, logger, concurrency, maxLeaseSeconds, pollIntervalMs: tuning.pollIntervalMs });
  }

  const enqueue = async (name: string, payload: unknown, options: EnqueueOptions = {}): Promise<string> => {
    if (options.trx || !strapi.db.inTransaction()) return started().enqueue(name, payload, options);
    // Nested: Strapi hands back the transaction in progress and leaves the commit to its owner.
    return strapi.db.transaction(({ trx }: { trx: Knex.Transaction }) => started().enqueue(name, payload, { ...options, trx }));
  };

  return {
    get kind() {
      return adapter?.kind ?? (isPostgres() ? 'pg-boss' : 'sqlite-table');
    },
    async start(definitions, options) {
      assertJobList(definitions);
      adapter ??= createAdapter();
      await adapter.start(definitions, options);
    },
    enqueue,
    getJob: (id) => started().getJob(id),
    cancel: (id) => started().cancel(id),
    retry: (id) => started().retry(id),
    drain: (options) => started().drain(options),
    stop: async (options) => {
      await adapter?.stop(options);
    },
  };
}
