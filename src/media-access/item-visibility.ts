import type { Core } from '@strapi/strapi';
import { type Audience, isVisibleTo } from '../access/levels';

const UID = 'api::media-item.media-item';

/** Whether an audience may see this media item's files right now (published, level, consent). */
export async function canSeeMediaItem(strapi: Core.Strapi, documentId: string, audience: Audience): Promise<boolean> {
  const published = await strapi.db.query(UID).findMany({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['accessLevel'],
    populate: { consent: true },
    limit: 1,
  });
  const record = published[0] as { accessLevel?: string; consent?: { scope?: string; expiresOn?: string } | null } | undefined;
  return Boolean(record && isVisibleTo({ record, audience }));
}
