import type { Core } from '@strapi/strapi';
import { typeOf } from '../../../content-model';
import { appendAudit } from '../../audit/strapi/append';
import type { ReviewAction, ReviewOutcome, ReviewState } from '../transitions';
import { type ReviewKey, writeReviewRow } from './store';

type Accepted = Extract<ReviewOutcome, { ok: true }>;

export const auditTarget = (key: ReviewKey) => `${typeOf(key.uid)}:${key.documentId}:${key.locale}`;

/**
 * Records an accepted transition: the state row and its audit entry, in the
 * caller's transaction (both join it), so neither exists without the other.
 * The submitter is kept after the review (the "mine" queue and the status
 * show who sent it); the note belongs to the last transition that had one.
 */
export async function applyOutcome(
  strapi: Core.Strapi,
  key: ReviewKey,
  change: { action: ReviewAction; from: ReviewState; outcome: Accepted; by: number | null; via?: string },
): Promise<void> {
  const { action, from, outcome, by } = change;
  const now = new Date().toISOString();
  await writeReviewRow(strapi, key, {
    state: outcome.state,
    ...(action === 'submit' ? { submitted_by: by, submitted_at: now } : {}),
    ...(action === 'edit' ? {} : { note: outcome.note, note_by: outcome.note ? by : null }),
  });
  if (action === 'edit' && from === outcome.state) return; // nothing changed worth an entry
  await appendAudit(strapi, {
    action: `review.${action}`,
    target: auditTarget(key),
    details: { from, to: outcome.state, ...(outcome.note ? { note: outcome.note } : {}), ...(change.via ? { via: change.via } : {}) },
  });
}
