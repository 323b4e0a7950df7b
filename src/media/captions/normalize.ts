/**
 * The single entry point for an uploaded caption file: bytes in, canonical
 * WebVTT out (UTF-8, Unicode NFC, LF line endings, no byte order mark,
 * ending with a newline), or a CaptionError listing every problem found.
 */
import { checkBcp47 } from '../../validation';
import { detectCaptionFormat, stripBom } from './detect';
import { decodeUtf8 } from './encoding';
import { CaptionError, CaptionIssue } from './issues';
import { srtToVtt } from './srt-to-vtt';
import { validateWebVtt } from './validate-webvtt';

export interface NormalizeCaptionInput {
  bytes: Buffer;
  /** BCP 47 tag of the caption language, e.g. "vi" or "blt-Tavt". */
  tag: string;
  /**
   * Original file name. Used in messages and, only when the content is not
   * recognisable, to decide by extension (.vtt / .srt) which checks explain
   * the problems best.
   */
  declaredName?: string;
  /** Length of the recording in seconds; cues may end at most 1 s later. */
  durationSeconds?: number;
}

export interface NormalizedCaptions {
  vtt: string;
  /** The format the file arrived in. */
  format: 'vtt' | 'srt';
  cueCount: number;
  warnings: CaptionIssue[];
}

function formatFromName(name: string | undefined): 'vtt' | 'srt' | undefined {
  const extension = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return extension === 'vtt' || extension === 'srt' ? extension : undefined;
}

function canonical(text: string): string {
  const body = stripBom(text).replace(/\r\n|\r/g, '\n').normalize('NFC');
  return body.endsWith('\n') ? body : `${body}\n`;
}

/** @throws {CaptionError} when the tag is invalid or the file cannot be read or validated. */
export function normalizeCaptionFile({ bytes, tag, declaredName, durationSeconds }: NormalizeCaptionInput): NormalizedCaptions {
  const fileLabel = declaredName ? `Caption file "${declaredName}"` : 'The caption file';
  const errors: CaptionIssue[] = [];
  const tagError = checkBcp47(tag);
  if (tagError) errors.push({ line: 0, message: tagError });

  const decoded = decodeUtf8({ bytes });
  if ('issue' in decoded) throw new CaptionError({ errors: [...errors, decoded.issue], fileLabel });

  // Line breaks and NFC are normalised first: both keep line numbers unchanged.
  const text = canonical(decoded.text);
  const detected = detectCaptionFormat(text);
  const format = detected === 'unknown' ? formatFromName(declaredName) : detected;
  if (text.trim() === '') {
    errors.push({ line: 1, message: 'The file is empty.' });
    throw new CaptionError({ errors, fileLabel });
  }
  if (!format) {
    errors.push({
      line: 1,
      message:
        'This is not a caption file we can read. Upload WebVTT (.vtt, starting with the line "WEBVTT") or SubRip (.srt, starting with a cue number and a time line such as "00:00:01,000 --> 00:00:04,000").',
    });
    throw new CaptionError({ errors, fileLabel });
  }

  const result = format === 'srt' ? srtToVtt(text, { durationSeconds }) : { ...validateWebVtt(text, { durationSeconds }), vtt: text };
  errors.push(...result.errors);
  if (errors.length > 0) throw new CaptionError({ errors, fileLabel });
  return { vtt: result.vtt, format, cueCount: result.cueCount, warnings: result.warnings };
}
