/**
 * The job contract, run against the adapter of the database under test: the
 * SQLite table (TEST_DATABASE=sqlite) or pg-boss (TEST_DATABASE=postgres).
 * Every test defines its own job names, so their jobs never mix.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createQueue, type JobDefinition, type JobStatus, type QueueAdapter, type QueueTuning } from '../../../src/queue';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';

let app: TestApp;
const openQueues = new Set<QueueAdapter>();
const expectedKind = process.env.TEST_DATABASE === 'postgres' ? 'pg-boss' : 'sqlite-table';
const tuning: QueueTuning = { pollIntervalMs: 100, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 };

before(async () => {
  app = await startTestApp();
});
after(async () => {
  for (const queue of openQueues) await queue.stop({ graceful: false });
  await app?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let uniqueName = 0;
const jobName = (what: string) => `test.${what}.${(uniqueName += 1)}`;

interface Payload {
  mediaItemId: number;
}
const validate = (payload: unknown): Payload => {
  const id = (payload as { mediaItemId?: unknown } | null)?.mediaItemId;
  if (!Number.isInteger(id) || (id as number) < 1) throw new Error('mediaItemId must be a positive integer');
  return { mediaItemId: id as number };
};
const job = (name: string, overrides: Partial<JobDefinition<Payload>>): JobDefinition<Payload> => ({
  name,
  retries: 0,
  backoffSeconds: 1,
  timeoutSeconds: 10,
  validate,
  handler: async () => {},
  ...overrides,
});

async function startedQueue(definitions: JobDefinition<Payload>[], { runWorkers }: { runWorkers: boolean }) {
  const queue = createQueue({ strapi: app.strapi, tuning });
  await queue.start(definitions, { runWorkers });
  openQueues.add(queue);
  return queue;
}
async function stopQueue(queue: QueueAdapter, graceful = true) {
  openQueues.delete(queue);
  await queue.stop({ graceful, timeoutSeconds: 5 });
}

async function waitForJob(queue: QueueAdapter, id: string, isDone: (status: JobStatus) => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await queue.getJob(id);
    if (status && isDone(status)) return status;
    if (Date.now() > deadline) assert.fail(`job ${id} did not get there in ${timeoutMs} ms; last status: ${JSON.stringify(status)}`);
    await sleep(50);
  }
}
const settled = (status: JobStatus) => ['completed', 'failed', 'cancelled'].includes(status.state);

/** Jobs of `name` stored by the adapter, in its own table. */
async function storedJobs(name: string): Promise<number> {
  const knex = app.strapi.db.connection;
  if (expectedKind === 'pg-boss') {
    const { rows } = await knex.raw('SELECT count(*)::int AS n FROM pgboss.job WHERE name = ?', [name]);
    return rows[0].n;
  }
  const [row] = await knex('di_san_jobs').where({ name }).count({ n: '*' });
  return Number(row.n);
}

/** A promise with its resolve, for holding a handler at a known point; gives up after 15 s. */
function gate() {
  let open = () => {};
  let timer: NodeJS.Timeout | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    open = () => {
      clearTimeout(timer);
      resolve();
    };
    timer = setTimeout(() => reject(new Error('the handler never reached the gate')), 15_000);
  });
  opened.catch(() => {});
  return { open, opened };
}

