/**
 * The level 0 image service: info.json and the static tiles a run stored
 * below it (src/media/image.ts deriveTiles). Decided from the PUBLISHED
 * version only, like /media/d/: the file must belong to its run, and the
 * item must be visible to the audience (the public, or a researcher's signed
 * link). info.json's `id` is written per
 * request, because it depends on the origin the caller came through.
 */
import type { Core } from '@strapi/strapi';
import { isVisibleTo, type Audience } from '../../access/levels';
import { publishedMediaItem } from '../../media-access/item-visibility';
import type { StoredOutput } from '../../media/renditions';

/** What a tile path below the service may look like: region/size/rotation/quality.format, as sharp writes them. */
const TILE_PATH = /^(full|\d+,\d+,\d+,\d+)\/(max|\d+,\d*|\d*,\d+)\/0\/default\.jpg$/;

export interface ServiceFile {
  /** Storage key of the file to send. */
  key: string;
  isInfo: boolean;
}

/**
 * The stored key for a request below /iiif/image/<documentId>/<fileId>/, or
 * null (answered 404) when the item is not this audience's to see: `public`,
 * or `researcher` behind a valid signed service path.
 */
export async function imageServiceFile(
  strapi: Core.Strapi,
  { documentId, fileId, rest, audience }: { documentId: string; fileId: string; rest: string; audience: Audience },
): Promise<ServiceFile | null> {
  const isInfo = rest === 'info.json';
  if (!isInfo && !TILE_PATH.test(rest)) return null;
  const item = await publishedMediaItem(strapi, documentId);
  if (!item?.renditions || !isVisibleTo({ record: item, audience })) return null;
  const file = item.renditions.files.find((candidate) => String(candidate.fileId) === fileId);
  const info = file?.outputs.find((output: StoredOutput) => output.role === 'iiif-info');
  if (!info) return null;
  const folder = info.key.slice(0, -'info.json'.length);
  return { key: isInfo ? info.key : folder + rest, isInfo };
}
