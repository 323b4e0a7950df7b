/**
 * A light scan of WebVTT structure that records where each cue sits in the
 * file. webvtt-parser returns cues without line numbers (and re-sorted), so
 * our own checks (order, empty text, duration) and the mapping of cue-text
 * errors to lines work from this scan. It follows the parser's block rules:
 * header up to the first blank line, NOTE and STYLE blocks skipped, a cue is
 * an optional identifier line, a time line, then text up to a blank line.
 */
import { toMilliseconds } from './timestamps';

export interface ScannedCue {
  /** 1-based line of the "-->" time line. */
  timingLine: number;
  startMs: number;
  endMs: number;
  /** 1-based line of the first text line (the line after the time line). */
  textStartLine: number;
  textLines: string[];
}

const TIMESTAMP = String.raw`(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})`;
const TIMING = new RegExp(String.raw`^[ \t\f]*${TIMESTAMP}[ \t\f]+-->[ \t\f]+${TIMESTAMP}(?:[ \t\f].*)?$`);

function parseTiming(line: string): { startMs: number; endMs: number } | null {
  const m = TIMING.exec(line);
  if (!m || [m[2], m[3], m[6], m[7]].some((part) => Number(part) > 59)) return null;
  return { startMs: toMilliseconds(m[1], m[2], m[3], m[4]), endMs: toMilliseconds(m[5], m[6], m[7], m[8]) };
}

const isBlank = (line: string | undefined) => line === undefined || line === '';

export function scanVttCues(lines: string[]): ScannedCue[] {
  const cues: ScannedCue[] = [];
  let i = 1;
  let collected = false; // the current line is a time line found while reading the previous block
  while (!isBlank(lines[i])) {
    if (lines[i].includes('-->')) {
      collected = true;
      break;
    }
    i++;
  }
  while (i < lines.length) {
    if (!collected) {
      while (i < lines.length && lines[i] === '') i++;
      if (i >= lines.length) break;
      if (!lines[i].includes('-->')) {
        if (/^(NOTE|STYLE)($|[ \t])/.test(lines[i])) {
          while (!isBlank(lines[i])) i++;
          continue;
        }
        i++; // cue identifier
        if (isBlank(lines[i]) || !lines[i].includes('-->')) continue;
      }
    }
    collected = false;
    const timingLine = i + 1;
    const timing = parseTiming(lines[i]);
    i++;
    const textLines: string[] = [];
    while (!isBlank(lines[i])) {
      if (lines[i].includes('-->')) {
        collected = true;
        break;
      }
      textLines.push(lines[i]);
      i++;
    }
    if (timing) cues.push({ timingLine, ...timing, textStartLine: timingLine + 1, textLines });
  }
  return cues;
}
