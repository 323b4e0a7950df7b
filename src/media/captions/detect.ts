/**
 * Telling WebVTT from SRT by content, not by file name.
 */
import { stripBom } from './lines';
import { startsLikeSrt } from './srt-timing';

export { splitLines, stripBom } from './lines';

export type CaptionFormat = 'vtt' | 'srt' | 'unknown';

/**
 * 'vtt' when the text starts with "WEBVTT" (after an optional byte order mark
 * and blank space; the validator then says what is wrong with the header),
 * 'srt' when the first cue is a number followed by a time line (or such a
 * time line alone) in the grammar the SRT converter reads (srt-timing.ts),
 * 'unknown' otherwise.
 */
export function detectCaptionFormat(text: string): CaptionFormat {
  const body = stripBom(text).trimStart();
  if (body.startsWith('WEBVTT')) return 'vtt';
  return startsLikeSrt(body) ? 'srt' : 'unknown';
}
