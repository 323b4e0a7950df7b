import type { Core } from '@strapi/strapi';
import type { Renditions } from '../media/renditions';
import { uidOf } from '../content-model';
import type { ConsentRecord } from '../access/levels';

const UID = uidOf('media-item');

export interface PublishedMediaItem {
  accessLevel?: string;
  consent?: ConsentRecord | null;
  renditions: Renditions | null;
}

/**
 * The published version of a media item, as media URLs are decided from it:
 * who may see it (level, consent) and which derivatives are its own. A
 * draft's renditions are never served, whatever the caller knows. Null when
 * nothing is published. Non-localized fields: every locale's row agrees.
 */
export async function publishedMediaItem(strapi: Core.Strapi, documentId: string): Promise<PublishedMediaItem | null> {
  const rows = (await strapi.db.query(UID).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['accessLevel', 'renditions'],
    populate: { consent: true },
    limit: 1,
  })) as PublishedMediaItem[];
  return rows[0] ?? null;
}
