/**
 * The one SRT time-line grammar: format detection, SRT → WebVTT conversion
 * and upload sniffing all ask this module, so a file that is detected as SRT
 * is also one the converter can read.
 *
 * "00:01:02,500 --> 00:01:04,000": hours of one or more digits, two-digit
 * minutes and seconds, a comma (a dot is tolerated, some tools write it) and
 * exactly three digits of milliseconds. A shorter fraction ("00:00:01,5") is
 * refused rather than guessed: some tools mean 5 ms by it, others 500 ms.
 */
import { splitLines } from './lines';
import { toMilliseconds } from './timestamps';

export const SRT_TIME_EXAMPLE = '"00:01:02,500 --> 00:01:04,000"';

const TIMESTAMP = String.raw`(\d+):(\d{2}):(\d{2})[,.](\d{3})`;
// Anything after the end time (SRT "X1:… Y1:…" positions) is allowed and dropped.
const TIMING = new RegExp(String.raw`^\s*${TIMESTAMP}\s*-->\s*${TIMESTAMP}(?:\s+.*)?$`);
const CUE_NUMBER = /^\s*\d+\s*$/;

/** Whether a line is written as an SRT time line (ranges are checked by parseSrtTiming). */
export const isSrtTimingLine = (line: string | undefined): boolean => TIMING.test(line ?? '');

export const isSrtCueNumber = (line: string | undefined): boolean => CUE_NUMBER.test(line ?? '');

/** Start and end in milliseconds, or why the line cannot be read, in words an officer can act on. */
export function parseSrtTiming(line: string): { startMs: number; endMs: number } | string {
  const m = TIMING.exec(line);
  if (!m) {
    return `The time line "${line.trim()}" is not written correctly. Write it as ${SRT_TIME_EXAMPLE} (hours:minutes:seconds,milliseconds).`;
  }
  if ([m[2], m[3], m[6], m[7]].some((part) => Number(part) > 59)) {
    return `The time line "${line.trim()}" has more than 59 minutes or seconds. Write it as ${SRT_TIME_EXAMPLE}.`;
  }
  return { startMs: toMilliseconds(m[1], m[2], m[3], m[4]), endMs: toMilliseconds(m[5], m[6], m[7], m[8]) };
}

/**
 * Whether text (without a byte order mark, leading blank space allowed)
 * starts like SRT: a cue number over a time line, or a time line alone if
 * it has SRT's comma. A dotted time line alone is just as much a WebVTT file
 * that lost its "WEBVTT" header, so there the file name decides.
 */
export function startsLikeSrt(text: string): boolean {
  const [first, second] = splitLines(text.trimStart());
  return (isSrtTimingLine(first) && first.includes(',')) || (isSrtCueNumber(first) && isSrtTimingLine(second));
}
