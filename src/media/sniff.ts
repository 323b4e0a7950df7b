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

/**
 * Binary formats by file-type's magic bytes, the detector Strapi's upload
 * check uses too, so the two agree on what a file is. Its names are mapped
 * to ours (FAMILIES); ISO-BMFF is refined by its brands; text formats
 * (WebVTT, SRT, SVG) are ours, as file-type does not read text.
 */
export async function sniffBytes(input: Uint8Array): Promise<SniffResult> {
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const detected = b.length > 0 ? await detectFileType(new Uint8Array(b)) : undefined;
  // XML is ours to read (an SVG is refused by name, not taken for generic XML).
  if (!detected || detected.mime === 'application/xml') return sniffText(b);
  if (b.toString('latin1', 4, 8) === 'ftyp' && ISO_MEDIA_MIMES.has(detected.mime)) return sniffIsoMedia(b);
  const named = detected.mime.split(';')[0].trim(); // "audio/ogg; codecs=opus"
  const mime = CANONICAL_MIME[named] ?? named;
  // file-type takes any FF Ex/Fx start for an MPEG frame, so a UTF-16 text (FF FE) would pass as MP3.
  if ((mime === 'audio/mpeg' || mime === 'audio/aac') && b.toString('latin1', 0, 3) !== 'ID3' && !isAudioFrame(b)) return UNKNOWN;
  return { mime, kind: kindOfMime(mime), isSvg: false };
}

/**
 * A raw MPEG audio / ADTS frame header (11 or 12 sync bits) with none of the
 * reserved values set.
 */
function isAudioFrame(b: Buffer): boolean {
  if (b.length < 3 || b[0] !== 0xff) return false;
  // ADTS: 12 sync bits, layer 00, sampling-frequency index 0–12.
  if ((b[1] & 0xf6) === 0xf0) return ((b[2] >> 2) & 0x0f) <= 12;
  const isSync = (b[1] & 0xe0) === 0xe0;
  const version = (b[1] >> 3) & 0x03; // 01 reserved
  const layer = (b[1] >> 1) & 0x03; // 00 reserved (outside ADTS)
  const bitrate = b[2] >> 4; // 1111 invalid
  const sampleRate = (b[2] >> 2) & 0x03; // 11 reserved
  return isSync && version !== 1 && layer !== 0 && bitrate !== 15 && sampleRate !== 3;
}

// file-type is ESM-only; Node ≥ 20.19 can require() it from this CommonJS build, which a dynamic import() compiled by tsc would not reach.
type FileTypeModule = typeof import('file-type');
let fileType: FileTypeModule | undefined;
async function detectFileType(bytes: Uint8Array): Promise<{ ext: string; mime: string } | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fileType ??= require('file-type') as FileTypeModule;
  return fileType.fileTypeFromBuffer(bytes);
}

/** file-type's names for types we already know under another (the first name of their FAMILIES entry). */
const CANONICAL_MIME: Record<string, string> = {
  'video/vnd.avi': 'video/x-msvideo',
  'video/matroska': 'video/x-matroska',
  'audio/matroska': 'video/x-matroska',
  'audio/x-flac': 'audio/flac',
  'audio/x-wav': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'audio/opus': 'audio/ogg',
  'audio/x-aac': 'audio/aac',
};

/** What file-type says for an ftyp box; the brands then tell which of them (or none) it really is. */
const ISO_MEDIA_MIMES = new Set(['video/mp4', 'audio/mp4', 'audio/x-m4a', 'video/x-m4v', 'video/quicktime', 'video/3gpp', 'video/3gpp2', 'image/heif', 'image/heif-sequence', 'image/heic', 'image/heic-sequence', 'image/avif']);

function kindOfMime(mime: string): FileKind {
  if (mime === 'application/pdf') return 'document';
  if (mime === 'text/vtt') return 'subtitle';
  // A type recognised but not taken (a camera raw) keeps its name and kind, so the refusal can say what it is.
  const top = mime.split('/')[0];
  return top === 'image' || top === 'video' || top === 'audio' ? top : 'unknown';
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
/** Brands that promise an MP4 a player can read (ISO base media, MP4 v1/v2, AVC, DASH, Sony, Apple M4V). */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9', 'mp41', 'mp42', 'avc1', 'dash', 'MSNV', 'M4V ', 'M4VH', 'M4VP', 'mmp4', 'f4v ', 'F4V ']);

/**
 * ISO-BMFF (MP4 family): decided by the major brand, then compatible brands.
 * A file that names no brand we know (a Canon CR3 is "crx ") is not a
 * supported type: refused as such, not taken for an MP4 and then found damaged.
 */
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
  // ffprobe tells an audio-only MP4 from a video later.
  if (brands.some((x) => MP4_BRANDS.has(x))) return { mime: 'video/mp4', kind: 'video', isSvg: false };
  return UNKNOWN;
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
