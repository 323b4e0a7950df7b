/**
 * The job contract on pg-boss 10, in the app's PostgreSQL database (schema
 * `pgboss`). The only import of 'pg-boss'.
 *
 * Jobs are rows that workers claim with `FOR UPDATE SKIP LOCKED`, so any
 * number of worker processes on any number of machines share the work.
 *
 * pg-boss 10 has neither progress nor heartbeats; both live in
 * `di_san_job_progress` (job id, name, percent, lease), a side table in the
 * app schema written in the enqueue transaction. A running job's worker
 * renews its lease (the timeout, at most 60 s) every lease/3. When a worker
 * dies, any worker's reaper (every lease/2, and once at start) fails the
 * attempt of an active job whose lease ran out, and pg-boss retries it with
 * backoff — that is how a job killed with the app resumes on restart.
 * pg-boss's own expiry (timeout + 1 s, checked by its maintenance) stays as
 * the backstop.
 */
import { TypeOverrides, types } from 'pg';
import PgBoss from 'pg-boss';
import type { Knex } from 'knex';
import {
  DEFAULT_LEASE_SECONDS,
  DEFAULT_STOP_TIMEOUT_SECONDS,
  drainUntilSettled,
  errorMessage,
  leaseSeconds,
  runAttempt,
  validatePayload,
  type DrainOptions,
  type EnqueueOptions,
  type JobDefinition,
  type JobServices,
  type JobState,
  type JobStatus,
  type QueueAdapter,
  type StartOptions,
  type StopOptions,
} from './contract';

export const PGBOSS_SCHEMA = 'pgboss';
export const PROGRESS_TABLE = 'di_san_job_progress';

type Logger = Pick<Console, 'error' | 'warn'>;

export interface PgBossQueueOptions {
  /** The app's knex (progress table, transactions). */
  knex: Knex;
  /** Schema of the app tables (Strapi's DATABASE_SCHEMA); undefined: the search path. */
  schemaName?: string;
  /** Where pg-boss connects: the app database. */
  connection: Pick<PgBoss.DatabaseOptions, 'connectionString' | 'host' | 'port' | 'database' | 'user' | 'password' | 'ssl'>;
  logger?: Logger;
  /** How often an idle worker asks for a job. Seconds, at least 0.5. @default 2 */
  pollingIntervalSeconds?: number;
  /** How often expired (dead-worker) jobs are put back for retry. Seconds. @default 60 */
  maintenanceIntervalSeconds?: number;
  /** Parallel runs per job name when the definition sets none. @default 1 */
  concurrency?: number;
  /** pg-boss's own connection pool. @default 4 */
  poolSize?: number;
  /** Longest silence of a live worker before its job counts as abandoned. Seconds. @default 60 */
  maxLeaseSeconds?: number;
}

