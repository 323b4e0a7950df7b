/**
 * Decides which HLS renditions a video gets. Pure and table-tested.
 *
 * Rungs are named by the picture's SHORT side (a portrait 1080x1920 phone clip
 * gets "720p" as 720x1280), so a rung's bitrate always matches its pixel count.
 */
import type { SourceInfo } from '../types';

export type H264Profile = 'baseline' | 'main';

export interface AudioEncoding {
  /** AAC-LC target bitrate. */
  bitrateKbps: number;
  channels: 1 | 2;
  /** Hz; the same for every rendition so players switch variants without a resample glitch. */
  sampleRate: number;
}

export interface VideoRung {
  /** "144p" … "720p": the short side it was planned for. */
  name: string;
  width: number;
  height: number;
  /** x264 quality target; the cap below only bites on busy pictures. */
  crf: number;
  /** Peak video bitrate (VBV maxrate). Also the rung's nominal bitrate. */
  maxrateKbps: number;
  /** VBV buffer; 2× maxrate = the cap holds over any 2-second window. */
  bufsizeKbps: number;
  profile: H264Profile;
  /** H.264 level as x264 takes it, e.g. "3.0". */
  level: string;
  /** Muxed into the same variant; null for a silent source. */
  audio: AudioEncoding | null;
}

export interface VideoLadder {
  /** Constant output frame rate (integer fps); VFR phone clips are normalised to it. */
  frameRate: number;
  /** Keyframe every this many seconds, in every rung, at the same instants. */
  keyframeSeconds: number;
  /** GOP length in frames (keyframeSeconds × frameRate). */
  gopFrames: number;
  segmentSeconds: number;
  /** Smallest first. Empty when the source has no video. */
  rungs: VideoRung[];
  /** The audio-only HLS variant; null for a silent source. */
  audioOnly: AudioEncoding | null;
}

/**
 * Bitrates for viewers on 3G in the uplands, where a cheap phone sees roughly
 * 0.3–1 Mbit/s: 144p (100k + 48k audio ≈ 150k) still plays on a weak HSPA or
 * EDGE-like link; 240p (≈ 315k) and 360p (≈ 600k) cover ordinary 3G; 480p and
 * 720p are for Wi-Fi and 4G. Values sit at the low end of Apple's and
 * YouTube's ladders because archive footage (dances, interviews, rituals) is
 * mostly steady phone video, and the CRF target spends less on easy scenes.
 *
 * The two lowest rungs use Constrained Baseline: they are what the weakest
 * decoders fall back to. Levels are the smallest that fit 30 fps at that size
 * (854x480 at 30 fps exceeds level 3.0's 40,500 macroblocks/s, hence 3.1).
 * Audio is mono below 360p: on a phone speaker over a poor link, clear speech
 * and song matter more than a stereo image at half the bits per channel.
 */
const STANDARD_RUNGS = [
  { short: 144, maxrateKbps: 100, profile: 'baseline', level: '3.0', audioKbps: 48, channels: 1 },
  { short: 240, maxrateKbps: 250, profile: 'baseline', level: '3.0', audioKbps: 64, channels: 1 },
  { short: 360, maxrateKbps: 500, profile: 'main', level: '3.0', audioKbps: 96, channels: 2 },
  { short: 480, maxrateKbps: 900, profile: 'main', level: '3.1', audioKbps: 128, channels: 2 },
  { short: 720, maxrateKbps: 1800, profile: 'main', level: '3.1', audioKbps: 128, channels: 2 },
] as const;

export const LADDER_HEIGHTS = STANDARD_RUNGS.map((rung) => rung.short);

const CRF = 23;
const MAX_FPS = 30;
const KEYFRAME_SECONDS = 2;
const SEGMENT_SECONDS = 6;
const SAMPLE_RATE = 48000;
// A source within 10% under a rung (1280x700, 853x479) still gets that rung
// at its own size, instead of dropping a whole step for a few lines.
const NEAR_RUNG = 0.9;

