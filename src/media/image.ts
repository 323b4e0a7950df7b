/**
 * Carries out an image plan (image-plan.ts) with sharp. The only file that
 * encodes still images.
 *
 * - The source is decoded ONCE, auto-oriented (sharp 0.35 `autoOrient`, what
 *   `.rotate()` without arguments does) and converted to sRGB, into a
 *   raw buffer at the widest planned size; every output is resized from that
 *   buffer. Raw pixels carry no metadata, so EXIF (GPS of sacred sites
 *   included), XMP, IPTC and ICC never reach an output. Pixels are already
 *   sRGB (an embedded P3/Adobe RGB/CMYK profile is applied during decode), and
 *   browsers treat untagged images as sRGB.
 * - Threads: we leave sharp.concurrency() alone. On glibc without
 *   MALLOC_ARENA_MAX sharp gives each image 1 libvips thread to limit malloc
 *   arena fragmentation; instead the outputs of one image encode in parallel
 *   on libuv's pool (4 threads), which kept both cores busy in our benchmark
 *   (5 outputs of a 24 MP JPEG: 545 ms wall vs 658 ms one after another;
 *   concurrency 2 gave 484 ms at +40 MiB RSS). Encoders set their own threads
 *   anyway (libaom uses 4). A dedicated worker process may set
 *   MALLOC_ARENA_MAX=2 in its environment: RSS dropped from ~220 to ~150 MiB.
 *   Changing the global here would also affect @strapi/upload in the server.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import type { ImageRole, PlannedImage } from './image-plan';
import type { ProgressListener } from './types';

/**
 * 100 MP: above any phone (48–108 MP sensors bin to 12–24 MP) and most
 * scanned documents, well below the ~2.7 GB a 30000x30000 RGB decode needs.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** The header declares more pixels than we agree to decode. Nothing was decoded or written. */
export class ImageTooLargeError extends Error {
  readonly code = 'IMAGE_TOO_LARGE';
  constructor(
    readonly width: number,
    readonly height: number,
    readonly limitPixels: number,
  ) {
    super(
      `Image is ${width}x${height} (${(width * height / 1e6).toFixed(0)} MP); the limit is ${limitPixels / 1e6} MP. ` +
        'Upload a smaller version (e.g. export at 24 MP).',
    );
    this.name = 'ImageTooLargeError';
  }
}

/** Not an image sharp can read (wrong format, truncated, corrupt). */
export class UnreadableImageError extends Error {
  readonly code = 'IMAGE_UNREADABLE';
  constructor(reason: string) {
    super(`Image cannot be read: ${reason}`);
    this.name = 'UnreadableImageError';
  }
}

export interface ImageProbe {
  /** Decoder name from the header: jpeg, png, webp, heif, tiff, gif… */
  format: string;
  /** Size as displayed, i.e. after EXIF orientation. Plan with these. */
  width: number;
  height: number;
  hasAlpha: boolean;
}

export interface DerivedImage {
  /** Relative to outputDir, e.g. "w640.webp". */
  path: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  role: ImageRole;
}

export interface DerivedImages {
  manifest: DerivedImage[];
  /** ThumbHash bytes, base64 (~25–35 chars): decode client- or server-side into a blurred preview. */
  thumbhash: string;
  /** "#rrggbb", the most common colour: a background while anything loads. */
  dominantColor: string;
}

const CONTENT_TYPES: Record<PlannedImage['format'], string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpeg: 'image/jpeg',
};

/** ThumbHash accepts at most 100x100 input. */
const THUMBHASH_MAX_SIDE = 100;

/** Reads the header only (no pixel decode) and enforces the pixel limit. */
export async function probeImage({
  input,
  maxInputPixels = MAX_INPUT_PIXELS,
}: {
  input: string;
  maxInputPixels?: number;
}): Promise<ImageProbe> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new UnreadableImageError(errorMessage(error));
  }
  if (!meta.width || !meta.height) throw new UnreadableImageError('the header has no size');
  if (meta.width * meta.height > maxInputPixels) {
    throw new ImageTooLargeError(meta.width, meta.height, maxInputPixels);
  }
  return {
    format: meta.format,
    width: meta.autoOrient.width,
    height: meta.autoOrient.height,
    hasAlpha: meta.hasAlpha,
  };
}

export async function deriveImages({
  input,
  outputDir,
  plan,
  onProgress,
  maxInputPixels = MAX_INPUT_PIXELS,
}: {
  /** Path of the uploaded original; it is never modified. */
  input: string;
  outputDir: string;
  plan: PlannedImage[];
  onProgress?: ProgressListener;
  maxInputPixels?: number;
}): Promise<DerivedImages> {
  const probe = await probeImage({ input, maxInputPixels });
  const widest = checkPlanFits({ plan, probe });
  // Steps: decode, each output, placeholder hash.
  const total = plan.length + 2;
  let done = 0;
  const step = () => onProgress?.(Math.round((++done / total) * 100));

  const base = await decodeOnce({ input, width: widest.width, height: widest.height, maxInputPixels });
  step();
  await mkdir(outputDir, { recursive: true });

  const results = await Promise.allSettled(
    plan.map(async (item): Promise<DerivedImage> => {
      const info = await encode(fromBase(base).resize(item.width, item.height, { fit: 'fill' }), item).toFile(
        path.join(outputDir, item.fileName),
      );
      step();
      return {
        path: item.fileName,
        contentType: CONTENT_TYPES[item.format],
        width: info.width,
        height: info.height,
        bytes: info.size,
        role: item.role,
      };
    }),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // Settled first, so no encoder is still writing when we clean up.
    await Promise.all(plan.map((item) => rm(path.join(outputDir, item.fileName), { force: true })));
    throw failed.reason;
  }
  const manifest = results.map((r) => (r as PromiseFulfilledResult<DerivedImage>).value);
  const placeholder = await hashPlaceholder(base);
  step();
  return { manifest, ...placeholder };
}

