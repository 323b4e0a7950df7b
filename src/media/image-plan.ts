/**
 * Decides which derivatives a still image gets. Pure and table-tested; the
 * executor (image.ts) only carries the plan out.
 *
 * Numbers behind the choices were measured with sharp 0.35 / libvips 8.18 on
 * a 2-core box, from one 24 MP JPEG decoded once to 1920 px (CPU ms per file):
 *
 *   width   WebP q75        AVIF q50 effort 2   AVIF q50 effort 4   JPEG q80 mozjpeg
 *   320     10–16 ms 9.3 K  50–56 ms  8.2 K     420–460 ms 8.6 K
 *   640     29 ms   21.9 K  140–165 ms 21.2 K   1400 ms   20.4 K
 *   1280    105 ms  78.9 K  480–590 ms 73.5 K   4900 ms   67.8 K    95 ms 126 K
 *   1920    225 ms 214 K    1000 ms  190 K      10900 ms 183 K
 *
 * The whole WebP ladder + JPEG fallback costs ~570 CPU-ms per 24 MP upload.
 */

export type ImageFormat = 'webp' | 'avif' | 'jpeg';

/** What a derivative is for; the manifest carries it so pages can build srcset. */
export type ImageRole = 'webp' | 'avif' | 'jpeg' | 'placeholder';

export interface PlannedImage {
  role: ImageRole;
  format: ImageFormat;
  /** Output size in pixels, after EXIF orientation. */
  width: number;
  height: number;
  /** Encoder quality, 1–100. */
  quality: number;
  /** Encoder CPU effort (WebP 0–6, AVIF 0–9); absent for JPEG. */
  effort?: number;
  /** Unique within one plan, e.g. "w640.webp". */
  fileName: string;
}

export interface ImagePlanInput {
  /** Source size AFTER applying EXIF orientation (a portrait phone photo is taller than wide). */
  width: number;
  height: number;
  /** Restricted/sacred items are seen by a few officers only. */
  isPublic: boolean;
}

/** srcset widths in CSS-independent device pixels. */
export const WEBP_WIDTHS = [320, 640, 1280, 1920] as const;

/**
 * No derivative's long side exceeds this: a portrait 3000x4000 tops out at
 * 1440x1920 rather than 1920x2560, which no screen shows whole.
 */
export const MAX_LONG_SIDE = 1920;

/**
 * A source width between two rungs becomes the top size only when it is at
 * least 20% wider than the rung below. Otherwise (e.g. 700 px over 640) the
 * extra file would give < 20% more linear resolution for another encode,
 * another stored object and another srcset entry; 640 serves it.
 */
export const TOP_SIZE_MIN_GAIN = 1.2;

/**
 * q75 is the knee of the measured curve: vs sharp's default q80 it is 18%
 * (640) to 32% (1280) smaller for −0.6 to −0.9 dB luma PSNR, while q70 saves
 * only another 3–12% and starts smearing fine textile patterns.
 */
export const WEBP_QUALITY = 75;
export const WEBP_EFFORT = 4;

/**
 * AVIF: only for public items and only up to 640 px wide, at effort 2.
 * - At equal luma PSNR, AVIF was 12–19% smaller than WebP q75 at 320/640 and
 *   ~22% at 1280: worth it for the list/grid thumbnails that 3G visitors load
 *   by the dozen.
 * - Effort 2 was 8–10x faster than the default effort 4 for files 0–8%
 *   larger. 320+640 at effort 2 add ~190 CPU-ms per upload (+33%), whereas
 *   1280+1920 would add ~1.5 s (3.7x the rest of the set) for images that are
 *   opened one at a time. Raise AVIF_MAX_WIDTH to 1280 if CPU allows.
 * - q50 (sharp's default) matched WebP q75 PSNR at 320 and beat it at 640;
 *   lower qualities blur textile detail first.
 * - Restricted items have a handful of officer viewers: no bytes to save.
 */
export const AVIF_MAX_WIDTH = 640;
export const AVIF_QUALITY = 50;
export const AVIF_EFFORT = 2;

/**
 * One JPEG for clients without WebP and for og:image link previews
 * (Facebook/Zalo want >= 1200 px wide for large cards). mozjpeg q80 matched
 * WebP q75's PSNR and was 20% smaller than plain libjpeg q80; it is also
 * progressive, so a 3G visitor sees a coarse picture early.
 */
export const JPEG_MAX_WIDTH = 1280;
export const JPEG_QUALITY = 80;

/** A ~32 px WebP (a few hundred bytes) that no-JS pages can inline as a blurred background. */
export const PLACEHOLDER_LONG_SIDE = 32;
export const PLACEHOLDER_QUALITY = 50;

