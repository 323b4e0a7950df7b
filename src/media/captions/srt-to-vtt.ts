/**
 * SRT → WebVTT. Each SRT cue becomes a WebVTT cue that keeps the SRT number
 * as its identifier, so officers can match cues between the two files.
 * Problems are reported with SRT line numbers, including those found when
 * the converted result is validated as WebVTT.
 */
import type { CaptionIssue } from './issues';
import { sortIssues } from './issues';
import { splitLines, stripBom } from './lines';
import { srtCueTextToVtt } from './srt-text';
import { isSrtCueNumber, parseSrtTiming, SRT_TIME_EXAMPLE } from './srt-timing';
import { formatTimestamp } from './timestamps';
import { CaptionCheckOptions, validateWebVtt } from './validate-webvtt';

export interface SrtConversion {
  /** The WebVTT text (LF line endings, ends with a newline). Only trustworthy when `errors` is empty. */
  vtt: string;
  errors: CaptionIssue[];
  warnings: CaptionIssue[];
  cueCount: number;
}

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** Does a new cue start at `i` (a time line, or a cue number followed by one)? */
function startsCue(lines: string[], i: number): boolean {
  return lines[i].includes('-->') || (isSrtCueNumber(lines[i]) && (lines[i + 1] ?? '').includes('-->'));
}

export function srtToVtt(text: string, options: CaptionCheckOptions = {}): SrtConversion {
  const lines = splitLines(stripBom(text));
  const errors: CaptionIssue[] = [];
  const warnings: CaptionIssue[] = [];
  const out: string[] = ['WEBVTT', ''];
  const sourceLine: number[] = [1, 1]; // sourceLine[k] = SRT line of output line k + 1

  const emit = (vttLine: string, srtLine: number) => {
    out.push(vttLine);
    sourceLine.push(srtLine);
  };

  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    let id: string | undefined;
    if (isSrtCueNumber(lines[i])) {
      if (isBlank(lines[i + 1]) || !lines[i + 1].includes('-->')) {
        const next = lines[i + 1] ?? '';
        const attemptedTiming = /\d+:\d+/.test(next) ? parseSrtTiming(next) : undefined;
        errors.push({
          line: i + 2,
          message:
            typeof attemptedTiming === 'string'
              ? attemptedTiming
              : `Expected a time line such as ${SRT_TIME_EXAMPLE} directly below cue number ${lines[i].trim()}.`,
        });
        i++;
        while (!isBlank(lines[i]) && !startsCue(lines, i)) i++;
        continue;
      }
      id = lines[i].trim();
      i++;
    } else if (!lines[i].includes('-->')) {
      errors.push({
        line: i + 1,
        message: `"${lines[i].trim()}" is outside any cue. Each cue needs a number line and a time line (${SRT_TIME_EXAMPLE}) before its text; an extra empty line inside a cue also causes this.`,
      });
      i++;
      while (!isBlank(lines[i]) && !startsCue(lines, i)) i++;
      continue;
    }

    const timingIndex = i;
    const timing = parseSrtTiming(lines[i]);
    i++;
    const textIndex = i;
    const textLines: string[] = [];
    while (!isBlank(lines[i]) && !startsCue(lines, i)) textLines.push(lines[i++]);
    if (!isBlank(lines[i])) {
      warnings.push({ line: i + 1, message: 'No empty line between this cue and the one above it; one was added.' });
    }
    if (typeof timing === 'string') {
      errors.push({ line: timingIndex + 1, message: timing });
      continue;
    }

    if (out.length > 2) emit('', textIndex + textLines.length);
    if (id !== undefined) emit(id, timingIndex);
    emit(`${formatTimestamp(timing.startMs)} --> ${formatTimestamp(timing.endMs)}`, timingIndex + 1);
    // Converted lines can be fewer than the SRT lines (emptied lines are dropped); map them in order.
    srtCueTextToVtt(textLines).forEach((converted, k) => emit(converted, textIndex + 1 + k));
  }
  const vtt = `${out.join('\n')}\n`;

  const validation = validateWebVtt(vtt, options);
  const toSrtLine = (issue: CaptionIssue): CaptionIssue => ({
    ...issue,
    line: sourceLine[Math.min(issue.line, sourceLine.length) - 1] ?? 1,
  });
  if (validation.cueCount > 0) errors.push(...validation.errors.map(toSrtLine));
  else if (errors.length === 0) errors.push({ line: 1, message: 'No captions were found in this SRT file.' });
  return {
    vtt,
    errors: sortIssues(errors),
    warnings: sortIssues([...warnings, ...validation.warnings.map(toSrtLine)]),
    cueCount: validation.cueCount,
  };
}
