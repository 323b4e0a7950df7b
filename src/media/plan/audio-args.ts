/**
 * ffmpeg argv for audio outputs (also used for the waveform of any item with
 * sound). Pure, like video-args.ts.
 */
import path from 'node:path';

import type { SourceInfo } from '../types';
import { COMMON_ARGS } from './video-args';

/** 8 kHz mono is plenty for a drawn waveform and decodes a 10-minute file in ~1 s. */
export const PEAKS_SAMPLE_RATE = 8000;

export const AUDIO_FILES = {
  m4a: 'audio.m4a',
  opus: 'audio.webm',
  hlsMaster: 'master.m3u8',
  hlsPlaylist: 'a0.m3u8',
  hlsSegmentPattern: 'a0_%04d.ts',
  peaks: 'peaks.json',
};

/** Keep the source's channels up to stereo; field recorders' 96 kHz gets 48 kHz. */
function channelsAndRate(source: SourceInfo, maxChannels: 1 | 2): string[] {
  const channels = Math.min(maxChannels, Math.max(1, source.audioChannels));
  const rate = source.audioSampleRate > 48000 || source.audioSampleRate === 0 ? ['-ar', '48000'] : [];
  return ['-ac', String(channels), ...rate];
}

/**
 * AAC-LC 128 kbps in .m4a: the download and the fallback every browser and
 * phone plays. 128k stereo keeps instruments and singing clean (~1 MB/min).
 */
export function m4aArgs({ input, output, source }: { input: string; output: string; source: SourceInfo }): string[] {
  return [
    ...COMMON_ARGS, '-i', input,
    '-map', '0:a:0', '-vn',
    '-c:a', 'aac', '-b:a', '128k', ...channelsAndRate(source, 2),
    '-movflags', '+faststart',
    output,
  ];
}

/**
 * Opus 64 kbps in WebM: at that rate Opus sounds as good as AAC at ~128k, so
 * players that take it (Chrome on Android, Firefox, Safari 15+) download half.
 * WebM rather than Ogg because Safari plays WebM Opus since 15, Ogg only since 17.
 */
export function opusArgs({ input, output, source }: { input: string; output: string; source: SourceInfo }): string[] {
  return [
    ...COMMON_ARGS, '-i', input,
    '-map', '0:a:0', '-vn',
    '-c:a', 'libopus', '-b:a', '64k', '-vbr', 'on', '-application', 'audio',
    '-ac', String(Math.min(2, Math.max(1, source.audioChannels))),
    output,
  ];
}

/**
 * A one-variant HLS stream for listening over 3G: AAC-LC mono 48 kbps (the
 * Debian ffmpeg has no HE-AAC encoder), in the same 6 s segments as video.
 */
export function hlsAudioArgs({ input, outputDir }: { input: string; outputDir: string }): string[] {
  return [
    ...COMMON_ARGS, '-i', input,
    '-map', '0:a:0', '-vn',
    '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', '48000',
    '-f', 'hls', '-hls_time', '6', '-hls_playlist_type', 'vod', '-hls_segment_type', 'mpegts',
    '-hls_segment_filename', path.join(outputDir, AUDIO_FILES.hlsSegmentPattern),
    path.join(outputDir, AUDIO_FILES.hlsPlaylist),
  ];
}

/** Raw signed 16-bit little-endian mono PCM at 8 kHz, for peaksFromPcm. */
export function peaksPcmArgs({ input, output }: { input: string; output: string }): string[] {
  return [
    ...COMMON_ARGS, '-i', input,
    '-map', '0:a:0', '-vn',
    '-ac', '1', '-ar', String(PEAKS_SAMPLE_RATE), '-c:a', 'pcm_s16le', '-f', 's16le',
    output,
  ];
}
