/**
 * Reads the few EXIF facts the archive keeps from an ORIGINAL upload. The only
 * import of exifr.
 *
 * GPS read here is for officers only: derivatives never carry it (image.ts
 * decodes to raw pixels), and whoever stores it must keep it out of public
 * APIs and search documents, above all for sacred/restricted items.
 */
import { parse } from 'exifr';

/**
 * EXIF DateTimeOriginal is wall-clock time without a zone. Phones write
 * OffsetTimeOriginal (EXIF 2.31+) but older cameras and many apps do not; our
 * uploads come from Vietnam, so a missing offset is taken as UTC+7 (no DST)
 * and flagged as assumed.
 */
export const ASSUMED_UTC_OFFSET = '+07:00';

export interface ImageGps {
  /** Decimal degrees, WGS 84; south and west are negative. */
  latitude: number;
  longitude: number;
  /** Metres above sea level; negative below it; null when not recorded. */
  altitude: number | null;
}

export interface ImageMetadata {
  /** Capture instant as UTC ISO 8601, e.g. "2024-02-10T01:30:00.000Z". */
  capturedAt: string | null;
  /** The offset used to convert capturedAt, e.g. "+07:00". */
  capturedAtOffset: string | null;
  /** True when the file had no offset and ASSUMED_UTC_OFFSET was used. */
  isCapturedAtOffsetAssumed: boolean;
  gps: ImageGps | null;
  cameraMake: string | null;
  cameraModel: string | null;
  /** EXIF orientation 1–8 (6 = phone held upright, pixels need 90° clockwise). */
  orientation: number | null;
}

const EMPTY: ImageMetadata = {
  capturedAt: null,
  capturedAtOffset: null,
  isCapturedAtOffsetAssumed: false,
  gps: null,
  cameraMake: null,
  cameraModel: null,
  orientation: null,
};

const PICK = [
  'DateTimeOriginal',
  'OffsetTimeOriginal',
  'GPSLatitude',
  'GPSLatitudeRef',
  'GPSLongitude',
  'GPSLongitudeRef',
  'GPSAltitude',
  'GPSAltitudeRef',
  'Make',
  'Model',
  'Orientation',
];

/** Never throws for missing, partial or garbage EXIF (fields become null); only a missing/unreadable file throws. */
export async function readImageMetadata(filePath: string): Promise<ImageMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    // reviveValues: false keeps the date as the raw "YYYY:MM:DD HH:MM:SS"
    // string; exifr would otherwise build a Date in the server's own zone.
    tags = await parse(filePath, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      interop: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      makerNote: false,
      userComment: false,
      translateValues: false,
      reviveValues: false,
      pick: PICK,
    });
  } catch (error) {
    if (isFileSystemError(error)) throw error;
    return { ...EMPTY }; // "Unknown file format" and friends: no EXIF to read.
  }
  if (!tags) return { ...EMPTY };
  return {
    ...captureTime(tags),
    gps: gpsOf(tags),
    cameraMake: cleanText(tags.Make),
    cameraModel: cleanText(tags.Model),
    orientation: typeof tags.Orientation === 'number' && tags.Orientation >= 1 && tags.Orientation <= 8 ? tags.Orientation : null,
  };
}

function captureTime(tags: Record<string, unknown>): Pick<ImageMetadata, 'capturedAt' | 'capturedAtOffset' | 'isCapturedAtOffsetAssumed'> {
  const none = { capturedAt: null, capturedAtOffset: null, isCapturedAtOffsetAssumed: false };
  const raw = typeof tags.DateTimeOriginal === 'string' ? tags.DateTimeOriginal.trim() : '';
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw);
  // Cameras with an unset clock write "0000:00:00 00:00:00".
  if (!match || match[1] === '0000') return none;
  const offsetTag = typeof tags.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal.trim() : '';
  const hasOffset = /^[+-]\d{2}:\d{2}$/.test(offsetTag);
  const offset = hasOffset ? offsetTag : ASSUMED_UTC_OFFSET;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (Number.isNaN(date.getTime())) return none;
  return { capturedAt: date.toISOString(), capturedAtOffset: offset, isCapturedAtOffsetAssumed: !hasOffset };
}

function gpsOf(tags: Record<string, unknown>): ImageGps | null {
  const latitude = degrees(tags.GPSLatitude, tags.GPSLatitudeRef, 'S');
  const longitude = degrees(tags.GPSLongitude, tags.GPSLongitudeRef, 'W');
  if (latitude === null || longitude === null) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // Phones without a fix sometimes write 0/0 ("Null Island"), never a real place for this archive.
  if (latitude === 0 && longitude === 0) return null;
  const altitudeValue = typeof tags.GPSAltitude === 'number' && Number.isFinite(tags.GPSAltitude) ? tags.GPSAltitude : null;
  const isBelowSeaLevel = firstByte(tags.GPSAltitudeRef) === 1;
  return {
    latitude,
    longitude,
    altitude: altitudeValue === null ? null : isBelowSeaLevel ? -altitudeValue : altitudeValue,
  };
}

/** [degrees, minutes, seconds] + hemisphere letter → signed decimal degrees. */
function degrees(value: unknown, ref: unknown, negativeRef: 'S' | 'W'): number | null {
  const parts = Array.isArray(value) ? value : typeof value === 'number' ? [value] : null;
  if (!parts || parts.length === 0 || !parts.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const [deg, min = 0, sec = 0] = parts as number[];
  const abs = deg + min / 60 + sec / 3600;
  return typeof ref === 'string' && ref.trim().toUpperCase() === negativeRef ? -abs : abs;
}

function firstByte(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value instanceof Uint8Array && value.length > 0) return value[0];
  return null;
}

/** Trims padding and NULs some cameras leave in ASCII tags; empty → null. */
function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/\u0000/g, '').trim();
  return text === '' ? null : text;
}

function isFileSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}
