/**
 * Upload checks that trust the CONTENT, never the name or the browser's
 * declared type: magic-byte sniffing, declared-vs-actual agreement and a
 * safe stored file name. SVG is recognised only to be refused (identify.ts).
 * Pure except sniffFile's read.
 */
import { open } from 'node:fs/promises';
import { startsLikeSrt } from './captions/srt-timing';

export type FileKind = 'image' | 'video' | 'audio' | 'document' | 'subtitle' | 'unknown';

export interface SniffResult {
  /** Canonical type, e.g. "image/png"; "application/octet-stream" when unknown. */
  mime: string;
  kind: FileKind;
  isSvg: boolean;
}

/** Enough for every signature below and for an SVG/SRT preamble (XML declaration, comments, doctype). */
export const SNIFF_BYTES = 4096;

const UNKNOWN: SniffResult = { mime: 'application/octet-stream', kind: 'unknown', isSvg: false };

/** Reads the first SNIFF_BYTES of a file, or sniffs bytes already in memory. */
export async function sniffFile(input: string | Uint8Array): Promise<SniffResult> {
  if (typeof input !== 'string') return sniffBytes(input);
  const handle = await open(input, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return sniffBytes(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export function sniffBytes(input: Uint8Array): SniffResult {
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const ascii = (start: number, end: number) => b.toString('latin1', start, end);
  const is = (offset: number, bytes: number[]) => bytes.every((value, i) => b[offset + i] === value);
  const found = (mime: string, kind: FileKind): SniffResult => ({ mime, kind, isSvg: false });

  if (is(0, [0xff, 0xd8, 0xff])) return found('image/jpeg', 'image');
  if (is(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return found('image/png', 'image');
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return found('image/gif', 'image');
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return found('image/tiff', 'image');
  if (ascii(0, 4) === 'RIFF') {
    const form = ascii(8, 12);
    if (form === 'WEBP') return found('image/webp', 'image');
    if (form === 'WAVE') return found('audio/wav', 'audio');
    if (form === 'AVI ') return found('video/x-msvideo', 'video');
    return UNKNOWN;
  }
  if (ascii(4, 8) === 'ftyp') return sniffIsoMedia(b);
  if (is(0, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML: the DocType string sits in the first few dozen bytes.
    return ascii(0, 64).includes('webm') ? found('video/webm', 'video') : found('video/x-matroska', 'video');
  }
  if (ascii(0, 4) === 'fLaC') return found('audio/flac', 'audio');
  if (ascii(0, 4) === 'OggS') {
    const head = ascii(28, 36);
    if (head.startsWith('\x80theora')) return found('video/ogg', 'video');
    return found('audio/ogg', 'audio'); // OpusHead, \x01vorbis, FLAC-in-Ogg, Speex
  }
  if (ascii(0, 3) === 'ID3') return found('audio/mpeg', 'audio');
  const frame = sniffAudioFrame(b);
  if (frame) return found(frame, 'audio');
  if (ascii(0, 5) === '%PDF-') return found('application/pdf', 'document');
  return sniffText(b);
}

/**
 * A raw MPEG audio / ADTS frame header (11 or 12 sync bits). The reserved
 * values must be rejected too, or a UTF-16 BOM (FF FE) would pass as MP3.
 */
function sniffAudioFrame(b: Buffer): string | null {
  if (b.length < 3 || b[0] !== 0xff) return null;
  // ADTS: 12 sync bits, layer 00, sampling-frequency index 0–12.
  if ((b[1] & 0xf6) === 0xf0) return ((b[2] >> 2) & 0x0f) <= 12 ? 'audio/aac' : null;
  const isSync = (b[1] & 0xe0) === 0xe0;
  const version = (b[1] >> 3) & 0x03; // 01 reserved
  const layer = (b[1] >> 1) & 0x03; // 00 reserved (outside ADTS)
  const bitrate = b[2] >> 4; // 1111 invalid
  const sampleRate = (b[2] >> 2) & 0x03; // 11 reserved
  return isSync && version !== 1 && layer !== 0 && bitrate !== 15 && sampleRate !== 3 ? 'audio/mpeg' : null;
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

/** ISO-BMFF (MP4 family): decided by the major brand, then compatible brands. */
function sniffIsoMedia(b: Buffer): SniffResult {
  const boxSize = b.readUInt32BE(0);
  const end = Math.min(b.length, boxSize >= 16 ? boxSize : 16);
  const brands = [b.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(b.toString('latin1', at, at + 4));
  const has = (...names: string[]) => brands.some((brand) => names.includes(brand));
  const major = brands[0];
  if (major === 'avif' || major === 'avis' || (has('avif', 'avis') && !brands.some((x) => HEIC_BRANDS.has(x)))) {
    return { mime: 'image/avif', kind: 'image', isSvg: false };
  }
  if (brands.some((x) => HEIC_BRANDS.has(x))) return { mime: 'image/heic', kind: 'image', isSvg: false };
  if (major === 'mif1' || major === 'msf1') return { mime: 'image/heif', kind: 'image', isSvg: false };
  if (AUDIO_MP4_BRANDS.has(major)) return { mime: 'audio/mp4', kind: 'audio', isSvg: false };
  if (major === 'qt  ') return { mime: 'video/quicktime', kind: 'video', isSvg: false };
  if (major.startsWith('3g')) return { mime: 'video/3gpp', kind: 'video', isSvg: false };
  // isom, iso2–iso9, mp41, mp42, avc1, M4V, dash, MSNV…: all MP4; ffprobe tells audio-only from video later.
  return { mime: 'video/mp4', kind: 'video', isSvg: false };
}

const SVG_START =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\?[\s\S]*?\?>)\s*)*<(?:[\w-]+:)?svg[\s>/]/i;

/** Text formats: must be valid UTF-8 (a UTF-16 "SVG" is unknown, i.e. rejected). */
function sniffText(b: Buffer): SniffResult {
  const text = decodeUtf8Prefix(b);
  if (text === null) return UNKNOWN;
  const body = text.replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(body)) return { mime: 'text/vtt', kind: 'subtitle', isSvg: false };
  if (startsLikeSrt(body)) return { mime: 'application/x-subrip', kind: 'subtitle', isSvg: false };
  if (SVG_START.test(body)) return { mime: 'image/svg+xml', kind: 'image', isSvg: true };
  return UNKNOWN;
}

/** Strict UTF-8 decode, tolerating a code point cut off at the end of the sniffed prefix. */
function decodeUtf8Prefix(b: Buffer): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let trim = 0; trim <= 3 && trim < b.length; trim++) {
    try {
      return decoder.decode(b.subarray(0, b.length - trim));
    } catch {
      // try again without the last (possibly partial) byte
    }
  }
  return b.length === 0 ? '' : null;
}

/**
 * Types that share a container count as agreeing: an iPhone .mov declared
 * video/quicktime and an .m4a declared audio/mp4 are the same ISO-BMFF box
 * structure; ffprobe decides what streams are inside.
 */
const FAMILIES: Array<{ mimes: string[]; extensions: string[] }> = [
  { mimes: ['image/jpeg', 'image/jpg', 'image/pjpeg'], extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  { mimes: ['image/png'], extensions: ['png'] },
  { mimes: ['image/gif'], extensions: ['gif'] },
  { mimes: ['image/webp'], extensions: ['webp'] },
  { mimes: ['image/tiff', 'image/x-adobe-dng'], extensions: ['tif', 'tiff', 'dng'] },
  { mimes: ['image/avif'], extensions: ['avif'] },
  { mimes: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'], extensions: ['heic', 'heif', 'hif'] },
  { mimes: ['image/svg+xml'], extensions: ['svg'] },
  {
    mimes: ['video/mp4', 'audio/mp4', 'audio/x-m4a', 'audio/m4a', 'video/x-m4v', 'video/quicktime', 'video/3gpp', 'audio/3gpp'],
    extensions: ['mp4', 'm4v', 'm4a', 'm4b', 'mov', 'qt', '3gp'],
  },
  { mimes: ['video/webm', 'audio/webm', 'video/x-matroska', 'audio/x-matroska'], extensions: ['webm', 'mkv', 'mka'] },
  { mimes: ['video/x-msvideo', 'video/avi', 'video/msvideo'], extensions: ['avi'] },
  { mimes: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'], extensions: ['wav'] },
  { mimes: ['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg'], extensions: ['mp3'] },
  { mimes: ['audio/aac', 'audio/x-aac', 'audio/aacp'], extensions: ['aac'] },
  { mimes: ['audio/flac', 'audio/x-flac'], extensions: ['flac'] },
  { mimes: ['audio/ogg', 'video/ogg', 'application/ogg', 'audio/opus'], extensions: ['ogg', 'oga', 'ogv', 'opus'] },
  { mimes: ['application/pdf'], extensions: ['pdf'] },
  // Browsers and OSes often send subtitles as text/plain.
  { mimes: ['text/vtt', 'text/plain'], extensions: ['vtt'] },
  { mimes: ['application/x-subrip', 'text/srt', 'text/plain'], extensions: ['srt'] },
];

/** Declared types that carry no claim: browsers send them for anything they don't know. */
const UNINFORMATIVE_MIMES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/** null when content, declared type and extension agree; otherwise a reason a person can act on. */
export function checkDeclaredType({
  sniffed,
  declaredMime,
  fileName,
}: {
  sniffed: SniffResult;
  declaredMime?: string | null;
  fileName: string;
}): string | null {
  if (sniffed.kind === 'unknown') {
    return `"${fileName}" is not a supported file type (its content matches no image, video, audio, PDF or subtitle format)`;
  }
  const family = FAMILIES.find((f) => f.mimes.includes(sniffed.mime));
  if (!family) return `"${fileName}": content type ${sniffed.mime} is not accepted`;
  const declared = (declaredMime ?? '').split(';')[0].trim().toLowerCase();
  if (!UNINFORMATIVE_MIMES.has(declared) && !family.mimes.includes(declared)) {
    return `"${fileName}" was sent as ${declared} but its content is ${sniffed.mime}`;
  }
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  // No extension is harmless: stored names are built from the sniffed type.
  if (extension !== '' && !family.extensions.includes(extension)) {
    return `"${fileName}" is named .${extension} but its content is ${sniffed.mime}; rename it to .${family.extensions[0]}`;
  }
  return null;
}

export class InvalidFileNameError extends Error {
  constructor(original: string) {
    super(`File name ${JSON.stringify(original)} has no usable characters; rename the file and upload again`);
    this.name = 'InvalidFileNameError';
  }
}

/** 255 is the common filesystem limit in BYTES; leave room for a "-1" suffix on collisions. */
export const MAX_FILE_NAME_BYTES = 200;
const MAX_EXTENSION_LENGTH = 10;
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A display/download name safe for any filesystem, S3 key or
 * Content-Disposition header: last path segment only, NFC (macOS sends NFD
 * Vietnamese), no control or bidi-override characters (which can fake an
 * extension: "gpj.exe" shown as "exe.jpg"), no "..", at most
 * MAX_FILE_NAME_BYTES of UTF-8 with the extension kept.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .split(/[/\\]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const candidate = dot > 0 ? cleaned.slice(dot + 1) : '';
  const hasExtension = candidate.length > 0 && candidate.length <= MAX_EXTENSION_LENGTH && /^[\p{L}\p{N}]+$/u.test(candidate);
  const extension = hasExtension ? `.${candidate}` : '';
  let stem = (hasExtension ? cleaned.slice(0, dot) : cleaned).replace(/[\s.]+$/, '');
  if (stem === '') throw new InvalidFileNameError(name);
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  const budget = MAX_FILE_NAME_BYTES - Buffer.byteLength(extension);
  if (Buffer.byteLength(stem) > budget) {
    // Cut by whole code points so a Vietnamese letter is never split into invalid UTF-8.
    const kept: string[] = [];
    let bytes = 0;
    for (const char of stem) {
      bytes += Buffer.byteLength(char);
      if (bytes > budget) break;
      kept.push(char);
    }
    stem = kept.join('').trimEnd();
  }
  return `${stem}${extension}`;
}
