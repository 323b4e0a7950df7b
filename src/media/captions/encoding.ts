/**
 * Caption files must be UTF-8. Vietnamese files from older Windows tools are
 * often Windows-1258 (or TCVN3/VNI); guessing an encoding silently can garble
 * minority-language text, so we refuse such files and say how to re-save them.
 */
import type { CaptionIssue } from './issues';

const SAVE_AS_UTF8 =
  'Open the file in a text editor, choose "Save As" with the encoding "UTF-8", and upload it again.';

/** Longest preview of a line quoted in a message, in characters. */
const PREVIEW_LENGTH = 60;

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // [sequence length, allowed range of the 2nd byte] per RFC 3629 (no overlongs, surrogates or > U+10FFFF)
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) {
      if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks (as WebVTT does). */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function lineBytes(bytes: Uint8Array, offset: number): Uint8Array {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a && bytes[start - 1] !== 0x0d) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return bytes.subarray(start, end);
}

/** Vietnamese letters (composed or with combining tone marks) that only make sense if the guess is right. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323\u1ea0-\u1ef9]/;

/** The offending line read as Windows-1258, if that yields Vietnamese; null otherwise. */
function readAsWindows1258(line: Uint8Array): string | null {
  try {
    const text = new TextDecoder('windows-1258').decode(line).normalize('NFC').trim();
    return VIETNAMESE.test(text) ? text : null;
  } catch {
    return null; // Node built without full ICU: no legacy decoders
  }
}

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  // Without a byte order mark, UTF-16 text in Latin letters has a zero byte in every other position.
  return bytes.subarray(0, 1024).includes(0);
}

/** Decode caption bytes as UTF-8, or explain (with the line number) why they are not UTF-8. */
export function decodeUtf8({ bytes }: { bytes: Uint8Array }): { text: string } | { issue: CaptionIssue } {
  if (looksLikeUtf16(bytes)) {
    return {
      issue: {
        line: 1,
        message: `The file is saved as UTF-16 ("Unicode"), not UTF-8. ${SAVE_AS_UTF8}`,
      },
    };
  }
  const offset = findInvalidUtf8(bytes);
  if (offset === -1) return { text: new TextDecoder('utf-8').decode(bytes) };

  const asVietnamese = readAsWindows1258(lineBytes(bytes, offset));
  const guess = asVietnamese
    ? `It looks like it was saved in an older Vietnamese encoding (Windows-1258); in that encoding this line reads "${preview(asVietnamese)}".`
    : 'It was probably saved in an older encoding such as Windows-1258, TCVN3 (ABC) or VNI.';
  return {
    issue: {
      line: lineOfOffset(bytes, offset),
      message: `This line is not UTF-8 text, so its letters cannot be read. ${guess} ${SAVE_AS_UTF8}`,
    },
  };
}

/**
 * Problems in text that was already decoded: U+FFFD (left where unreadable
 * bytes were replaced) and unpaired surrogates. One issue per line.
 */
export function findDecodingDamage(lines: string[]): CaptionIssue[] {
  const issues: CaptionIssue[] = [];
  lines.forEach((text, index) => {
    if (text.includes('\uFFFD')) {
      issues.push({
        line: index + 1,
        message: `This line contains "\uFFFD", which marks letters that were lost when the file was read with the wrong encoding. Save the original file as UTF-8 and upload it again.`,
      });
    } else if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
      issues.push({ line: index + 1, message: 'This line contains a broken character (an unpaired UTF-16 surrogate). Retype the affected letters.' });
    }
  });
  return issues;
}