/** Audio-only variant: AAC-LC mono 48 kbps (HE-AAC needs libfdk, which Debian lacks). */
export const AUDIO_ONLY: AudioEncoding = { bitrateKbps: 48, channels: 1, sampleRate: SAMPLE_RATE };

const even = (value: number) => Math.max(2, Math.round(value / 2) * 2);
const evenFloor = (value: number) => Math.max(2, Math.floor(value / 2) * 2);

/**
 * Integer fps ≤ 30: halves 50/60/120 fps so frames are dropped evenly, and
 * rounds 29.97 to 30 so 2-second GOPs and 6-second segments come out exact.
 */
export function outputFrameRate(sourceFps: number): number {
  if (!(sourceFps > 0)) return MAX_FPS;
  let fps = sourceFps;
  while (fps > MAX_FPS + 0.5) fps /= 2;
  return Math.max(1, Math.round(fps));
}

function sizeFor(short: number, source: SourceInfo): { width: number; height: number } {
  const { displayWidth: w, displayHeight: h } = source;
  const landscape = w >= h;
  const long = landscape ? (short * w) / h : (short * h) / w;
  // Never exceed the source, even where rounding to even would.
  const shortSide = Math.min(even(short), evenFloor(Math.min(w, h)));
  const longSide = Math.min(even(long), evenFloor(Math.max(w, h)));
  return landscape ? { width: longSide, height: shortSide } : { width: shortSide, height: longSide };
}

/**
 * The rate a clip was shot at. A VFR phone clip that dropped frames in low
 * light averages e.g. 22.7 fps but was shot at 30: encoding at the average
 * would put its 30 fps stretches on a 23 fps grid and judder. r_frame_rate
 * gives the shot rate unless it is a timescale (90000/1); then snap up.
 */
export function shotFrameRate(source: Pick<SourceInfo, 'frameRate' | 'nominalFrameRate' | 'isVariableFrameRate'>): number {
  if (!source.isVariableFrameRate) return source.frameRate;
  if (source.nominalFrameRate > 0 && source.nominalFrameRate <= 120) return source.nominalFrameRate;
  return [24, 25, 30].find((rate) => rate >= source.frameRate) ?? source.frameRate;
}

export function planVideoLadder({ source, rungs }: { source: SourceInfo; rungs?: number[] }): VideoLadder {
  const frameRate = outputFrameRate(shotFrameRate(source));
  const ladder: VideoLadder = {
    frameRate,
    keyframeSeconds: KEYFRAME_SECONDS,
    gopFrames: frameRate * KEYFRAME_SECONDS,
    segmentSeconds: SEGMENT_SECONDS,
    rungs: [],
    audioOnly: source.hasAudio ? AUDIO_ONLY : null,
  };
  if (!source.hasVideo || source.displayWidth < 2 || source.displayHeight < 2) return ladder;

  const allowed = STANDARD_RUNGS.filter((rung) => !rungs || rungs.includes(rung.short));
  const sourceShort = Math.min(source.displayWidth, source.displayHeight);
  let chosen = allowed.filter((rung) => rung.short <= sourceShort);
  const next = allowed.find((rung) => rung.short > sourceShort);
  if (next && (chosen.length === 0 || sourceShort >= next.short * NEAR_RUNG)) chosen = [...chosen, next];

  ladder.rungs = chosen.map((rung) => ({
    name: `${rung.short}p`,
    ...sizeFor(rung.short, source),
    crf: CRF,
    maxrateKbps: rung.maxrateKbps,
    bufsizeKbps: rung.maxrateKbps * 2,
    profile: rung.profile,
    level: rung.level,
    audio: source.hasAudio
      ? {
          bitrateKbps: rung.audioKbps,
          channels: Math.min(rung.channels, Math.max(1, source.audioChannels)) as 1 | 2,
          sampleRate: SAMPLE_RATE,
        }
      : null,
  }));
  return ladder;
}
