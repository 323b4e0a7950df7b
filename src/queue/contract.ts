/**
 * The job contract. Jobs are data: a name, a payload schema (`validate`),
 * retries with exponential backoff, a timeout and an idempotent handler. Two
 * adapters run the same contract: a table in SQLite (in-process workers) and
 * pg-boss on PostgreSQL (many workers on many machines).
 *
 * Delivery is at-least-once: a job whose worker died or timed out runs again,
 * so handlers must be idempotent (re-read the record, overwrite outputs).
 */
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';

export type JobState = 'queued' | 'processing' | 'retrying' | 'completed' | 'failed' | 'cancelled';

export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** Percent done, 0–100 (clamped and rounded). */
  reportProgress(percent: number): Promise<void>;
  /** Aborted on timeout, cancel() and when the queue stops: stop work and clean up scratch space. */
  signal: AbortSignal;
}

/**
 * What a handler needs from the app (the Strapi instance, the object store…),
 * handed to start() and passed to every attempt beside the job's own context,
 * so that a handler reaches for nothing global. The queue does not look inside.
 */
export type JobServices = object;

/** Payloads are JSON objects: they are stored as JSON and re-read by the worker. */
export type JobPayload = Record<string, unknown>;

export interface JobDefinition<P extends object = JobPayload, S extends JobServices = JobServices> {
  /** Unique; letters, digits, `-`, `_` and `.` (e.g. `media.transcode`). */
  name: string;
  /** Runs after the first attempt fails; 0 means one attempt only. */
  retries: number;
  /**
   * Delay before retry n is `backoffSeconds * 2^(n-1)` seconds. On pg-boss it is
   * rounded to whole seconds (at least 1) and jittered up to twice that.
   */
  backoffSeconds: number;
  /**
   * Longest delay between retries, for jobs that wait out an outage (search sync while
   * Meilisearch is down). On pg-boss, which cannot cap a growing delay, a job with a cap
   * retries every `maxBackoffSeconds` instead. Seconds.
   */
  maxBackoffSeconds?: number;
  /** An attempt running longer, or whose worker stopped responding, fails and is retried. Seconds. */
  timeoutSeconds: number;
  /** Parallel runs of this job per worker process. @default JOB_CONCURRENCY (1) */
  concurrency?: number;
  /** Returns the typed payload or throws an error that says what is wrong. */
  validate(payload: unknown): P;
  handler(payload: P, context: JobContext & S): Promise<void>;
}

export interface JobStatus<P = unknown> {
  id: string;
  name: string;
  state: JobState;
  /** Attempts started so far (0 while it never ran). */
  attempt: number;
  /** 0–100; 100 once completed. */
  progress: number;
  /** Message of the last failed attempt; null once completed. */
  error: string | null;
  payload: P;
}

export interface EnqueueOptions {
  /** While a job with this key and name is queued or retrying, enqueue returns its id instead. */
  singletonKey?: string;
  /** Not before this many seconds from now. */
  startAfterSeconds?: number;
  /** Record the job in the caller's transaction: it exists only if that commits. */
  trx?: Knex.Transaction;
}

export interface StartOptions {
  /** False: this process only enqueues and reads status (`npm run worker` processes). */
  runWorkers: boolean;
  /** Passed to every handler in its context (read anew for each attempt: getters are resolved then). */
  services?: JobServices;
}

export interface DrainOptions {
  /** Give up (and throw, naming the unsettled jobs) after this long. Seconds. @default 120 */
  timeoutSeconds?: number;
}

export interface StopOptions {
  /** Wait for running jobs (up to `timeoutSeconds`) before aborting them. */
  graceful: boolean;
  /** @default 30 */
  timeoutSeconds?: number;
}

export interface QueueAdapter {
  readonly kind: 'sqlite-table' | 'pg-boss';
  start(definitions: ReadonlyArray<JobDefinition<any, any>>, options: StartOptions): Promise<void>;
  /** Validates the payload first: a bad payload throws InvalidJobPayloadError and stores nothing. */
  enqueue(name: string, payload: unknown, options?: EnqueueOptions): Promise<string>;
  getJob(id: string): Promise<JobStatus | null>;
  /** Cancels a queued, retrying or running job (a running handler sees its signal abort). False if there was none. */
  cancel(id: string): Promise<boolean>;
  /** Runs a failed or cancelled job once more (the attempt count continues). False if there was none. */
  retry(id: string): Promise<boolean>;
  /**
   * Resolves once every job this queue runs is settled: none is running in this
   * process, and none in the table is running, waiting for a retry or due now.
   * Jobs scheduled for later (startAfterSeconds, e.g. the nightly catch-up) do
   * not count. Tests use it to wait on facts instead of polling or sleeping.
   */
  drain(options?: DrainOptions): Promise<void>;
  stop(options: StopOptions): Promise<void>;
}

export const DEFAULT_DRAIN_TIMEOUT_SECONDS = 120;

/** How often drain() looks at the table. ms. */
export const DRAIN_POLL_MS = 50;