describe(`job queue contract (${expectedKind})`, () => {
  it('uses pg-boss on PostgreSQL and the table on SQLite', async () => {
    const queue = await startedQueue([], { runWorkers: false });
    assert.equal(queue.kind, expectedKind);
    await stopQueue(queue);
  });

  it('runs a job to completed, showing its progress on the way', async () => {
    const name = jobName('complete');
    const halfway = gate();
    const release = gate();
    const seen: Array<{ payload: Payload; attempt: number }> = [];
    const queue = await startedQueue(
      [
        job(name, {
          handler: async (payload, { attempt, reportProgress }) => {
            seen.push({ payload, attempt });
            await reportProgress(49.6);
            halfway.open();
            await release.opened;
          },
        }),
      ],
      { runWorkers: true },
    );
    try {
      const id = await queue.enqueue(name, { mediaItemId: 7 });
      await halfway.opened;
      const running = await queue.getJob(id);
      assert.equal(running?.state, 'processing');
      assert.equal(running?.progress, 50);
      release.open();
      const done = await waitForJob(queue, id, settled);
      assert.deepEqual(done, { id, name, state: 'completed', attempt: 1, progress: 100, error: null, payload: { mediaItemId: 7 } });
      assert.deepEqual(seen, [{ payload: { mediaItemId: 7 }, attempt: 1 }]);
    } finally {
      await stopQueue(queue);
    }
  });

  it('retries a failing job with exponential backoff, then marks it failed with the error', async () => {
    const name = jobName('fail');
    const startedAt: number[] = [];
    const queue = await startedQueue(
      [
        job(name, {
          retries: 2,
          backoffSeconds: 1,
          handler: async () => {
            startedAt.push(Date.now());
            throw new Error('ffmpeg exited with code 1');
          },
        }),
      ],
      { runWorkers: true },
    );
    try {
      const id = await queue.enqueue(name, { mediaItemId: 1 });
      const retrying = await waitForJob(queue, id, (status) => status.state === 'retrying');
      assert.equal(retrying.attempt, 1);
      assert.equal(retrying.error, 'ffmpeg exited with code 1');
      const failed = await waitForJob(queue, id, settled);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.attempt, 3);
      assert.equal(failed.error, 'ffmpeg exited with code 1');
      assert.equal(startedAt.length, 3, 'one run and two retries');
      // 1 s after the first failure, then 2 s (pg-boss adds up to 100 % jitter).
      assert.ok(startedAt[1] - startedAt[0] >= 950, `first retry after ${startedAt[1] - startedAt[0]} ms`);
      assert.ok(startedAt[2] - startedAt[1] >= 1950, `second retry after ${startedAt[2] - startedAt[1]} ms`);
      await queue.drain();
      assert.equal(startedAt.length, 3, 'no run after the job failed');
    } finally {
      await stopQueue(queue);
    }
  });

  it('aborts an attempt that runs past its timeout and retries it', async () => {
    const name = jobName('timeout');
    const abortReasons: string[] = [];
    const queue = await startedQueue(
      [
        job(name, {
          retries: 1,
          timeoutSeconds: 1,
          handler: async (_payload, { attempt, signal }) => {
            if (attempt > 1) return;
            await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
            abortReasons.push((signal.reason as Error).message);
          },
        }),
      ],
      { runWorkers: true },
    );
    try {
      const id = await queue.enqueue(name, { mediaItemId: 2 });
      const done = await waitForJob(queue, id, settled);
      assert.equal(done.state, 'completed');
      assert.equal(done.attempt, 2);
      assert.deepEqual(abortReasons, [`Job "${name}" timed out after 1 s.`]);
    } finally {
      await stopQueue(queue);
    }
  });

  it('rejects a bad payload at enqueue with a clear error, and stores nothing', async () => {
    const name = jobName('validate');
    const queue = await startedQueue([job(name, {})], { runWorkers: false });
    try {
      for (const bad of [{ mediaItemId: 'seven' }, {}, null]) {
        await assert.rejects(queue.enqueue(name, bad), {
          name: 'ValidationError',
          message: `Invalid payload for job "${name}": mediaItemId must be a positive integer`,
        });
      }
      await assert.rejects(queue.enqueue('test.never-defined', { mediaItemId: 1 }), /Unknown job "test\.never-defined"/);
      assert.equal(await storedJobs(name), 0);
    } finally {
      await stopQueue(queue);
    }
  });

  it('dedupes by singletonKey while the job waits, and not after it ran', async () => {
    const name = jobName('singleton');
    const producer = await startedQueue([job(name, {})], { runWorkers: false });
    try {
      const first = await producer.enqueue(name, { mediaItemId: 3 }, { singletonKey: 'media-item:3' });
      const again = await producer.enqueue(name, { mediaItemId: 3 }, { singletonKey: 'media-item:3' });
      const other = await producer.enqueue(name, { mediaItemId: 4 }, { singletonKey: 'media-item:4' });
      assert.equal(again, first);
      assert.notEqual(other, first);
      assert.equal(await storedJobs(name), 2);

      const worker = await startedQueue([job(name, {})], { runWorkers: true });
      await waitForJob(worker, first, settled);
      await stopQueue(worker);
      const later = await producer.enqueue(name, { mediaItemId: 3 }, { singletonKey: 'media-item:3' });
      assert.notEqual(later, first, 'a finished job does not swallow a new one');
    } finally {
      await stopQueue(producer);
    }
  });

  it('a waiting job that a transaction enqueued again starts only after that transaction commits', async () => {
    // Search sync dedupes a record's jobs this way: the waiting job stands for the write, so it must
    // read what the write stored, not start halfway and read the state before it.
    const name = jobName('dedupe-commit');
    const marker = { type: 'core', name: 'di-san', key: `test-${name}` } as const;
    const seen: unknown[] = [];
    const queue = await startedQueue(
      [job(name, { handler: async () => void seen.push(await app.strapi.store.get(marker)) })],
      { runWorkers: true },
    );
    try {
      const waiting = await queue.enqueue(name, { mediaItemId: 20 }, { singletonKey: 'media-item:20', startAfterSeconds: 1 });
      await app.strapi.db.transaction(async () => {
        assert.equal(await queue.enqueue(name, { mediaItemId: 20 }, { singletonKey: 'media-item:20' }), waiting);
        await app.strapi.store.set({ ...marker, value: 'written' });
        // Long enough for the job to be due (1 s) and polled (every 0.5 s) while this write is open.
        await sleep(2500);
      });
      assert.equal((await waitForJob(queue, waiting, settled)).state, 'completed');
      assert.deepEqual(seen, ['written']);
    } finally {
      await stopQueue(queue);
    }
  });

  it('records a job only when the surrounding transaction commits', async () => {
    const name = jobName('transaction');
    const ran: number[] = [];
    const queue = await startedQueue(
      [job(name, { handler: async ({ mediaItemId }) => void ran.push(mediaItemId) })],
      { runWorkers: true },
    );
    try {
      let explicit = '';
      let ambient = '';
      await assert.rejects(
        app.strapi.db.transaction(async ({ trx }) => {
          explicit = await queue.enqueue(name, { mediaItemId: 10 }, { trx });
          // No trx passed: the queue joins the Strapi transaction in progress.
          ambient = await queue.enqueue(name, { mediaItemId: 11 });
          throw new Error('the record failed to save');
        }),
        /the record failed to save/,
      );
      assert.equal(await queue.getJob(explicit), null);
      assert.equal(await queue.getJob(ambient), null);
      assert.equal(await storedJobs(name), 0);

      const committed = await app.strapi.db.transaction(async () => queue.enqueue(name, { mediaItemId: 12 }));
      assert.equal((await waitForJob(queue, committed, settled)).state, 'completed');
      await queue.drain();
      assert.deepEqual(ran, [12]);
    } finally {
      await stopQueue(queue);
    }
  });

  it('never runs a job twice when two workers share the queue', async () => {
    const name = jobName('compete');
    const runsByJob = new Map<string, number>();
    const runsByWorker = [0, 0];
    const definitionFor = (worker: number) =>
      job(name, {
        handler: async (_payload, { jobId }) => {
          runsByJob.set(jobId, (runsByJob.get(jobId) ?? 0) + 1);
          runsByWorker[worker] += 1;
          await sleep(100);
        },
      });
    const producer = await startedQueue([definitionFor(0)], { runWorkers: false });
    const workers = [await startedQueue([definitionFor(0)], { runWorkers: true }), await startedQueue([definitionFor(1)], { runWorkers: true })];
    try {
      const ids: string[] = [];
      for (let item = 1; item <= 12; item += 1) ids.push(await producer.enqueue(name, { mediaItemId: item }));
      for (const id of ids) assert.equal((await waitForJob(producer, id, settled)).state, 'completed');
      for (const queue of [producer, ...workers]) await queue.drain();
      assert.deepEqual(
        ids.map((id) => runsByJob.get(id)),
        ids.map(() => 1),
      );
      assert.equal(runsByWorker[0] + runsByWorker[1], 12);
      assert.ok(runsByWorker[0] > 0 && runsByWorker[1] > 0, `both workers took jobs: ${runsByWorker}`);
    } finally {
      for (const queue of [producer, ...workers]) await stopQueue(queue);
    }
  });

  it('cancels a waiting or running job, and retries a failed or cancelled one', async () => {
    const name = jobName('cancel-retry');
    const started = gate();
    let sawAbort = false;
    const runs: Array<{ mediaItemId: number; attempt: number }> = [];
    const queue = await startedQueue(
      [
        job(name, {
          handler: async ({ mediaItemId }, { attempt, signal }) => {
            runs.push({ mediaItemId, attempt });
            if (mediaItemId === 1 && attempt === 1) throw new Error('source file unreadable');
            if (mediaItemId === 2) {
              started.open();
              await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
              sawAbort = true;
            }
          },
        }),
      ],
      { runWorkers: true },
    );
    try {
      // Failed (no retries), then retried by hand: it runs once more and completes.
      const failing = await queue.enqueue(name, { mediaItemId: 1 });
      const failed = await waitForJob(queue, failing, settled);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.error, 'source file unreadable');
      assert.equal(await queue.retry(failing), true);
      const redone = await waitForJob(queue, failing, (status) => status.state === 'completed');
      assert.equal(redone.attempt, 2);
      assert.equal(redone.error, null);
      assert.equal(await queue.retry(failing), false, 'a completed job is not retried');

      // Cancelled while running: the handler's signal aborts and the job stays cancelled.
      const running = await queue.enqueue(name, { mediaItemId: 2 });
      await started.opened;
      assert.equal(await queue.cancel(running), true);
      assert.equal((await queue.getJob(running))?.state, 'cancelled');
      await queue.drain();
      assert.equal(sawAbort, true);
      assert.equal((await queue.getJob(running))?.state, 'cancelled');

      // Cancelled while waiting: it never runs until retried.
      const waiting = await queue.enqueue(name, { mediaItemId: 3 }, { startAfterSeconds: 60 });
      assert.equal((await queue.getJob(waiting))?.state, 'queued');
      assert.equal(await queue.cancel(waiting), true);
      assert.equal(await queue.cancel(waiting), false, 'already cancelled');
      assert.equal(await queue.retry(waiting), true);
      assert.equal((await waitForJob(queue, waiting, settled)).state, 'completed');
      assert.deepEqual(
        runs.map((run) => run.mediaItemId),
        [1, 1, 2, 3],
      );
      assert.equal(await queue.getJob('00000000-0000-4000-8000-000000000000'), null);
    } finally {
      await stopQueue(queue);
    }
  });

  it('drain() waits for every job, those that jobs enqueue and retries included, but not for jobs scheduled later', async () => {
    const first = jobName('drain-first');
    const second = jobName('drain-second');
    const flaky = jobName('drain-flaky');
    const later = jobName('drain-later');
    const ran: string[] = [];
    let queue: QueueAdapter;
    const definitions = [
      job(first, {
        handler: async () => {
          await sleep(200);
          await queue.enqueue(second, { mediaItemId: 2 });
          ran.push(first);
        },
      }),
      job(second, { handler: async () => void ran.push(second) }),
      job(flaky, {
        retries: 1,
        backoffSeconds: 1,
        handler: async (_payload, { attempt }) => {
          if (attempt === 1) throw new Error('first attempt fails');
          ran.push(flaky);
        },
      }),
      job(later, { handler: async () => void ran.push(later) }),
    ];
    queue = await startedQueue(definitions, { runWorkers: true });
    try {
      const flakyId = await queue.enqueue(flaky, { mediaItemId: 3 });
      await queue.enqueue(first, { mediaItemId: 1 });
      const laterId = await queue.enqueue(later, { mediaItemId: 4 }, { startAfterSeconds: 3600 });
      await queue.drain({ timeoutSeconds: 30 });
      assert.deepEqual([...ran].sort(), [first, second, flaky].sort());
      assert.equal((await queue.getJob(flakyId))?.attempt, 2);
      assert.equal((await queue.getJob(laterId))?.state, 'queued');
      await queue.cancel(laterId);
    } finally {
      await stopQueue(queue);
    }
  });

  it('drain() gives up at its timeout, naming the job still running', async () => {
    const name = jobName('drain-stuck');
    const queue = await startedQueue(
      [job(name, { handler: (_payload, { signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) })],
      { runWorkers: true },
    );
    try {
      const id = await queue.enqueue(name, { mediaItemId: 1 });
      await waitForJob(queue, id, (status) => status.state === 'processing');
      await assert.rejects(queue.drain({ timeoutSeconds: 1 }), (error: Error) => error.message.includes('did not drain') && error.message.includes(id));
      assert.equal(await queue.cancel(id), true);
      await queue.drain({ timeoutSeconds: 10 });
    } finally {
      await stopQueue(queue);
    }
  });

  it('drain() resolves at once when nothing is waiting', async () => {
    const queue = await startedQueue([job(jobName('drain-idle'), {})], { runWorkers: false });
    try {
      await queue.drain({ timeoutSeconds: 5 });
    } finally {
      await stopQueue(queue);
    }
  });

  it('deletes settled jobs once past their retention, as pg-boss does, and keeps the rest', { skip: expectedKind !== 'sqlite-table' }, async () => {
    const knex = app.strapi.db.connection;
    const day = 24 * 3600_000;
    const now = Date.now();
    const name = jobName('prune');
    const row = (id: string, state: string, ageMs: number) => ({
      id,
      name,
      payload: '{"mediaItemId":1}',
      state,
      attempt: 1,
      max_attempts: 1,
      run_after: now - ageMs,
      progress: state === 'completed' ? 100 : 0,
      error: state === 'failed' ? 'it failed' : null,
      created_at: now - ageMs,
      updated_at: now - ageMs,
    });
    const rows = [
      row('00000000-0000-4000-8000-000000000001', 'completed', 8 * day), // 12 h + 7 days: gone
      row('00000000-0000-4000-8000-000000000002', 'cancelled', 8 * day), // gone
      row('00000000-0000-4000-8000-000000000003', 'completed', 2 * day), // kept
      row('00000000-0000-4000-8000-000000000004', 'failed', 8 * day), // failed: kept 14 days
      row('00000000-0000-4000-8000-000000000005', 'failed', 15 * day), // gone
      row('00000000-0000-4000-8000-000000000006', 'queued', 30 * day), // never settled: kept
    ];
    await knex('di_san_jobs').insert(rows);
    // A worker prunes when it starts, then every hour.
    const queue = await startedQueue([job(name, {})], { runWorkers: true });
    try {
      await queue.drain({ timeoutSeconds: 10 });
      const left = (await knex('di_san_jobs').where({ name }).select('id', 'state')).map((r: { id: string }) => r.id).sort();
      assert.deepEqual(left, ['00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000006']);
      assert.equal((await queue.getJob('00000000-0000-4000-8000-000000000006'))?.state, 'completed', 'the waiting one ran');
    } finally {
      await stopQueue(queue);
    }
  });

  it('resumes a job whose worker process was killed mid-job', async () => {
    const name = jobName('crash');
    // The same definition in every process, as the app and `npm run worker` share the code.
    const attempts: number[] = [];
    const definition = job(name, { retries: 2, timeoutSeconds: 3, handler: async (_payload, { attempt }) => void attempts.push(attempt) });
    const producer = await startedQueue([definition], { runWorkers: false });
    const id = await producer.enqueue(name, { mediaItemId: 5 });

    // A separate worker process takes the job, reports 40 %, and is killed with SIGKILL.
    const config = app.strapi.db.connection.client.config as { client: string; connection: object };
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', CRASHING_WORKER], {
      cwd: APP_DIR,
      env: { ...process.env, CRASH_JOB: name, CRASH_KIND: expectedKind, CRASH_DB: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('started') && resolve());
        child.once('exit', (code) => reject(new Error(`the worker process exited (${code}) before the job started`)));
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const orphan = await producer.getJob(id);
    assert.equal(orphan?.state, 'processing');
    assert.equal(orphan?.progress, 40);
    assert.equal(orphan?.attempt, 1);

    // The app restarts: a fresh worker resumes the job once its lease or expiry has run out.
    const restarted = await startedQueue([definition], { runWorkers: true });
    try {
      const done = await waitForJob(restarted, id, settled);
      assert.equal(done.state, 'completed');
      assert.equal(done.attempt, 2);
      assert.deepEqual(attempts, [2]);
    } finally {
      await stopQueue(restarted);
      await stopQueue(producer);
    }
  });
});

/** The killed worker: the real adapter on its own knex, in a process of its own. */
const CRASHING_WORKER = `
const knex = require('knex')({ ...JSON.parse(process.env.CRASH_DB), useNullAsDefault: true, pool: { min: 0, max: 2 } });
const definition = {
  name: process.env.CRASH_JOB, retries: 2, backoffSeconds: 1, timeoutSeconds: 3,
  validate: (payload) => payload,
  handler: async (_payload, { reportProgress }) => {
    await reportProgress(40);
    process.stdout.write('started\\n');
    await new Promise(() => {});
  },
};
const queue = process.env.CRASH_KIND === 'pg-boss'
  ? require(${JSON.stringify(path.join(APP_DIR, 'src/queue/pg-boss.ts'))}).createPgBossQueue({
      knex, connection: JSON.parse(process.env.CRASH_DB).connection, pollingIntervalSeconds: 0.5 })
  : require(${JSON.stringify(path.join(APP_DIR, 'src/queue/sqlite-table.ts'))}).createSqliteTableQueue({ knex, pollIntervalMs: 100 });
queue.start([definition], { runWorkers: true }).catch((error) => { console.error(error); process.exit(1); });
`;