/**
 * No derivative's short side is under this (unless the source's own short
 * side is smaller: then that, at the source's size). Below ~32 px a strip is
 * no longer a picture anyone can read, and rounding a 1920-wide rung to a
 * few pixels high would distort it by more than 2 %. Sources longer than
 * MAX_LONG_SIDE / MIN_SHORT_SIDE = 60:1 therefore get no ladder.
 */
export const MIN_SHORT_SIDE = 32;

/** Placeholders are blurred anyway; this only keeps them from being a 1 px line. */
export const PLACEHOLDER_MIN_SHORT_SIDE = 4;

export class InvalidImageSizeError extends Error {
  constructor(width: number, height: number) {
    super(`Image size must be positive whole pixels, got ${width}x${height}`);
    this.name = 'InvalidImageSizeError';
  }
}

/** The image is too long and thin for any derivative to be readable; retrying cannot change that. */
export class ImageShapeError extends Error {
  readonly code = 'IMAGE_SHAPE';
  constructor(width: number, height: number) {
    const ratio = Math.round(Math.max(width, height) / Math.min(width, height));
    super(
      `The image is ${width}x${height} px (about ${ratio}:1), too long and thin to show: scaled to at most ${MAX_LONG_SIDE} px ` +
        `its short side would be under ${Math.min(MIN_SHORT_SIDE, width, height)} px. ` +
        `Crop it, or split it into parts no longer than ${MAX_LONG_SIDE / MIN_SHORT_SIDE}:1.`,
    );
    this.name = 'ImageShapeError';
  }
}

/** Height for a given width, keeping the aspect ratio; never below 1 px. */
function heightFor({ width, source }: { width: number; source: ImagePlanInput }): number {
  return Math.max(1, Math.round((source.height * width) / source.width));
}

/**
 * The widths of the WebP ladder for this source, smallest first. Widths
 * whose short side would fall under MIN_SHORT_SIDE are left out; empty when
 * none is left (see ImageShapeError).
 */
export function planWidths({ width, height }: { width: number; height: number }): number[] {
  // Widest allowed output: the source itself, or narrower when the long side would pass the cap.
  const longSide = Math.max(width, height);
  const widest = longSide > MAX_LONG_SIDE ? Math.floor((width * MAX_LONG_SIDE) / longSide) : width;
  const widths: number[] = WEBP_WIDTHS.filter((rung) => rung <= widest);
  const below = widths.at(-1);
  if (below === undefined || widest >= below * TOP_SIZE_MIN_GAIN) {
    widths.push(widest);
  }
  const minShortSide = Math.min(MIN_SHORT_SIDE, width, height);
  return widths.filter((w) => w >= 1 && Math.min(w, (height * w) / width) >= minShortSide);
}

export function planImageDerivatives(source: ImagePlanInput): PlannedImage[] {
  const { width, height, isPublic } = source;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new InvalidImageSizeError(width, height);
  }
  const sized = (w: number) => ({ width: w, height: heightFor({ width: w, source }) });
  const widths = planWidths({ width, height });
  if (widths.length === 0) throw new ImageShapeError(width, height);

  const webp: PlannedImage[] = widths.map((w) => ({
    role: 'webp',
    format: 'webp',
    ...sized(w),
    quality: WEBP_QUALITY,
    effort: WEBP_EFFORT,
    fileName: `w${w}.webp`,
  }));

  const avif: PlannedImage[] = isPublic
    ? widths
        .filter((w) => w <= AVIF_MAX_WIDTH)
        .map((w) => ({
          role: 'avif',
          format: 'avif',
          ...sized(w),
          quality: AVIF_QUALITY,
          effort: AVIF_EFFORT,
          fileName: `w${w}.avif`,
        }))
    : [];

  // Widest ladder width that fits under the JPEG cap (the ladder always has one: 320 or the source).
  const jpegWidth = widths.filter((w) => w <= JPEG_MAX_WIDTH).at(-1) ?? widths[0];
  const jpeg: PlannedImage = {
    role: 'jpeg',
    format: 'jpeg',
    ...sized(jpegWidth),
    quality: JPEG_QUALITY,
    fileName: `w${jpegWidth}.jpg`,
  };

  // Long side ~32 px, but a panorama's short side stays at least a few pixels.
  const minPlaceholderSide = Math.min(PLACEHOLDER_MIN_SHORT_SIDE, width, height);
  const scale = Math.min(1, Math.max(PLACEHOLDER_LONG_SIDE / Math.max(width, height), minPlaceholderSide / Math.min(width, height)));
  const placeholder: PlannedImage = {
    role: 'placeholder',
    format: 'webp',
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    quality: PLACEHOLDER_QUALITY,
    effort: WEBP_EFFORT,
    fileName: 'placeholder.webp',
  };

  return [...webp, ...avif, jpeg, placeholder];
}
