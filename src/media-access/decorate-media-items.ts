import type { Core } from '@strapi/strapi';
import { isVisibleTo, type ConsentRecord } from '../access/levels';
import type { Renditions } from '../media/renditions';
import { derivativePath } from './keys';
import { mediaLinks } from './media-urls';
import { mediaUrlSecret, signPath } from './signing';
import { uidOf } from '../content-model';
import { manifestPath } from '../iiif/paths';
import { signedManifestPath } from '../iiif/signing';

interface Entry {
  documentId: string;
  media?: unknown;
  iiif?: unknown;
}

/**
 * Adds `media` (the renditions as URLs) and `iiif` (the manifest's URL) to
 * media items in a REST response.
 * Items the public may see get plain URLs; others, which only reach this
 * point for a caller allowed to see them, get short-lived signed URLs.
 */
export async function decorateMediaItems(strapi: Core.Strapi, entries: Entry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = (await strapi.db.query(uidOf('media-item')).findMany({
    where: { documentId: { $in: entries.map((entry) => entry.documentId) }, publishedAt: { $notNull: true } },
    select: ['documentId', 'renditions', 'accessLevel'],
    populate: { consent: true },
  })) as Array<{ documentId: string; renditions: Renditions | null; accessLevel: string; consent?: ConsentRecord | null }>;
  const byId = new Map(rows.map((row) => [row.documentId, row]));
  const secret = mediaUrlSecret();
  for (const entry of entries) {
    const row = byId.get(entry.documentId);
    if (!row?.renditions) {
      entry.media = [];
      continue;
    }
    const isPublic = isVisibleTo({ record: row, audience: 'public' });
    const urlOf = (key: string) => (isPublic ? derivativePath(key) : signPath({ secret, path: derivativePath(key), ttlSeconds: 15 * 60 }));
    entry.media = mediaLinks({ renditions: row.renditions, urlOf });
    // The item's IIIF manifest (src/iiif): signed like its files when it is not public.
    entry.iiif = { manifest: isPublic ? manifestPath(entry.documentId) : signedManifestPath({ secret, documentId: entry.documentId }) };
  }
}
