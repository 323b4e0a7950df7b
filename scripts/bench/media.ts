/**
 * `npm run bench:media`: the media pipeline against bare baselines measured in
 * the same run, so the ratios hold on a busy machine even when the seconds
 * do not.
 *   1. transcodeVideo vs the same ffmpeg argv spawned bare (wall, CPU)
 *   2. HLS ladder realtime factor; one split run vs one run per rung
 *   3. deriveImages vs bare per-width sharp on 24 MP JPEGs
 *   4. upload → ready through the real app and its queue
 * Options: --quick (short clips, 2 images, 1 rep), --reps=N (section 1
 * repetitions; default 2, alternating the order), --only=1,3 (sections),
 * --skip-build (use dist/ as it is for section 4).
 * Exit code: 0 when every section ran (WARN included), 1 when one failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { progressBar } from '../lib/progress';
import { clockTicksPerSecond } from './lib/cpu';
import { makeCameraJpeg, makePhoneClip, type ClipSpec } from './lib/media-inputs';
import { heading, loadAverage, machineLines, metricsTable, verdictOf, type Metric } from './lib/report';
import { installSpawnRecorder } from './lib/spawn-recorder';
import { benchImages } from './media/images';
import { benchSplitVersusSeparate, ladderRealtimeMetrics } from './media/ladder';
import { loadMediaModules } from './media/modules';
import { benchTranscode } from './media/transcode';
import { benchUploadToReady } from './media/upload';

interface Options {
  isQuick: boolean;
  reps: number;
  sections: Set<number>;
  skipBuild: boolean;
}

function parseOptions(argv: string[]): Options {
  const isQuick = argv.includes('--quick');
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const reps = Number(value('reps') ?? (isQuick ? 1 : 2));
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps needs a whole number ≥ 1.');
  const only = value('only');
  const sections = new Set((only ? only.split(',') : ['1', '2', '3', '4']).map(Number));
  return { isQuick, reps, sections, skipBuild: argv.includes('--skip-build') };
}

const describeClip = (clip: ClipSpec) => `${clip.seconds} s ${clip.height}p clip (${clip.width}x${clip.height}, H.264 High 30 fps + stereo AAC)`;

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  // Before any media module loads: fluent-ffmpeg keeps its own reference to spawn.
  const recorder = installSpawnRecorder();
  const media = loadMediaModules();
  const ffmpeg = await media.ffmpeg.ffmpegInfo();

  const clip1080: ClipSpec = { seconds: options.isQuick ? 15 : 60, width: 1920, height: 1080 };
  const clip720: ClipSpec = { seconds: options.isQuick ? 6 : 20, width: 1280, height: 720 };
  const imageCount = options.isQuick ? 2 : 6;

  console.log(`Di Sản media benchmark (${options.isQuick ? '--quick' : 'full run'}), ${new Date().toISOString()}`);
  console.log(
    machineLines([
      ['ffmpeg', `${ffmpeg.version} (${ffmpeg.source}: ${ffmpeg.ffmpegPath})`],
      ['sharp', `${(sharp.versions as { sharp?: string }).sharp ?? '?'}, libvips ${sharp.versions.vips}, concurrency ${sharp.concurrency()}`],
      ['CPU-seconds', `node's own (process.cpuUsage) + reaped children (cutime+cstime, /proc/self/stat, ${clockTicksPerSecond()} ticks/s)`],
    ]),
  );

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-bench-media-'));
  const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const metrics: Metric[] = [];
  const errors: string[] = [];
  const section = async (title: string, work: () => Promise<{ metrics: Metric[]; detail?: string }>) => {
    console.log(heading(title));
    try {
      const result = await work();
      if (result.detail) console.log(result.detail);
      metrics.push(...result.metrics);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      errors.push(`${title}: ${message.split('\n')[0]}`);
      console.log(`ERROR: ${message}`);
    }
  };

  try {
    const bar = progressBar('Generating inputs');
    const inputSteps = 2 + imageCount;
    bar.update(0, inputSteps, 'clip 1080p');
    const clip = await makePhoneClip({ ffmpegPath: ffmpeg.ffmpegPath, dir: workDir, name: 'phone-1080p.mp4', clip: clip1080 });
    bar.update(1, inputSteps, 'clip 720p');
    const uploadClip = await makePhoneClip({ ffmpegPath: ffmpeg.ffmpegPath, dir: workDir, name: 'xoe-thai-720p.mp4', clip: clip720 });
    const images: string[] = [];
    for (let i = 0; i < imageCount; i += 1) {
      bar.update(2 + i, inputSteps, `photo ${i + 1}`);
      images.push(await makeCameraJpeg({ ffmpegPath: ffmpeg.ffmpegPath, dir: workDir, index: i }));
    }
    bar.finish(`Generated a ${clip1080.seconds} s 1080p clip, a ${clip720.seconds} s 720p clip and ${imageCount} 24 MP JPEGs in ${workDir}`);

    const source = media.probe.toSourceInfo(await media.ffmpeg.probeFile(clip));
    const rejected = media.probe.checkProbe(source);
    if (rejected) throw new Error(`The generated clip does not pass checkProbe: ${rejected}`);

    let transcode: Awaited<ReturnType<typeof benchTranscode>> | undefined;
    if (options.sections.has(1)) {
      await section(`1. transcodeVideo vs the same argv spawned bare (${describeClip(clip1080)})`, async () => {
        transcode = await benchTranscode({ media, recorder, input: clip, source, workDir, reps: options.reps, clipName: describeClip(clip1080) });
        return transcode;
      });
    }
    if (options.sections.has(2)) {
      await section('2. HLS ladder: realtime factor; one split run vs a run per rung', async () => {
        const realtime = transcode
          ? ladderRealtimeMetrics({ durationSeconds: source.durationSeconds, pipelineSteps: transcode.pipelineSteps, bareSteps: transcode.bareSteps })
          : [];
        const split = await benchSplitVersusSeparate({ media, ffmpegPath: ffmpeg.ffmpegPath, input: clip, source, workDir });
        const note = transcode ? '' : 'Full-ladder realtime comes from section 1, which did not run.\n';
        return { metrics: [...realtime, ...split.metrics], detail: note + split.detail };
      });
    }
    if (options.sections.has(3)) {
      await section(`3. sharp: deriveImages vs bare sharp (${imageCount} × 24 MP JPEG)`, () => benchImages({ media, images, workDir }));
    }
    if (options.sections.has(4)) {
      await section(`4. Upload → ready through the real app (${describeClip(clip720)})`, () =>
        benchUploadToReady({ clip: uploadClip, clipName: describeClip(clip720), clipSeconds: clip720.seconds, skipBuild: options.skipBuild }),
      );
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
    console.log(`ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    cleanUp();
  }

  console.log(heading('Summary'));
  if (metrics.length > 0) console.log(metricsTable(metrics));
  console.log('');
  for (const metric of metrics) console.log(`[${verdictOf(metric)}] ${metric.summary}`);
  for (const error of errors) console.log(`[ERROR] ${error}`);
  console.log(`\nload average at end: ${loadAverage()} (at start: see top). Seconds move with load; ratios were measured side by side.`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
