/**
 * ffmpeg argv for video outputs. Pure: each function returns the exact argv
 * that ffmpeg.ts runs, so a test (or a benchmark) can read or replay it.
 *
 * Scaling always names flags=bicubic: the npm ffmpeg 4.1 build defaults to
 * bilinear inside -filter_complex. Sizes come from the DISPLAY dimensions
 * because ffmpeg autorotates before the filter graph sees the frames.
 */
import path from 'node:path';

import type { SourceInfo } from '../types';
import type { StoryboardPlan } from './storyboard';
import type { VideoLadder, VideoRung } from './video-ladder';

/** Quiet except errors, but keep the stats line that progress is read from. */
export const COMMON_ARGS = ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-stats'];

export const HLS_FILES = {
  master: 'master.m3u8',
  /** Index i follows ladder.rungs; the audio-only variant comes last. */
  variantPlaylist: (index: number | '%v') => `v${index}.m3u8`,
  segmentPattern: (index: number | '%v') => `v${index}_%04d.ts`,
};

const X264_PRESET = 'veryfast';

function scaleFilter(width: number, height: number): string {
  return `scale=${width}:${height}:flags=bicubic,setsar=1,format=yuv420p`;
}

/**
 * One ffmpeg run: decode once, `split` into every rung, encode each. Keyframes
 * are forced on the same 2-second grid in every rung (and scene-cut keyframes
 * are off), so all rungs cut their 6-second segments at the same instants and
 * a player can switch between them at any segment boundary.
 *
 * No -master_pl_name: the npm ffmpeg build crashes with it (exit 139), and the
 * master playlist needs measured bandwidths anyway; hls/master-playlist.ts
 * writes it.
 */
export function hlsLadderArgs({
  input,
  outputDir,
  source,
  ladder,
}: {
  input: string;
  outputDir: string;
  source: SourceInfo;
  ladder: VideoLadder;
}): string[] {
  const { rungs } = ladder;
  if (rungs.length === 0) throw new Error('hlsLadderArgs needs at least one rung.');
  const withAudio = source.hasAudio && ladder.audioOnly !== null;

  // fps first so a VFR phone clip becomes CFR once, before the split: it
  // duplicates frames into gaps (and drops extras) on a fixed time grid.
  const branches = rungs.map((_, i) => `[s${i}]`).join('');
  const graph = [
    `[0:v]fps=${ladder.frameRate},split=${rungs.length}${branches}`,
    ...rungs.map((rung, i) => `[s${i}]${scaleFilter(rung.width, rung.height)}[v${i}]`),
  ].join(';');

  const maps: string[] = [];
  const perStream: string[] = [];
  const streamMap: string[] = [];
  let audioIndex = 0;
  rungs.forEach((rung, i) => {
    maps.push('-map', `[v${i}]`);
    perStream.push(
      `-maxrate:v:${i}`, `${rung.maxrateKbps}k`,
      `-bufsize:v:${i}`, `${rung.bufsizeKbps}k`,
      `-profile:v:${i}`, rung.profile,
      `-level:v:${i}`, rung.level,
    );
    if (withAudio && rung.audio) {
      maps.push('-map', '0:a:0');
      perStream.push(`-b:a:${audioIndex}`, `${rung.audio.bitrateKbps}k`, `-ac:a:${audioIndex}`, String(rung.audio.channels));
      streamMap.push(`v:${i},a:${audioIndex}`);
      audioIndex += 1;
    } else {
      streamMap.push(`v:${i}`);
    }
  });
  if (withAudio && ladder.audioOnly) {
    maps.push('-map', '0:a:0');
    perStream.push(`-b:a:${audioIndex}`, `${ladder.audioOnly.bitrateKbps}k`, `-ac:a:${audioIndex}`, String(ladder.audioOnly.channels));
    streamMap.push(`a:${audioIndex}`);
  }

  const sampleRate = ladder.audioOnly?.sampleRate ?? 48000;
  return [
    ...COMMON_ARGS,
    '-i', input,
    '-filter_complex', graph,
    ...maps,
    '-c:v', 'libx264', '-preset', X264_PRESET, '-crf', String(rungs[0].crf),
    '-g', String(ladder.gopFrames), '-keyint_min', String(ladder.gopFrames), '-sc_threshold', '0',
    '-force_key_frames', `expr:gte(t,n_forced*${ladder.keyframeSeconds})`,
    ...(withAudio ? ['-c:a', 'aac', '-ar', String(sampleRate)] : []),
    ...perStream,
    '-f', 'hls',
    '-hls_time', String(ladder.segmentSeconds),
    '-hls_playlist_type', 'vod',
    '-hls_flags', 'independent_segments',
    '-hls_segment_type', 'mpegts',
    '-hls_segment_filename', path.join(outputDir, HLS_FILES.segmentPattern('%v')),
    '-var_stream_map', streamMap.join(' '),
    path.join(outputDir, HLS_FILES.variantPlaylist('%v')),
  ];
}

