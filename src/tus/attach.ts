/**
 * Attaching a finished upload to a media item's draft: as one of its files,
 * or (with a caption tag) as a caption track. The write goes through the
 * document service, so write checks run and the media pipeline is queued.
 */
import type { Core } from '@strapi/strapi';
import { uidOf } from '../content-model';

const UID = uidOf('media-item');

interface DraftRow {
  locale: string | null;
}

/** The locale of one of the item's drafts, or null when the item has no draft. */
export async function findMediaItemDraft(strapi: Core.Strapi, documentId: string): Promise<DraftRow | null> {
  const row = (await strapi.db.query(UID).findOne({ where: { documentId, publishedAt: null }, select: ['locale'] })) as DraftRow | null;
  return row ?? null;
}

export async function attachToMediaItem({ strapi, documentId, fileId, captionTag }: {
  strapi: Core.Strapi;
  documentId: string;
  fileId: number;
  /** When set, the file is a caption track in this language, not a media file. */
  captionTag?: string;
}): Promise<void> {
  const draft = await findMediaItemDraft(strapi, documentId);
  if (!draft) throw new Error(`Media item ${documentId} has no draft to attach the file to.`);
  const locale = draft.locale ?? undefined;
  const documents = strapi.documents(UID);
  const item = (await documents.findOne({
    documentId,
    locale,
    status: 'draft',
    populate: { files: { fields: ['id'] }, captions: { populate: { file: { fields: ['id'] } } } },
  })) as unknown as {
    files?: Array<{ id: number }> | null;
    captions?: Array<{ tag: string; kind: string; file?: { id: number } | null }> | null;
  } | null;
  if (!item) throw new Error(`Media item ${documentId} has no draft to attach the file to.`);
  // Files and captions are not localized: updating one locale's draft updates them for all.
  const data = captionTag
    ? {
        captions: [
          ...(item.captions ?? []).map(({ tag, kind, file }) => ({ tag, kind, file: file?.id ?? null })),
          { tag: captionTag, kind: 'captions', file: fileId },
        ],
      }
    : { files: [...(item.files ?? []).map((file) => file.id), fileId] };
  // Components given with file ids, as the document service takes them; its input type wants full file objects.
  await documents.update({ documentId, locale, status: 'draft', data } as never);
}
