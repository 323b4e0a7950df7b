/**
 * Section 4: what an officer waits for. Boots the real app (tests/helpers:
 * fresh SQLite database, local storage, queue workers in this process),
 * uploads a clip through the admin API, creates a media item with it, and
 * polls the item until processing is 'ready'. Polling reads the database
 * every 50 ms, so times carry ±50 ms.
 */
import path from 'node:path';
import { progressBar } from '../../lib/progress';
import { compileServer } from '../../lib/build';
import { startTestApp } from '../../../tests/helpers/app';
import { adminJwt } from '../../../tests/helpers/people';
import { cpuBetween, measure, sampleCpu } from '../lib/cpu';
import { cpuSeconds, seconds, table, type Metric } from '../lib/report';
import { uidOf } from '../../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const POLL_MS = 50;

interface Processing {
  state: string;
  progress: number;
  error: string | null;
}

const ms = (value: number) => `${Math.round(value)} ms`;

export async function benchUploadToReady({
  clip,
  clipName,
  clipSeconds,
  skipBuild,
}: {
  clip: string;
  clipName: string;
  clipSeconds: number;
  skipBuild: boolean;
}): Promise<{ metrics: Metric[]; detail: string }> {
  if (process.env.WORKERS_IN_APP === 'false') throw new Error('Section 4 needs the queue workers in this process: unset WORKERS_IN_APP.');
  process.env.LOG_LEVEL ??= 'error';
  let compileLine = 'server compile skipped (--skip-build): dist/ as it was';
  if (!skipBuild) {
    const { span } = await measure(async () => compileServer());
    compileLine = `server compiled (tsc → dist) in ${seconds(span.wallSeconds)}`;
  }
  const { result: app, span: boot } = await measure(() => startTestApp({ storage: 'local' }));
  try {
    const officer = await adminJwt(app, 'di-san-cultural-officer');
    const processingOf = async (documentId: string) => {
      const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
      return (row?.processing ?? null) as Processing | null;
    };

    const start = sampleCpu();
    const uploadStart = performance.now();
    const upload = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', clip, path.basename(clip));
    if (upload.status !== 201) throw new Error(`upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
    const uploaded = performance.now();
    const createSentAt = performance.now();
    const created = await app
      .http()
      .post(`${CM}?locale=vi`)
      .set('Authorization', `Bearer ${officer}`)
      .send({
        title: 'Benchmark: Xòe Thái',
        kind: 'video',
        rightsUri: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
        accessLevel: 'public',
        consent: { givenBy: 'Benchmark', scope: 'public', givenOn: '2025-03-01' },
        files: [upload.body[0].id],
      });
    if (created.status !== 201) throw new Error(`creating the media item answered ${created.status}: ${JSON.stringify(created.body)}`);
    const createdAt = performance.now();
    const documentId = created.body.data.documentId as string;

    const bar = progressBar('  processing');
    const deadline = Date.now() + (clipSeconds * 20 + 300) * 1000;
    let processingSeenAt: number | null = null;
    let processing: Processing | null = null;
    for (;;) {
      processing = await processingOf(documentId);
      const now = performance.now();
      if (processing?.state === 'processing' && processingSeenAt === null) processingSeenAt = now;
      if (processing?.state === 'ready' || processing?.state === 'failed') break;
      if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(processing)} at the deadline`);
      bar.update(Math.floor(processing?.progress ?? 0), 100, processing?.state ?? 'no state yet');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const readyAt = performance.now();
    const span = cpuBetween(start);
    bar.finish(`  processing: ${processing.state} after ${seconds((readyAt - createdAt) / 1000)}`);
    if (processing.state === 'failed') throw new Error(`processing failed: ${processing.error}`);
    // A job that finished between two polls was never seen as 'processing'.
    const pickupMs = processingSeenAt === null ? null : processingSeenAt - createSentAt;

    const detail = [
      `${clipName}; ${compileLine}; app booted in ${seconds(boot.wallSeconds)} (fresh SQLite, local storage)`,
      table(
        ['phase', 'wall'],
        [
          ['upload (POST /upload, 201)', ms(uploaded - uploadStart)],
          ['create item (POST, 201)', ms(createdAt - createSentAt)],
          ['create sent → state processing', pickupMs === null ? 'not seen' : ms(pickupMs)],
          ['processing → ready', processingSeenAt === null ? '' : seconds((readyAt - processingSeenAt) / 1000)],
          ['upload sent → ready', seconds((readyAt - uploadStart) / 1000)],
          ['CPU over upload → ready', cpuSeconds(span.cpuSeconds)],
        ],
      ),
    ].join('\n');

    const total = (readyAt - uploadStart) / 1000;
    return {
      detail,
      metrics: [
        {
          name: `upload → ready (${clipSeconds} s 720p clip)`,
          value: seconds(total),
          baseline: '',
          ratio: null,
          targetMax: null,
          summary:
            `An officer's ${clipSeconds} s 720p clip was ready ${seconds(total)} after the upload started ` +
            `(${(clipSeconds / total).toFixed(2)}× realtime end to end, ${cpuSeconds(span.cpuSeconds)}).`,
        },
        {
          name: 'queue pickup (create → processing)',
          value: pickupMs === null ? 'not seen' : ms(pickupMs),
          baseline: '',
          ratio: null,
          targetMax: null,
          summary:
            pickupMs === null
              ? `The job finished between two ${POLL_MS} ms polls; pickup was not observed.`
              : `The queue picked the job up ${ms(pickupMs)} after the create request was sent (polled every ${POLL_MS} ms).`,
        },
      ],
    };
  } finally {
    await app.stop();
  }
}
