import type { Core } from '@strapi/strapi';
import { isVisibleTo, type ConsentRecord } from '../../../access/levels';
import { uidOf } from '../../../content-model';
import { appendAudit } from './append';
import { inBackground } from './background';

interface ItemRow {
  documentId: string;
  accessLevel?: string;
  publishedAt?: string | null;
  consent?: ConsentRecord | null;
}

/**
 * Logs `file.download-restricted` when the original of a media item the
 * public may not see is served (originals travel by signed link only, so the
 * request itself names no account: the entry keeps the address, the file and
 * the item). Originals of public items, and files of no media item (admin
 * thumbnails), are not logged. Runs after the response is under way and never
 * fails it.
 */
export function auditOriginalDownload(strapi: Core.Strapi, { url, ip }: { url: string; ip: string | null }): void {
  inBackground(strapi, 'file.download-restricted', async () => {
    const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { url }, select: ['id', 'name'] })) as { id: number; name: string } | null;
    if (!file) return;
    const rows = (await strapi.db.query(uidOf('media-item')).findMany({
      where: { files: { id: file.id } },
      select: ['documentId', 'accessLevel', 'publishedAt'],
      populate: { consent: true },
    })) as ItemRow[];
    // The published version decides who may see an item; a never-published draft is restricted by nature.
    const item = rows.find((row) => row.publishedAt) ?? rows[0];
    if (!item || (item.publishedAt && isVisibleTo({ record: item, audience: 'public' }))) return;
    await appendAudit(strapi, {
      action: 'file.download-restricted',
      ip,
      target: `media-item:${item.documentId}`,
      details: { fileId: file.id, fileName: file.name, accessLevel: item.accessLevel ?? null, published: Boolean(item.publishedAt) },
    });
  });
}
