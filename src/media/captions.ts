/**
 * Captions and transcripts: detect, validate and normalise WebVTT/SRT files,
 * and label caption tracks. The implementation lives in ./captions/.
 */
export { detectCaptionFormat } from './captions/detect';
export type { CaptionFormat } from './captions/detect';
export { CaptionError, formatCaptionIssue } from './captions/issues';
export type { CaptionIssue } from './captions/issues';
export { validateWebVtt, DURATION_TOLERANCE_MS } from './captions/validate-webvtt';
export type { CaptionCheckOptions, WebVttValidation } from './captions/validate-webvtt';
export { srtToVtt } from './captions/srt-to-vtt';
export type { SrtConversion } from './captions/srt-to-vtt';
export { normalizeCaptionFile } from './captions/normalize';
export type { NormalizeCaptionInput, NormalizedCaptions } from './captions/normalize';
export { captionTrackLabel } from './captions/track-label';
export type { UiLocale } from './captions/track-label';
