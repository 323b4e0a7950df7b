import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { PROCESS_MEDIA_JOB } from './jobs';
import { setProcessing } from './pipeline';
import { processingState, type Processing } from '../renditions';
import { uidOf } from '../../content-model';

const UID = uidOf('media-item');

/** Media items whose last processing failed. */
export async function failedMediaItems(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db.query(UID).findMany({ where: { publishedAt: null }, select: ['documentId', 'processing'] })) as Array<{
    documentId: string;
    processing: Processing | null;
  }>;
  return [...new Set(rows.filter((row) => row.processing?.state === 'failed').map((row) => row.documentId))];
}

/** Queue media items for processing again, even if their files did not change. Returns the job ids. */
export async function reprocessMediaItems(strapi: Core.Strapi, documentIds: string[]): Promise<string[]> {
  const jobIds: string[] = [];
  for (const documentId of documentIds) {
    const exists = await strapi.db.query(UID).count({ where: { documentId } });
    if (!exists) throw new Error(`There is no media item ${documentId}.`);
    await setProcessing(strapi, documentId, processingState('queued', 0));
    jobIds.push(await archive(strapi).queue.enqueue(PROCESS_MEDIA_JOB, { documentId, force: true }));
  }
  return jobIds;
}
