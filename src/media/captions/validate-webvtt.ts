/**
 * WebVTT validation: webvtt-parser in strict mode, plus the archive's own
 * checks. Every problem is an error (the file is refused) except the NFC
 * note, which is a warning because normalizeCaptionFile fixes it.
 *
 * Decisions:
 * - Cues out of start-time order are errors. The WebVTT spec requires
 *   non-decreasing start times; players re-sort silently, so an unordered
 *   file usually means a bad merge or edit that a person should look at.
 * - Overlapping cues (a cue starting before the previous one ends) are fine:
 *   two speakers talking at once is normal in festival recordings.
 * - A file with a header but no cues is an error: it would be an empty track.
 */
import { findDecodingDamage, decodeUtf8 } from './encoding';
import { splitLines } from './detect';
import type { CaptionIssue } from './issues';
import { sortIssues } from './issues';
import { explainParserError } from './parser-messages';
import { formatTimestamp } from './timestamps';
import { scanVttCues, ScannedCue } from './vtt-blocks';
import { parseWebVttStrict } from './webvtt-parser';

export interface CaptionCheckOptions {
  /**
   * Length of the recording, in seconds. When given, cues must end by then
   * (with {@link DURATION_TOLERANCE_MS} of slack for rounding in players and encoders).
   */
  durationSeconds?: number;
}

export interface WebVttValidation {
  isValid: boolean;
  errors: CaptionIssue[];
  /** Things that do not stop the file being accepted. */
  warnings: CaptionIssue[];
  cueCount: number;
}

/** Cues may end this long after the recording's duration, in milliseconds. */
export const DURATION_TOLERANCE_MS = 1000;

function checkCues(cues: ScannedCue[], durationSeconds: number | undefined): CaptionIssue[] {
  const issues: CaptionIssue[] = [];
  const limitMs = durationSeconds === undefined ? undefined : Math.round(durationSeconds * 1000);
  cues.forEach((cue, index) => {
    const line = cue.timingLine;
    if (cue.endMs <= cue.startMs) {
      issues.push({
        line,
        message: `This cue ends (${formatTimestamp(cue.endMs)}) no later than it starts (${formatTimestamp(cue.startMs)}). The end time must be after the start time.`,
      });
    }
    const previous = cues[index - 1];
    if (previous && cue.startMs < previous.startMs) {
      issues.push({
        line,
        message: `This cue starts at ${formatTimestamp(cue.startMs)}, before the cue above it, which starts at ${formatTimestamp(previous.startMs)}. Cues must be in order of their start times.`,
      });
    }
    if (cue.textLines.every((text) => text.trim() === '')) {
      issues.push({
        line,
        message: 'This cue has no caption text. Add the text on the line below the time line, or delete the cue.',
      });
    }
    if (limitMs !== undefined && Math.max(cue.startMs, cue.endMs) > limitMs + DURATION_TOLERANCE_MS) {
      issues.push({
        line,
        message: `This cue ends at ${formatTimestamp(Math.max(cue.startMs, cue.endMs))}, after the end of the recording (${formatTimestamp(limitMs)}). Check that the captions belong to this recording.`,
      });
    }
  });
  return issues;
}

function nfcWarning(lines: string[]): CaptionIssue[] {
  const index = lines.findIndex((text) => text !== text.normalize('NFC'));
  if (index === -1) return [];
  return [
    {
      line: index + 1,
      message:
        'Some letters are stored as a base letter plus separate accent marks (not Unicode NFC). They will be converted to the standard composed form when the file is saved; the text will look the same.',
    },
  ];
}

/**
 * Check a WebVTT file. Pass a Buffer to have the bytes checked as UTF-8 too;
 * a string is checked for signs of earlier decoding damage ("\uFFFD").
 */
export function validateWebVtt(input: string | Buffer, options: CaptionCheckOptions = {}): WebVttValidation {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeUtf8({ bytes: input });
    if ('issue' in decoded) return { isValid: false, errors: [decoded.issue], warnings: [], cueCount: 0 };
    text = decoded.text;
  }

  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return {
      isValid: false,
      errors: [{ line: 1, message: 'The file is empty. A WebVTT file starts with the line "WEBVTT" followed by the captions.' }],
      warnings: [],
      cueCount: 0,
    };
  }

  const lines = splitLines(text);
  const cues = scanVttCues(lines);
  const parsed = parseWebVttStrict(text);

  const errors: CaptionIssue[] = [...findDecodingDamage(lines)];
  // Without a "WEBVTT" line, the parser reads the first cue as header lines; complaints about them are noise.
  const hasSignature = !parsed.errors.some((e) => e.message.startsWith('No valid signature.'));
  let lastStandaloneCheck = 0;
  for (const parserError of parsed.errors) {
    if (!hasSignature && parserError.message === 'No blank line after the signature.') continue;
    const issue = explainParserError(parserError, { lines, cues });
    if (!issue) continue;
    // After "needs to be followed by timestamp" the parser re-reads the same line as a lonely identifier.
    if (parserError.message === 'Cue identifier needs to be followed by timestamp.') {
      // A run of stray text lines gives one error per line; report the run once.
      const continuesRun = lastStandaloneCheck > 0 && issue.line === lastStandaloneCheck + 1;
      lastStandaloneCheck = issue.line;
      if (continuesRun) continue;
    } else if (parserError.message === 'Cue identifier cannot be standalone.' && issue.line === lastStandaloneCheck) continue;
    errors.push(issue);
  }
  errors.push(...checkCues(cues, options.durationSeconds));

  if (errors.length === 0 && parsed.cues.length === 0) {
    errors.push({ line: 1, message: 'The file has the "WEBVTT" line but no captions (cues).' });
  }

  return {
    isValid: errors.length === 0,
    errors: sortIssues(errors),
    warnings: nfcWarning(lines),
    cueCount: parsed.cues.length,
  };
}
