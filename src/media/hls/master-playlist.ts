/**
 * Writes the HLS master playlist ourselves instead of ffmpeg's -master_pl_name:
 * the npm ffmpeg 4.1 build crashes with it, and we want BANDWIDTH measured from
 * the segments actually written rather than guessed from encoder settings.
 */
import type { H264Profile } from '../plan/video-ladder';

export interface MasterVariant {
  /** Media playlist, relative to the master. */
  uri: string;
  /** Peak bits per second over a segment (what players size their buffer by). */
  bandwidth: number;
  averageBandwidth?: number;
  width?: number;
  height?: number;
  frameRate?: number;
  /** RFC 6381 codec strings, e.g. ["avc1.4d401f", "mp4a.40.2"]. */
  codecs: string[];
}

export interface SubtitleTrack {
  /** BCP 47 language tag, e.g. "vi" or "hmn". */
  tag: string;
  /** Shown in the player's menu, e.g. "Tiếng Việt". */
  name: string;
  /** WebVTT media playlist, relative to the master. */
  uri: string;
  isDefault?: boolean;
}

export const AAC_LC_CODEC = 'mp4a.40.2';
const SUBTITLE_GROUP = 'subs';

/**
 * RFC 6381 string for what x264 writes: profile_idc, constraint flags, level.
 * x264 sets constraint_set0+1 for baseline (0xC0: Constrained Baseline) and
 * constraint_set1 for main (0x40).
 */
export function avcCodec(profile: H264Profile, level: string): string {
  const profileAndFlags = profile === 'baseline' ? '42c0' : '4d40';
  const levelIdc = Math.round(Number.parseFloat(level) * 10);
  return `avc1.${profileAndFlags}${levelIdc.toString(16).padStart(2, '0')}`;
}

/** Quoted-string attributes may not hold a double quote or a line break. */
const quoted = (value: string) => `"${value.replace(/["\r\n]/g, '')}"`;

function streamInf(variant: MasterVariant, hasSubtitles: boolean): string {
  const attributes = [`BANDWIDTH=${Math.round(variant.bandwidth)}`];
  if (variant.averageBandwidth) attributes.push(`AVERAGE-BANDWIDTH=${Math.round(variant.averageBandwidth)}`);
  if (variant.width && variant.height) attributes.push(`RESOLUTION=${variant.width}x${variant.height}`);
  if (variant.frameRate) attributes.push(`FRAME-RATE=${variant.frameRate.toFixed(3)}`);
  attributes.push(`CODECS=${quoted(variant.codecs.join(','))}`);
  if (hasSubtitles) attributes.push(`SUBTITLES=${quoted(SUBTITLE_GROUP)}`);
  return `#EXT-X-STREAM-INF:${attributes.join(',')}\n${variant.uri}`;
}

/**
 * Video variants lowest bandwidth first, so players that start with the first
 * entry (Safari, most Android players) start at the rung 3G can carry; the
 * audio-only variant goes last so no player starts on it.
 */
export function masterPlaylist({
  variants,
  audioOnly,
  subtitles = [],
}: {
  variants: MasterVariant[];
  audioOnly?: MasterVariant | null;
  subtitles?: SubtitleTrack[];
}): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const track of subtitles) {
    lines.push(
      `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=${quoted(SUBTITLE_GROUP)},NAME=${quoted(track.name)},` +
        `LANGUAGE=${quoted(track.tag)},DEFAULT=${track.isDefault ? 'YES' : 'NO'},AUTOSELECT=YES,URI=${quoted(track.uri)}`,
    );
  }
  const sorted = [...variants].sort((a, b) => a.bandwidth - b.bandwidth);
  for (const variant of sorted) lines.push(streamInf(variant, subtitles.length > 0));
  if (audioOnly) lines.push(streamInf(audioOnly, subtitles.length > 0));
  return `${lines.join('\n')}\n`;
}
