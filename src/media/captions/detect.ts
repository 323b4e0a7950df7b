/**
 * Telling WebVTT from SRT by content, not by file name.
 */

export type CaptionFormat = 'vtt' | 'srt' | 'unknown';

/** Split like the WebVTT parser does: CRLF, lone CR and LF all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** An SRT time line: "00:01:02,500 --> 00:01:04,000" (comma before the milliseconds). */
const SRT_TIMING = /^\s*\d+:\d{1,2}:\d{1,2},\d{1,3}\s*-->/;

/** Lines looked at when searching for the first SRT cue. */
const SRT_LOOKAHEAD = 5;

/**
 * 'vtt' when the text starts with "WEBVTT" (after an optional byte order mark
 * and blank space; the validator then says what is wrong with the header),
 * 'srt' when the first cue is a number followed by a time line with commas
 * (or such a time line alone), 'unknown' otherwise.
 */
export function detectCaptionFormat(text: string): CaptionFormat {
  const body = stripBom(text).trimStart();
  if (body.startsWith('WEBVTT')) return 'vtt';
  const lines = splitLines(body).slice(0, SRT_LOOKAHEAD);
  if (SRT_TIMING.test(lines[0] ?? '')) return 'srt';
  if (/^\s*\d+\s*$/.test(lines[0] ?? '') && SRT_TIMING.test(lines[1] ?? '')) return 'srt';
  return 'unknown';
}
