/**
 * A finished tus upload becomes a media-library file: screened like an /upload
 * (Strapi's MIME allow/deny lists), stored through the upload plugin (so the
 * archive's provider keeps the original privately in the object store),
 * optionally attached to a media item, and its partial data deleted.
 */
import { stat } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Upload } from '@tus/server';
import { safeFileName } from '../media/sniff';
import { attachToMediaItem } from './attach';
import type { Uploader } from './auth';
import { TusHttpError } from './messages';
import { loadStrapiInternals } from './strapi-internals';
import type { TusStorage } from './storage';

export interface FinishedUpload {
  fileId: number;
  /** The media item the file was attached to, when asked and it worked. */
  attachedTo?: string;
}

export async function finishUpload({ strapi, storage, upload, uploader }: {
  strapi: Core.Strapi;
  storage: TusStorage;
  upload: Upload;
  uploader?: Uploader;
}): Promise<FinishedUpload> {
  const metadata = upload.metadata ?? {};
  const name = safeFileName(metadata.filename ?? '');
  const file = await storage.openFinished(upload.id);
  try {
    const size = (await stat(file.path)).size;
    const candidate = { filepath: file.path, originalFilename: name, mimetype: metadata.filetype || 'application/octet-stream', size };
    const screened = await loadStrapiInternals().enforceUploadSecurity(candidate, strapi);
    if (screened.errors.length > 0) {
      const details = screened.errors[0].error.details;
      await storage.remove(upload.id); // refused for good: nothing may stay behind
      throw new TusHttpError('type-not-allowed', { type: details?.finalType ?? details?.detectedType ?? candidate.mimetype });
    }
    const [stored] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload(
        {
          data: { fileInfo: { name, caption: metadata.caption || null, alternativeText: metadata.alternativeText || null } },
          files: screened.validFiles[0],
        },
        { user: uploader?.adminUser },
      )) as Array<{ id: number }>;
    // The library owns the bytes now; the partial copy goes before anything else can fail.
    await storage.remove(upload.id);

    const documentId = metadata.mediaItem || undefined;
    if (!documentId) return { fileId: stored.id };
    try {
      await attachToMediaItem({ strapi, documentId, fileId: stored.id, captionTag: metadata.captionTag || undefined });
      return { fileId: stored.id, attachedTo: documentId };
    } catch (error) {
      // The file is safe in the library; an officer can still attach it by hand.
      strapi.log.warn(`tus: file ${stored.id} is in the library but could not be attached to media item ${documentId}: ${(error as Error).message}`);
      return { fileId: stored.id };
    }
  } finally {
    await file.release();
  }
}
