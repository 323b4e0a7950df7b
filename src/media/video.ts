/**
 * Transcodes one probed video into everything the site serves: the HLS ladder
 * (one ffmpeg run), a progressive MP4, a poster and a storyboard. Thin: the
 * plan/ modules decide, ffmpeg.ts runs, this file only sequences and records.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { runFfmpeg } from './ffmpeg';
import { collectVariant, HLS_CONTENT_TYPES } from './hls/collect';
import { AAC_LC_CODEC, avcCodec, masterPlaylist, type MasterVariant } from './hls/master-playlist';
import { planStoryboard, storyboardVtt } from './plan/storyboard';
import { HLS_FILES, hlsLadderArgs, mp4Args, posterArgs, posterSeconds, resizeJpegArgs, storyboardArgs } from './plan/video-args';
import { planVideoLadder } from './plan/video-ladder';
import { cleanOnFailure, exists, fileSize, runSteps } from './steps';
import type { MediaLogger, MediaOutput, ProgressListener, SourceInfo } from './types';

export const VIDEO_FILES = {
  mp4: 'video.mp4',
  poster: 'poster.jpg',
  /** A phone-sized copy: the page shows it before play, where a 1080p poster would cost 150–250 KB on 3G. */
  posterSmall: 'poster-small.jpg',
  storyboard: 'storyboard.jpg',
  storyboardVtt: 'storyboard.vtt',
};

export interface TranscodeVideoOptions {
  input: string;
  /** A fresh, empty directory; on failure everything written there is removed. */
  outputDir: string;
  /** From toSourceInfo(await probeFile(input)), already passed by checkProbe. */
  source: SourceInfo;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  logger?: MediaLogger;
}

export async function transcodeVideo({
  input,
  outputDir,
  source,
  onProgress,
  signal,
  logger,
}: TranscodeVideoOptions): Promise<MediaOutput[]> {
  const ladder = planVideoLadder({ source });
  const top = ladder.rungs[ladder.rungs.length - 1];
  if (!top) throw new Error('transcodeVideo needs a source with a video stream.');
  const durationSeconds = source.durationSeconds;
  const at = (name: string) => path.join(outputDir, name);
  const small = smallPosterSize(top);
  const storyboard = planStoryboard({ durationSeconds, displayWidth: top.width, displayHeight: top.height });
  const run = (args: string[], onStepProgress?: (percent: number) => void) =>
    runFfmpeg({ args, durationSeconds, onProgress: onStepProgress, signal, logger });

  return cleanOnFailure(outputDir, async () => {
    // Weights follow measured wall time: the ladder encodes every rung.
    await runSteps(
      [
        { weight: 60, run: (p) => run(hlsLadderArgs({ input, outputDir, source, ladder }), p) },
        { weight: 30, run: (p) => run(mp4Args({ input, output: at(VIDEO_FILES.mp4), source, ladder, rung: top }), p) },
        {
          weight: 2,
          run: async () => {
            const poster = { input, output: at(VIDEO_FILES.poster), width: top.width, height: top.height };
            await run(posterArgs({ ...poster, atSeconds: posterSeconds(durationSeconds) }));
            // A seek past the last frame (duration metadata can lie) writes nothing.
            if (!(await exists(poster.output))) await run(posterArgs({ ...poster, atSeconds: 0 }));
            if (small) await run(resizeJpegArgs({ input: poster.output, output: at(VIDEO_FILES.posterSmall), ...small }));
          },
        },
        {
          weight: 8,
          run: async (p) => {
            await run(storyboardArgs({ input: at(VIDEO_FILES.mp4), output: at(VIDEO_FILES.storyboard), plan: storyboard }), p);
            await writeFile(at(VIDEO_FILES.storyboardVtt), storyboardVtt({ plan: storyboard, spriteUri: VIDEO_FILES.storyboard }));
          },
        },
      ],
      onProgress,
    );

    const outputs: MediaOutput[] = [];
    const variants: MasterVariant[] = [];
    for (const [index, rung] of ladder.rungs.entries()) {
      const collected = await collectVariant({
        outputDir,
        playlist: HLS_FILES.variantPlaylist(index),
        width: rung.width,
        height: rung.height,
      });
      outputs.push(...collected.outputs);
      variants.push({
        uri: HLS_FILES.variantPlaylist(index),
        bandwidth: collected.peak,
        averageBandwidth: collected.average,
        width: rung.width,
        height: rung.height,
        frameRate: ladder.frameRate,
        codecs: [avcCodec(rung.profile, rung.level), ...(rung.audio ? [AAC_LC_CODEC] : [])],
      });
    }
    let audioOnly: MasterVariant | null = null;
    if (ladder.audioOnly) {
      const playlist = HLS_FILES.variantPlaylist(ladder.rungs.length);
      const collected = await collectVariant({ outputDir, playlist });
      outputs.push(...collected.outputs);
      audioOnly = { uri: playlist, bandwidth: collected.peak, averageBandwidth: collected.average, codecs: [AAC_LC_CODEC] };
    }
    await writeFile(at(HLS_FILES.master), masterPlaylist({ variants, audioOnly }));

    const mp4Bitrate = Math.round(((await fileSize(at(VIDEO_FILES.mp4))) * 8) / Math.max(durationSeconds, 0.001));
    const sprite = { width: storyboard.columns * storyboard.tileWidth, height: storyboard.rows * storyboard.tileHeight };
    return [
      { path: HLS_FILES.master, contentType: HLS_CONTENT_TYPES.playlist, role: 'hls-master' },
      ...outputs,
      { path: VIDEO_FILES.mp4, contentType: 'video/mp4', role: 'mp4', width: top.width, height: top.height, bitrate: mp4Bitrate },
      { path: VIDEO_FILES.poster, contentType: 'image/jpeg', role: 'poster', width: top.width, height: top.height },
      ...(small ? [{ path: VIDEO_FILES.posterSmall, contentType: 'image/jpeg', role: 'poster-small' as const, ...small }] : []),
      { path: VIDEO_FILES.storyboard, contentType: 'image/jpeg', role: 'storyboard', ...sprite },
      { path: VIDEO_FILES.storyboardVtt, contentType: 'text/vtt', role: 'storyboard-vtt' },
    ];
  });
}

const SMALL_POSTER_WIDTH = 640;

/** 640 px wide (even height) when the top rung is wider; otherwise the poster is already small. */
export function smallPosterSize({ width, height }: { width: number; height: number }): { width: number; height: number } | null {
  if (width <= SMALL_POSTER_WIDTH) return null;
  return { width: SMALL_POSTER_WIDTH, height: Math.max(2, Math.round((SMALL_POSTER_WIDTH * height) / width / 2) * 2) };
}
