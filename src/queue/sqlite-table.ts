/**
 * The job contract on a table (`di_san_jobs`) in the app's SQLite database.
 *
 * Workers poll the table and claim a job with one conditional UPDATE (SQLite
 * has a single writer, so two workers, in one process or several, never claim
 * the same row). A running job holds a lease (`locked_until`: its timeout,
 * at most 60 s) that its worker renews every lease/3; when a worker dies the
 * lease runs out, and the next
 * poll of any worker counts the attempt as failed and schedules the retry:
 * that is how a job killed with the app resumes on restart.
 *
 * Times are stored as epoch milliseconds.
 *
 * Settled rows are pruned as pg-boss 10 does with our settings: pg-boss
 * archives completed and cancelled jobs after 12 h and failed ones after 7
 * days (PgBoss archiveFailedAfterSeconds, see pg-boss.ts), then deletes
 * archived rows after 7 days. So a row here is deleted 12 h + 7 days after
 * it completed or was cancelled, and 14 days after it failed; until then
 * getJob() and retry() still see it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Knex } from 'knex';
import {
  backoffSeconds,
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

export const JOBS_TABLE = 'di_san_jobs';

type Logger = Pick<Console, 'error' | 'warn'>;

export interface SqliteTableQueueOptions {
  knex: Knex;
  logger?: Logger;
  /** How often idle workers look for due jobs, in ms. @default 500 */
  pollIntervalMs?: number;
  /** Parallel runs per job name when the definition sets none. @default 1 */
  concurrency?: number;
  /** Longest silence of a live worker before its job counts as abandoned. Seconds. @default 60 */
  maxLeaseSeconds?: number;
  /** How long settled rows are kept before they are deleted. Seconds. @default pg-boss's (see above) */
  retention?: Partial<Retention>;
  /** How often a worker deletes settled rows past their retention. ms. @default 1 hour */
  pruneIntervalMs?: number;
}

export interface Retention {
  /** Completed and cancelled rows. Seconds. */
  settledSeconds: number;
  /** Failed rows (still retryable by hand until then). Seconds. */
  failedSeconds: number;
}

const DAY_SECONDS = 24 * 3600;

/** pg-boss 10: archive completed after 12 h (its default), failed after 7 days (ours); delete archived after 7 days. */
export const DEFAULT_RETENTION: Retention = {
  settledSeconds: 12 * 3600 + 7 * DAY_SECONDS,
  failedSeconds: 7 * DAY_SECONDS + 7 * DAY_SECONDS,
};

interface JobRow {
  id: string;
  name: string;
  payload: string;
  state: JobState;
  attempt: number;
  max_attempts: number;
  run_after: number;
  locked_by: string | null;
  locked_until: number | null;
  progress: number;
  error: string | null;
  singleton_key: string | null;
  created_at: number;
  updated_at: number;
}

interface Running {
  name: string;
  controller: AbortController;
  done: Promise<void>;
}

const WAITING: JobState[] = ['queued', 'retrying'];

export async function ensureJobsTable(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(JOBS_TABLE))) {
    try {
      await knex.schema.createTable(JOBS_TABLE, (table) => {
        table.string('id', 36).primary();
        table.string('name', 100).notNullable();
        table.text('payload').notNullable();
        table.string('state', 16).notNullable();
        table.integer('attempt').notNullable().defaultTo(0);
        table.integer('max_attempts').notNullable();
        table.bigInteger('run_after').notNullable();
        table.string('locked_by', 120).nullable();
        table.bigInteger('locked_until').nullable();
        table.integer('progress').notNullable().defaultTo(0);
        table.text('error').nullable();
        table.string('singleton_key', 255).nullable();
        table.bigInteger('created_at').notNullable();
        table.bigInteger('updated_at').notNullable();
        table.index(['state', 'run_after'], 'di_san_jobs_state_run_after');
      });
    } catch (error) {
      // Another process created it first.
      if (!(await knex.schema.hasTable(JOBS_TABLE))) throw error;
    }
  }
  // One waiting job per (name, singleton key): the database settles races between processes.
  await knex.raw(
    `CREATE UNIQUE INDEX IF NOT EXISTS di_san_jobs_singleton ON ${JOBS_TABLE} (name, singleton_key)
     WHERE singleton_key IS NOT NULL AND state IN ('queued', 'retrying')`,
  );
}

