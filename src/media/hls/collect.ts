/**
 * Turns a media playlist ffmpeg wrote into manifest entries and a measured
 * bandwidth for the master playlist.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { fileSize } from '../steps';
import type { MediaOutput } from '../types';
import { parseMediaPlaylist, variantBandwidth } from './media-playlist';

export const HLS_CONTENT_TYPES = {
  playlist: 'application/vnd.apple.mpegurl',
  segment: 'video/mp2t',
};

export async function collectVariant({
  outputDir,
  playlist,
  width,
  height,
}: {
  outputDir: string;
  playlist: string;
  width?: number;
  height?: number;
}): Promise<{ outputs: MediaOutput[]; peak: number; average: number }> {
  const { segments } = parseMediaPlaylist(await readFile(path.join(outputDir, playlist), 'utf8'));
  if (segments.length === 0) throw new Error(`ffmpeg wrote no segments into ${playlist}.`);
  const sized = await Promise.all(
    segments.map(async (segment) => ({ ...segment, bytes: await fileSize(path.join(outputDir, segment.uri)) })),
  );
  const { peak, average } = variantBandwidth(sized);
  const dims = width && height ? { width, height } : {};
  return {
    peak,
    average,
    outputs: [
      { path: playlist, contentType: HLS_CONTENT_TYPES.playlist, role: 'hls-variant', ...dims, bitrate: peak },
      ...sized.map((segment): MediaOutput => ({ path: segment.uri, contentType: HLS_CONTENT_TYPES.segment, role: 'hls-segment' })),
    ],
  };
}
