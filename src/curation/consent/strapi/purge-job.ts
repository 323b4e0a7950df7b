/**
 * After a withdrawal: deletes every derivative of the media items under the
 * consent, and their original files unless the consent was archive-only.
 * Each deleted original leaves a tombstone in the audit log (which file,
 * its SHA-256 and size; never its content). Idempotent: a retry finds the
 * deleted files gone and deletes only what is left.
 */
import type { Core } from '@strapi/strapi';
import type { JobServicesOfApp } from '../../../jobs';
import type { JobDefinition } from '../../../queue/contract';
import { DERIVATIVES_PREFIX } from '../../../media-access/keys';
import type { ObjectStore } from '../../../storage/object-store';
import { uidOf } from '../../../content-model';
import { appendAudit } from '../../audit/strapi/append';

export const PURGE_CONSENT_FILES_JOB = 'consent.purge-files';

export interface PurgePayload {
  mediaItems: string[];
  keepOriginals: boolean;
  /** The audit target of the withdrawal, e.g. person:<documentId>. */
  withdrawal: string;
  /** Who recorded the withdrawal: the tombstones name them, not the worker. */
  actor: string;
}

interface FileRow {
  id: number;
  name: string;
  hash: string;
  ext?: string;
  size?: number;
  provider?: string;
  provider_metadata?: { sha256?: string; bytes?: number } | null;
}

interface ItemRow {
  files?: FileRow[] | null;
  captions?: Array<{ file?: FileRow | null }> | null;
}

/** Every uploaded file of an item, on any of its rows: its originals and its caption files. */
async function uploadedFiles(strapi: Core.Strapi, documentId: string): Promise<FileRow[]> {
  const rows = (await strapi.db.query(uidOf('media-item')).findMany({
    where: { documentId },
    populate: { files: true, captions: { populate: { file: true } } },
  })) as ItemRow[];
  const byId = new Map<number, FileRow>();
  for (const row of rows) {
    for (const file of row.files ?? []) byId.set(file.id, file);
    for (const caption of row.captions ?? []) if (caption.file) byId.set(caption.file.id, caption.file);
  }
  return [...byId.values()];
}

async function deleteDerivatives(store: ObjectStore, documentId: string): Promise<number> {
  const keys = await store.list(`${DERIVATIVES_PREFIX}${documentId}/`);
  if (keys.length) await store.delete(keys);
  return keys.length;
}

/** Through Strapi's upload service (storage object and file row); the tombstone commits with the row's deletion. */
async function deleteOriginal(strapi: Core.Strapi, documentId: string, file: FileRow, { withdrawal, actor }: PurgePayload): Promise<void> {
  await strapi.db.transaction(async () => {
    await strapi.plugin('upload').service('upload').remove(file);
    await appendAudit(strapi, {
      action: 'consent.original-deleted',
      target: `media-item:${documentId}`,
      actor,
      ip: null,
      details: {
        withdrawal,
        fileId: file.id,
        name: file.name,
        sha256: file.provider_metadata?.sha256 ?? null,
        // Strapi counts sizes in kilobytes; the intake fixity record has the bytes.
        bytes: file.provider_metadata?.bytes ?? (file.size != null ? Math.round(file.size * 1024) : null),
      },
    });
  });
}

export async function purgeConsentFiles(strapi: Core.Strapi, store: ObjectStore, payload: PurgePayload): Promise<void> {
  for (const documentId of payload.mediaItems) {
    await deleteDerivatives(store, documentId);
    if (payload.keepOriginals) continue;
    for (const file of await uploadedFiles(strapi, documentId)) await deleteOriginal(strapi, documentId, file, payload);
  }
}

export const purgeConsentFilesJob: JobDefinition<PurgePayload, JobServicesOfApp> = {
  name: PURGE_CONSENT_FILES_JOB,
  retries: 5,
  backoffSeconds: 10,
  timeoutSeconds: 10 * 60,
  validate(payload) {
    const input = (payload ?? {}) as Partial<PurgePayload>;
    if (!Array.isArray(input.mediaItems) || !input.mediaItems.every((id) => typeof id === 'string' && id !== '')) {
      throw new Error('mediaItems (documentIds of media items) is required.');
    }
    if (typeof input.withdrawal !== 'string') throw new Error('withdrawal (the audit target) is required.');
    return { mediaItems: input.mediaItems, keepOriginals: input.keepOriginals === true, withdrawal: input.withdrawal, actor: typeof input.actor === 'string' ? input.actor : 'system' };
  },
  async handler(payload, { strapi, storage }) {
    await purgeConsentFiles(strapi, storage, payload);
  },
};