/**
 * drain() on top of an adapter's own question "how many jobs are unsettled?":
 * asks until the answer is 0 twice in a row (a job that just finished may have
 * queued a follow-up in between), or throws at the timeout.
 */
export async function drainUntilSettled({
  unsettled,
  timeoutSeconds = DEFAULT_DRAIN_TIMEOUT_SECONDS,
}: {
  unsettled: () => Promise<string[]>;
  timeoutSeconds?: number;
}): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let quietChecks = 0;
  for (;;) {
    const pending = await unsettled();
    quietChecks = pending.length === 0 ? quietChecks + 1 : 0;
    if (quietChecks >= 2) return;
    if (Date.now() > deadline) {
      throw new Error(`The job queue did not drain within ${timeoutSeconds} s; still unsettled: ${pending.join(', ')}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
  }
}

export class InvalidJobPayloadError extends errors.ValidationError {
  constructor(jobName: string, cause: unknown) {
    super(`Invalid payload for job "${jobName}": ${errorMessage(cause)}`);
  }
}

export const DEFAULT_STOP_TIMEOUT_SECONDS = 30;

/** Longest lease a running job holds between renewals (every lease/3). Seconds. */
export const DEFAULT_LEASE_SECONDS = 60;

/**
 * How long a running job's worker may go silent before the job counts as
 * abandoned (dead worker) and is retried: the timeout, capped, so that a job
 * with a two-hour timeout still resumes within a minute of a crash.
 */
export const leaseSeconds = ({ definition, maxLeaseSeconds = DEFAULT_LEASE_SECONDS }: { definition: JobDefinition<any, any>; maxLeaseSeconds?: number }) =>
  Math.min(definition.timeoutSeconds, maxLeaseSeconds);

/** Seconds to wait before the retry that follows failed attempt `attempt` (1-based). */
export function backoffSeconds({ definition, attempt }: { definition: JobDefinition<any, any>; attempt: number }): number {
  const delay = definition.backoffSeconds * 2 ** Math.max(0, attempt - 1);
  return definition.maxBackoffSeconds === undefined ? delay : Math.min(delay, definition.maxBackoffSeconds);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Throws when a definition cannot run (checked when the queue starts). */
export function assertJobDefinition(definition: JobDefinition<any, any>): void {
  const where = `Job definition "${definition?.name}"`;
  if (typeof definition?.name !== 'string' || !JOB_NAME.test(definition.name)) {
    throw new Error(`${where}: name must be 1–100 letters, digits, ".", "-" or "_".`);
  }
  const whole = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;
  if (!whole(definition.retries, 0)) throw new Error(`${where}: retries must be a whole number ≥ 0.`);
  if (!(definition.backoffSeconds >= 0)) throw new Error(`${where}: backoffSeconds must be ≥ 0.`);
  if (!(definition.timeoutSeconds >= 1)) throw new Error(`${where}: timeoutSeconds must be ≥ 1.`);
  if (definition.concurrency !== undefined && !whole(definition.concurrency, 1)) {
    throw new Error(`${where}: concurrency must be a whole number ≥ 1.`);
  }
  if (typeof definition.validate !== 'function' || typeof definition.handler !== 'function') {
    throw new Error(`${where}: validate and handler must be functions.`);
  }
}

/** The definition's validate(), plus the contract's own rule: payloads are JSON objects. */
export function validatePayload<P extends object>(definition: JobDefinition<P, any>, payload: unknown): P {
  let value: P;
  try {
    value = definition.validate(payload);
  } catch (error) {
    throw new InvalidJobPayloadError(definition.name, error);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidJobPayloadError(definition.name, 'the payload must be a JSON object');
  }
  return value;
}

export const clampProgress = (percent: number): number =>
  Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent))) : 0;

/**
 * One attempt of a handler: re-validates the stored payload, aborts the signal
 * at the timeout, and settles as soon as the signal aborts (cancel, stop,
 * timeout) even when the handler ignores it, so the worker slot is freed.
 */
export async function runAttempt<P extends object>({
  definition,
  payload,
  jobId,
  attempt,
  controller,
  reportProgress,
  services = {},
}: {
  definition: JobDefinition<P, any>;
  services?: JobServices;
  payload: unknown;
  jobId: string;
  attempt: number;
  controller: AbortController;
  reportProgress(percent: number): Promise<void>;
}): Promise<void> {
  const timer = setTimeout(
    () => controller.abort(new Error(`Job "${definition.name}" timed out after ${definition.timeoutSeconds} s.`)),
    definition.timeoutSeconds * 1000,
  );
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(controller.signal.reason);
    if (controller.signal.aborted) onAbort();
    else controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {}); // settled by the race below, or never observed
  try {
    const value = validatePayload(definition, payload);
    await Promise.race([
      definition.handler(value, {
        ...services,
        jobId,
        attempt,
        signal: controller.signal,
        reportProgress: (percent: number) => reportProgress(clampProgress(percent)),
      }),
      aborted,
    ]);
  } finally {
    clearTimeout(timer);
    controller.signal.removeEventListener('abort', onAbort);
  }
}