/** Progressive MP4 at the top rung for download and players without HLS; moov first. */
export function mp4Args({
  input,
  output,
  source,
  ladder,
  rung,
}: {
  input: string;
  output: string;
  source: SourceInfo;
  ladder: VideoLadder;
  rung: VideoRung;
}): string[] {
  return [
    ...COMMON_ARGS,
    '-i', input,
    '-map', '0:v:0',
    ...(source.hasAudio ? ['-map', '0:a:0'] : []),
    '-vf', `fps=${ladder.frameRate},${scaleFilter(rung.width, rung.height)}`,
    '-c:v', 'libx264', '-preset', X264_PRESET, '-crf', String(rung.crf),
    '-maxrate', `${rung.maxrateKbps}k`, '-bufsize', `${rung.bufsizeKbps}k`,
    '-profile:v', rung.profile, '-level:v', rung.level,
    ...(source.hasAudio && rung.audio
      ? ['-c:a', 'aac', '-b:a', `${rung.audio.bitrateKbps}k`, '-ac', String(rung.audio.channels), '-ar', String(rung.audio.sampleRate)]
      : []),
    '-movflags', '+faststart',
    output,
  ];
}

/**
 * One JPEG frame. -ss before -i seeks the input to the nearest keyframe and
 * decodes only from there (0.6 s on a 60 s 1080p clip; the thumbnail filter
 * takes 5–13 s).
 */
export function posterArgs({
  input,
  output,
  atSeconds,
  width,
  height,
}: {
  input: string;
  output: string;
  atSeconds: number;
  width: number;
  height: number;
}): string[] {
  return [
    ...COMMON_ARGS,
    '-ss', atSeconds.toFixed(3),
    '-i', input,
    '-map', '0:v:0',
    '-frames:v', '1',
    '-vf', `scale=${width}:${height}:flags=bicubic,setsar=1`,
    '-q:v', '3',
    '-update', '1',
    output,
  ];
}

/** A smaller copy of an already written JPEG poster (no seek: -ss on a still image yields no frame). */
export function resizeJpegArgs({ input, output, width, height }: { input: string; output: string; width: number; height: number }): string[] {
  return [...COMMON_ARGS, '-i', input, '-frames:v', '1', '-vf', `scale=${width}:${height}:flags=bicubic,setsar=1`, '-q:v', '4', '-update', '1', output];
}

/** Poster moment: a quarter in (past the shaky start of phone clips), at most 15 s. */
export function posterSeconds(durationSeconds: number): number {
  return Math.max(0, Math.min(durationSeconds * 0.25, 15));
}

/**
 * Sprite sheet: a frame every intervalSeconds, tiled into one JPEG. Feed it
 * the ≤720p MP4 rendition rather than the original: decoding that is far
 * cheaper than a 4K HEVC phone file, and it is already upright.
 */
export function storyboardArgs({ input, output, plan }: { input: string; output: string; plan: StoryboardPlan }): string[] {
  return [
    ...COMMON_ARGS,
    '-i', input,
    '-map', '0:v:0',
    '-vf',
    `fps=1/${plan.intervalSeconds},scale=${plan.tileWidth}:${plan.tileHeight}:flags=bicubic,setsar=1,` +
      `tile=${plan.columns}x${plan.rows}`,
    '-frames:v', '1',
    '-q:v', '4',
    '-update', '1',
    output,
  ];
}
