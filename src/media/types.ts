/**
 * Shapes shared by the media pipeline: what a probe says about a source and
 * what a transcode hands back. Kept apart so planners never import executors.
 */

export type MediaKind = 'video' | 'audio' | 'image' | 'unknown';

export interface SourceInfo {
  kind: MediaKind;
  /** ffprobe's format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  container: string;
  /** Seconds; 0 when unknown. */
  durationSeconds: number;
  /** Coded size in pixels, before rotation; 0 without video. */
  width: number;
  height: number;
  /** Clockwise degrees a player turns the picture: 0, 90, 180 or 270. */
  rotation: 0 | 90 | 180 | 270;
  /** Size as shown to a viewer: after rotation and sample aspect ratio. */
  displayWidth: number;
  displayHeight: number;
  videoCodec: string | null;
  audioCodec: string | null;
  /** Channels of the first audio stream; 0 without audio. */
  audioChannels: number;
  /** Hz; 0 without audio. */
  audioSampleRate: number;
  hasAudio: boolean;
  hasVideo: boolean;
  /** Frames per second (average); 0 when unknown. */
  frameRate: number;
  /** ffprobe's r_frame_rate: for a VFR phone clip, usually the rate it was shot at. */
  nominalFrameRate: number;
  isVariableFrameRate: boolean;
  /** Bits per second of the whole file; null when ffprobe cannot tell. */
  bitRate: number | null;
}

export type OutputRole =
  | 'hls-master'
  | 'hls-variant'
  | 'hls-segment'
  | 'mp4'
  | 'poster'
  | 'poster-small'
  | 'storyboard'
  | 'storyboard-vtt'
  | 'audio-m4a'
  | 'audio-opus'
  | 'peaks';

/** One file a transcode wrote, for the storage step to upload and record. */
export interface MediaOutput {
  /** Relative to the outputDir given to the transcoder, with "/" separators. */
  path: string;
  contentType: string;
  role: OutputRole;
  width?: number;
  height?: number;
  /** Bits per second (peak for HLS variants). */
  bitrate?: number;
}

/** Receives 0–100 over the whole job, never decreasing. */
export type ProgressListener = (percent: number) => void;

export interface MediaLogger {
  warn(message: string): void;
}