const isUniqueViolation = (error: unknown) => /UNIQUE constraint failed/i.test(errorMessage(error));

export function createSqliteTableQueue({
  knex,
  logger = console,
  pollIntervalMs = 500,
  concurrency = 1,
  maxLeaseSeconds = DEFAULT_LEASE_SECONDS,
  retention: retentionOverrides = {},
  pruneIntervalMs = 3600_000,
}: SqliteTableQueueOptions): QueueAdapter {
  const retention: Retention = { ...DEFAULT_RETENTION, ...retentionOverrides };
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const definitions = new Map<string, JobDefinition<any, any>>();
  const running = new Map<string, Running>();
  let isStarted = false;
  let isWorking = false;
  let isStopping = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  let services: JobServices = {};
  let isPolling = false;
  let isPollRequested = false;

  const jobs = (db: Knex | Knex.Transaction = knex) => db<JobRow>(JOBS_TABLE);

  const definitionOf = (name: string) => {
    const definition = definitions.get(name);
    if (!definition) throw new Error(`Unknown job "${name}": list it in src/jobs.ts (the queue runs the jobs it was started with).`);
    return definition;
  };
  const assertStarted = () => {
    if (!isStarted) throw new Error('The job queue is not started.');
  };
  const slotsOf = (definition: JobDefinition<any, any>) => definition.concurrency ?? concurrency;
  const runningCount = (name: string) => [...running.values()].filter((job) => job.name === name).length;

  /**
   * Run a function in the async context captured when the queue started.
   * enqueue() is often called inside a Strapi transaction, whose context would
   * otherwise leak into the handler and make its queries use a finished transaction.
   */
  let outsideCallerContext: <R>(fn: () => R) => R = (fn) => fn();

  /** Look for work now rather than at the next tick. */
  function poke(): void {
    if (!isWorking || isStopping) return;
    setImmediate(() => outsideCallerContext(() => void poll()));
  }

  async function poll(): Promise<void> {
    if (!isWorking || isStopping) return;
    if (isPolling) {
      isPollRequested = true;
      return;
    }
    isPolling = true;
    try {
      await reclaimExpiredLeases();
      for (const definition of definitions.values()) {
        while (!isStopping && runningCount(definition.name) < slotsOf(definition)) {
          const row = await claimNext(definition.name);
          if (!row) break;
          launch(definition, row);
        }
      }
    } catch (error) {
      if (!isStopping) logger.error(`Job queue poll failed: ${errorMessage(error)}`);
    } finally {
      isPolling = false;
      if (isPollRequested) {
        isPollRequested = false;
        poke();
      }
    }
  }

  /** Jobs whose worker stopped renewing its lease: the attempt failed; retry or give up. */
  /** Deletes settled rows older than their retention (see the top of this file). */
  async function prune(): Promise<void> {
    const now = Date.now();
    await jobs()
      .where((query) =>
        query
          .where((settled) => settled.whereIn('state', ['completed', 'cancelled']).andWhere('updated_at', '<', now - retention.settledSeconds * 1000))
          .orWhere((failed) => failed.where('state', 'failed').andWhere('updated_at', '<', now - retention.failedSeconds * 1000)),
      )
      .delete();
  }

  const pruneQuietly = () => prune().catch((error) => logger.warn(`Job queue: pruning settled jobs failed: ${errorMessage(error)}`));

  async function reclaimExpiredLeases(): Promise<void> {
    const now = Date.now();
    const expired = await jobs()
      .select('id', 'name', 'attempt', 'max_attempts')
      .where('state', 'processing')
      .andWhere('locked_until', '<', now)
      .whereIn('name', [...definitions.keys()]);
    for (const row of expired) {
      await recordFailure({
        row,
        error: 'The worker stopped responding (its lease expired) before the job finished.',
        where: (query) => query.andWhere('locked_until', '<', now),
      });
    }
  }

  async function claimNext(name: string): Promise<JobRow | null> {
    // A few tries: another worker may claim the candidate between the SELECT and the UPDATE.
    for (let tries = 0; tries < 5; tries += 1) {
      const now = Date.now();
      const candidate = await jobs()
        .select('id')
        .where('name', name)
        .whereIn('state', WAITING)
        .andWhere('run_after', '<=', now)
        .orderBy([{ column: 'run_after' }, { column: 'created_at' }])
        .first();
      if (!candidate) return null;
      const leaseMs = leaseSeconds({ definition: definitionOf(name), maxLeaseSeconds }) * 1000;
      const claimed = await jobs()
        .where('id', candidate.id)
        .whereIn('state', WAITING)
        .update({
          state: 'processing',
          attempt: knex.raw('attempt + 1') as unknown as number,
          locked_by: workerId,
          locked_until: now + leaseMs,
          updated_at: now,
        });
      if (claimed === 1) return (await jobs().where('id', candidate.id).first()) ?? null;
    }
    return null;
  }

  /** Updates the row only while this worker still holds it (not cancelled, not reclaimed). */
  const ownRow = (id: string) => jobs().where({ id, locked_by: workerId, state: 'processing' });

  function launch(definition: JobDefinition<any, any>, row: JobRow): void {
    const controller = new AbortController();
    const leaseMs = leaseSeconds({ definition, maxLeaseSeconds }) * 1000;
    const heartbeat = setInterval(async () => {
      try {
        const renewed = await ownRow(row.id).update({ locked_until: Date.now() + leaseMs, updated_at: Date.now() });
        if (renewed === 0) controller.abort(new Error('The job was cancelled or taken over by another worker.'));
      } catch (error) {
        logger.warn(`Job ${row.id}: lease renewal failed: ${errorMessage(error)}`);
      }
    }, Math.max(100, Math.floor(leaseMs / 3)));

    const done = (async () => {
      try {
        await runAttempt({
          definition,
          payload: JSON.parse(row.payload),
          jobId: row.id,
          attempt: row.attempt,
          controller,
          services,
          reportProgress: async (progress) => {
            if (isAbandoned(controller)) return;
            await ownRow(row.id).update({ progress, updated_at: Date.now() });
          },
        });
        if (isAbandoned(controller)) return;
        await ownRow(row.id).update({
          state: 'completed',
          progress: 100,
          error: null,
          locked_by: null,
          locked_until: null,
          updated_at: Date.now(),
        });
      } catch (error) {
        if (isAbandoned(controller)) return;
        await recordFailure({ row, error: errorMessage(error), where: (query) => query.andWhere('locked_by', workerId) });
      }
    })()
      .catch((error) => logger.error(`Job ${row.id}: could not record the outcome: ${errorMessage(error)}`))
      .finally(() => {
        clearInterval(heartbeat);
        running.delete(row.id);
        poke();
      });
    running.set(row.id, { name: definition.name, controller, done });
  }

  async function recordFailure({
    row,
    error,
    where,
  }: {
    row: Pick<JobRow, 'id' | 'name' | 'attempt' | 'max_attempts'>;
    error: string;
    where: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
  }): Promise<void> {
    const now = Date.now();
    const definition = definitions.get(row.name);
    const isRetrying = row.attempt < row.max_attempts;
    const delayMs = definition && isRetrying ? backoffSeconds({ definition, attempt: row.attempt }) * 1000 : 0;
    const update = (state: JobState, message: string) =>
      where(jobs().where({ id: row.id, state: 'processing' })).update({
        state,
        error: message,
        run_after: now + delayMs,
        locked_by: null,
        locked_until: null,
        updated_at: now,
      });
    try {
      await update(isRetrying ? 'retrying' : 'failed', error);
    } catch (failure) {
      // A newer job with the same singleton key is already waiting: it will do this work (handlers are
      // idempotent), and the unique index forbids two waiting copies, so this one stands down.
      if (!isRetrying || !/UNIQUE/i.test(errorMessage(failure))) throw failure;
      await update('cancelled', `${error} A newer queued job with the same key takes over.`);
    }
  }

  const ABANDONED = Symbol('abandoned');
  const isAbandoned = (controller: AbortController) => controller.signal.reason === ABANDONED;

  return {
    kind: 'sqlite-table',

    async start(list: ReadonlyArray<JobDefinition<any, any>>, { runWorkers, services: given = {} }: StartOptions) {
      if (isStarted) throw new Error('The job queue is already started.');
      for (const definition of list) definitions.set(definition.name, definition);
      services = given;
      await ensureJobsTable(knex);
      isStarted = true;
      isStopping = false;
      if (!runWorkers) return;
      isWorking = true;
      // Kept referenced on purpose: in `npm run worker` this timer is what keeps the process alive.
      outsideCallerContext = AsyncLocalStorage.snapshot();
      pollTimer = setInterval(() => void poll(), pollIntervalMs);
      pruneTimer = setInterval(() => void pruneQuietly(), pruneIntervalMs);
      pruneTimer.unref();
      await pruneQuietly();
      await poll(); // resumes jobs of a crashed worker whose lease has run out
    },

    async enqueue(name, payload, options: EnqueueOptions = {}) {
      assertStarted();
      const definition = definitionOf(name);
      const value = validatePayload(definition, payload);
      const { singletonKey, startAfterSeconds = 0, trx } = options;
      const db = trx ?? knex;
      const now = Date.now();
      const findWaiting = async () =>
        singletonKey === undefined
          ? undefined
          : (await jobs(db).select('id').where({ name, singleton_key: singletonKey }).whereIn('state', WAITING).first())?.id;

      const existing = await findWaiting();
      if (existing) return existing;
      const id = randomUUID();
      try {
        await jobs(db).insert({
          id,
          name,
          payload: JSON.stringify(value),
          state: 'queued',
          attempt: 0,
          max_attempts: definition.retries + 1,
          run_after: now + Math.max(0, startAfterSeconds) * 1000,
          progress: 0,
          error: null,
          singleton_key: singletonKey ?? null,
          created_at: now,
          updated_at: now,
        });
      } catch (error) {
        const raced = isUniqueViolation(error) ? await findWaiting() : undefined;
        if (raced) return raced;
        throw error;
      }
      if (trx) trx.executionPromise?.then(poke, () => {});
      else poke();
      return id;
    },

    async getJob(id) {
      assertStarted();
      const row = await jobs().where('id', id).first();
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        state: row.state,
        attempt: Number(row.attempt),
        progress: row.state === 'completed' ? 100 : Number(row.progress),
        error: row.state === 'completed' ? null : row.error,
        payload: JSON.parse(row.payload),
      } satisfies JobStatus;
    },

    async cancel(id) {
      assertStarted();
      const cancelled = await jobs()
        .where('id', id)
        .whereIn('state', [...WAITING, 'processing'])
        .update({ state: 'cancelled', locked_by: null, locked_until: null, updated_at: Date.now() });
      // A handler in another process notices at its next lease renewal.
      running.get(id)?.controller.abort(new Error('The job was cancelled.'));
      return cancelled > 0;
    },

    async retry(id) {
      assertStarted();
      const now = Date.now();
      const retried = await jobs()
        .where('id', id)
        .whereIn('state', ['failed', 'cancelled'])
        .update({
          state: 'queued',
          max_attempts: knex.raw('CASE WHEN max_attempts > attempt THEN max_attempts ELSE attempt + 1 END') as unknown as number,
          run_after: now,
          progress: 0,
          updated_at: now,
        });
      poke();
      return retried > 0;
    },

    async drain({ timeoutSeconds }: DrainOptions = {}) {
      assertStarted();
      const names = [...definitions.keys()];
      await drainUntilSettled({
        timeoutSeconds,
        unsettled: async () => {
          const rows = await jobs()
            .select('id', 'name', 'state')
            .whereIn('name', names)
            .andWhere((query) =>
              query.whereIn('state', ['processing', 'retrying']).orWhere((due) => due.where('state', 'queued').andWhere('run_after', '<=', Date.now())),
            );
          const here = [...running.entries()].map(([id, job]) => `${job.name} ${id} (running here)`);
          return [...here, ...rows.map((row) => `${row.name} ${row.id} (${row.state})`)];
        },
      });
    },

    async stop({ graceful, timeoutSeconds = DEFAULT_STOP_TIMEOUT_SECONDS }: StopOptions) {
      if (!isStarted) return;
      isStopping = true;
      clearInterval(pollTimer);
      clearInterval(pruneTimer);
      const all = () => Promise.all([...running.values()].map((job) => job.done));
      if (graceful) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([all(), new Promise((resolve) => (timer = setTimeout(resolve, timeoutSeconds * 1000)))]);
        clearTimeout(timer);
        // Still running after the grace period: the attempt fails and is retried later.
        for (const job of running.values()) job.controller.abort(new Error('The worker stopped before the job finished.'));
      } else {
        // Like a crash: leave the rows alone; the leases run out and another worker resumes them.
        for (const job of running.values()) job.controller.abort(ABANDONED);
      }
      await all();
      isStarted = false;
      isWorking = false;
      definitions.clear();
    },
  };
}
