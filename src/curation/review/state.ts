import type { ReviewState } from './transitions';

/** A row of di_san_review, as the glue reads it. */
export interface ReviewRow {
  uid: string;
  document_id: string;
  locale: string;
  state: ReviewState;
  submitted_by: number | null;
  submitted_at: string | null;
  note: string | null;
  note_by: number | null;
  updated_at: string;
}

/**
 * The state of a document in a locale. Records made before the workflow (the
 * seed, imports) have no row: unpublished ones are drafts, published ones are
 * what the public sees, i.e. approved.
 */
export function effectiveState(row: Pick<ReviewRow, 'state'> | null | undefined, hasPublished: boolean): ReviewState {
  return row ? row.state : hasPublished ? 'approved' : 'draft';
}

/** Who submitted the draft under review now; only then does the self-approval rule apply. */
export const currentSubmitter = (row: Pick<ReviewRow, 'state' | 'submitted_by'> | null | undefined): string | null =>
  row?.state === 'submitted' && row.submitted_by != null ? String(row.submitted_by) : null;
