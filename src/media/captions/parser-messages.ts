/**
 * webvtt-parser's messages are written for developers and some carry an
 * off-by-one line. This turns each into a plain message on the right line.
 */
import type { CaptionIssue } from './issues';
import type { ScannedCue } from './vtt-blocks';
import type { WebVttParserError } from './webvtt-parser';

const TIME_FORMAT = 'Write times as hours:minutes:seconds.milliseconds, e.g. "00:01:02.500 --> 00:01:04.000".';

/** Messages about the time line; the parser puts them on that line. */
const TIMING_DETAILS: Record<string, string> = {
  'No timestamp found.': 'a time is missing.',
  'Timestamp must start with a character in the range 0-9.': 'a time must start with a digit.',
  'No time unit separator found.': 'the hours, minutes and seconds must be separated by ":".',
  'Must be exactly two digits.': 'minutes and seconds need exactly two digits each.',
  'No seconds found or minutes is greater than 59.': 'the seconds are missing, or the minutes are more than 59.',
  'No decimal separator (".") found.': 'the milliseconds must follow a dot (".").',
  'Milliseconds must be given in three digits.': 'the milliseconds need exactly three digits.',
  'You cannot have more than 59 minutes.': 'the minutes cannot be more than 59.',
  'You cannot have more than 59 seconds.': 'the seconds cannot be more than 59.',
  'No valid timestamp separator found.': 'the start and end times must be separated by " --> ".',
  "Timestamp not separated from '-->' by whitespace.": 'put a space between the start time and "-->".',
  "'-->' not separated from timestamp by whitespace.": 'put a space between "-->" and the end time.',
};

/** Messages about the caption text; the parser puts them on the line after the cue, so they are moved. */
const CUE_TEXT_MESSAGES: Record<string, string> = {
  'Incorrect escape.':
    'A "&" in the caption text must be written as "&amp;" (and a literal "<" as "&lt;").',
  'Incorrect start tag.':
    'Unknown formatting tag in the caption text. Allowed tags are <i>, <b>, <u>, <c>, <v>, <lang>, <ruby> and <rt>; write a literal "<" as "&lt;".',
  'Incorrect end tag.': 'A closing tag (such as </i>) does not match any opening tag before it.',
  'Required end tag missing.': 'A formatting tag (such as <i>) is opened but never closed: add the closing tag (</i>).',
  'Only <v> and <lang> can have an annotation.': 'Only <v> (speaker) and <lang> tags may have text after the tag name.',
  '<v> cannot be nested inside itself.': 'A speaker tag <v> is opened inside another <v>.',
  '<v> requires an annotation.': 'A speaker tag <v> needs the speaker\'s name, e.g. "<v Lò Văn Pọm>".',
  'Timestamp must be between start timestamp and end timestamp.':
    'A time inside the caption text (karaoke timing) is outside the cue\'s start and end times.',
  'Timestamp must be greater than any previous timestamp.':
    'Times inside the caption text (karaoke timing) must increase.',
};

/** Replaced by our own checks, which show the times involved. */
const COVERED_BY_OWN_CHECKS = new Set([
  'End timestamp is not greater than start timestamp.',
  'Start timestamp is not greater than or equal to start timestamp of previous cue.',
]);

function quoteLine(text: string | undefined): string {
  const t = (text ?? '').trim();
  return `"${t.length > 60 ? `${t.slice(0, 60)}…` : t}"`;
}

/** Find the text line of a cue-text error from the cue that ends just before `reportedLine`. */
function cueTextLine(error: WebVttParserError, cues: ScannedCue[]): number {
  const cue = cues.find((c) => c.textStartLine + c.textLines.length === error.line);
  if (!cue) return error.line;
  const before = cue.textLines.join('\n').slice(0, Math.max(0, (error.col ?? 1) - 1));
  const offset = before.split('\n').length - 1;
  return cue.textStartLine + Math.min(offset, cue.textLines.length - 1);
}

/** A plain, correctly-placed issue for a parser error, or null when our own checks report it better. */
export function explainParserError(
  error: WebVttParserError,
  { lines, cues }: { lines: string[]; cues: ScannedCue[] },
): CaptionIssue | null {
  const { message, line } = error;
  if (COVERED_BY_OWN_CHECKS.has(message)) return null;

  const timingDetail = TIMING_DETAILS[message];
  if (timingDetail) {
    const text = lines[line - 1] ?? '';
    const commaHint = /\d,\d{3}/.test(text)
      ? ' This file uses commas before the milliseconds, as SRT files do; WebVTT needs a dot.'
      : ` ${TIME_FORMAT}`;
    return { line, message: `The time line ${quoteLine(text)} is not valid: ${timingDetail}${commaHint}` };
  }

  const cueText = CUE_TEXT_MESSAGES[message];
  if (cueText) return { line: cueTextLine(error, cues), message: cueText };

  switch (message) {
    case 'No valid signature. (File needs to start with "WEBVTT".)':
      return {
        line: 1,
        message: `The first line must be exactly "WEBVTT", but it is ${quoteLine(lines[0])}. Every WebVTT caption file starts with that line.`,
      };
    case 'No blank line after the signature.':
      return {
        line,
        message: `Leave an empty line after the "WEBVTT" line; ${quoteLine(lines[line - 1])} is not allowed here.`,
      };
    case 'Cue identifier cannot be standalone.':
      // The parser has already moved to the blank line after the lonely line.
      return {
        line: line - 1,
        message: `${quoteLine(lines[line - 2])} stands alone with no time line below it. If it is caption text, remove the empty line above it; if it is a cue name, put the time line directly below it.`,
      };
    case 'Cue identifier needs to be followed by timestamp.':
      return {
        line,
        message: `Expected a time line here (e.g. "00:01:02.500 --> 00:01:04.000") below the cue name ${quoteLine(lines[line - 2])}, but found ${quoteLine(lines[line - 1])}.`,
      };
    case 'Blank line missing before cue.':
      return { line, message: 'Leave an empty line before this time line: two cues are run together.' };
    case 'Cannot have timestamp in a comment.':
      return { line, message: 'A NOTE (comment) block cannot contain "-->". Add an empty line to end the note before this line.' };
    case 'Cannot have timestamp in a style block.':
      return { line, message: 'A STYLE block cannot contain "-->". Add an empty line to end the style block before this line.' };
    case 'Style blocks cannot appear after the first cue.':
      return { line, message: 'STYLE blocks must come before the first cue.' };
    default:
      // Cue settings ("line:", "position:", "align:" …) and anything new in the library.
      if ((lines[line - 1] ?? '').includes('-->')) {
        return { line, message: `The cue settings after the times on this line are not valid (${message})` };
      }
      return { line, message: `Problem on this line: ${message}` };
  }
}
