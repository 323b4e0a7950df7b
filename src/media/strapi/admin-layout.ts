import type { Core } from '@strapi/strapi';
import { MEDIA_PIPELINE_FIELDS, uidOf } from '../../content-model';

const UID = uidOf('media-item');
const MARKER = { type: 'core', name: 'di-san', key: 'media-item-admin-layout' } as const;

/**
 * Show officers each item's processing status and percentage in the list
 * view, and make the fields the pipeline writes read-only in the edit view.
 * Applied once; an admin may rearrange the views afterwards.
 */
export async function configureMediaItemAdmin(strapi: Core.Strapi): Promise<void> {
  if (await strapi.store.get(MARKER)) return;
  const service = strapi.plugin('content-manager').service('content-types');
  const contentType = strapi.contentType(UID);
  const configuration = await service.findConfiguration(contentType);
  const metadatas = { ...configuration.metadatas };
  for (const field of MEDIA_PIPELINE_FIELDS) {
    if (!metadatas[field]) continue;
    metadatas[field] = { ...metadatas[field], edit: { ...metadatas[field].edit, editable: false } };
  }
  if (metadatas.processingStatus) {
    metadatas.processingStatus = {
      ...metadatas.processingStatus,
      list: { ...metadatas.processingStatus.list, label: 'Xử lý / Processing', sortable: true },
      edit: { ...metadatas.processingStatus.edit, label: 'Xử lý / Processing', description: 'đang chờ · đang xử lý N% · xong · lỗi: lý do / queued · processing N% · ready · failed: reason' },
    };
  }
  await service.updateConfiguration(contentType, {
    settings: configuration.settings,
    metadatas,
    layouts: { ...configuration.layouts, list: ['id', 'title', 'kind', 'accessLevel', 'processingStatus'] },
  });
  await strapi.store.set({ ...MARKER, value: true });
}
