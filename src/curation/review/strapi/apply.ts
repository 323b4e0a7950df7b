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
  await oneAtATime(strapi, () => appendAudit(strapi, {
    action: `review.${action}`,
    target: auditTarget(key),
    details: { from, to: outcome.state, ...(outcome.note ? { note: outcome.note } : {}), ...(change.via ? { via: change.via } : {}) },
  }));
}

const chains = new WeakMap<object, Promise<unknown>>();

/**
 * Runs audit appends of one transaction one after the other. The content
 * manager's bulk publish runs its publishes concurrently in one transaction;
 * appendAudit() serializes transactions (a lock), not calls within one, and two
 * concurrent calls would both read the same last entry.
 */
export function oneAtATime<T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<T> {
  return (strapi.db.transaction.bind(strapi.db) as <R>(cb: (p: { trx: object }) => Promise<R>) => Promise<R>)(async ({ trx }): Promise<T> => {
    const previous = chains.get(trx) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    chains.set(trx, run.catch(() => undefined));
    return run;
  });
}
