/**
 * The only import of 'webvtt-parser' (w3c/webvtt.js, CC0). The package ships
 * no type declarations, so the part we use is typed here.
 */

/** What the parser reports: `line` is 1-based into the input split on CR, LF or CRLF. */
export interface WebVttParserError {
  message: string;
  line: number;
  col?: number;
}

export interface WebVttParserCue {
  id: string;
  startTime: number;
  endTime: number;
  text: string;
}

export interface WebVttParseResult {
  cues: WebVttParserCue[];
  errors: WebVttParserError[];
}

interface WebVttParserModule {
  WebVTTParser: new () => { parse(input: string, mode?: 'metadata' | 'chapters'): WebVttParseResult };
}

const { WebVTTParser } = require('webvtt-parser') as WebVttParserModule;

/**
 * Parse in the library's strictest mode: no `mode` argument, so cue text
 * (tags, escapes) is checked as well as structure and timings. ("metadata"
 * mode would skip cue-text errors.)
 */
export function parseWebVttStrict(text: string): WebVttParseResult {
  return new WebVTTParser().parse(text);
}
