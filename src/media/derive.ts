/** Turns one identified file into its derivatives in a scratch folder. */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { transcodeAudio } from './audio';
import { readImageMetadata } from './exif';
import type { Identified } from './identify';
import { deriveImages, deriveTiles } from './image';
import { planImageDerivatives } from './image-plan';
import { differenceHash } from './dhash';
import type { MediaLogger, ProgressListener } from './types';
import { transcodeVideo } from './video';

export interface Derivative {
  /** Relative to outputDir. */
  path: string;
  contentType: string;
  role: string;
  width?: number;
  height?: number;
  bitrate?: number;
}

export interface Derived {
  outputs: Derivative[];
  placeholder?: { thumbhash: string; dominantColor: string };
  /** Private facts: never leave a non-public item (GPS) or only matter inside the archive. */
  capturedAt?: string | null;
  gps?: { latitude: number; longitude: number; altitude: number | null } | null;
  /** dHash of an image (dhash.ts), for near-duplicate notices. */
  differenceHash?: string;
}

export async function deriveFile({
  input,
  outputDir,
  identified,
  isPublic,
  onProgress,
  signal,
  logger,
}: {
  input: string;
  outputDir: string;
  identified: Identified;
  isPublic: boolean;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  logger?: MediaLogger;
}): Promise<Derived> {
  if (identified.kind === 'video') {
    return { outputs: await transcodeVideo({ input, outputDir, source: identified.source, onProgress, signal, logger }) };
  }
  if (identified.kind === 'audio') {
    return { outputs: await transcodeAudio({ input, outputDir, source: identified.source, onProgress, signal, logger }) };
  }
  if (identified.kind === 'image') {
    const plan = planImageDerivatives({ width: identified.image.width, height: identified.image.height, isPublic });
    const [images, metadata, hash] = await Promise.all([
      deriveImages({ input, outputDir, plan, onProgress }),
      readImageMetadata(input),
      differenceHash(input),
    ]);
    // After the renditions, not beside them: the full-size decode is the biggest one, and two at once would double the peak memory.
    const tiles = await deriveTiles({ input, outputDir });
    return {
      outputs: [...images.manifest.map(({ path, contentType, width, height, role }) => ({ path, contentType, width, height, role })), ...tiles],
      placeholder: { thumbhash: images.thumbhash, dominantColor: images.dominantColor },
      capturedAt: metadata.capturedAt,
      gps: metadata.gps,
      differenceHash: hash,
    };
  }
  // Documents (PDF) are served as they are: the copy lives with the derivatives, so originals stay private.
  await copyFile(input, path.join(outputDir, 'document.pdf'));
  onProgress?.(100);
  return { outputs: [{ path: 'document.pdf', contentType: identified.mime, role: 'document' }] };
}
