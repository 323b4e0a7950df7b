/**
 * Killing a worker mid-transcode: the job resumes in another worker once its
 * lease runs out, the item ends `ready`, and neither storage nor scratch space
 * keeps anything from the killed run. Workers run in their own processes
 * (`npm run worker`), as on a production host.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { makeVideo } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { uidOf } from '../../../src/content-model';

let app: TestApp;
let dir: string;
const workers: ChildProcess[] = [];
let workerOutput = '';

before(async () => {
  // The app only queues; the workers below process. A short lease makes the resume quick.
  process.env.WORKERS_IN_APP = 'false';
  process.env.JOB_LEASE_SECONDS = '5';
  app = await startTestApp();
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-crash-'));
});
after(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  delete process.env.WORKERS_IN_APP;
  delete process.env.JOB_LEASE_SECONDS;
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: APP_DIR,
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    workerOutput = (workerOutput + chunk.toString()).slice(-3000);
  };
  worker.stdout?.on('data', keep);
  worker.stderr?.on('data', keep);
  workers.push(worker);
  return worker;
}

const row = (documentId: string) =>
  app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing', 'renditions'] });

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; worker output:\n${workerOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('a worker killed mid-transcode: another resumes the job, and no orphan is left', async () => {
  const officer = await adminJwt(app, 'di-san-cultural-officer');
  const video = makeVideo(dir, 'dai.mp4', { seconds: 40, size: '854x480' });
  const uploaded = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', video);
  assert.equal(uploaded.status, 201);
  const created = await app
    .http()
    .post(`/content-manager/collection-types/${uidOf('media-item')}?locale=vi`)
    .set('Authorization', `Bearer ${officer}`)
    .send({ title: 'Lễ hội dài', kind: 'video', rightsUri: 'https://creativecommons.org/licenses/by/4.0/', accessLevel: 'public', files: [uploaded.body[0].id] });
  assert.equal(created.status, 201);
  const documentId = created.body.data.documentId;

  const first = startWorker();
  await waitFor('the first worker to start transcoding', async () => {
    const { processing } = await row(documentId);
    return processing?.state === 'processing' && processing.progress >= 5 ? true : undefined;
  }, 120);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const scratchRoot = path.join(app.dataDir, 'scratch');
  assert.ok(readdirSync(scratchRoot).some((name) => name.startsWith(`media-${first.pid}-`)), 'the killed run left scratch space');

  startWorker();
  // The job's lease runs out, the new worker takes it over and finishes: the queue drains.
  await app.drain({ timeoutSeconds: 300 }).catch((error: Error) => {
    throw new Error(`${error.message}\nworker output:\n${workerOutput}`);
  });
  const { processing } = await row(documentId);
  assert.equal(processing?.state, 'ready', processing?.error);
  const { renditions } = await row(documentId);
  const store = archive(app.strapi).storage;
  const keys = await store.list(`derivatives/${documentId}/`);
  assert.ok(keys.length > 0);
  assert.deepEqual([...new Set(keys.map((key: string) => key.split('/')[3]))], [renditions.run], 'only the recorded run is stored');
  assert.ok(!existsSync(scratchRoot) || !readdirSync(scratchRoot).some((name) => name.startsWith(`media-${first.pid}-`)), 'dead scratch removed');
});
