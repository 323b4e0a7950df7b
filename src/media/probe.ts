/**
 * Reads raw ffprobe JSON (from ffmpeg.ts probeFile) into a SourceInfo, and
 * decides whether the pipeline can take the file. Pure: tests feed it JSON
 * recorded from real files in tests/fixtures/probe.
 */
import type { MediaKind, SourceInfo } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function num(value: unknown): number {
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : 0;
}

/** "30000/1001" → 29.97; "0/0" → 0. */
function rate(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const [n, d] = value.split('/').map(Number);
  return d && Number.isFinite(n / d) ? n / d : 0;
}

// Codecs ffprobe reports for still images. A lone frame in one of these is a
// photo (or a photo renamed .mp4), not a video.
const IMAGE_CODECS = new Set(['png', 'mjpeg', 'webp', 'bmp', 'tiff', 'gif', 'jpeg2000', 'jpegls', 'heif', 'avif']);

// What the Debian ffmpeg decodes and phones, cameras and field recorders in
// the communities actually produce (AMR and H.263 come from old 3GP phones).
const SUPPORTED_VIDEO = new Set([
  'h264', 'hevc', 'vp8', 'vp9', 'av1', 'mpeg4', 'mpeg2video', 'mpeg1video', 'h263', 'mjpeg',
  'prores', 'dvvideo', 'theora', 'vc1', 'wmv1', 'wmv2', 'wmv3', 'msmpeg4v2', 'msmpeg4v3', 'flv1',
]);
const SUPPORTED_AUDIO = new Set([
  'aac', 'mp3', 'mp2', 'opus', 'vorbis', 'flac', 'alac', 'amr_nb', 'amr_wb', 'ac3', 'eac3',
  'wmav1', 'wmav2', 'speex', 'gsm', 'adpcm_ima_wav', 'adpcm_ms',
]);

/** Clockwise degrees, from the display matrix (counter-clockwise) or the legacy rotate tag. */
function rotationOf(stream: Json): SourceInfo['rotation'] {
  let clockwise = 0;
  const sideData = Array.isArray(stream.side_data_list) ? stream.side_data_list.filter(isObject) : [];
  const matrix = sideData.find((entry) => entry.side_data_type === 'Display Matrix' && entry.rotation !== undefined);
  if (matrix) clockwise = -num(matrix.rotation);
  else if (isObject(stream.tags) && stream.tags.rotate !== undefined) clockwise = num(stream.tags.rotate);
  const normalised = (((Math.round(clockwise / 90) * 90) % 360) + 360) % 360;
  return normalised as SourceInfo['rotation'];
}

function sampleAspect(stream: Json): number {
  const [n, d] = String(stream.sample_aspect_ratio ?? '1:1').split(':').map(Number);
  return n > 0 && d > 0 ? n / d : 1;
}

export function toSourceInfo(raw: unknown): SourceInfo {
  const data = isObject(raw) ? raw : {};
  const format = isObject(data.format) ? data.format : {};
  const streams = Array.isArray(data.streams) ? data.streams.filter(isObject) : [];
  const isCoverArt = (s: Json) => isObject(s.disposition) && s.disposition.attached_pic === 1;
  const video = streams.find((s) => s.codec_type === 'video' && !isCoverArt(s));
  const audio = streams.find((s) => s.codec_type === 'audio');
  const formatName = String(format.format_name ?? '');

  const videoCodec = video ? String(video.codec_name ?? 'unknown') : null;
  const frameCount = video ? num(video.nb_frames) : 0;
  const isStill =
    !!video &&
    !audio &&
    (/(^|,)image2|_pipe$/.test(formatName) || (IMAGE_CODECS.has(videoCodec ?? '') && frameCount <= 1));
  const kind: MediaKind = isStill ? 'image' : video ? 'video' : audio ? 'audio' : 'unknown';

  const width = video ? num(video.width) : 0;
  const height = video ? num(video.height) : 0;
  const rotation = video ? rotationOf(video) : 0;
  const sar = video ? sampleAspect(video) : 1;
  const shownWidth = Math.round(width * sar);
  const turned = rotation === 90 || rotation === 270;

  const avg = video ? rate(video.avg_frame_rate) : 0;
  const real = video ? rate(video.r_frame_rate) : 0;
  const frameRate = avg || real;
  // r_frame_rate is the rate that can represent every timestamp; a phone's
  // VFR clip reports e.g. 90000/1 or 30/1 there against an average of 29.3.
  const isVariableFrameRate = avg > 0 && real > 0 && Math.abs(real - avg) / avg > 0.01;

  const durationSeconds =
    num(format.duration) || (video ? num(video.duration) : 0) || (audio ? num(audio.duration) : 0);
  const bitRate = num(format.bit_rate);

  return {
    kind,
    container: formatName,
    durationSeconds,
    width,
    height,
    rotation,
    displayWidth: turned ? height : shownWidth,
    displayHeight: turned ? shownWidth : height,
    videoCodec,
    audioCodec: audio ? String(audio.codec_name ?? 'unknown') : null,
    audioChannels: audio ? num(audio.channels) : 0,
    audioSampleRate: audio ? num(audio.sample_rate) : 0,
    hasAudio: !!audio,
    hasVideo: !!video && kind === 'video',
    frameRate,
    nominalFrameRate: real,
    isVariableFrameRate,
    bitRate: bitRate > 0 ? bitRate : null,
  };
}

/** null when the pipeline can take the file, else a reason a person can act on. */
export function checkProbe(info: SourceInfo): string | null {
  if (info.kind === 'image') {
    return `This file is a still image (${info.videoCodec}), not audio or video. Upload it as a photo instead.`;
  }
  if (info.kind === 'unknown') return 'This file has no audio or video we can read; it may be truncated or damaged. Please upload it again.';
  if (info.durationSeconds <= 0) {
    return 'This file has no measurable length; it may be damaged or only partly uploaded. Please upload it again.';
  }
  if (info.hasVideo && !SUPPORTED_VIDEO.has(info.videoCodec ?? '')) {
    return `The video is in a format we cannot convert (${info.videoCodec}). Please export it as MP4 (H.264).`;
  }
  if (info.hasVideo && (info.displayWidth < 2 || info.displayHeight < 2)) {
    return 'The video has no picture size; it may be damaged. Please upload it again.';
  }
  if (info.hasAudio && !SUPPORTED_AUDIO.has(info.audioCodec ?? '') && !/^pcm_/.test(info.audioCodec ?? '')) {
    return `The sound is in a format we cannot convert (${info.audioCodec}). Please export it as MP3, M4A or WAV.`;
  }
  return null;
}
