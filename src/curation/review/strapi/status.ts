import type { Core } from '@strapi/strapi';
import { diffVersions, type AttributeTypes, type FieldChange } from '../diff';
import { effectiveState } from '../state';
import type { ReviewState } from '../transitions';
import { adminPeople, type Person } from './people';
import { readReviewRow, type ReviewKey } from './store';
import { hasVersion } from './target';

export interface ReviewStatus {
  state: ReviewState;
  note: string | null;
  noteBy: Person | null;
  submittedBy: Person | null;
  submittedAt: string | null;
  updatedAt: string | null;
}

/** One record's review status in one locale (the target was checked by resolveTarget()). */
export async function reviewStatus(strapi: Core.Strapi, key: ReviewKey): Promise<ReviewStatus> {
  const row = await readReviewRow(strapi, key);
  const state = effectiveState(row, await hasVersion(strapi, key, true));
  const people = await adminPeople(strapi, [row?.submitted_by, row?.note_by]);
  let updatedAt = row?.updated_at ?? null;
  if (!updatedAt) {
    const draft = (await strapi.db.query(key.uid as never).findOne({
      where: { documentId: key.documentId, locale: key.locale, publishedAt: null },
      select: ['updatedAt'],
    })) as { updatedAt?: string | Date } | null;
    updatedAt = draft?.updatedAt ? new Date(draft.updatedAt).toISOString() : null;
  }
  return {
    state,
    note: row?.note ?? null,
    noteBy: (row?.note_by != null && people.get(row.note_by)) || null,
    submittedBy: (row?.submitted_by != null && people.get(row.submitted_by)) || null,
    submittedAt: row?.submitted_at ?? null,
    updatedAt,
  };
}

/** The draft against the published version of one record in one locale. */
export async function reviewDiff(strapi: Core.Strapi, key: ReviewKey): Promise<{ isPublished: boolean; changes: FieldChange[] }> {
  const documents = strapi.documents(key.uid as never);
  const read = (status: 'draft' | 'published') =>
    documents.findOne({ documentId: key.documentId, locale: key.locale, status, populate: '*' } as never) as Promise<Record<string, unknown> | null>;
  const [draft, published] = [await read('draft'), await read('published')];
  const attributes = (strapi.getModel(key.uid as never) as unknown as { attributes: AttributeTypes }).attributes;
  return { isPublished: published != null, changes: draft ? diffVersions(attributes, published, draft) : [] };
}