const STATES: Record<PgBoss.JobWithMetadata['state'], JobState> = {
  created: 'queued',
  retry: 'retrying',
  active: 'processing',
  completed: 'completed',
  cancelled: 'cancelled',
  failed: 'failed',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Extra seconds pg-boss waits past our own timeout, so our clearer timeout error wins. */
const EXPIRY_GRACE_SECONDS = 1;

/**
 * Strapi makes every pg client in the process return jsonb as text; pg-boss's
 * pool gets the standard parser back, so job data and output are objects.
 */
function pgBossTypes(): TypeOverrides {
  const overrides = new TypeOverrides();
  overrides.setTypeParser(types.builtins.JSONB, 'text', (value: string) => JSON.parse(value));
  return overrides;
}

/** pg-boss stores a failure as a serialized Error, or `{ value }` for its own messages. */
function errorOf(output: unknown): string | null {
  if (!output || typeof output !== 'object') return null;
  const record = output as { message?: unknown; value?: unknown };
  if (typeof record.message === 'string') return record.message;
  if (record.value && typeof record.value === 'object' && typeof (record.value as { message?: unknown }).message === 'string') {
    return (record.value as { message: string }).message;
  }
  if (record.value !== undefined) return errorMessage(record.value);
  return null;
}

/** pg-boss's `db` option on a knex transaction: its SQL runs on the transaction's connection. */
async function transactionDb(trx: Knex.Transaction): Promise<PgBoss.Db> {
  const client = (trx as unknown as { client: { acquireConnection(): Promise<{ query: PgBoss.Db['executeSql'] }> } }).client;
  const connection = await client.acquireConnection();
  return { executeSql: (text, values) => connection.query(text, values) };
}

export async function ensureProgressTable(knex: Knex, schemaName?: string): Promise<void> {
  const schema = () => (schemaName ? knex.schema.withSchema(schemaName) : knex.schema);
  if (await schema().hasTable(PROGRESS_TABLE)) return;
  try {
    await schema().createTable(PROGRESS_TABLE, (table) => {
      table.uuid('job_id').primary();
      table.string('name', 100).notNullable();
      table.integer('progress').notNullable().defaultTo(0);
      table.timestamp('locked_until', { useTz: true }).nullable();
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    });
  } catch (error) {
    if (!(await schema().hasTable(PROGRESS_TABLE))) throw error; // another process won the race
  }
}

export function createPgBossQueue({
  knex,
  schemaName,
  connection,
  logger = console,
  pollingIntervalSeconds = 2,
  maintenanceIntervalSeconds = 60,
  concurrency = 1,
  poolSize = 4,
  maxLeaseSeconds = DEFAULT_LEASE_SECONDS,
}: PgBossQueueOptions): QueueAdapter {
  const definitions = new Map<string, JobDefinition<any, any>>();
  const workerIds = new Map<string, string[]>();
  const running = new Map<string, AbortController>();
  let boss: PgBoss | undefined;
  let isStopping = false;
  let reaper: NodeJS.Timeout | undefined;
  let services: JobServices = {};

  const progressRows = (db: Knex | Knex.Transaction = knex) =>
    schemaName ? db(PROGRESS_TABLE).withSchema(schemaName) : db(PROGRESS_TABLE);

  const started = () => {
    if (!boss) throw new Error('The job queue is not started.');
    return boss;
  };
  const definitionOf = (name: string) => {
    const definition = definitions.get(name);
    if (!definition) throw new Error(`Unknown job "${name}": list it in src/jobs.ts (the queue runs the jobs it was started with).`);
    return definition;
  };
  const notifyWorkers = (name: string) => {
    for (const id of workerIds.get(name) ?? []) boss?.notifyWorker(id);
  };

  async function setProgress(jobId: string, name: string, progress: number): Promise<void> {
    await progressRows()
      .insert({ job_id: jobId, name, progress, updated_at: new Date() })
      .onConflict('job_id')
      .merge(['progress', 'updated_at']);
  }

  async function renewLease(jobId: string, name: string, seconds: number): Promise<void> {
    const lockedUntil = new Date(Date.now() + seconds * 1000);
    await progressRows()
      .insert({ job_id: jobId, name, locked_until: lockedUntil, updated_at: new Date() })
      .onConflict('job_id')
      .merge(['locked_until', 'updated_at']);
  }

  /** Fails the attempt of active jobs whose worker stopped renewing the lease; pg-boss retries them. */
  async function reapAbandonedJobs(): Promise<void> {
    const names = [...definitions.keys()];
    if (!boss || isStopping || names.length === 0) return;
    const progress = schemaName ? `${schemaName}.${PROGRESS_TABLE}` : PROGRESS_TABLE;
    const leases = names.map((name) => leaseSeconds({ definition: definitionOf(name), maxLeaseSeconds }));
    const { rows } = await knex.raw(
      `SELECT j.name, j.id FROM ${PGBOSS_SCHEMA}.job j JOIN ${progress} p ON p.job_id = j.id
       WHERE j.state = 'active' AND j.name = ANY(?)
         AND (p.locked_until IS NULL OR p.locked_until < now())
         AND j.started_on < now() - make_interval(secs => ?)`,
      [names, Math.max(...leases)],
    );
    for (const { name, id } of rows as Array<{ name: string; id: string }>) {
      await boss.fail(name, id, { message: 'The worker stopped responding (its lease expired) before the job finished.' });
      logger.warn(`Job ${id} (${name}): its worker stopped responding; the attempt counts as failed.`);
    }
  }

  async function jobName(id: string): Promise<string | null> {
    const row = await progressRows().select('name').where('job_id', id).first();
    if (row) return row.name;
    // Sent by something other than this adapter: look in pg-boss's tables.
    const { rows } = await knex.raw(
      `SELECT name FROM ${PGBOSS_SCHEMA}.job WHERE id = ? UNION ALL SELECT name FROM ${PGBOSS_SCHEMA}.archive WHERE id = ? LIMIT 1`,
      [id, id],
    );
    return rows[0]?.name ?? null;
  }

  async function findJob(id: string): Promise<PgBoss.JobWithMetadata | null> {
    if (!UUID.test(id)) return null;
    const name = await jobName(id);
    if (!name) return null;
    return started().getJobById(name, id, { includeArchive: true });
  }

  function work(definition: JobDefinition<any, any>) {
    return async ([job]: PgBoss.JobWithMetadata[]) => {
      const controller = new AbortController();
      running.set(job.id, controller);
      const lease = leaseSeconds({ definition, maxLeaseSeconds });
      // Renews the lease; notices cancel() from any process, and a job reaped while still running here.
      const heartbeat = async () => {
        try {
          await renewLease(job.id, definition.name, lease);
          const current = await boss?.getJobById(definition.name, job.id);
          if (current && current.state !== 'active') controller.abort(new Error(`The job was ${current.state === 'cancelled' ? 'cancelled' : 'taken over'}.`));
        } catch (error) {
          logger.warn(`Job ${job.id}: lease renewal failed: ${errorMessage(error)}`);
        }
      };
      await heartbeat();
      const watch = setInterval(heartbeat, Math.max(200, (lease * 1000) / 3));
      try {
        await runAttempt({
          definition,
          payload: job.data,
          jobId: job.id,
          attempt: job.retryCount + 1,
          controller,
          services,
          reportProgress: (progress) => setProgress(job.id, definition.name, progress),
        });
        await setProgress(job.id, definition.name, 100);
      } finally {
        clearInterval(watch);
        running.delete(job.id);
      }
      // pg-boss marks it completed, or on a throw failed / retry (with backoff), and stores the error.
    };
  }

  return {
    kind: 'pg-boss',

    async start(list: ReadonlyArray<JobDefinition<any, any>>, { runWorkers, services: given = {} }: StartOptions) {
      if (boss) throw new Error('The job queue is already started.');
      for (const definition of list) definitions.set(definition.name, definition);
      services = given;
      await ensureProgressTable(knex, schemaName);
      const instance = new PgBoss({
        ...Object.fromEntries(Object.entries(connection).filter(([, value]) => value !== undefined)),
        schema: PGBOSS_SCHEMA,
        application_name: 'di-san-queue',
        max: poolSize,
        // Passed through to pg.Pool (not in pg-boss's types).
        ...({ types: pgBossTypes() } as object),
        schedule: false, // no cron jobs: skips pg-boss's timekeeper
        supervise: runWorkers,
        maintenanceIntervalSeconds,
        // Failed jobs stay retryable for a week before they are archived.
        archiveFailedAfterSeconds: 7 * 24 * 3600,
      });
      instance.on('error', (error) => logger.error(`Job queue (pg-boss): ${errorMessage(error)}`));
      await instance.start();
      boss = instance;
      isStopping = false;
      for (const definition of definitions.values()) {
        const queue: PgBoss.Queue = {
          name: definition.name,
          policy: 'standard',
          retryLimit: definition.retries,
          ...retrySettings(definition),
          expireInSeconds: Math.ceil(definition.timeoutSeconds) + EXPIRY_GRACE_SECONDS,
        };
        // createQueue keeps an existing queue as it is; updateQueue applies changed settings.
        if (await instance.getQueue(definition.name)) await instance.updateQueue(definition.name, queue);
        else await instance.createQueue(definition.name, queue);
      }
      if (!runWorkers) return;
      // Resume jobs of a crashed worker now rather than at the next check.
      await instance.expire();
      await reapAbandonedJobs();
      const shortestLease = Math.min(...[...definitions.values()].map((definition) => leaseSeconds({ definition, maxLeaseSeconds })));
      if (Number.isFinite(shortestLease)) {
        reaper = setInterval(
          () => void reapAbandonedJobs().catch((error) => logger.error(`Job queue: reaping abandoned jobs failed: ${errorMessage(error)}`)),
          Math.max(500, (shortestLease * 1000) / 2),
        );
      }
      for (const definition of definitions.values()) {
        const ids: string[] = [];
        for (let slot = 0; slot < (definition.concurrency ?? concurrency); slot += 1) {
          ids.push(
            await instance.work(
              definition.name,
              { batchSize: 1, pollingIntervalSeconds, includeMetadata: true },
              work(definition),
            ),
          );
        }
        workerIds.set(definition.name, ids);
      }
    },

    async enqueue(name, payload, options: EnqueueOptions = {}) {
      const instance = started();
      const definition = definitionOf(name);
      const data = validatePayload(definition, payload);
      const { singletonKey, startAfterSeconds, trx } = options;

      const send = async (transaction: Knex.Transaction): Promise<string> => {
        if (singletonKey !== undefined) {
          // Serialises enqueues of one key until this transaction ends; the loser then sees the winner's row.
          await transaction.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`di-san-job:${name}:${singletonKey}`]);
          // FOR UPDATE: the waiting job stands for this caller's write too, so no worker may start it (pg-boss
          // fetches with SKIP LOCKED) before that write commits; else it would run on the state before it, and
          // this write would never be processed. A job a worker is taking right now is waited for, then no
          // longer counts as waiting, and a new one is sent.
          const { rows } = await transaction.raw(
            `SELECT id FROM ${PGBOSS_SCHEMA}.job WHERE name = ? AND singleton_key = ? AND state IN ('created', 'retry') ORDER BY created_on LIMIT 1 FOR UPDATE`,
            [name, singletonKey],
          );
          if (rows[0]) return rows[0].id;
        }
        const id = await instance.send(name, data, {
          singletonKey,
          startAfter: startAfterSeconds && startAfterSeconds > 0 ? Math.ceil(startAfterSeconds) : undefined,
          db: await transactionDb(transaction),
        });
        if (!id) throw new Error(`pg-boss did not store job "${name}" (is its queue created?).`);
        await progressRows(transaction).insert({ job_id: id, name, progress: 0, updated_at: new Date() });
        return id;
      };

      const id = trx ? await send(trx) : await knex.transaction(send);
      if (trx) trx.executionPromise?.then(() => notifyWorkers(name), () => {});
      else notifyWorkers(name);
      return id;
    },

    async getJob(id) {
      const job = await findJob(id);
      if (!job) return null;
      const row = await progressRows().select('progress').where('job_id', id).first();
      const state = STATES[job.state];
      return {
        id: job.id,
        name: job.name,
        state,
        attempt: job.startedOn ? job.retryCount + 1 : 0,
        progress: state === 'completed' ? 100 : Number(row?.progress ?? 0),
        error: state === 'completed' ? null : errorOf(job.output),
        payload: job.data,
      } satisfies JobStatus;
    },

    async cancel(id) {
      const job = await findJob(id);
      if (!job) return false;
      const result = (await started().cancel(job.name, id)) as unknown as { affected: number };
      running.get(id)?.abort(new Error('The job was cancelled.'));
      return result.affected > 0;
    },

    async retry(id) {
      const job = await findJob(id);
      if (!job || (job.state !== 'failed' && job.state !== 'cancelled')) return false;
      let affected: number;
      if (job.state === 'failed') {
        // failed → retry, with one more attempt allowed.
        affected = ((await started().retry(job.name, id)) as unknown as { affected: number }).affected;
      } else {
        // pg-boss's resume() would keep a future start_after; a retried job runs now.
        affected = await knex(`${PGBOSS_SCHEMA}.job`)
          .where({ name: job.name, id, state: 'cancelled' })
          .update({ state: 'created', completed_on: null, start_after: knex.raw('LEAST(start_after, now())') });
      }
      if (affected > 0) {
        await setProgress(id, job.name, 0);
        notifyWorkers(job.name);
      }
      return affected > 0;
    },

    async drain({ timeoutSeconds }: DrainOptions = {}) {
      started();
      const names = [...definitions.keys()];
      await drainUntilSettled({
        timeoutSeconds,
        unsettled: async () => {
          // 'created' with a later start_after is scheduled work (the nightly catch-up), not pending.
          const { rows } = await knex.raw(
            `SELECT name, id, state FROM ${PGBOSS_SCHEMA}.job
             WHERE name = ANY(?) AND (state IN ('active', 'retry') OR (state = 'created' AND start_after <= now()))`,
            [names],
          );
          const here = [...running.keys()].map((id) => `${id} (running here)`);
          return [...here, ...(rows as Array<{ name: string; id: string; state: string }>).map((row) => `${row.name} ${row.id} (${row.state})`)];
        },
      });
    },

    async stop({ graceful, timeoutSeconds = DEFAULT_STOP_TIMEOUT_SECONDS }: StopOptions) {
      if (!boss || isStopping) return;
      isStopping = true;
      clearInterval(reaper);
      const instance = boss;
      for (const name of workerIds.keys()) await instance.offWork(name);
      if (graceful) {
        const deadline = Date.now() + timeoutSeconds * 1000;
        while (running.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const controller of running.values()) controller.abort(new Error('The worker stopped before the job finished.'));
      // Jobs still active in this process are failed by pg-boss (and so retried with backoff).
      await instance.stop({ graceful: false, close: true, wait: true });
      boss = undefined;
      workerIds.clear();
      definitions.clear();
    },
  };
}

/** pg-boss 10 doubles the delay without a cap; a job that sets one retries at that fixed interval instead. */
function retrySettings(definition: JobDefinition<any, any>): { retryDelay: number; retryBackoff: boolean } {
  if (definition.backoffSeconds <= 0) return { retryDelay: 0, retryBackoff: false };
  if (definition.maxBackoffSeconds !== undefined) return { retryDelay: Math.max(1, Math.round(definition.maxBackoffSeconds)), retryBackoff: false };
  return { retryDelay: Math.max(1, Math.round(definition.backoffSeconds)), retryBackoff: true };
}
