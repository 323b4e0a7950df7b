import type { Core } from '@strapi/strapi';
import { ffmpegInfo } from '../ffmpeg';
import { mediaLogger } from './logger';

/** Fail at boot, not at the first upload: name the binary in use, or say how to provide one. */
export async function checkMediaTools(strapi: Core.Strapi): Promise<void> {
  const logger = mediaLogger(strapi);
  try {
    const info = await ffmpegInfo({ logger });
    strapi.log.info(`Media: ${info.version} (${info.source}: ${info.ffmpegPath}).`);
  } catch (error) {
    throw new Error(
      `ffmpeg could not be run (${error instanceof Error ? error.message : String(error)}). Install ffmpeg, or set FFMPEG_PATH and FFPROBE_PATH.`,
    );
  }
}
