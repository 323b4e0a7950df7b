/**
 * A media item has versions: a draft row and, once published, a published
 * row, in each locale. What the pipeline makes belongs to the versions it
 * was made from, never to the whole document: an officer's unpublished new
 * file must not replace what the public sees. A run is recorded on every
 * row whose inputs (files, captions, public or not) are the run's inputs,
 * so a draft's run reaches the published row only through a curator's
 * publish (which copies the draft row), or when both already hold the same
 * files (a reprocess, or a publish while the run was going on).
 */
import type { Core } from '@strapi/strapi';
import { isVisibleTo, type ConsentRecord } from '../../access/levels';
import type { Processing, Renditions } from '../renditions';
import { uidOf } from '../../content-model';

export const MEDIA_ITEM_UID = uidOf('media-item');

export interface UploadFile {
  id: number;
  name: string;
  hash: string;
  ext: string;
  mime: string;
  size: number;
}

export interface MediaVersion {
  id: number;
  documentId: string;
  locale?: string | null;
  publishedAt?: string | Date | null;
  renditions?: Renditions | null;
  processing?: Processing | null;
  /** The run being written, before it is recorded: its objects must not be pruned. */
  pendingRun?: string | null;
  accessLevel: string;
  consent?: ConsentRecord | null;
  files?: UploadFile[] | null;
  captions?: Array<{ tag: string; kind: string; file?: UploadFile | null }> | null;
}

/** What a run is made from. The string format is stored in `renditions.inputs`: keep it stable. */
export function renditionInputs(version: Pick<MediaVersion, 'files' | 'captions' | 'accessLevel' | 'consent'>): string {
  // Derivatives of items the public may not see carry no AVIF extras. Asked of every version as if
  // published (a draft's run is made for when a curator publishes it), so draft and published rows agree.
  const isPublic = isVisibleTo({ record: { accessLevel: version.accessLevel, consent: version.consent }, audience: 'public' });
  return JSON.stringify({
    files: (version.files ?? []).map((file) => file.id),
    captions: (version.captions ?? []).map((caption) => [caption.tag, caption.kind, caption.file?.id ?? null]),
    isPublic,
  });
}

/** Every row of the document: each locale, draft and published. */
export async function loadVersions(strapi: Core.Strapi, documentId: string): Promise<MediaVersion[]> {
  return (await strapi.db.query(MEDIA_ITEM_UID).findMany({
    where: { documentId },
    populate: { files: true, consent: true, captions: { populate: { file: true } } },
    orderBy: { id: 'asc' },
  })) as MediaVersion[];
}

/** The draft the pipeline works from (non-localized fields are the same in every locale). */
export const draftOf = (versions: MediaVersion[]): MediaVersion | undefined => versions.find((version) => !version.publishedAt);

/** Writes system fields on the rows made from `inputs`; rows with other files keep theirs. */
export async function recordOnVersions(
  strapi: Core.Strapi,
  { documentId, inputs, data }: { documentId: string; inputs: string; data: Record<string, unknown> },
): Promise<void> {
  // Re-read: a curator may have published (new row ids) since the run began.
  const ids = (await loadVersions(strapi, documentId)).filter((version) => renditionInputs(version) === inputs).map((version) => version.id);
  if (ids.length) await strapi.db.query(MEDIA_ITEM_UID).updateMany({ where: { id: { $in: ids } }, data });
}

/** Every run some version still refers to, or is writing. */
export function referencedRuns(versions: MediaVersion[]): Set<string> {
  const runs = new Set<string>();
  for (const version of versions) {
    if (version.renditions?.run) runs.add(version.renditions.run);
    if (version.pendingRun) runs.add(version.pendingRun);
  }
  return runs;
}
