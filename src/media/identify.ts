/**
 * What did the officer actually upload? Decided by content — magic bytes,
 * then ffprobe or the image header — never by the file name.
 */
import { probeFile } from './ffmpeg';
import { probeImage, type ImageProbe } from './image';
import { isoMediaDamage, readTopLevelBoxes } from './iso-boxes';
import { checkProbe, toSourceInfo } from './probe';
import { checkDeclaredType, sniffFile } from './sniff';
import type { MediaLogger, SourceInfo } from './types';

/** A file the pipeline can never process: retrying will not help, so the item fails with this reason. */
export class RejectedMediaError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RejectedMediaError';
  }
}

export type Identified =
  | { kind: 'video' | 'audio'; mime: string; source: SourceInfo }
  | { kind: 'image'; mime: string; image: ImageProbe }
  | { kind: 'document'; mime: string };

export async function identifyFile({
  path,
  declaredMime,
  fileName,
  size,
  logger,
}: {
  path: string;
  declaredMime?: string | null;
  fileName: string;
  size: number;
  logger?: MediaLogger;
}): Promise<Identified> {
  if (size === 0) throw new RejectedMediaError(`"${fileName}" is empty (0 bytes).`);
  const sniffed = await sniffFile(path);
  if (sniffed.isSvg) throw new RejectedMediaError(`"${fileName}" is an SVG drawing; the archive does not accept SVG files.`);
  const mismatch = checkDeclaredType({ sniffed, declaredMime, fileName });
  if (mismatch) throw new RejectedMediaError(mismatch);
  if (sniffed.kind === 'image') {
    try {
      return { kind: 'image', mime: sniffed.mime, image: await probeImage({ input: path }) };
    } catch (error) {
      throw new RejectedMediaError(error instanceof Error ? error.message : String(error));
    }
  }
  if (sniffed.kind === 'video' || sniffed.kind === 'audio') {
    let source: SourceInfo;
    try {
      source = toSourceInfo(await probeFile(path, { logger }));
    } catch (error) {
      throw new RejectedMediaError((await isoDamage(path, fileName)) ?? `"${fileName}" cannot be read as ${sniffed.kind}: it may be truncated or damaged.`);
    }
    const problem = checkProbe(source);
    // With its index cut, an MP4 can probe as "no streams": say what is wrong with the file instead.
    if (problem) throw new RejectedMediaError((await isoDamage(path, fileName)) ?? problem);
    const kind = source.hasVideo ? 'video' : 'audio';
    return { kind, mime: sniffed.mime, source };
  }
  if (sniffed.kind === 'document') return { kind: 'document', mime: sniffed.mime };
  throw new RejectedMediaError(`"${fileName}" is not a photo, video, sound recording or PDF we can read.`);
}

/** Why an MP4/MOV/3GP/M4A looks truncated or damaged; null for other files and whole ones. */
async function isoDamage(path: string, fileName: string): Promise<string | null> {
  const { boxes, fileSize } = await readTopLevelBoxes(path);
  if (boxes[0]?.type !== 'ftyp') return null;
  return isoMediaDamage({ boxes, fileSize, fileName });
}