interface RawImage {
  data: Buffer;
  info: OutputInfo;
}

/** Returns the widest planned output; throws if the plan would upscale or distort this source. */
function checkPlanFits({ plan, probe }: { plan: PlannedImage[]; probe: ImageProbe }): PlannedImage {
  if (plan.length === 0) throw new Error('Image plan is empty');
  const widest = plan.reduce((a, b) => (b.width > a.width ? b : a));
  const aspectDrift = Math.abs(widest.width / widest.height - probe.width / probe.height) / (probe.width / probe.height);
  // 2% covers rounding of small rungs (e.g. 320x213 vs 3:2) but catches a plan made for the unrotated size.
  if (widest.width > probe.width || widest.height > probe.height || aspectDrift > 0.02) {
    throw new Error(
      `Image plan (${widest.width}x${widest.height}) does not fit the source (${probe.width}x${probe.height}); ` +
        'plan from probeImage() sizes, which are after EXIF orientation',
    );
  }
  return widest;
}

async function decodeOnce(args: { input: string; width: number; height: number; maxInputPixels: number }): Promise<RawImage> {
  try {
    return await sharp(args.input, { limitInputPixels: args.maxInputPixels, autoOrient: true })
      .resize(args.width, args.height, { fit: 'fill' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UnreadableImageError(errorMessage(error));
  }
}

function fromBase(base: RawImage): Sharp {
  const { width, height, channels } = base.info;
  return sharp(base.data, { raw: { width, height, channels } });
}

function encode(pipeline: Sharp, item: PlannedImage): Sharp {
  switch (item.format) {
    case 'webp':
      return pipeline.webp({ quality: item.quality, effort: item.effort });
    case 'avif':
      return pipeline.avif({ quality: item.quality, effort: item.effort });
    case 'jpeg':
      // JPEG has no alpha; white matches the public site's page background.
      return pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: item.quality, mozjpeg: true });
  }
}

async function hashPlaceholder(base: RawImage): Promise<Omit<DerivedImages, 'manifest'>> {
  const small = await fromBase(base)
    .resize(THUMBHASH_MAX_SIDE, THUMBHASH_MAX_SIDE, { fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const hash = rgbaToThumbHash(small.info.width, small.info.height, small.data);
  const { dominant } = await sharp(small.data, {
    raw: { width: small.info.width, height: small.info.height, channels: 4 },
  }).stats();
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return {
    thumbhash: Buffer.from(hash).toString('base64'),
    dominantColor: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** IIIF tiles: 512 px squares, what OpenSeadragon and Mirador fetch well on 3G (4 tiles fill a phone screen). */
export const TILE_SIZE = 512;
/** Folder of the tiles inside outputDir; info.json is at its root. */
export const TILES_FOLDER = 'iiif';

export interface DerivedTile {
  /** Relative to outputDir, e.g. "iiif/info.json", "iiif/0,0,512,512/512,512/0/default.jpg". */
  path: string;
  contentType: string;
  role: 'iiif-info' | 'iiif-tile';
  width?: number;
  height?: number;
}

/**
 * Static IIIF Image API 3 level 0 tiles of the whole image at full resolution
 * (sharp's `tile({ layout: 'iiif3' })`), so a viewer can deep-zoom into a
 * brocade's weave that the 1920 px renditions cannot show. Auto-oriented and
 * sRGB like the renditions, JPEG (every viewer reads it) with no metadata.
 * info.json's `id` is a placeholder: the served URL depends on the origin
 * and on signing, so the server rewrites it per request.
 */
export async function deriveTiles({
  input,
  outputDir,
  maxInputPixels = MAX_INPUT_PIXELS,
}: {
  input: string;
  outputDir: string;
  maxInputPixels?: number;
}): Promise<DerivedTile[]> {
  const target = path.join(outputDir, TILES_FOLDER);
  let info: OutputInfo;
  try {
    info = await sharp(input, { limitInputPixels: maxInputPixels, autoOrient: true })
      .toColourspace('srgb')
      .flatten({ background: '#ffffff' })
      // Plain libjpeg, not mozjpeg: on a 24 MP photo (130 tiles) mozjpeg took 8.9 CPU-s against 1.3 for
      // files 17% smaller. Tiles are fetched a few at a time by the few who zoom; every photo pays the encode.
      .jpeg({ quality: 80 })
      .tile({ layout: 'iiif3', size: TILE_SIZE, id: 'https://tiles.invalid' })
      .toFile(`${target}.dz`);
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw new UnreadableImageError(errorMessage(error));
  } finally {
    // libvips writes the decoder's header fields (EXIF among them) beside the tiles: never keep it.
    await rm(path.join(outputDir, 'vips-properties.xml'), { force: true });
  }
  const files = (await readdir(target, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return files.map((entry) => {
    const relative = path.relative(outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    return relative === `${TILES_FOLDER}/info.json`
      ? { path: relative, contentType: 'application/json', role: 'iiif-info', width: info.width, height: info.height }
      : { path: relative, contentType: 'image/jpeg', role: 'iiif-tile' };
  });
}
