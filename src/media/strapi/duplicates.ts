/**
 * Officers often upload the same recording twice (from two phones, or again
 * after a dropped connection). Exact copies are found by SHA-256; near-copies
 * of photos (resized, recompressed) by perceptual hash. Both only inform: the
 * officer decides, because two shots of one scene can look alike.
 */
import type { Core } from '@strapi/strapi';
import { hammingDistance, NEAR_DUPLICATE_THRESHOLD } from '../dhash';
import { uidOf } from '../../content-model';

const UID = uidOf('media-item');

export interface DuplicateNotice {
  kind: 'same-file' | 'similar-image';
  documentId: string;
  title: string;
  message: string;
}

interface Row {
  documentId: string;
  title: string;
  sha256: string | null;
  perceptualHash: string | null;
}

export async function findDuplicates({
  strapi,
  documentId,
  sha256,
  perceptualHash,
}: {
  strapi: Core.Strapi;
  documentId: string;
  sha256: string;
  perceptualHash?: string | null;
}): Promise<DuplicateNotice[]> {
  const others = async (where: Record<string, unknown>) =>
    (await strapi.db.query(UID).findMany({
      where: { ...where, documentId: { $ne: documentId }, publishedAt: null },
      select: ['documentId', 'title', 'sha256', 'perceptualHash'],
    })) as Row[];
  const notices: DuplicateNotice[] = [];
  const seen = new Set<string>();
  for (const row of await others({ sha256 })) {
    if (seen.has(row.documentId)) continue;
    seen.add(row.documentId);
    notices.push({
      kind: 'same-file',
      documentId: row.documentId,
      title: row.title,
      message: `Tệp này đã có trong hồ sơ "${row.title}" / This file is already in "${row.title}".`,
    });
  }
  if (perceptualHash) {
    for (const row of await others({ perceptualHash: { $notNull: true } })) {
      if (seen.has(row.documentId) || !row.perceptualHash) continue;
      if (hammingDistance(row.perceptualHash, perceptualHash) > NEAR_DUPLICATE_THRESHOLD) continue;
      seen.add(row.documentId);
      notices.push({
        kind: 'similar-image',
        documentId: row.documentId,
        title: row.title,
        message: `Ảnh này rất giống ảnh trong "${row.title}" / This photo looks like the one in "${row.title}".`,
      });
    }
  }
  return notices;
}
